"""Fiscal periods from what the document says.

A period is settled, in order of trust, by an explicit date range ('from April 1, 2019 to March 31,
2020', 'January 1 through March 31, 2021'), a label the document defines ('"1H19", from ...'), an
end date with a length ('Six months ending September 30, 2023', 'first half of the fiscal year
ending March 2020', 'Year ended March 31, 2018', 'FY3/2018'), or a bare label ('FY2019') read with
the document's own labelling convention. Quarters and halves are cumulative from the year's start.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter

from etl.parse.dates import (
    DATE_RE,
    MONTH_NAMES,
    MONTH_YEAR_RE,
    add_months,
    era_year,
    may_hold_year,
    month_end,
    month_number,
    parse_date_match,
)
from etl.parse.fold import ci, folded, led, lowered, may_hold


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date
    label: str | None = None

    def shifted(self, years: int) -> Period:
        """The same span `years` later (negative: earlier), as in a prior-year comparison row."""
        start = add_months(self.start, 12 * years) if self.start else None
        return Period(start, add_months(self.end, 12 * years), None)


@dataclass
class Calendar:
    """What the document says about its fiscal years."""

    fye_month: int | None = None
    fye_day: int | None = None
    label_start_year: bool | None = None
    """True when 'FY2019' names the year that starts in 2019 (ends March 2020), False when it ends in 2019."""
    label_by_results: bool = False
    """True when the convention was inferred from a results label (:func:`settle_by_results`), not stated."""
    labels: dict[str, Period] = field(default_factory=dict)
    current_fy_end: date | None = None
    resolved: dict[tuple[str, date | None], tuple[Period | None, bool]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """What :func:`resolve` read from a text, per year hint: headings and row labels recur from table
    to table. A calendar is complete before the first period is resolved with it (the current year,
    set afterwards, is not read by resolve)."""

    def fy_end(self, year: int) -> date | None:
        if self.fye_month is None:
            return None
        if self.fye_day:
            return date(year, self.fye_month, self.fye_day)
        return month_end(year, self.fye_month)

    def fy_end_for(self, day: date) -> date | None:
        """The end of the fiscal year containing `day`."""
        end = self.fy_end(day.year)
        if end is None:
            return None
        return end if day <= end else self.fy_end(day.year + 1)

    def span(self, fy_end: date, months: int) -> Period:
        """The cumulative period of `months` from the start of the year ending `fy_end`."""
        start = add_months(fy_end, -12) + timedelta(days=1)
        return Period(start, add_months(fy_end, months - 12))


# A month and day, the year optional ('January 1 through March 31, 2021'); the month is checked
# by name afterwards, which lets the scan start on a plain character class (fast).
# The month's letters are never given back ('{2,8}+'): nothing after them can start with a letter.
# Optional parts are spelled '(?:...|)', not '(?:...)?': the same matches, without re's repeat machinery.
_PARTIAL = re.compile(
    r"(?P<month>[JFMASOND](?:[a-z]{2,8}+|[A-Z]{2,8}+))\.?\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th|)"
    r"(?:,\s*(?P<year>(?:19|20)\d\d|(?:Reiwa|Heisei)\s?\d{1,2})|)"
)
# 'Year ended (on)', 'year ending' and 'YEAR ENDED' from their second letter: re finds a pattern that
# opens on a literal word several times faster than one that opens on a choice of letters ('Y', 'y').
_EAR_ENDED = re.compile(r"ear\s+[Ee]nd(?:ed|ing)\s*(?:on\s+)?")
_EAR_ENDED_CAPITALS = re.compile(r"EAR\s+END(?:ED|ING)\s*(?:ON\s+)?")
# 'FYE' (fiscal year end) before a month and year, the summary-table label family's 'FYE March 2025'.
_FYE = re.compile(r"FYE\s*")
# 'FY ended March 31, 2024' / 'FY ending ...': the abbreviation dividend notices and tanshin grids use.
_FY_ENDED = re.compile(r"FY\s+[Ee]nd(?:ed|ing)\s*(?:on\s+)?")
_CONNECTOR = ci(r"^\s*(?:-|–|—|~|〜|to|through|until|thru)\s*$")
_FY_END = ci(r"(?:fiscal\s+year|financial\s+year|\byear|\bFY|period)\s*(?:\(?\s*)?end(?:ed|ing)?\s*(?:on\s+)?")
# 'FY3/2025', 'FY2025/3', and the month first with a two-digit year ('FY3/25', as in '(Reference) 77th
# fiscal year (FY3/24)'): the year is 20xx. 'FYE 3/2025' (fiscal year end) is the same label.
_FY_SLASH = re.compile(
    r"FYE?\s?(?:(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)?\d\d)|(?P<y2>(?:19|20)\d\d)/(?P<m2>1[0-2]"
    r"|0?[1-9]))\b"
)
# 'FYE' (fiscal year end) before a month and year: 'FYE March 2025', 'FYE Mar. 2025'.
_ENDED = ci(r"\bend(?:ed|ing)\s*(?:on\s+)?$|\bas\s+of\s*$|\bFYE\s*$")
LABEL_RE = led(
    re.compile(
        r"\b(?:(?P<q>[1-4])\s?(?P<kind>[HQ])\s?(?:FY)?(?P<qy>(?:19|20)?\d\d)"
        r"|(?P<kind2>[HQ])(?P<q2>[1-4])\s?FY(?P<qy2>(?:19|20)?\d\d)|FY\s?(?P<fy>(?:19|20)\d\d)|(?:fiscal"
        r"|Fiscal)\s+(?P<fy2>(?:19|20)\d\d))\b"
    ),
    "1234HQFf",
)


def labels_in(text: str) -> list[re.Match[str]]:
    """LABEL_RE's matches. Every label holds 'FY', 'H', 'Q' or 'iscal', which most texts do not: those
    are turned away before the scan (re enters the guarded pattern at every character)."""
    if "FY" in text or "H" in text or "Q" in text or "iscal" in text:
        return list(LABEL_RE.finditer(text))
    return []
# A quarter or half marker beside a fiscal-year form, either side, as companies label periods in IR
# tables: '1Q FY3/2025', 'Q1 FY2024', '1H FY2024/3', '1Q of the fiscal year ending March 2025',
# 'FY3/2025 Q1', 'FY2024 1H'.
# Nine-month and other cumulative marks too ('9M FY3/2025', '1-3Q FY2024', '1Q-3Q', 'Q1-Q3 FY2024'), as Q3
# presentation tables title their year-to-date columns.
_MARK = r"[1-4]Q|Q[1-4]|[12]H|H[12]|[369]M|1Q?-[2-4]Q|Q1-Q[2-4]"
_MARKED_LABEL = re.compile(
    rf"(?<![\w/])(?P<mark>{_MARK})\s?(?:of\s+(?:the\s+)?)?(?:FY\s?\d{{1,4}}(?:/\d{{1,4}})?"
    r"|[Ff]iscal\s+[Yy]ear\s+[Ee]nd(?:ed|ing)\s+[A-Z][a-z]+\.?(?:\s*\d{1,2},)?\s*(?:19|20)\d\d)"
    rf"|(?<![\w/])FY\s?\d{{1,4}}(?:/\d{{1,4}})?\s?(?P<mark2>{_MARK})(?!\w)"
)
# Every _MONTHS_WORDS phrase holds one of these.
_LENGTH_WORDS = ("month", "quarter", "half", "interim", "1q", "q1", "2q", "q2", "3q", "q3", "1h", "h1")


def _short_label(tokens: str) -> str:
    """A row label that is only a short period token ('1H', 'Q2 (cumulative)'): a forecast table's row
    for the half or a quarter, cumulative from the year's first day. Anywhere else the token may
    name a dividend's quarter-end, so only the whole label counts."""
    return rf"^\W*(?:{tokens})(?:\s*\(cumulative\))?\W*$"


