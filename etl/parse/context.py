"""What every fact extractor needs to know about the document: its text and lines (for
provenance), identity, calendar, standards evidence, forecast announcement dates and warnings."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from operator import itemgetter

from etl.parse.dates import DATE_RE, parse_date_match
from etl.parse.fold import ci, folded, holds, lowered, may_hold
from etl.parse.identity import Identity
from etl.parse.numbers import Cell
from etl.parse.periods import Calendar
from etl.parse.standards import Adoption, Evidence, adoption, consolidated_in
from etl.parse.tables import is_prose

# 'announced as a range on February 14, 2024': a forecast's form may stand between the verb and its date.
_ANNOUNCED = ci(
    r"(?:announced|published|released|disclosed|issued|made\s+public)\s+(?:as\s+an?\s+\w+\s+)?(?:on\s+|in\s+)?"
    r"(?=[A-Z0-9])"
)
_ANNOUNCED_WORDS = ("announced", "published", "released", "disclosed", "issued", "made")
_LABEL_ANNOUNCED = ci(r"(?:announced|released|published|disclosed)\s+(?:on\s+)?")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
_PARAGRAPH = re.compile(r"(?:[^\n]+\n?)+")
_CORRECTING = ci(r"\bcorrect(?:ion|ed|s)?\b|\berrors?\b|\bmistakes?\b")
_CORRECTING_WORDS = ("correct", "error", "mistake")
# Words that say outright that a forecast stands unchanged (see Doc.noted_unchanged).
_UNCHANGED_WORDS = ("unchanged", "no change", "not changed", "not been changed", "not revised", "not been revised")
_UNCHANGED = ci(r"unchanged|not\s+(?:been\s+)?(?:changed|revised)|no\s+change|the\s+ones|remains?|maintain")
# The opening word in a group of its own: ci() then opens the scan on 'r'/'R' (re skips ahead to those
# letters) rather than trying the case-folded pattern at every character of the document.
_REVISION_FLAG = ci(
    r"(?:revisions?)\s+(?:of|to)\s+(?:the\s+)?(?P<what>[^:\n]{0,80}?)forecasts?[^:\n]{0,60}:\s*(?P<flag>yes|no|none)\b"
)

# A statement of the scope of figures: the scope word before what the figures are ('consolidated
# financial results', 'non-consolidated full-year earnings forecasts', both in 'consolidated and
# non-consolidated earnings forecasts'), or 'on a consolidated basis'.
_SCOPE_STATEMENT = ci(
    r"(?P<both>(?:non[- ]?)?consolidated\s+and\s+)?"
    r"(?:non[- ]?consolidated|unconsolidated|parent[- ]only|stand[- ]alone|consolidated)\s+(?:(?:full[- ]year"
    r"|annual|half[- ]year|first[- ]half|quarterly|interim|cumulative|financial|operating|business"
    r"|earnings)\s+){0,3}(?:results|forecasts?|earnings|figures|performance|financial\s+statements|outlook)\b"
    r"|on\s+an?\s+(?:non[- ]?consolidated|unconsolidated|parent[- ]only|stand[- ]alone|consolidated)\s+basis"
)


# A numbered section heading ('1.', '(2)', 'II.'): it names the scope of its own section only.
_NUMBERED_HEADING = re.compile(r"\s*(?:\d{1,2}\.|\(\d{1,2}\)|[IVX]{1,4}\.)\s*")


@dataclass
class Doc:
    """The document as every extractor reads it. What only some releases need (an adoption note,
    earlier announcement dates, the default scope, revision flags) is read when first asked for."""

    text: str
    identity: Identity
    cal: Calendar
    document_standard: Evidence | None
    sentences: list[tuple[str, int]]
    """Sentences of running prose with their offsets."""
    warnings: list[str] = field(default_factory=list)
    bare_profit: set[int] = field(default_factory=set)
    """Where (cell start) a net profit was read from a bare 'Profit' title: see figures.attributable_first."""

    @property
    def published_on(self) -> date | None:
        return self.identity.published_on

    @cached_property
    def line_starts(self) -> list[int]:
        return line_starts(self.text)

    @cached_property
    def adoption(self) -> Adoption | None:
        return adoption(self.text, self.cal)

    @cached_property
    def consolidated_default(self) -> bool | None:
        """The scope the title names, or a statement of the figures' scope in the first prose
        paragraph after it ('announces its consolidated financial results', 'revised the
        non-consolidated earnings forecasts'). Other mentions of the word ('a consolidated payout
        ratio of 40%' in a buyback notice, 'a consolidated subsidiary') say nothing of the figures."""
        if self.identity.title:
            found = consolidated_in(self.identity.title)
            if found is not None:
                return found
        start = self.identity.title_start or 0
        after_title = start + len(self.identity.title or "")
        intro = ""
        for para, at in paragraphs(self.text[start : start + 3000]):
            intro = para if is_prose(para) else self._lead(max(start + at, after_title), start + at + len(para))
            if intro:
                break
        if not may_hold(intro, ("consolidated", "parent", "stand")):
            return None
        m = _SCOPE_STATEMENT.search(intro)
        return consolidated_in(m.group(0)) if m and not m.group("both") else None  # both scopes: no default

    def _lead(self, start: int, end: int) -> str:
        """The sentences that open text[start:end] (on its first line or the next) and run on to the
        first line that is not prose: the lead of a release that goes on into its table with no blank
        line between ('X has revised its non-consolidated forecast ...' then '(Millions of yen)')."""
        i = bisect.bisect_left(self.sentences, start, key=itemgetter(1))
        if i < len(self.sentences):
            opens = self.sentences[i][1]
            if _NUMBERED_HEADING.fullmatch(self.text, self.text.rfind("\n", 0, opens) + 1, opens):
                return ""  # '1. Differences between the consolidated forecasts ...': a section's heading, not the lead
        lead: list[str] = []
        at = start
        for sentence, offset in self.sentences[i:]:
            gap = self.text[at:offset]
            # the first opens the stretch; each next one follows with no table line between
            if offset >= end or (gap.count("\n") > 1 if not lead else "\n" in gap.strip()):
                break
            lead.append(sentence)
            at = offset + len(sentence)
        return " ".join(lead)

    @cached_property
    def previous_forecast_on(self) -> date | None:
        """The first earlier announcement date the prose gives, else the whole text."""
        published = self.published_on
        found = next((d for s, _ in self.sentences for d in announcement_dates(s, published)), None) or next(
            iter(announcement_dates(self.text, published)), None
        )
        return found[0] if found else None

    @cached_property
    def unchanged_since(self) -> dict[str, date]:
        """Forecast scope ('full_year', 'half', 'dividend', 'all') -> the earlier date the document says
        it was announced on."""
        return unchanged_scopes(self.text, self.published_on)

    @cached_property
    def noted_unchanged(self) -> dict[str, date]:
        """As :attr:`unchanged_since`, from the sentences that say outright that a forecast is unchanged
        ('The full-year forecast ... is unchanged from the forecast announced on May 13, 2024'), found by
        their words: summaries with no 'Revision ...: No' line, where a pass over every sentence costs."""
        text, lower = self.text, lowered(self.text)
        out: dict[str, date] = {}
        for word in _UNCHANGED_WORDS:
            at = lower.find(word)
            while at >= 0:
                opens = max(text.rfind(". ", 0, at), text.rfind(".\n", 0, at))
                ends = [e for e in (text.find(". ", at), text.find(".\n", at)) if e >= 0]
                end = min(ends) + 1 if ends else len(text)
                sentence = text[opens + 2 if opens >= 0 else 0 : end]
                for scope, day in unchanged_scopes(sentence, self.published_on).items():
                    out.setdefault(scope, day)
                at = lower.find(word, end)
        return out

    @cached_property
    def revision_flags(self) -> dict[str, bool]:
        """'figures' / 'dividends' -> whether an earnings summary marks its forecast as revised."""
        return revision_flags(self.text)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def provenance(self, cell: Cell | tuple[int, int], row_label: str | None, column_label: str | None) -> dict:
        """Where a fact was read: span and 1-based lines in the repaired text, and its labels."""
        start, end = (cell.start, cell.end) if isinstance(cell, Cell) else cell
        return {
            "line_start": bisect.bisect_right(self.line_starts, start),
            "line_end": bisect.bisect_right(self.line_starts, max(start, end - 1)),
            "char_start": start,
            "char_end": end,
            "text": self.text[start:end],
            "row_label": _short(row_label),
            "column_label": _short(column_label),
        }


@lru_cache(maxsize=256)  # a row's label is given with each of its figures
def _short(label: str | None) -> str | None:
    if not label:
        return None
    return " ".join(label.split())[:160]


def paragraphs(text: str) -> list[tuple[str, int]]:
    """Paragraphs with their offsets; one ending in ':' runs on into the next ('as follows:')."""
    out: list[tuple[str, int]] = []
    pending: tuple[str, int] | None = None
    for m in _PARAGRAPH.finditer(text):
        para, start = m.group(0), m.start()
        if pending is not None:
            para, start = text[pending[1] : m.end()], pending[1]
            pending = None
        if para.rstrip().endswith(":"):
            pending = (para, start)
            continue
        out.append((para, start))
    return out


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def announcement_dates(text: str, published: date | None) -> list[tuple[date, int]]:
    """Dates the document says something was announced on, before its own date, with positions."""
    out: list[tuple[date, int]] = []
    lower = folded(text)
    if not holds(lower, _ANNOUNCED_WORDS) or (holds(lower, _CORRECTING_WORDS) and _CORRECTING.search(text)):
        return out  # the date of the release being corrected is not a forecast's announcement
    # A match opens on one of the words, at the same offset in the folded text: the scan starts at the first.
    for m in _ANNOUNCED.finditer(text, _first_of(lower, _ANNOUNCED_WORDS)):
        d = DATE_RE.match(text, m.end())
        if d and "\n" in text[m.start() : d.start()]:
            d = _interleaved_date(text, m.start(), d)
        if d:
            day = parse_date_match(d)
            if day and (published is None or day < published):
                out.append((day, m.start()))
    return out


# One-cell-per-line tables family: wrapped column titles printed line by line interleave ('(Year ending' /
# '(Announced on' / 'March 31, 2024)' / 'February 7, 2025)'): the titles' dangling openers take the dates
# on the lines after them in the same order.
_DANGLING = re.compile(r"(?:\bend(?:ed|ing)|\bas\s+of|\b(?:announced|released|published|disclosed)(?:\s+on)?)\s*$",
                       re.IGNORECASE)
_DATE_LINE = re.compile(r"\s*(?=[A-Z0-9])")
_DIGIT = re.compile(r"\d")


def _interleaved_date(text: str, at: int, first: re.Match[str]) -> re.Match[str] | None:
    """The date an 'announced on' ending its line at `at` takes, `first` being the date on the next line:
    the one after as many date lines as the lines just above leave openers dangling ('(Year ending')."""
    start = text.rfind("\n", 0, at) + 1
    if _DIGIT.search(text, start, at):
        return first  # a date before it on its line: wrapped prose ('... March 31, 2025, announced on')
    pending = 0
    for _ in range(4):  # the wrapped titles of one header row: a few lines above
        if start == 0:
            break
        above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
        if not _DANGLING.search(above) or _DIGIT.search(above):
            break
        pending += 1
        start = text.rfind("\n", 0, start - 1) + 1
    d: re.Match[str] | None = first
    for _ in range(pending):
        end = text.find("\n", d.end()) if d else -1
        d = DATE_RE.match(text, _DATE_LINE.match(text, end + 1).end()) if end != -1 else None
    return d


def _first_of(lower: str | None, words: tuple[str, ...]) -> int:
    """Where the first of `words` occurs in a :func:`folded` text (0 when it was not folded or holds none)."""
    if lower is None:
        return 0
    return min((i for i in map(lower.find, words) if i >= 0), default=0)


# A forecast column title dated in brackets without a verb: 'Previous forecast (May 13, 2025)', 'Latest
# dividend forecast (2024/11/08)'. Only an earlier forecast's title: a bare 'Forecast (March 31, 2026)'
# may name the period's end.
_EARLIER_FORECAST = re.compile(
    r"\b(?:previous|latest|most\s+recent|initial|original|prior)\s+(?:[a-z]+\s+){0,2}?forecasts?(?:\s*\([A-C]\))?",
    re.IGNORECASE,
)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _bracketed_date(text: str, at: int) -> re.Match[str] | None:
    """A date alone in the brackets that open at `at` (after blanks): '(May 13, 2025)', '(2024/11/08)'."""
    opened = _BRACKET_OPEN.match(text, at)
    d = DATE_RE.match(text, opened.end()) if opened else None
    return d if d and _BRACKET_CLOSE.match(text, d.end()) else None


def label_announcement(label: str) -> str | None:
    """The date a label gives its forecast: 'Previous forecast (Announced on May 12, 2023)',
    'Latest forecast (released on May 15, 2018)', 'Previous forecast (May 13, 2025)'."""
    m = _LABEL_ANNOUNCED.search(label)
    if m:
        d = DATE_RE.search(label, m.end())
    elif "orecast" in label and (title := _EARLIER_FORECAST.search(label)):
        d = _bracketed_date(label, title.end())
    else:
        return None
    day = parse_date_match(d) if d else None
    return day.isoformat() if day else None


_WORD = re.compile(r"[A-Za-z]{3}")  # a word of another title, not the label's own 'on'


def wrapped_label_announcement(header: str) -> str | None:
    """The date a forecast column title gives when the header's titles sit side by side, each
    wrapped over lines ('Most recent forecast' / '(announced on' / 'November 8, 2024)'): the first
    date at or below 'announced on', in the same columns of text (layout family: pdftotext -layout
    notices with three-line column titles)."""
    if "nnounced" not in header and "eleased" not in header:  # cheap gate; the common spellings
        return _date_under_title(header) if "orecast" in header else None
    lines = header.splitlines()
    for n, line in enumerate(lines):
        m = _LABEL_ANNOUNCED.search(line)
        if not m:
            continue
        if not _WORD.search(line[: m.start()] + line[m.end() :]):  # one title a line: no columns to go by
            return None
        left, right = m.start(), m.end() + 4
        for below in lines[n : n + 3]:
            for d in DATE_RE.finditer(below, m.end() if below is line else 0):
                if d.start() <= right and d.end() >= left:
                    day = parse_date_match(d)
                    return day.isoformat() if day else None
        # The date itself wrapped in its column: '(announced on February 13,' / '2025)'.
        d = DATE_RE.match(f"{_column_text(line, m.end())} {_text_below(line, lines[n + 1 : n + 2], m.start())}")
        day = parse_date_match(d) if d else None
        return day.isoformat() if day else None
    return None


_COLUMN_GAP = re.compile(r"\s{2,}|\s*$")


def _column_text(line: str, at: int) -> str:
    """The text of one column title from `at`, up to the gap of two blanks before the next title."""
    return line[at : _COLUMN_GAP.search(line, at).start()]  # type: ignore[union-attr]


def _text_below(line: str, below: list[str], at: int) -> str:
    """The column text under the title cell of `line` that holds offset `at`, on the line below."""
    cell = max(line.rfind("  ", 0, at) + 2, 0)
    if not below or below[0][cell - 1 : cell].strip():
        return ""  # the line below is shorter, or another title runs on there
    text = below[0][cell:]
    return _column_text(text, 0) if len(text) - len(text.lstrip()) <= 2 else ""


_BRACKET = re.compile(r"\(")


def _date_under_title(header: str) -> str | None:
    """The date in brackets under an earlier forecast's column title, the titles side by side:
    'Latest dividend forecast' over '(2024/11/08)' (layout family: pdftotext -layout dividend notices)."""
    lines = header.splitlines()
    for n, line in enumerate(lines):
        for title in _EARLIER_FORECAST.finditer(line):
            for below in lines[n + 1 : n + 3]:
                for opened in _BRACKET.finditer(below, max(0, title.start() - 2), title.end()):
                    d = _bracketed_date(below, opened.start())
                    day = parse_date_match(d) if d else None
                    if day:
                        return day.isoformat()
    return None


def unchanged_scopes(text: str, published: date | None) -> dict[str, date]:
    """Scopes of forecasts a sentence says were announced earlier and stand unchanged."""
    out: dict[str, date] = {}
    for sentence in _sentences(text):
        lower = sentence.lower()
        if "forecast" not in lower and "target" not in lower and "outlook" not in lower:
            continue
        dates = announcement_dates(sentence, published)  # the cheaper test first
        if not dates or not _UNCHANGED.search(sentence):
            continue
        day = dates[0][0]
        scopes = []
        if ci(r"full[- ]year|annual|fiscal\s+year|whole\s+year").search(sentence):
            scopes.append("full_year")
        if ci(r"first\s+half|half[- ]year|six\s+months|interim|second\s+quarter").search(sentence):
            scopes.append("half")
        if ci(r"dividend").search(sentence):
            scopes.append("dividend")
        for scope in scopes or ["all"]:
            out.setdefault(scope, day)
    return out


def _sentences(text: str) -> list[str]:
    """`text` split after each '.', '!' or '?' that whitespace follows (the whitespace dropped); the
    scan starts on the punctuation, which is far faster than looking behind every space."""
    out = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        out.append(text[start : m.start() + 1])
        start = m.end()
    out.append(text[start:])
    return out


def revision_flags(text: str) -> dict[str, bool]:
    """'Revision of the ... forecast from the latest official forecast: No' notes of a summary."""
    out: dict[str, bool] = {}
    if "revision" not in lowered(text):
        return out
    for m in _REVISION_FLAG.finditer(text):
        key = "dividends" if "dividend" in m.group(0).lower() else "figures"
        out.setdefault(key, m.group("flag").lower() == "yes")
    return out
