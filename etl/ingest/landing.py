"""What is new in the landing folder since the last look, for the Dagster sensor.

The cursor remembers the newest modification time seen and the files that had it, so a tick
hashes only files that appeared or changed since; whether their bytes are new at all is then
asked of ``raw.release`` (a copy of an archived file starts nothing).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from etl.ingest.archive import walk


@dataclass(frozen=True)
class LandingScan:
    hashes: dict[str, str]
    """sha256 -> one path holding those bytes, for files new or changed since the cursor."""
    cursor: str


def scan_landing(folder: Path, cursor: str | None) -> LandingScan:
    state = json.loads(cursor) if cursor else {"mtime_ns": 0, "names": []}
    newest, names_at_newest = state["mtime_ns"], set(state["names"])
    hashes: dict[str, str] = {}
    seen_newest, seen_names = newest, set(names_at_newest)
    for found in walk(folder) if folder.is_dir() else ():
        path, mtime = found.path, found.mtime_ns
        if mtime < newest or (mtime == newest and path in names_at_newest):
            continue
        try:
            hashes.setdefault(hashlib.sha256(Path(path).read_bytes()).hexdigest(), path)
        except OSError:
            continue  # vanished or unreadable mid-scan: the next tick or the nightly run sees it
        if mtime > seen_newest:
            seen_newest, seen_names = mtime, {path}
        elif mtime == seen_newest:
            seen_names.add(path)
    return LandingScan(hashes, json.dumps({"mtime_ns": seen_newest, "names": sorted(seen_names)}))


def unarchived(engine: Engine, hashes: Iterable[str]) -> set[str]:
    """The hashes ``raw.release`` does not hold yet."""
    wanted = set(hashes)
    if not wanted:
        return set()
    with engine.connect() as conn:
        known = conn.execute(text("SELECT sha256 FROM raw.release WHERE sha256 = ANY(:h)"),
                             {"h": list(wanted)}).scalars()
        return wanted - set(known)