# Each length's phrases (anywhere in the text) and its short tokens (the whole label only). The
# phrases are one pattern that re scans by their first letters; the token pattern is anchored at
# the start, so it is tried there alone.
_MONTHS_WORDS = (
    (
        3,
        ci(r"\b(?:three[- ]months?|3 months|first quarter|1st quarter)\b"),
        ci(_short_label("1Q|Q1")),
    ),
    (
        9,
        ci(r"\b(?:nine[- ]months?|9 months|third quarter|3rd quarter|first three quarters)\b"),
        ci(_short_label("3Q|Q3")),
    ),
    (
        6,
        ci(
            r"\b(?:six[- ]months?|6 months|first[- ]half|1st half|half[- ]year|interim period|second quarter"
            r"|2nd quarter|first two quarters)\b"
        ),
        ci(_short_label("1H|H1|2Q|Q2")),
    ),
)


def _date_of(m: re.Match[str]) -> date | None:
    return parse_date_match(m)


def explicit_ranges(text: str) -> list[tuple[Period, int, int]]:
    """Every printed 'from A to B' range; a start without a year takes the end's year."""
    out: list[tuple[Period, int, int]] = []
    if not may_hold_year(text):
        return out  # a range ends on a printed year
    parts = [m for m in _PARTIAL.finditer(text) if m.group("month") in MONTH_NAMES]
    for a, b in pairwise(parts):
        if not b.group("year") or not _CONNECTOR.match(text[a.end() : b.start()]):
            continue
        try:
            end = date(era_year(b.group("year")), month_number(b.group("month")) or 0, int(b.group("day")))
            s_month = month_number(a.group("month")) or 0
            s_year = era_year(a.group("year")) if a.group("year") else end.year - (s_month > end.month)
            start = date(s_year, s_month, int(a.group("day")))
        except ValueError:
            continue
        if start < end and (end - start).days < 800:
            out.append((Period(start, end), a.start(), b.end()))
    return out


