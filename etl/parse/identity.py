"""Who published a release, when, what it is, and what it is called.

The code is the key and the name is evidence: a release names its company several times, not all
of them damaged, so the name is the most frequent clean mention; a registry entry for the code
wins over the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein

from etl.parse.dates import DATE_RE, MONTHS, calendar_date, era_year, month_number, parse_date_match
from etl.parse.fold import ci

# Letters B, E, I, O, Q, V, Z are not used in post-2024 codes; a 5th TDnet check digit is dropped.
_CODE_CHAR = r"[0-9ACDFGHJKLMNPRSTUWXY]"
# Labels spelled out in each case so the scan starts on a plain character class (fast).
_CODE = re.compile(
    r"(?:[Ss]ecurities\s+[Cc]ode|SECURITIES\s+CODE|[Ss]tock\s+[Cc]ode(?:\s+[Nn]umber)?|STOCK\s+CODE"
    r"|[Cc]ode\s+(?:[Nn]umber|[Nn]o\.?)|[Tt]icker|[Cc]ode|CODE|TSE\s?(?:1|Prime|Standard|Growth)?)"
    rf"\s*[:：]?\s*(?:\n\s*)?(?P<code>\d{_CODE_CHAR}\d{_CODE_CHAR})(?P<check>\d)?\b"
)
_LEGAL = (
    r"(?:Co\.,\s?Ltd\.|Company,\s?Limited|Co\.\s?Ltd\.|Inc\.|Corporation|CORPORATION|Corp\.|Ltd\.|Limited|LIMITED"
    r"|K\.K\.|Holdings|HOLDINGS|Group|plc)"
)
_NAME_WORD = r"(?:[A-Z][\w&'.\-]*|&|and|of|de|the)"
# A legal suffix is found first (a fast scan); the name is then read backwards from it.
_LEGAL_WORD = re.compile(rf"{_LEGAL}(?![\w])")
_NAME_BEFORE = re.compile(rf"(?<![\w.])(?:The[ \t]+)?[A-Z][\w&'.\-]*(?:[ \t]+{_NAME_WORD}){{0,6}}$")
_NAME_LABEL = (
    r"\s*(?:Company\s+name|Corporate\s+name|Name\s+of\s+(?:listed\s+)?company|Listed\s+company"
    r"|Company)\s*[:：]\s*(?:\n\s*)?(?P<name>[^\n(]{3,80})"
)
# A label opens a line: the text's first, or one after a newline (a scan for the newline skips ahead;
# one for a line start enters the pattern at every character).
_LABELLED_NAME_FIRST = re.compile(_NAME_LABEL, re.IGNORECASE)
_LABELLED_NAME = re.compile(rf"\n{_NAME_LABEL}", re.IGNORECASE)
# Two-column cover family (pdftotext -layout tanshin): 'Company name: X Co., Ltd.      Listing: Tokyo Stock
# Exchange' puts the right-hand column's label on the name's line. A name holds no colon, so one marks the
# next label; it starts after the column gap (2+ spaces or a tab) or, where the columns were flattened
# onto one spaced line, after the name's legal suffix.
_COLUMN_GAP = re.compile(r"(?:\t| {2,})[ \t]*")
_SUFFIX_END = re.compile(rf"{_LEGAL}(?!\w)")
_STANDARD_MARK = ci(
    r"\s*[\[(]\s*(?:(?:Under|Based\s+on)\s+)?(?:IFRS|Japan(?:ese)?\s+GAAP|J-?GAAP"
    r"|U\.?S\.?\s*GAAP)(?:\s+basis)?\s*[\])]\s*"
)
# A period leading a results title ('FY2026 First Quarter', 'Fiscal 2025', 'Q2 FY2025'), in any case.
_PERIOD_WORD = (
    r"(?i:FY\s?\d{2,4}|Fiscal\s+(?:Year\s+)?\d{4}|Q[1-4]|[12]H|H[12]|Interim|Full[- ]Year"
    r"|(?:First|Second|Third|Fourth|1st|2nd|3rd|4th)\s+(?:Quarter|Half))"
)
_PERIOD_LEAD = rf"(?:{_PERIOD_WORD}\s+){{0,3}}"
# A title can open on a bracketed tag: '(Correction) Notice of ...', '[Amendment] Summary of ...'.
_TITLE_START = re.compile(
    r"^\s*(?:[(\[<【]\s*(?:Correction|Corrections|Amendment|Update|Revision)\s*[)\]>】]\s*)?"
    r"(?:(?:Notice|Notification|Announcement|Correction|Corrections|Partial\s+Correction)\b"
    # Results titles led by their period, on covers of US GAAP exporters and results presentations: 'FY2026
    # First Quarter Consolidated Financial Results', 'FY2025 Second Quarter Financial Results and ...',
    # 'Q2 FY2025 EARNINGS RESULTS'.
    rf"|{_PERIOD_LEAD}(?:"
    # Supplementary materials title themselves after the results they accompany: 'Supplementary
    # Information on Consolidated Financial Results for the Fiscal Year Ended ...'.
    r"(?:Summary\s+of\s+|Supplementary\s+(?:Information|Materials?|Data)\s+(?:on|for|of)\s+)?(?:Condensed\s+)?"
    r"(?:Consolidated\s+|Non-consolidated\s+)?(?:Financial\s+(?:Results|Summary|Statements(?=\s+for\b))"
    r"|Earnings\s+(?:Report|Results|Presentation)|Business\s+Results)\b"
    # The same titles in capitals, as large-cap US GAAP releases print them: 'CONSOLIDATED FINANCIAL
    # RESULTS FOR THE THIRD QUARTER ENDED DECEMBER 31, 2024 (U.S. GAAP)'.
    r"|(?:SUMMARY\s+OF\s+)?(?:CONSOLIDATED\s+|NON-CONSOLIDATED\s+)?(?:FINANCIAL\s+(?:RESULTS|SUMMARY)|EARNINGS\s+RESULTS)\b)"
    # A period-led title wrapped after its scope ('FY2025 Second Quarter Consolidated / Financial Results').
    rf"|(?:{_PERIOD_WORD}\s+){{1,3}}(?i:Consolidated|Non-consolidated)\s*$"
    r"|(?:Revisions?|Differences?|Payment|Distribution)\s+(?:of|to|in|between|Between|Regarding)\b"
    # Press-release headlines, in title case or (large-cap English releases) all capitals: 'TSURUGI
    # MOTOR ANNOUNCES FISCAL 2025 FINANCIAL RESULTS', 'X Revises Full-Year Forecast for Fiscal 2024',
    # 'X Raises Dividend Forecast'.
    r"|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,3}\s+(?:Announces|ANNOUNCES)\b"
    r"|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,3}\s+(?:Revises|Raises|Lowers)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:Forecasts?|Outlooks?|Guidance|Targets?)\b)",
)
# A title line's last word that runs on: a preposition, or (a title wrapped mid-phrase, in any case) a
# qualifier whose noun is on the next line ('Consolidated / Financial Results', 'the Second / Quarter').
_CONTINUES = re.compile(
    r"(?:\b(?:of|for|the|and|to|on|in|between|Regarding|Concerning|Fiscal|Year|Ending|Ended"
    r"|Consolidated|Financial|First|Second|Third|Fourth)"
    r"|[-,])\s*$",
    re.IGNORECASE,
)
# The lead sentence straight after a title (no blank line between), which a title ending on a word that
# runs on ('... for the 78th Fiscal Year') must not take in: a lower-case verb of prose, which a title in
# title or sentence case does not hold ('The Company has revised'); the company's name then a verb
# ('X Co., Ltd. revised its ...'); or a full stop after many words.
_PROSE_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|hereby|announces)\s+[a-z]")
_NAME_THEN_VERB = re.compile(
    r"(?:The\s+)?[A-Z][\w&'.\-]*(?:\s+[\w&'.\-]+){0,5}?\s+(?:Co\.,\s?Ltd\.|Inc\.|Corporation|Ltd\.|Limited)"
    r"(?:\s*\([^)]*\))?\s+[a-z]{2,}(?:s|ed)\b"
)

# The issuer's name in capitals before the title on one line, as a flattened cover prints them
# ('KUREHA MOTOR CO., LTD. FY2026 First Quarter Consolidated Financial Results').
_CAPS_NAME_LEAD = re.compile(
    r"\s*[A-Z][A-Z0-9&'\-]*(?:\s+[A-Z][A-Z0-9&'\-]*){0,5}\s+(?:CO\.,?\s?LTD\.|CORPORATION|CORP\.|INC\.|LIMITED"
    r"|HOLDINGS|GROUP|K\.K\.)[ \t]+"
)
# A line that is a company's name alone (with an optional parenthetical), and a title's last word that
# needs an object, so that a name after it is the title's rest ('Tender Offer for / X Co., Ltd.').
_NAME_LINE = re.compile(rf"[A-Z][^\n]{{0,80}}?{_LEGAL}(?:\s*\([^)]*\))?\s*$")
_TAKES_OBJECT = re.compile(r"(?:\b(?:of|for|to|by|with|from|between|and|the)|[-,])\s*$")

# What may surround a dateline's date: 'Date:', 'Tokyo,', a weekday '(Tue.)' or '(Japan time)'.
_DATELINE_NOISE = re.compile(
    r"^\s*(?:Date\s*:|Dated|Released\s*:|Tokyo,|TOKYO,)\s*|\s*\((?:[A-Z][a-z]{2,8}\.?|Japan\s+time|JST)\)\s*$"
)
_VERSUS = re.compile(r"differences?\s+between|compared\s+with\s+(?:the\s+)?forecast|versus\s+forecast|vs\.?\s+forecast")
_SUMMARY = re.compile(
    r"financial\s+(?:results|summary|statements\s+for)|earnings\s+(?:report|results)|business\s+results|summary\s+of|tanshin"
    r"|results\s+for\s+the"
)
_DIVIDEND = re.compile(r"dividend|distribution\s+of\s+(?:retained\s+earnings|surplus)|surplus")
_REVISED = re.compile(r"revis|chang|amend")
# Correction family: a release that corrects an earlier release or its figures ('Notice of Correction',
# '(Correction) ...', 'Partial Correction of "..."', '[Amendment] Summary of ...', 'Amendment to "Notice
# of ..."', 'Partial Amendment of the Summary of Financial Results'). An amendment of anything else is a
# corporate action, not a correction ('Partial Amendment to the Articles of Incorporation').
_CORRECTION = ci(
    r"\bcorrections?\b"
    r"|[(\[<【]\s*amendments?\s*[)\]>】]"
    r"|\bamendments?\s+(?:to|of|in)\s+(?:the\s+)?(?:part\s+of\s+(?:the\s+)?)?(?:partial\s+)?"
    r"(?:[\"'“‘「]|(?:press\s+)?release|notices?\b|notification|announcement|disclosure|summary"
    r"|(?:consolidated\s+|non-consolidated\s+)?financial\s+(?:results|statements|summary)|earnings"
    r"|figures|numerical|tanshin)"
)
# Corporate-action family: 'Change of Record Date for Year-end Dividend and Partial Amendment to the Articles
# of Incorporation' decides no dividend (the contract's dividend_notice is a decision on, or revision of,
# dividends); 'Stock Split ... and Revision of Dividend Forecast' still revises one.
# A dividend with its own record date ('Dividends of Surplus (Record Date: September 30, 2025)') is decided.
_ACTION_OBJECT = re.compile(
    r"chang(?:e|es|ing)\s+(?:of|in|to)\s+(?:the\s+)?record\s+dates?\b|articles\s+of\s+incorporation"
)
_FORECAST = re.compile(r"forecast|target|outlook|projection|guidance")
_EARNINGS = re.compile(r"earnings|financial|results|performance|profit|business|consolidated|full[- ]year|sales")
_EARNINGS_FORECAST = re.compile(r"(?:earnings|financial|results)\s+(?:forecasts?|targets?)")
# 'TOKYO - May 24, 2018 -': a city, the date, and a dash. The date is month first or, as in releases
# written for an international audience, day first ('TOKYO, 14 November 2024 -').
_CITY_DATELINE = re.compile(
    r"\b[A-Z][A-Za-z]++\s*[,\-–—]\s*(?P<d>[A-Z][a-z]++\.?\s*\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]++\.?,?\s+\d{4})\s*[\-–—]"
)

_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_NOT_A_NAME = re.compile(r"(?:The\s+)?(?:Company|Group|Board)\b")
_NAME_LEAD = re.compile(r"^(?:For Immediate Release|Translation|TOKYO|Tokyo)\W+")
_NOT_KEY = re.compile(r"[^a-z0-9]")


@dataclass(frozen=True)
class Identity:
    kind: str
    title: str | None
    title_start: int | None
    published_on: date | None
    code: str | None
    name: str | None
    is_correction: bool
    registered_name: str | None = None
    """The registry's name for the code where the release states a clearly different one (kept)."""


