"""Cheap guards for case-folding scans: whether a word can be in a text as `re.IGNORECASE` reads it,
and a first-character test in front of a pattern.

A scan with a long case-folding alternation costs far more than lower-casing the text and testing
a few words with `in`, or than turning most characters away with one case-sensitive class; the scan
then runs only where it can match, and finds exactly what it found unguarded.
"""

from __future__ import annotations

import re

# Non-ASCII letters that re.IGNORECASE matches to ASCII ones but str.lower() does not fold onto them
# (dotless i, long s, dotted capital I); a text holding one is always scanned.
_TRAPS = ("ı", "ſ", "İ")


def folded(text: str) -> str | None:
    """`text` lower-cased for :func:`holds`; None when it holds a letter lower-casing does not fold."""
    if not text.isascii() and any(trap in text for trap in _TRAPS):
        return None
    return text.lower()


def holds(lower: str | None, words: tuple[str, ...]) -> bool:
    """False only when none of the lower-case `words` occurs in a :func:`folded` text."""
    if lower is None:
        return True
    for word in words:  # noqa: SIM110 - a plain loop: any() would build a generator on this hot path
        if word in lower:
            return True
    return False


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when none of the lower-case `words` occurs in `text` under case folding."""
    return holds(folded(text), words)


def led(pattern: re.Pattern[str], firsts: str) -> re.Pattern[str]:
    """`pattern`, tried only at characters in `firsts` (a character class, case-sensitive: list every
    case and fold a match can start with). A case-folding alternation is otherwise entered, branch by
    branch, at every character of the text; the guard turns most characters away in one test."""
    return re.compile(f"(?=(?-i:[{firsts}]))(?:{pattern.pattern})", pattern.flags)