@lru_cache(maxsize=512)
def explicit_range(text: str) -> tuple[Period, int, int] | None:
    found = explicit_ranges(text)
    return found[0] if found else None


@lru_cache(maxsize=512)
def months_named(text: str) -> int | None:
    """How long a period the words say it is (3, 6, 9) or None for a full year or nothing said."""
    if not may_hold(text, _LENGTH_WORDS):
        return None
    first: tuple[int, int] | None = None  # (where, months) of the earliest words; the shorter length on a tie
    for months, phrases, token in _MONTHS_WORDS:
        if token.match(text):
            hit = (0, months)
        elif m := phrases.search(text):
            hit = (m.start(), months)
        else:
            continue
        if first is None or hit < first:
            first = hit
    return first[1] if first else None


def marked_label(text: str) -> re.Match[str] | None:
    """A fiscal-year label with a quarter, half or months marker ('1Q FY3/2025', 'FY2024 Q1', '9M FY3/2025').
    Texts without 'Q', 'H' or a months mark, or without 'FY' or '[Ff]iscal' (most), are turned away before
    the scan."""
    if ("Q" not in text and "H" not in text and "9M" not in text and "6M" not in text and "3M" not in text) or (
        "FY" not in text and "iscal" not in text
    ):
        return None
    return _MARKED_LABEL.search(text)