def _continues(line: str) -> bool:
    """Whether a title line ends on a word that runs on ('of', 'Regarding', '-'): the phrase is
    anchored at the end, so the scan starts 13 characters (the longest word) before it."""
    return _CONTINUES.search(line, max(0, len(line.rstrip()) - 13)) is not None


def _is_sentence(line: str) -> bool:
    """Whether a line after a title is prose (the lead), not the title's wrapped rest."""
    return (
        _PROSE_VERB.search(line) is not None
        or _NAME_THEN_VERB.match(line) is not None
        or (line.endswith(".") and line.count(" ") >= 7)
    )


def _is_issuer_line(line: str, title: str) -> bool:
    """Whether a line after a title is the cover's issuer line ('X Co., Ltd. (Securities Code: 4539, TSE
    Prime)', an HTML page's <p> after its <h1>), not the title's rest: a code mark is never a title's;
    a bare name is one only after a title ending on a word that takes an object ('Shares of')."""
    if _CODE.search(line):
        return True
    return _NAME_LINE.match(line) is not None and _TAKES_OBJECT.search(title) is None


def find_title(text: str) -> tuple[str | None, int | None]:
    """The release's title: the first title-like line near the top, joined with its continuation."""
    lines = text.splitlines(keepends=True)
    pos = 0
    for i, line in enumerate(lines[:60]):
        name = _CAPS_NAME_LEAD.match(line)
        if name and _TITLE_START.match(line[name.end() :]):
            pos, line = pos + name.end(), line[name.end() :]
        if _TITLE_START.match(line) and len(line.strip()) < 200 and not line.rstrip().endswith("."):
            parts = [line.strip()]
            for nxt in lines[i + 1 : i + 4]:
                if not nxt.strip():
                    continue
                if (
                    (_continues(parts[-1]) or nxt.strip()[:1].islower())
                    and not _is_sentence(nxt.strip())
                    and not _is_issuer_line(nxt.strip(), parts[-1])
                ):
                    parts.append(nxt.strip())
                else:
                    break
            title = _STANDARD_MARK.sub(" ", " ".join(parts)).strip()
            return _SPACES.sub(" ", title), pos + len(line) - len(line.lstrip())
        pos += len(line)
    return None, None


