"""Parsers that misbehave on purpose, importable by worker processes."""

from __future__ import annotations

import os
import time


def behave(text: str, registry=None) -> dict:
    """Echo parser: hangs, eats memory, dies or raises when the text says so."""
    if text == "hang":
        time.sleep(3600)
    if text == "eat":
        hog = bytearray(8 * 1024**3)  # beyond any sane per-release limit
        return {"size": len(hog)}
    if text == "die":
        os._exit(3)
    if text == "raise":
        raise ValueError("cannot read this table")
    return {"echo": text, "registry": dict(registry or {})}