def marked_period(label: re.Match[str], fy_end: date, cal: Calendar) -> Period:
    """The period a marked label names in the year ending `fy_end`. 'Qn'/'nQ' and '1H' are read like
    LABEL_RE's '3Q20' and '1H19' and like the tanshin's quarterly results: cumulative from the year's
    first day (Q1 is its first three months, Q2 its first six), the contract's reading where the
    document does not show a stand-alone quarter. A second half ('2H', 'H2') is stand-alone by its name:
    the year's last six months, never the whole year. The label is kept as the company's own."""
    text, mark = label.group(0), label.group("mark") or label.group("mark2")
    if "M" in mark:  # '9M': the first nine months
        return replace(cal.span(fy_end, int(mark[0])), label=text)
    n = int(mark.strip("QH")[-1])  # '1-3Q', '1Q-3Q', 'Q1-Q3': the first three quarters, cumulative as 'Q3' is
    if "H" in mark:
        if n == 2:
            return Period(add_months(fy_end, -6) + timedelta(days=1), fy_end, text)
        return replace(cal.span(fy_end, 6), label=text)
    return replace(cal.span(fy_end, 3 * n), label=text)


def fy_end_phrase(text: str, cal: Calendar) -> date | None:
    """The fiscal-year end a phrase names: 'year ending March 31, 2020', 'ending March 2020', 'FY3/2018'."""
    if not may_hold_year(text) and "/" not in text:
        return None  # every form names a year ('FY3/24' in two digits)
    m = _FY_SLASH.search(text)
    if m:
        year, month = int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2"))
        year += 2000 if year < 100 else 0
        return cal.fy_end(year) if cal.fye_month == month else month_end(year, month)
    if not _may_name_end(text):
        return None
    for d in DATE_RE.finditer(text):
        if _FY_END.search(text[max(0, d.start() - 40) : d.start()]) or _ends_with_ended(text, d.start()):
            day = _date_of(d)
            if day:
                return day
    for d in MONTH_YEAR_RE.finditer(text):
        if _ends_with_ended(text, d.start()):
            month = month_number(d.group("month"))
            if month:
                year = era_year(d.group("year"))
                return cal.fy_end(year) if cal.fye_month == month else month_end(year, month)
    return None


# On a lower-cased text.
_AS_OF = re.compile(r"as\s+of")


def _may_name_end(text: str) -> bool:
    """Whether a date in the text can follow an 'ended' phrase (_FY_END's or _ENDED's): each holds 'end',
    'fye' or 'as of'. A text that holds none is turned away before its dates are scanned for."""
    lower = folded(text)
    return lower is None or "end" in lower or "fye" in lower or _AS_OF.search(lower) is not None


def _ends_with_ended(text: str, end: int) -> bool:
    """Whether text[:end] ends on 'ended', 'ending (on)' or 'as of'. The phrase is anchored at the end,
    so the scan starts where its first word can at the earliest: six letters before the last word
    that precedes the final whitespace and an optional 'on' or 'of' (a scan of the whole prefix per
    date would read the text again and again)."""
    last = len(text[:end].rstrip())
    before_on = len(text[: max(0, last - 2)].rstrip())
    return _ENDED.search(text, max(0, before_on - 6), end) is not None


def label_period(label_match: re.Match[str], cal: Calendar) -> tuple[Period | None, bool]:
    """A period for 'FY2019', '1H19', '3Q20'; the bool says the FY convention had to be assumed."""
    text = label_match.group(0)
    if text in cal.labels:
        return cal.labels[text], False
    g = label_match.groupdict()
    year_text = g["qy"] or g["qy2"] or g["fy"] or g["fy2"]
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    if g["kind"] or g["kind2"]:
        kind, n = (g["kind"] or g["kind2"]), int(g["q"] or g["q2"])
        months = 6 * n if kind == "H" else 3 * n
    else:
        months = 12
    if cal.fye_month is None:
        return None, True
    assumed = (cal.label_start_year is None or cal.label_by_results) and cal.fye_month != 12
    # Unsettled, 'FY2019' is read the Japanese way (2019年度: the year that starts in 2019) and warned.
    starts = cal.label_start_year if cal.label_start_year is not None else True
    end_year = year + 1 if starts and cal.fye_month != 12 else year
    fy_end = cal.fy_end(end_year)
    if fy_end is None:
        return None, True
    period = cal.span(fy_end, months)
    return replace(period, label=text), assumed