def _decides_dividend(title: str) -> bool:
    """Whether a (lower-case) title that names a dividend is about a decision on one: a dividend named
    only in a clause about a change of record date or the articles is that corporate action's object."""
    if "record" not in title and "articles" not in title:
        return True
    return any(_DIVIDEND.search(c) and not _ACTION_OBJECT.search(c) for c in title.split(" and "))


def classify(title: str | None, text: str) -> str:
    """The kind of release, from its title (or, without one, its opening)."""
    subject = (title or text[:600]).lower()
    if _VERSUS.search(subject):
        return "results_vs_forecast"
    dividend = _DIVIDEND.search(subject)
    if _REVISED.search(subject) and _FORECAST.search(subject):
        earnings = _EARNINGS.search(subject)
        return "dividend_notice" if dividend and not earnings else "forecast_revision"
    if dividend and (title is None or _decides_dividend(subject)):
        return "dividend_notice"
    if _SUMMARY.search(subject):
        return "earnings_summary"
    if _EARNINGS_FORECAST.search(subject):
        return "forecast_revision"
    return "other"


def published_on(text: str) -> date | None:
    """The release's dateline: a line that is just a date near the top, or 'CITY - date -'."""
    head = text[:3000]
    era = "Reiwa" in head or "Heisei" in head
    for line in head.splitlines()[:40]:
        m = DATE_RE.fullmatch(_DATELINE_NOISE.sub("", line).strip(" \t."))
        if m:
            return parse_date_match(m)
        # a Japanese date is tested for only on a line that is not ASCII (which the line knows)
        day = (_era_dateline(line) if era else None) or (
            _kanji_dateline(line) if not line.isascii() and "年" in line else None
        )
        if day:
            return day
    for line in head.splitlines()[:12]:
        day = _damaged_dateline(line)
        if day:
            return day
    m = _CITY_DATELINE.search(head)
    if m:
        d = DATE_RE.search(m.group("d"))
        return parse_date_match(d) if d else None
    for d in DATE_RE.finditer(head[:800]):
        before = head[max(0, d.start() - 40) : d.start()].lower()
        if not re.search(r"end(?:ed|ing)|from|to|through|as of|on\s*$|held|record", before) and not _in_row(head, d):
            return parse_date_match(d)
    return None


