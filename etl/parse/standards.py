"""Accounting standard and scope (consolidated or parent-only) of each figure, with evidence.

Evidence, strongest first: a marker in the heading above the table or in the title ('(IFRS basis)',
'[Japan GAAP]'); an adoption footnote ('We have adopted IFRS from ... FY2018'), which covers the
periods from the adoption year on; J-GAAP vocabulary (ordinary profit exists only under J-GAAP, so
a table with it is J-GAAP throughout). Without evidence the standard is unknown (None).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from etl.parse.fold import ci, may_hold
from etl.parse.periods import Calendar, Period, resolve

_MARKERS = (
    ("IFRS", ci(r"\bIFRS\b|International\s+Financial\s+Reporting\s+Standards")),
    ("US GAAP", ci(r"\bU\.?\s?S\.?\s*GAAP\b")),
    (
        "J-GAAP",
        ci(
            r"\bJ-?GAAP\b|Japan(?:ese)?\s+GAAP"
            r"|generally\s+accepted\s+accounting\s+principles\s+in\s+Japan"
            r"|accounting\s+principles\s+generally\s+accepted\s+in\s+Japan"
        ),
    ),
)
# Cover statement family (US GAAP exporters, IFRS filers): '(All financial information has been prepared
# in accordance with accounting principles generally accepted in the United States of America)', 'prepared
# in accordance with International Financial Reporting Standards (IFRS)'. A statement about some periods
# only ('figures for FY2017 were prepared under U.S. GAAP') is an adoption's history, not the document's.
_PREPARED = ci(
    r"prepared\s+(?:in\s+accordance\s+with|in\s+conformity\s+with|under|based\s+on)\s+(?P<std>(?:[^.;\n]|(?<=\b[A-Z])\.){0,120})"
)
_US_WORDING = ci(
    r"(?:generally\s+accepted\s+accounting\s+principles|accounting\s+principles\s+generally\s+accepted)"
    r"\s+in\s+the\s+United\s+States"
)
_SOME_PERIODS = ci(r"\d{4}|\bFY|previous|prior|until|former|comparative")
# In brackets of any kind: '[Japanese GAAP]', '(IFRS)', '<under Japanese GAAP>'.
_MARKER_CONTEXT = ci(r"[\[(<]\s*[^\[\]()<>]{0,30}(?:IFRS|GAAP)[^\[\]()<>]{0,20}[\])>]|\b(?:IFRS|GAAP)\s+basis")
_ADOPTION = ci(
    r"(?:adopted|adopt|applied|apply|voluntarily\s+adopted)\s+(?:the\s+)?(?P<std>IFRS"
    r"|International\s+Financial\s+Reporting\s+Standards)(?P<rest>[^.]{0,200})"
)


@dataclass(frozen=True)
class Evidence:
    standard: str
    evidence: str


@dataclass(frozen=True)
class Adoption:
    standard: str
    from_date: date
    previous: str | None
    evidence: str


@lru_cache(maxsize=256)
def marker_in(text: str) -> Evidence | None:
    """A standard named as a marker ('(IFRS basis)', '[Japan GAAP]') in a title or heading."""
    if not may_hold(text, ("ifrs", "gaap")):
        return None
    m = _MARKER_CONTEXT.search(text)
    if not m:
        return None
    for name, rx in _MARKERS:
        if rx.search(m.group(0)):
            return Evidence(name, f"marker {m.group(0).strip()!r}")
    return None


def statement_in(cover: str) -> Evidence | None:
    """A cover statement of the standard all the release's figures were prepared under."""
    if "prepared" not in cover and "Prepared" not in cover and "PREPARED" not in cover:
        return None
    for m in _PREPARED.finditer(cover):
        std = m.group("std")
        sentence = cover[max(cover.rfind(c, 0, m.start()) for c in ".\n(") + 1 : m.end()]
        if _SOME_PERIODS.search(sentence):
            continue
        for name, rx in (("US GAAP", _US_WORDING), *_MARKERS):
            hit = rx.search(std)
            if hit:
                said = " ".join(cover[m.start() : m.start("std") + hit.end()].split())
                return Evidence(name, f"statement {said!r}")
    return None


def adoption(text: str, cal: Calendar) -> Adoption | None:
    """An adoption footnote: the standard applies to periods from the adoption year's start."""
    if not may_hold(text, ("ifrs", "international financial")):
        return None
    m = _ADOPTION.search(text)
    if not m:
        return None
    period, _ = resolve(m.group("rest"), cal)
    if period is None or period.start is None:
        return None
    tail = text[m.end() : m.end() + 400]
    previous = next((name for name, rx in _MARKERS if name != "IFRS" and rx.search(tail)), None)
    sentence = text[m.start() : m.end()].strip()
    return Adoption("IFRS", period.start, previous, f"adoption note {sentence[:120]!r}")


_ORDINARY_PROFIT = Evidence("J-GAAP", "the table reports ordinary profit, which exists only under J-GAAP")


def standard_for(
    period: Period,
    context: str,
    document: Evidence | None,
    adoption_note: Callable[[], Adoption | None],
    has_ordinary: bool,
) -> Evidence | None:
    """The standard one figure was reported under, with the evidence that settles it.

    The table's own heading first; then its vocabulary, since ordinary profit exists only under
    J-GAAP and so settles the whole table even under a document title marked IFRS (a parent-only
    table in an IFRS group's notice); then the document's marker and an adoption note (looked for
    only then)."""
    heading = marker_in(context)
    if heading:
        return heading
    if has_ordinary:
        return _ORDINARY_PROFIT
    if document:
        return document
    adopted = adoption_note()
    if adopted and period.start is not None:
        if period.start >= adopted.from_date:
            return Evidence(adopted.standard, adopted.evidence)
        if adopted.previous:
            return Evidence(adopted.previous, adopted.evidence)
    return None


# 'Stand-alone quarters' (each quarter's own three months) says nothing of the scope.
_NON_CONSOLIDATED = ci(
    r"non[- ]?consolidated|parent[- ]only|unconsolidated|stand[- ]alone(?!\s*(?:quarter|three\b|3\b))"
)


@lru_cache(maxsize=256)
def consolidated_in(text: str) -> bool | None:
    """True/False where the words say consolidated / non-consolidated (parent-only); else None."""
    if _NON_CONSOLIDATED.search(text):
        return False
    if ci(r"\bconsolidated\b").search(text):
        return True
    return None