def resolve(text: str, cal: Calendar, fy_hint: date | None = None) -> tuple[Period | None, bool]:
    """The period a heading, row or column label names; `fy_hint` is the year it belongs to when
    the text only says 'First half' or 'Full year'. The bool is True when an assumption was made."""
    key = (text, fy_hint)
    found = cal.resolved.get(key)
    if found is None:
        found = cal.resolved[key] = _resolve(text, cal, fy_hint)
    return found


def _resolve(text: str, cal: Calendar, fy_hint: date | None) -> tuple[Period | None, bool]:
    found = explicit_range(text)
    if found:
        return found[0], False
    months = months_named(text)
    labels = labels_in(text)
    for m in labels:  # a label the document defines with dates is as good as the dates
        if m.group(0).replace(" ", "") in cal.labels:
            return cal.labels[m.group(0).replace(" ", "")], False
    marked = marked_label(text) if months is None else None
    end = fy_end_phrase(text, cal)
    if end is not None:
        if marked:
            return marked_period(marked, cal.fy_end_for(end) or end, cal), False
        if months and months < 12:
            # The date after 'Six months ended' ends the six months (and does so when the fiscal-year
            # end is unknown); one in the fiscal-year end's month ends the year they belong to.
            if end.month != cal.fye_month:
                return cal.span(add_months(end, 12 - months), months), False
            return cal.span(end, months), False
        return cal.span(end, 12), False
    for m in labels:
        period, assumed = label_period(m, cal)
        if period and marked:
            return marked_period(marked, cal.fy_end_for(period.end) or period.end, cal), assumed
        if period and months and months < 12 and period.start == cal.span(period.end, 12).start:
            # 'Results for the second quarter of FY2023' (a half-year reference row): the words name
            # the part of the labelled year, cumulative from its first day as the tanshin counts.
            return cal.span(period.end, months), assumed
        if period:
            return period, assumed
    if fy_hint is not None and (months or ci(r"full[- ]year|fiscal year|annual").search(text)):
        shift = _relative_year(text)
        if shift:
            fy_hint = cal.fy_end_for(add_months(fy_hint, shift)) or add_months(fy_hint, shift)
        return cal.span(fy_hint, months or 12), False
    return None, False


# Rows that name their year only relative to the hint's ('Results for the previous fiscal year' under a
# revision or dividend table, 'Forecast for the next fiscal year'): the year before or after it.
_RELATIVE_WORDS = ("previous", "prior", "preceding", "last", "next", "following")
_YEAR_BEFORE = ci(r"\b(?:previous|prior|preceding|last)\s+(?:fiscal\s+)?year\b")
_YEAR_AFTER = ci(r"\b(?:next|following)\s+(?:fiscal\s+)?year\b")


def _relative_year(text: str) -> int:
    """Months from the hint's fiscal year to the one `text` names relative to it (0: none named)."""
    if not may_hold(text, _RELATIVE_WORDS):
        return 0
    if _YEAR_BEFORE.search(text):
        return -12
    return 12 if _YEAR_AFTER.search(text) else 0