def _in_row(head: str, d: re.Match[str]) -> bool:
    """Whether a date is a table cell, not a dateline: its line opens on a label and holds another date
    (a detail table's 'Record date  June 30, 2024  June 30, 2024  June 30, 2023'), or opens on a
    payment date's label ('Effective date  September 26, 2024')."""
    start = head.rfind("\n", 0, d.start()) + 1
    end = head.find("\n", d.end())
    line = head[start : end if end >= 0 else len(head)]
    labelled = bool(head[start : d.start()].strip())
    return (labelled and len(DATE_RE.findall(line)) > 1) or _PAYMENT_LABEL.match(line) is not None


_PAYMENT_LABEL = re.compile(r"\s*(?:[Ee]ffective|[Pp]ayment|[Pp]ayable)\b")


# A dateline in the Japanese order, translated: the era year (often with the Gregorian year in brackets),
# then month and day ('Reiwa 6 (2024) November 8', from 令和6年11月8日); or month and day, then the era
# year and its Gregorian year ('November 8, Reiwa 6 (2024)'), which DATE_RE reads only without the bracket.
_ERA_DATELINE = re.compile(
    r"(?P<era>Reiwa|Heisei)\s?(?P<n>\d{1,2})\s*(?:\(\s*(?:19|20)\d\d\s*\))?\s*,?\s*(?P<month>[A-Z][a-z]+)\.?\s*"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"|(?P<month2>[A-Z][a-z]+)\.?\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s*(?P<era2>Reiwa|Heisei)\s?(?P<n2>\d{1,2})"
    r"\s*\(\s*(?:19|20)\d\d\s*\)"
)


