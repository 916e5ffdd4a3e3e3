"""Calendar dates as releases print them: 'May 24, 2018', 'February 8th, 2021', 'Nov. 30, 2014',
'24 May 2018', '14th August, 2024', '2018/05/24', 'March31, 2021', Reiwa/Heisei era years, and
'March 2020' month-years."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from etl.parse.fold import led, may_hold

MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Japanese era years: Reiwa N = 2018 + N, Heisei N = 1988 + N ('Reiwa 2', 'Heisei 31').
_YEAR = r"(?P<year>(?:19|20)\d\d|(?:Reiwa|Heisei)\s?\d{1,2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|)"
# One of these is in every printed year, case-folded ('2019', 'Reiwa 2'): a text without them holds no date.
YEAR_WORDS = ("19", "20", "reiwa", "heisei")
_ERA_WORDS = ("reiwa", "heisei")
DATE_RE = led(
    re.compile(
        rf"\b{_MONTH}\s*{_DAY},?\s*{_YEAR}\b"
        rf"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th|)\s+(?P<month2>January|February|March|April|May|June|July"
        rf"|August|September|October|November|December|[A-Z][a-z]{{2}}\.?),?\s+(?P<year2>(?:19|20)\d\d)\b"
        r"|\b(?P<year3>(?:19|20)\d\d)[/.\-](?P<month3>[01]?\d)[/.\-](?P<day3>[0-3]?\d)\b",
        re.IGNORECASE,
    ),
    "JjFfMmAaSsſOoNnDd\\d",
)
MONTH_YEAR_RE = led(
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
    "JjFfMmAaSsſOoNnDd",
)


def may_hold_year(text: str) -> bool:
    """`may_hold(text, YEAR_WORDS)`: the digits are looked for as they are, and the text lower-cased
    only when it holds neither (a long text nearly always holds one)."""
    return "19" in text or "20" in text or may_hold(text, _ERA_WORDS)


def era_year(text: str) -> int:
    """A Gregorian year from '2019', 'Reiwa 2' or 'Heisei 31'."""
    text = text.strip()
    if text[:1].isdigit():
        return int(text)
    number = int(re.sub(r"\D", "", text))
    return number + (2018 if text.lower().startswith("reiwa") else 1988)


# Month names as the scanners read them (a capital, then lower-case or capital letters): looked up as
# printed, with no case folding.
MONTH_NAMES = {form: n for name, n in MONTHS.items() for form in (name.capitalize(), name.upper())}


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def parse_date_match(m: re.Match[str]) -> date | None:
    """The date a :data:`DATE_RE` (or :func:`find_dates`) match names, or None when it is not a real day."""
    g = m.groupdict()
    try:
        if g.get("month"):
            month, day, year = month_number(g["month"]), int(g["day"]), era_year(g["year"])
        elif g.get("month2"):
            month, day, year = month_number(g["month2"]), int(g["day2"]), int(g["year2"])
        else:
            month, day, year = int(g["month3"]), int(g["day3"]), int(g["year3"])
        return date(year, month, day) if month else None
    except ValueError:
        return None


# DATE_RE's three forms as separate patterns, each starting with a plain character class (the day's
# optional tens digit is read as a first digit that may have a second): scanning a long text with them
# is several times faster than with the combined, case-folding alternation. A month's letters are never
# given back ('{2,8}+'): nothing after them can start with a letter, and each capital of a title-case
# header would otherwise be retried with every shorter run. Optional parts of several characters are
# spelled '(?:...|)', not '(?:...)?': the same matches, without re's general repeat machinery.
_SCANNERS = (
    re.compile(rf"(?P<month>[JFMASOND](?:[a-z]{{2,8}}+|[A-Z]{{2,8}}+))\.?\s*{_DAY},?\s*{_YEAR}\b"),
    re.compile(
        r"(?P<day2>\d(?:(?<=[0-3])\d|))(?:st|nd|rd|th|)\s+(?P<month2>[JFMASOND][a-z]{2,8}+)\.?,?\s+(?P<year2>(?:19|20)\d\d)\b"
    ),
    re.compile(r"(?P<year3>(?:19|20)\d\d)[/.\-](?P<month3>[01]?\d)[/.\-](?P<day3>[0-3]?\d)\b"),
)
# What the day-month-year form holds from its month on: a scan that opens on the month's capital, not on
# every digit, tells whether that form needs scanning at all.
_MONTH_THEN_YEAR = re.compile(r"[JFMASOND][a-z]{2,8}+\.?,?\s+(?:19|20)\d\d\b")


def calendar_date(year: int, month: int | None, day: int) -> date | None:
    """The date, or None where the month is unknown or the day does not exist in it."""
    try:
        return date(year, month, day) if month else None
    except ValueError:
        return None


def _month_first(m: re.Match[str]) -> date | None:
    """The date of a month-day-year match (what :func:`parse_date_match` reads from it)."""
    month, day, year = m.group(1, 2, 3)
    return calendar_date(era_year(year), MONTH_NAMES.get(month), int(day))


def _day_first(m: re.Match[str]) -> date | None:
    """The date of a day-month-year match."""
    day, month, year = m.group(1, 2, 3)
    return calendar_date(int(year), MONTH_NAMES.get(month), int(day))


def _year_first(m: re.Match[str]) -> date | None:
    """The date of a year/month/day match."""
    year, month, day = m.group(1, 2, 3)
    return calendar_date(int(year), int(month), int(day))


_FORMS = tuple(zip(_SCANNERS, (_month_first, _day_first, _year_first), strict=True))


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every date in the text with its span, in order and not overlapping."""
    found: list[tuple[date, int, int]] = []
    if "19" not in text and "20" not in text and "Reiwa" not in text and "Heisei" not in text:
        return found  # every form holds a year
    forms = 0
    for rx, read in _FORMS:
        if rx is _SCANNERS[1] and not _MONTH_THEN_YEAR.search(text):
            continue
        if rx is _SCANNERS[2] and "/" not in text and "-" not in text and "." not in text:
            continue  # the year-first form's separators: `in` tests them far faster than the scan from each '1' and '2'
        before = len(found)
        for m in rx.finditer(text):
            start = m.start()
            if start and text[start - 1].isalnum():
                continue
            day = read(m)
            if day is not None:
                found.append((day, start, m.end()))
        forms += len(found) > before
    if forms < 2:
        return found  # one form's matches come in order and apart
    found.sort(key=lambda d: (d[1], -d[2]))
    out: list[tuple[date, int, int]] = []
    for item in found:
        if not out or item[1] >= out[-1][2]:
            out.append(item)
    return out


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=512)
def add_months(day: date, months: int) -> date:
    """The same day-of-month `months` later, clipped to the month's end; a month's last day stays
    a month's last day (September 30 + 6 months is March 31)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return date(year, month + 1, last)
    return date(year, month + 1, min(day.day, last))