def learn_calendar(text: str) -> Calendar:
    """The fiscal-year end month, labelling convention and defined labels, from explicit phrases."""
    cal = Calendar()
    votes: Counter[int] = Counter()
    for period, _, _ in explicit_ranges(text):
        if 360 <= (period.end - period.start).days <= 370:
            votes[period.end.month] += 3
        elif period.start:
            votes[(period.start.month + 10) % 12 + 1] += 1
    for start, end in _years_ended(text):
        tail = text[end : end + 30]
        before = text[max(0, start - 12) : start].lower()
        if "half" in before or "quarter" in before:
            continue
        d = DATE_RE.match(tail) or MONTH_YEAR_RE.match(tail)
        words = start + len(text[start:end].rstrip()) if d is None or "\n" in text[start:end] else end
        if "\n" in text[words:end] or (d is None and end - words > 1):
            d = _date_below(text, start, words, end, d)
        elif d and "(" in text[max(0, start - 9) : start] and _NESTED_OPENER.search(text, max(0, start - 40), start):
            close = _CLOSE.match(text, end + d.end())
            d = DATE_RE.match(text, close.end()) if close else None
        if d:
            if d.re is DATE_RE:  # 'March 31, 2025', '31 March 2025' or '2025-03-31'
                month = month_number(d.group("month") or d.group("month2") or "") or int(d.group("month3") or 0)
            else:
                month = month_number(d.group("month"))
            if month and month <= 12:
                votes[month] += 2
    for m in _FY_SLASH.finditer(text):
        votes[int(m.group("m") or m.group("m2"))] += 2
    # Weak evidence: an interim dividend's record date is six months before the year end.
    for m in _RECORD.finditer(text) if "record" in lowered(text) else ():
        d = DATE_RE.search(m.group("date"))
        if d and (day := parse_date_match(d)):
            offset = 6 if m.group("kind").lower().startswith("interim") else 0
            votes[(day.month + offset - 1) % 12 + 1] += 1
    if votes:
        cal.fye_month = max(votes.items(), key=itemgetter(1))[0]  # most_common(1): the first of the most
    _learn_labels(text, cal)
    return cal


# Layout family: tanshin summaries of a year ending in another month than December printing 'FY2025
# (Results)' rows or columns with no note on what the labels mean. Results are for a period ended by the
# release's date: where the label read as the year in which the fiscal year starts would put results after
# that date, the label counts the year in which it ends.
_RESULTS_LABEL = re.compile(r"\bFY ?(?P<year>(?:19|20)\d\d) ?\(?(?:results?|actuals?)\b", re.IGNORECASE)


def settle_by_results(text: str, cal: Calendar, published_on: date | None) -> None:
    """Settle an unstated labelling convention from a results label and the release's date (see
    _RESULTS_LABEL); the labels are still warned as assumed."""
    if cal.label_start_year is not None or published_on is None or cal.fye_month in (None, 12) or "FY" not in text:
        return
    for m in _RESULTS_LABEL.finditer(text):
        year = int(m.group("year"))
        ends, starts = cal.fy_end(year), cal.fy_end(year + 1)
        if ends and starts and ends <= published_on < starts:
            cal.label_start_year, cal.label_by_results = False, True
            return


# The same titles joined on one line ('(announced on (Fiscal year ended May 15, 2024) March 31, 2024)'):
# the phrase opens inside a title still waiting for its date, which takes the first; the phrase the next.
_NESTED_OPENER = re.compile(
    r"\([^()\d]{0,30}(?:announced|released|published|disclosed|as\s+of)(?:\s+on)?\s*\(\s*(?:fiscal\s+)?$",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"\s*\)\s*")


def _date_below(text: str, start: int, words: int, end: int, d: re.Match[str] | None) -> re.Match[str] | None:
    """The date that closes the phrase `text[start:words]` on the line below (`d`: the date at `end`).

    Layout family: dividend-notice detail tables whose column titles wrap side by side ('(announced on'
    over 'May 15, 2024)' beside '(Fiscal year ended' over 'March 31, 2024)'): the line below holds each
    column's date, and the phrase's own is the one whose span overlaps it. Wrapped prose (no gap between
    its words) goes on near the paragraph's indent: `d` is its date."""
    line = text.rfind("\n", 0, words) + 1
    below = text.find("\n", words) + 1
    head = text[line:words]
    if d is not None and "  " not in head.strip() and end - below <= _indent(head) + 8:
        return d
    if not below:
        return None
    left, right = max(start, line) - line, words - line
    stop = text.find("\n", below)
    row = text[below : stop if stop >= 0 else len(text)]
    for rx in (DATE_RE, MONTH_YEAR_RE):
        for found in rx.finditer(row):
            if found.start() < right and left < found.end():
                return found
    return None