def _era_dateline(line: str) -> date | None:
    """The date of a dateline line written with a Japanese era year (Reiwa N = 2018 + N, Heisei N = 1988 + N)."""
    m = _ERA_DATELINE.fullmatch(_DATELINE_NOISE.sub("", line).strip(" \t."))
    if m is None:
        return None
    era, n, month, day = (m.group(g) or m.group(f"{g}2") for g in ("era", "n", "month", "day"))
    return calendar_date(era_year(f"{era} {n}"), month_number(month), int(day))


# Japanese dateline family: a cover that keeps the Japanese date, Gregorian or era year ('2024年11月13日',
# '令和6年11月13日', '令和元年5月7日'), as printed or as mojibake repair gives it back; a weekday may follow
# in brackets ('(水)').
_KANJI_DATELINE = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)|(?P<era>令和|平成)\s*(?P<n>\d{1,2}|元))\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月"
    r"\s*(?P<day>[0-3]?\d)\s*日(?:\s*\(\s*\w{1,3}\.?\s*\))?"
)
_ERA_NAMES = {"令和": "Reiwa", "平成": "Heisei"}


def _kanji_dateline(line: str) -> date | None:
    """The date of a dateline line written in Japanese ('2024年11月13日')."""
    m = _KANJI_DATELINE.fullmatch(_DATELINE_NOISE.sub("", line).strip(" \t."))
    if m is None:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = era_year(f"{_ERA_NAMES[m.group('era')]} {m.group('n').replace('元', '1')}")
    return calendar_date(year, int(m.group("month")), int(m.group("day")))


# A dateline line that OCR damaged: a month word, a day and a year in which digits may read as
# letters ('Novernber l2, 2O21'). Only a line that is nothing else, near the top, is read this way.
_DAMAGED_DATE = re.compile(
    r"\s*(?P<month>[A-Za-z]{3,10})\.?\s*(?P<day>[0-3OoIl|]?[\dOoIl|])(?:st|nd|rd|th|),?\s*"
    r"(?P<year>[12Il][09Oo][\dOoIl|]{2})\s*"
)
_DIGIT_LOOKALIKES = str.maketrans("OoIl|", "00111")


