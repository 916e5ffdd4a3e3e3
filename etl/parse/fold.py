"""Cheap guards for case-folding scans: whether a word can be in a text as `re.IGNORECASE` reads it,
and a first-character test in front of a pattern.

A scan with a long case-folding alternation costs far more than lower-casing the text and testing
a few words with `in`, or than turning most characters away with one case-sensitive class; the scan
then runs only where it can match, and finds exactly what it found unguarded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

# Non-ASCII letters that re.IGNORECASE matches to ASCII ones but str.lower() does not fold onto them
# (dotless i, long s, dotted capital I); a text holding one is always scanned.
_TRAPS = ("ı", "ſ", "İ")
# Texts longer than this are lower-cased once per release (:func:`lowered`); shorter ones as asked.
_DOCUMENT_SIZED = 500


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """`text.lower()` once per text: several readers test the whole document for a word, and
    lower-casing a text that is not ASCII walks it a character at a time. Cleared per release."""
    return text.lower()


def folded(text: str) -> str | None:
    """`text` lower-cased for :func:`holds`; None when it holds a letter lower-casing does not fold."""
    if not text.isascii() and any(trap in text for trap in _TRAPS):
        return None
    return lowered(text) if len(text) > _DOCUMENT_SIZED else text.lower()


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
    return re.compile(f"(?=(?-i:[{firsts}]))(?:{empty_alternatives(pattern.pattern)})", pattern.flags)


# Groups a '?' after them does not make optional, or that are not plain groups to wrap.
_NOT_OPTIONAL_GROUPS = ("(?=", "(?!", "(?<=", "(?<!", "(?>", "(?(", "(?#")


def empty_alternatives(pattern: str) -> str:
    """`pattern` with every greedy optional group '(...)?' spelled '(?:...|)': the same matches, tried
    in the same order (the group first, then nothing), but re runs an alternation with an empty branch
    far faster than the general repeat it enters for a '?' after a group of more than one character."""
    out = list(pattern)
    opens: list[int] = []
    for i, c, _ in _structure(pattern):
        if c == "(":
            opens.append(i)
            continue
        if c != ")":
            continue
        start = opens.pop()
        if pattern[i + 1 : i + 2] != "?" or pattern[i + 2 : i + 3] in ("?", "+"):
            continue
        if pattern.startswith(_NOT_OPTIONAL_GROUPS, start):
            continue
        if pattern.startswith("(?:", start):
            out[i] = "|)"
        else:  # a capturing or flagged group is wrapped in a plain one
            out[start] = "(?:" + out[start]
            out[i] = ")|)"
        out[i + 1] = ""
    return "".join(out)


@cache  # also called with a literal pattern inside functions: compiled once
def ci(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern, re.IGNORECASE)`, regrouped so that re scans with it fast: same matches.

    re tries every branch of a case-folding alternation, phrase by phrase, at every position of the
    text; a branch that opens on a case-sensitive character class it skips with one test. So the
    phrases are grouped by their first character, each group opens on that character in every case
    it folds from, and the rest is read case-insensitively. A pattern whose phrases do not all open
    on a character (a letter, a digit, an escaped sign, a simple class, '\\b' before a letter or
    digit, or a leading non-capturing group of such phrases), or that the regrouping would number its
    groups otherwise, is compiled as it is.
    """
    plain = re.compile(empty_alternatives(pattern), re.IGNORECASE)
    if plain.groups > len(plain.groupindex):
        return plain  # numbered groups would be numbered otherwise
    for regrouped in (_distributed(pattern), _factored(pattern)):
        try:
            fast = re.compile(empty_alternatives(regrouped)) if regrouped is not None else None
        except re.error:  # a named group spread over two phrases
            continue
        if fast is not None and fast.groups == plain.groups:
            return fast
    return plain


def _distributed(pattern: str) -> str | None:
    """Every phrase, a leading group's words spread into phrases of their own, grouped by first character."""
    phrases = _phrases(pattern)
    return _dispatch({"": phrases}) if phrases is not None else None


def _factored(pattern: str) -> str | None:
    """'(?:words)rest' or '(?P<name>words)rest' with only the words grouped by first character, the
    rest (and its named groups) once after them: the same words are tried in the same order at any
    position, and re still skips ahead to their first characters through the group."""
    opening = re.match(r"\(\?(?::|P<\w+>)", pattern)
    if len(_split(pattern)) != 1 or opening is None:
        return None
    close = _group_end(pattern, 0)
    rest = pattern[close + 1 :]
    words = _phrases(pattern[opening.end() : close])
    if words is None or rest.startswith(_QUANTIFIERS):
        return None
    return f"{opening.group(0)}{_dispatch({'': words})})(?i:{rest})"


def first_char_dispatch(classes: dict[str, tuple[str, ...]], folds: bool = True) -> str:
    """One alternation of every class's phrases (see :func:`ci`), each class in a named group;
    :func:`dispatched_class` names the class of a match. Without `folds`, letters open phrases in
    their ASCII cases only."""
    grouped = {}
    for name, alternatives in classes.items():
        phrases = _phrases("|".join(alternatives))
        if phrases is None:
            raise ValueError(f"a {name} phrase does not open on a character")
        grouped[name] = phrases
    return empty_alternatives(_dispatch(grouped, folds))