def _indent(line: str) -> int:
    """The spaces that open `line`."""
    return len(line) - len(line.lstrip())


def _years_ended(text: str) -> list[tuple[int, int]]:
    """(start, end) of every 'Year ended', 'year ending on', 'YEAR ENDED', 'FYE' and 'FY ended' in the text,
    in order."""
    found = _after_letter(_EAR_ENDED, text, ("Y", "y"))
    if "EAR" in text:
        found = sorted(found + _after_letter(_EAR_ENDED_CAPITALS, text, ("Y",)))
    if "FYE" in text:
        found = sorted(found + [m.span() for m in _FYE.finditer(text)])
    if "FY " in text:
        found = sorted(found + [m.span() for m in _FY_ENDED.finditer(text)])
    return found


def _after_letter(rx: re.Pattern[str], text: str, letters: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each match of `rx` with one of `letters` just before it, that letter included."""
    return [(m.start() - 1, m.end()) for m in rx.finditer(text) if text[m.start() - 1 : m.start()] in letters]


_RECORD = ci(
    r"(?P<kind>interim|year-end)\s+dividend[^.]{0,120}?record\s+date\s+(?:of\s+|is\s+"
    r"|:\s*)?(?P<date>[A-Z][a-z]++\.?\s*\d{1,2},\s*\d{4})"
)
_YEAR_END_WORDS = ci(r"year\s+end(?:ed|ing)|\bFY\s?\d{1,4}/")
# The word boundary is checked after the label's first character, which every alternative spells as a
# plain character: the scan then skips ahead on those characters alone.
_LABEL_THEN_PHRASE = re.compile(
    r"(?P<label>1(?<!\w1)[HQ]\d\d|2(?<!\w2)[HQ]\d\d|3(?<!\w3)[HQ]\d\d|4(?<!\w4)[HQ]\d\d|F(?<!\wF)Y\s?\d{4})"
    r"\s*\((?P<phrase>[^()]{8,90})\)"
)
# What every label of _DEFINITION and _LABEL_THEN_PHRASE holds: one scan per opening letter, which re
# finds several times faster than a choice of letters.
_LABEL_WORDS = (re.compile(r"H\d\d"), re.compile(r"Q(?:\d\d|\s?FY)"), re.compile(r"FY\s?\d"))
# What every _LABEL_THEN_PHRASE match holds from the label's second character on, one scan per letter.
_LABEL_THEN_BRACKET = (re.compile(r"H\d\d\s*\("), re.compile(r"Q\d\d\s*\("), re.compile(r"Y\s?\d{4}\s*\("))
_DEFINITION = re.compile(
    r"[\"“(]\s*(?P<label>[1-4][HQ]\d\d|FY\s?\d{4}|[1-4]Q\s?FY\d{2,4})\s*[\"”]?\s*,?\s*(?:from\s+)?"
)


# Layout family: large-cap English summaries naming years 'fiscal 2024' and saying once how ('Fiscal
# 2025 refers to the fiscal year ending March 31, 2026', 'fiscal 2024 (the fiscal year ended March 31,
# 2025)', 'the fiscal year ended March 31, 2025 ("fiscal 2024")'); presentations say it of 'FY' labels
# ('FY2024 refers to the fiscal year ended March 31, 2025').
_FISCAL_DEFINED = re.compile(
    r"\b(?:[Ff]iscal\s+|FY\s?)(?P<year>(?:19|20)\d\d)\s*(?:\(\s*|,\s*)?(?:refers\s+to\s+|means\s+|is\s+)?(?:the\s+)?"
    r"(?P<phrase>(?:fiscal\s+)?year\s+end(?:ed|ing)\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s*(?:19|20)\d\d)"
    r"|(?P<phrase2>(?:fiscal\s+)?year\s+end(?:ed|ing)\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s*(?:19|20)\d\d)"
    r"\s*\(\s*[\"“]?[Ff]iscal\s+(?P<year2>(?:19|20)\d\d)[\"”]?\s*\)"
)


def _learn_fiscal_years(text: str, cal: Calendar) -> None:
    """'Fiscal N' labels the document defines by their year end (see _FISCAL_DEFINED): they settle the
    labelling convention (not a label of their own: 'FY2025/3' columns hold 'FY2025', whatever the
    convention). Texts without 'iscal 19' or 'iscal 20' are turned away before the scan."""
    if "iscal 20" not in text and "iscal 19" not in text and "refers to" not in text:
        return
    for m in _FISCAL_DEFINED.finditer(text):
        period = _label_span("FY", m.group("phrase") or m.group("phrase2"), cal)
        if period is not None:
            _settle_convention(int(m.group("year") or m.group("year2")) % 100, period, cal)


def _learn_labels(text: str, cal: Calendar) -> None:
    """Labels the document defines with dates: '"1H19", from April 1, 2019 to September 30, 2019',
    'the fiscal year ending March 31, 2024 ("FY2023")', 'FY2024 (fiscal year ending March 31, 2025)'."""
    _learn_fiscal_years(text, cal)
    if not any(rx.search(text) for rx in _LABEL_WORDS):
        return  # neither scan below can match without a label
    for m in _DEFINITION.finditer(text):
        label = m.group("label")
        found = explicit_range(text[m.end() : m.end() + 80])
        if found and found[1] <= 12:
            _define(label, found[0], cal)
            continue
        before = text[max(0, m.start() - 160) : m.start()]
        _define(label, _label_span(label, before, cal), cal)
    for m in _labels_then_phrase(text):
        _define(m.group("label"), _label_span(m.group("label"), m.group("phrase"), cal), cal)


def _labels_then_phrase(text: str) -> list[re.Match[str]]:
    """_LABEL_THEN_PHRASE's matches, in order: the pattern is tried one character before each
    _LABEL_THEN_BRACKET find, not at every digit 1-4 of the text. Two matches cannot overlap (a
    phrase holds no bracket), so these are the ones finditer gives."""
    starts = sorted(m.start() - 1 for rx in _LABEL_THEN_BRACKET for m in rx.finditer(text) if m.start())
    return [m for start in starts if (m := _LABEL_THEN_PHRASE.match(text, start))]


def _label_span(label: str, phrase: str, cal: Calendar) -> Period | None:
    """The period a phrase beside a label gives it: a printed range, else the year end it names."""
    found = explicit_range(phrase)
    if found:
        return found[0]
    if not _YEAR_END_WORDS.search(phrase):
        return None  # 'as of December 31, 2020' dates a balance, not a fiscal year
    end = fy_end_phrase(phrase[-120:], cal)
    if end is None:
        return None
    months = 12 if label.upper().startswith("FY") else (6 if "H" in label.upper() else 3)
    return cal.span(end, months) if cal.fye_month else Period(None, end)


def _define(label: str, period: Period | None, cal: Calendar) -> None:
    """Record a defined label, and what it says about the labelling convention (start or end year)."""
    if period is None:
        return
    label = label.replace(" ", "")
    cal.labels.setdefault(label, replace(period, label=label))
    year_text = re.sub(r"\D", "", label[2:])
    if year_text:
        _settle_convention(int(year_text[-2:]), period, cal)


def _settle_convention(year: int, period: Period, cal: Calendar) -> None:
    """What a label of `year` (two digits) naming `period` says about the labelling convention."""
    if period.start:
        if period.start.year % 100 == year and period.end.year % 100 != year:
            cal.label_start_year = True
        elif period.end.year % 100 == year and period.start.year % 100 != year:
            cal.label_start_year = False