def _damaged_dateline(line: str) -> date | None:
    """The date of an OCR-damaged dateline: the month word read within two edits ('rn' for 'm'), the
    digits with their look-alike letters read back. The dateline is a document field, not a figure:
    repairing it is not guessing a value."""
    m = _DAMAGED_DATE.fullmatch(_DATELINE_NOISE.sub("", line).strip(" \t."))
    if m is None:
        return None
    word = m.group("month").lower()
    month = next((n for name, n in MONTHS.items() if len(name) > 4 and Levenshtein.distance(word, name) <= 2), None)
    if month is None:
        month = MONTHS.get(word)
    day, year = (int(m.group(g).translate(_DIGIT_LOOKALIKES)) for g in ("day", "year"))
    return calendar_date(year, month, day)


def securities_code(text: str) -> str | None:
    """The most often stated code near the top; a 5th (TDnet check) digit is dropped."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _code_matches(text[:2500]) or _code_matches(text[:6000]):
        code = m.group("code").upper()
        counts[code] += 1
        first.setdefault(code, m.start())
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _code_matches(head: str) -> list[re.Match[str]]:
    """Code labels found through their keywords (a plain substring search is far faster than
    scanning with the labelled pattern), each matched in a small window around the keyword."""
    lower = head.lower()
    out: dict[int, re.Match[str]] = {}
    for keyword in ("code", "tse", "ticker"):
        at = lower.find(keyword)
        while at != -1:
            m = _CODE.search(head, max(0, at - 20), at + 40)
            if m and not (m.start() and head[m.start() - 1].isalpha()):  # 'Barcode 1234' is not a code
                out.setdefault(m.start(), m)
            at = lower.find(keyword, at + 1)
    return [out[k] for k in sorted(out)]


def _legal_suffixes(head: str) -> list[tuple[int, str]]:
    """(start, text) of every legal suffix after a space or tab (' Co., Ltd.'), the space included. The
    scan opens on the suffix's capital, which re skips ahead to (a space it would stop at everywhere)."""
    out = []
    pos = 0
    while m := _LEGAL_WORD.search(head, pos):
        if m.start() and head[m.start() - 1] in " \t":
            out.append((m.start() - 1, head[m.start() - 1 : m.end()]))
            pos = m.end()
        else:
            pos = m.start() + 1
    return out


def _labelled_names(head: str) -> list[re.Match[str]]:
    """'Company name: X' labels, each at the start of a line."""
    first = _LABELLED_NAME_FIRST.match(head)
    rest = _LABELLED_NAME.finditer(head, first.end() if first else 0)
    return [first, *rest] if first else list(rest)


def _settle_name(own: str | None, code: str | None,
                 registry: Mapping[str, str] | None) -> tuple[str | None, str | None]:
    """(the canonical name, the registry's where the release states a clearly different one): the
    release's own name, the registry's for the code where the release gives none or a damaged
    spelling of it (the contract: the text first). A renamed company's releases state its new
    name, which must win over the name registered before."""
    known = registry.get(code) if registry and code else None
    if not known:
        return own, None
    if own is None or _same_name(own, known):
        return known, None
    return own, known


# digits an OCR pass reads for letters, folded before names are compared ('S0U 1nc.' is 'SOU Inc.')
_OCR_LETTERS = str.maketrans("0158", "oisb")