def dispatched_class(match: re.Match[str]) -> str:
    """The class name of a :func:`first_char_dispatch` match."""
    return (match.lastgroup or "").partition("_")[0]


def opening_chars(pattern: re.Pattern[str]) -> str | None:
    """The characters a match of `pattern` can open on, case-sensitive (as :func:`ci` regroups its
    patterns); None when that is not known (a pattern opening on a lookaround, a case-folding one)."""
    phrases = None if pattern.flags & re.IGNORECASE else _phrases(pattern.pattern)
    return None if phrases is None else "".join(firsts for firsts, _ in phrases)


# What re.IGNORECASE matches a letter with beyond its two cases.
_FOLDS = {"i": "İı", "k": "K", "s": "ſ"}
_QUANTIFIERS = ("?", "*", "+", "{")


def _dispatch(classes: dict[str, list[tuple[str, str]]], folds: bool = True) -> str:
    """A branch per first character, each with the phrases opening on it, class by class in the
    given order: at any position only one branch can start, and in it the phrases are tried in their
    original order. Every branch opens on a plain character, so re also skips ahead through the text
    to the positions where one of them stands."""
    groups: dict[str, dict[str, list[str]]] = {}
    for name, phrases in classes.items():
        for firsts, rest in phrases:
            for first in firsts:
                groups.setdefault(first.lower(), {}).setdefault(name, []).append(rest)
    branches = []
    for n, (first, by_class) in enumerate(groups.items()):
        cases = f"{first}{first.upper()}{_FOLDS.get(first, '') if folds else ''}" if first.isalpha() else first
        for v, case in enumerate(dict.fromkeys(cases)):
            if list(by_class) == [""]:
                branches.append(f"{re.escape(case)}(?i:{'|'.join(by_class[''])})")
            else:
                inner = "|".join(f"(?P<{name}_{n}_{v}>(?i:{'|'.join(rests)}))" for name, rests in by_class.items())
                branches.append(f"{re.escape(case)}(?:{inner})")
    return "|".join(branches)


def _phrases(pattern: str) -> list[tuple[str, str]] | None:
    """(first characters, rest) of every phrase of the alternation, leading groups spread out; None
    when a phrase opens otherwise."""
    out: list[tuple[str, str]] = []
    for phrase in _split(pattern):
        lead = "\\b" if phrase.startswith("\\b(?:") else ""  # a boundary before the group opens each phrase
        if phrase.startswith("(?:", len(lead)):
            close = _group_end(phrase, len(lead))
            inner, after = phrase[len(lead) + 3 : close], phrase[close + 1 :]
            if after.startswith("?") and not after.startswith(("??", "?+")):
                rest = after[1:]
                spread = [f"{lead}{a}{rest}" for a in _split(inner)] + [f"{lead}{rest}"]  # the greedy group first
            elif after.startswith(_QUANTIFIERS):
                return None
            else:
                spread = [f"{lead}{a}{after}" for a in _split(inner)]
            found = _phrases("|".join(spread)) if all(spread) else None
            if found is None:
                return None
            out.extend(found)
            continue
        opened = _opener(phrase)
        if opened is None:
            return None
        out.append(opened)
    return out


def _opener(phrase: str) -> tuple[str, str] | None:
    """The characters a phrase can open on, and the rest of it."""
    boundary = phrase.startswith("\\b")
    if boundary:
        phrase = phrase[2:]
    if phrase.startswith("\\") and len(phrase) > 1 and not phrase[1].isalnum():
        firsts, rest = phrase[1], phrase[2:]
    elif phrase.startswith("[") and "]" in phrase[1:]:
        body, rest = phrase[1 : phrase.index("]", 1)], phrase[phrase.index("]", 1) + 1 :]
        firsts = _class_chars(body)
        if firsts is None:
            return None
    elif phrase and phrase[0] not in "()|.^$*+?{}[]\\":
        firsts, rest = phrase[0], phrase[1:]
    else:
        return None
    if rest.startswith(_QUANTIFIERS):
        return None  # a quantifier on the first character
    if boundary:
        if not all(c.isalnum() for c in firsts):
            return None
        rest = rf"(?<!\w\w){rest}"  # the first character is a word character: no word character before it
    return firsts, rest


def _class_chars(body: str) -> str | None:
    """The characters of a plain class body ('1-4', 'HQ'); None for negated or escaped classes."""
    if not body or body[0] == "^" or "\\" in body or "[" in body:
        return None
    chars, i = [], 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars.extend(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
            i += 3
        else:
            chars.append(body[i])
            i += 1
    return "".join(dict.fromkeys(chars))


def _structure(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each structural character from `i` on: escapes
    and character classes are stepped over whole."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i) + 1
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


def _split(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    cuts = [i for i, c, depth in _structure(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _class_end(pattern: str, i: int) -> int:
    """The index of the ']' closing the class opened at `i`."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def _group_end(pattern: str, i: int) -> int:
    """The index of the ')' closing the group opened at `i`."""
    return next(j for j, c, depth in _structure(pattern, i) if c == ")" and depth == 0)