def _same_name(a: str, b: str) -> bool:
    """The same name up to OCR damage: at most two edits, or one per eight letters of a longer name,
    once look-alike digits are folded. 'Sony Group Corporation' is not 'Sony Corporation'."""
    fa, fb = _key(a).translate(_OCR_LETTERS), _key(b).translate(_OCR_LETTERS)
    return Levenshtein.distance(fa, fb) <= max(2, len(fb) // 8)


# A legal suffix closing a name ('... Co., Ltd.', '... Corporation'), what names of one company differ by.
_LEGAL_END = re.compile(rf"[\s,]*{_LEGAL}$")


def names_issuer(name: str, issuer: str) -> bool:
    """Whether `name` names the issuer: a leading 'The' and the legal suffix aside, and look-alike digits
    folded as :func:`_same_name` folds them, one name is the start of the other ('Shiomi Group Holdings
    Corp.' for 'Shiomi Group Holdings Co., Ltd.')."""
    a, b = (_key(_LEGAL_END.sub("", n.strip().removeprefix("The ").removeprefix("the "))).translate(_OCR_LETTERS)
            for n in (name, issuer))
    return a.startswith(b) or b.startswith(a)


def stated_name(text: str) -> str | None:
    """The most frequent clean mention of a company name in the release."""
    votes: Counter[str] = Counter()
    display: dict[str, str] = {}
    for m in _labelled_names(text[:4000]):
        name = _clean_name(_before_next_label(m.group("name")))
        if name and not _DIGIT.search(name):
            key = _key(name)
            votes[key] += 3
            display.setdefault(key, name)
    head = text[:3500]
    wrapped: list[tuple[str, str]] = []
    for at, suffix in _legal_suffixes(head):
        line_start = head.rfind("\n", 0, at) + 1
        window = head[max(line_start, at - 120) : at].rstrip(",")
        before = _NAME_BEFORE.search(window)
        if before is None:
            continue
        name = _clean_name(f"{before.group(0)}{suffix}")
        if not name or _DIGIT.search(name) or _NOT_A_NAME.match(name):
            continue
        key = _key(name)
        if line_start and at - 120 <= line_start and not window[: before.start()].strip():
            wrapped.append((key, _key(_wrapped_head(head, line_start)) + key))
        votes[key] += 1
        display.setdefault(key, name)
    if not votes:
        return None
    _fold_wrapped_tails(votes, wrapped)
    _fold_prose_prefixes(votes, display)
    best = max(votes, key=lambda k: (votes[k], len(k)))
    return display[best]


def _wrapped_head(head: str, line_start: int) -> str:
    """The capitalised words that end the line before `line_start` ('... attributable to Takasago')."""
    above = head[head.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    words = _NAME_BEFORE.search(above[-120:])
    return words.group(0) if words else ""


def _fold_wrapped_tails(votes: Counter[str], wrapped: list[tuple[str, str]]) -> None:
    """Wrapped table label family ('Net income attributable to Takasago' / 'Electronics Corporation
    108,522'): a mention opening its line that, joined to the capitalised words ending the line above,
    is another mention of the release, is that longer name."""
    for key, joined in wrapped:
        if joined != key and votes.get(joined) and votes[key]:
            votes[key] -= 1
            votes[joined] += 1
            if not votes[key]:
                del votes[key]


def _fold_prose_prefixes(votes: Counter[str], display: dict[str, str]) -> None:
    """Prose layout family ('the Board of Directors of X Co., Ltd.'): a mention that is another
    mention with words ending in 'of'/'by'/'at' before it is that name, not a longer one."""
    for longer in list(votes):
        for shorter in list(votes):
            if shorter == longer or not longer.endswith(shorter):
                continue
            prefix = display[longer][: len(display[longer]) - len(display[shorter])].rstrip()
            if ci(r"\b(?:of|by|at)$").search(prefix):
                votes[shorter] += votes.pop(longer)
                break


def _before_next_label(raw: str) -> str:
    """A labelled name without the next label on its line ('Listing: Tokyo Stock Exchange')."""
    colon = max(raw.find(":"), raw.find("："))
    if colon == -1:
        return raw
    lead = raw[:colon]
    # the widest gap is the column's: a text with its spaces doubled has narrow gaps inside the label
    gaps = [(m.end() - m.start(), m.start()) for m in _COLUMN_GAP.finditer(lead.rstrip())]
    if gaps:
        return lead[: max(gaps)[1]]
    suffixes = [m.end() for m in _SUFFIX_END.finditer(lead)]
    return lead[: suffixes[-1]] if suffixes else raw


def _clean_name(raw: str) -> str | None:
    name = _SPACES.sub(" ", raw).strip(" ,;:\"'")
    name = _NAME_LEAD.sub("", name)
    return name or None


def _key(name: str) -> str:
    return _NOT_KEY.sub("", name.lower())


def identify(text: str, registry: Mapping[str, str] | None = None) -> Identity:
    title, title_start = find_title(text)
    code = securities_code(text)
    name, registered = _settle_name(stated_name(text), code, registry)
    correction = bool(_CORRECTION.search(title or text[:400]))
    return Identity(
        kind=classify(title, text),
        title=title,
        title_start=title_start,
        published_on=published_on(text),
        code=code,
        name=name,
        is_correction=correction,
        registered_name=registered,
    )
