"""Tables flattened into text, in every shape extraction leaves them: one cell per line, one row
per line, or many rows on one long line; header words interleaved across a header block; labels
split around their values ('Amount of' / 1,900 1,200 / 'increase/decrease (B-A)').

A document is cut into blocks at its headings; a block's text is read as a stream of label
fragments and value cells. A row is a label followed by a run of cells; label text after a run
that does not start a new row ('31, 2020)', '(Forecast)', 'increase/decrease (B-A)') continues
the previous row's label. Whatever precedes the first row is the table's header.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, pairwise, product
from operator import itemgetter

from etl.parse.fold import ci, dispatched_class, first_char_dispatch, may_hold
from etl.parse.numbers import BLANK_RE, NO_DIVIDEND_CELL, UNIT_RE, Cell, cells_in, digit_runs, scale_of, value_count

# Headings: '1.', '(1)', '１．' (after NFKC), '●', '■', '<Reference>', '(Reference)', '[Reference]', numbered
# twice ('1. 1.').
_HEADING = re.compile(
    r"^\s*(?:(?:\d{1,2}\.\s*)+(?=\S)(?!\d)|\(\d{1,2}\)\s|[●■◆◎○□▼▶►]\s*|<\s*Reference\s*>\s*(?=[A-Z])"
    r"|\(Reference\)\s*(?=[A-Z])|\[\s*Reference\s*\]\s*(?=[A-Z]))"
)
# A lone enumerated word ('(1) Dividends') is a row label; a heading has a word of four letters.
_ENUMERATED_WORD = re.compile(r"^\s*\(\d\)\s+\S+\s*$")
_FOUR_LETTERS = re.compile(r"[A-Za-z]{4}")
_NUMBERED = re.compile(r"\d{1,2}\.")
# What a numbered or marked heading opens on (after spaces): a digit or one of these.
_HEADING_FIRSTS = "(<[●■◆◎○□▼▶►"
# Un-numbered headings that introduce a table: 'Revisions of ... forecast ... (April 1, 2020 - ...)'.
_LOOSE_HEADING = ci(
    r"^\s*(?:Revisions?|Forecasts?|Differences?|Consolidated|Non-consolidated|Financial results"
    r"|Dividends?)\b[^\n]{25,}(?:\d{4}\)?|\d{4}\)?\s*\([^)]*\))\s*$"
    # Outlook sections of results releases: 'Outlook for the Fiscal Year Ending June 30, 2026',
    # 'Earnings Outlook for FY2025', 'Business Outlook for Fiscal 2025 (April 1, 2025 - March 31, 2026)'.
    r"|^\s*(?:(?:Business|Earnings|Financial)\s+)?Outlooks?\s+for\b[^\n]{3,}?\d{4}\)?\s*$"
)
# What a loose heading opens on (its words' first letters, in both cases; none folds from another letter).
_LOOSE_FIRSTS = "RrFfDdCcNnOoBbEe"
NOTE_LINE = ci(r"^\s*(?:\(?Notes?\)?\s*[:.)\d]|\(注\)|[*※]\s?\d?|\*\d)")
_NOTE_FIRSTS = "(Nn*※"  # what a note line opens on, after spaces
# A note-style pair 'Year ended March 31, 2021: 30,867 million yen' is prose, not a table row.
_COLON_VALUE = re.compile(r":\s*(?:JPY|¥|\\)?\s?[△▲(\-]?\d")

_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Row-label phrases by class, each opening on a plain character (the rest is read case-insensitively).
SCEN = (
    r"Previously\s+(?:announced|published|disclosed)",
    r"Previous\s+(?:forecasts?|targets?|fiscal\s+year|year|period|plan|outlook)",
    r"Initial\s+(?:forecasts?|plan)",
    r"Original\s+forecasts?",
    r"Revised\s+(?:forecasts?|targets?|plan)",
    r"New\s+(?:forecasts?|targets?|plan)",
    r"Latest\s+forecasts?",
    r"Most\s+recent\s+forecasts?",
    r"Forecasts?\s+(?:previously\s+)?announced\s+(?:on|in)\b",
    r"Current\s+(?:forecasts?|period|fiscal\s+year|year)",
    r"Results?\b",
    r"Actual",
    r"Change\b",
    r"Amount\s+of",
    r"Percentage",
    r"Rate\s+of",
    r"Difference",
    r"Increase",
    r"Decrease",
    r"YoY",
    r"\(\s*Ref",
    r"\(\s*Reference",
    r"\[\s*Reference",
    r"<\s*Reference",
    r"Reference\b",
    r"Forecast\s+for",
    r"Fiscal\s+Year\s+end(?:ed|ing)",
    # Tanshin dividend grids abbreviate the row's year ('FY ended March 31, 2024', 'FY ending ...'):
    # the row starts there, not at its date (the words would end the row label above).
    r"FY\s+end(?:ed|ing)",
    r"Year\s+end(?:ed|ing)",
    r"Six\s+months",
    r"Three\s+months",
    r"Nine\s+months",
    r"First\s+half",
    r"Second\s+half",
    r"Full[- ]year",
    r"Dividends?\s+paid",
    r"Prior\s+(?:year|period)",
    r"Same\s+period",
    r"As\s+of\b",
    *(rf"{month}[a-z]*\.?\s+\d{{1,2}},\s*(?:19|20)\d\d" for month in _MONTH_ABBREVIATIONS),
    # Fiscal-year labels starting a row: 'FY2023', 'FY3/2024', '1H FY2024', '1Q FY3/2025', 'Q1 FY2024/3',
    # 'Fiscal 2023' (a quarter or half marker opens the label: the row starts there, not at 'FY').
    r"FY\s?\d{1,4}(?:/\d{1,4})?\b",
    r"[1-4][HQ]\s?(?:FY\s?\d{1,4}(?:/\d{1,4})?|\d{2,4})\b",
    r"[QH][1-4]\s?FY\s?\d{1,4}(?:/\d{1,4})?\b",
    r"Fiscal\s+(?:19|20)\d\d\b",
    # Summary tables labelled by fiscal year end: 'FYE March 2025', 'FYE Mar. 2025', 'FYE 3/2025',
    # 'FYE March 31, 2025'.
    r"FYE\s?(?:\d{1,4}/\d{1,4}|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s*)?(?:19|20)\d\d)\b",
    # A scope group's label before its first row ('Non-consolidated Previous forecast (A)'): the
    # group's rows start there (the scenario word right after it continues the same phrase). Only
    # capitalised: a header's last words ('... to owners of parent') run on to the first row's label.
    # An OCR '1' for the 'l' is read too.
    *(
        rf"{word}(?<=(?-i:{word[0]}){word[1:]})(?=\s+(?:Previous|Revised|Initial|Original|New|Latest|Current"
        r"|Results?|Actual|Forecasts?|First|Second|Full|Fiscal|Year|Three|Six|Nine|FY)\b)"
        for word in ("Non-conso[l1]idated", "Conso[l1]idated", "Parent-only", "Parent")
    ),
)
METRIC = (
    r"Net\s+sales",
    r"Net\s+revenues?",
    r"Operating\s+Revenues?",
    r"Revenues?",
    r"Sales\b",
    r"Operating\s+(?:profit|income|loss)",
    r"Ordinary\s+(?:profit|income|loss)",
    r"Recurring\s+(?:profit|income)",
    r"Profit",
    r"Net\s+income",
    r"Net\s+loss",
    r"Loss\s+(?:attributable|before|per)",
    r"Income\s+before",
    r"Basic\s+(?:net\s+)?(?:earnings|income|profit|EPS)",
    r"Diluted",
    r"Earnings\s+per",
    # Presentation pages' short per-share rows ('EPS (yen)', 'Dividend per share (yen)') under a label
    # wrapped over two lines: rows of their own, not the tail of the label above (which would hand every
    # row below the next row's values).
    r"EPS\b",
    r"Dividends?\s+per\s+share",
    r"Total\s+comprehensive",
    r"Comprehensive",
    r"Total\s+assets",
    r"Total\s+equity",
    r"Equity\s+attributable",
    r"Net\s+assets",
    # IFRS filers' own profit measures: rows of their own, not the end of the row label above.
    r"Business\s+(?:profit|income)",
    r"Core\s+(?:operating\s+)?(?:profit|income)",
    r"EBITDA",
)
DIVP = (
    r"End\s+of",
    *(rf"{nth}\s+quarter" for nth in ("First", "Second", "Third", "Fourth", "1st", "2nd", "3rd", "4th")),
    r"Fiscal\s+Year[- ]end",
    r"Year[- ]end",
    r"Interim",
    r"Total",
    r"Annual",
    r"Q[1-4]\b",  # a row word follows a space or bracket, so a word boundary opens it anyway
    r"[1-4]Q\b",
    # The part of a dividend row above, indented under it ('  of which special dividend   20.00   -').
    r"Of\s+which,?\s+(?:ordinary|regular|special|commemorative|memorial|extraordinary)\s+dividend",
    # Or a breakdown row naming its part by kind ('(Breakdown) Ordinary dividend  25.00  50.00', then
    # 'Commemorative dividend  10.00  10.00'): each starts a row, else its values shift onto the label above.
    r"\(\s*Breakdown\s*\)\s*(?:ordinary|regular|special|commemorative|memorial|extraordinary)\s+dividend",
    r"Breakdown:?\s+(?:ordinary|regular|special|commemorative|memorial|extraordinary)\s+dividend",
    r"(?:Ordinary|Regular|Special|Commemorative|Memorial|Extraordinary)\s+dividend",
)
# A row word opens on a plain ASCII character (no case fold of one).
_CLASSES = first_char_dispatch({"scen": SCEN, "metric": METRIC, "divp": DIVP}, folds=False)
# A row word starts the text or follows a space or bracket. After the start, the delimiter is matched,
# not looked behind at, so the scan jumps between delimiters; no row word ends on one.
_ROW_WORD_FIRST = re.compile(_CLASSES)
_ROW_WORD = re.compile(rf"[\s(\[<](?:{_CLASSES})")
_ROW_CLASS = {group: group.partition("_")[0] for group in _ROW_WORD.groupindex}


@dataclass(slots=True)
class Row:
    label: str
    cells: list[Cell]


@dataclass(slots=True)
class Table:
    context: str
    """The headings above the table, outermost first: they carry its period, scope and scenario."""
    header: str
    units: tuple[str, ...]
    """Unit words of the header in order ('money:1000000.0', 'pct', 'yen', 'usd:...')."""
    rows: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class Lines:
    """A text cut into lines (ends kept), with where each starts and whether it is prose. The prose,
    heading and table passes all read the document line by line: cut and tested once, here."""

    text: str
    lines: list[str]
    starts: list[int]
    """Offset of each line, and the text's length last."""
    prose: list[bool]
    """:func:`is_prose` of each line."""

    def index(self, offset: int) -> int:
        """The line that starts at `offset` (or len(lines) at the text's end)."""
        return bisect_left(self.starts, offset)


def lines_of(text: str) -> Lines:
    lines = text.splitlines(keepends=True)
    prose = [is_prose(line) for line in lines]
    for i in range(1, len(lines)):
        if prose[i - 1] and not prose[i] and _sentence_tail(lines[i - 1], lines[i], lines[i + 1 : i + 2]):
            prose[i] = True
    starts = [0, *accumulate(map(len, lines))]
    for m in _STOP_AT_LINE_END.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if prose[i]:
            continue
        if lines[i][:1].isupper() and (_short_sentence(lines[i]) or _amount_sentence(lines[i])):
            prose[i] = True
        elif i and not prose[i - 1] and (
            _wrapped_amount_sentence(lines[i - 1], lines[i]) or _wrapped_sentence(lines[i - 1], lines[i])
        ):
            prose[i - 1] = prose[i] = True
    return Lines(text, lines, starts, prose)


def _wrapped_sentence(previous: str, line: str) -> bool:
    """Layout family: a sentence dense with amounts wrapped before its last words ('The year-end
    dividend forecast remains 18.00 yen per share (interim 18.00 yen, annual 36.00 yen)' / 'announced on
    February 10, 2025.'). Neither line reads as prose alone (the first has too many values for its
    words, the second too few words); the two joined do, as the sentence on one line does. The first
    must leave the sentence open on a word or bracket (a table row ends on a value)."""
    end = previous.rstrip()[-1:]
    open_end = end.isalpha() or end in ")," or _bracket_carries_on(end, line)
    return open_end and is_prose(f"{previous.rstrip()} {line.lstrip()}")


# A full stop ending a line (found by a fast scan for '.'): where :func:`_short_sentence` may end.
_STOP_AT_LINE_END = re.compile(r"\.[ \t]*$", re.M)


def _sentence_tail(previous: str, line: str, following: list[str]) -> bool:
    """A short line right after a prose line that ends its sentence ('the year ended March 31, 2025.'
    under a lead paragraph): the sentence's end, not a table's first header line (headers and rows do
    not end on a full stop and a value cell). Read as prose, it stays out of the header, whose column
    titles its year phrase would otherwise join. A wrapped paragraph's last line, before a blank line
    or the end, may hold amounts ('dividend of 72 yen per share (interim 36 yen, year-end 36 yen).')
    when it carries on the open sentence in running words: its amounts are no table row."""
    if not line.rstrip().endswith("."):
        return False
    if not cells_in(line):
        return True
    return (not following or following[0].isspace()) and runs_on(previous, line)


def runs_on(previous: str, line: str) -> bool:
    """A line carrying on the sentence that the prose line before it left open (on a word or a comma),
    in running wording (mostly lower-case words). Layout family: press releases stating figures in
    sentences dense with amounts ('profit is expected to be ¥28.3 billion (previous forecast: ¥24.0
    billion), and ordinary profit ¥29.1 billion'), which :func:`is_prose` turns down for its values."""
    end = previous.rstrip()[-1:]
    if not (end.islower() or end == "," or _bracket_carries_on(end, line)):
        return False  # a sentence or lead ending on '.' or ':' before a table, or a row ending on a value
    if line.lstrip()[:1].isdigit() and _DAY_YEAR.match(line) and _MONTH_AT_END.search(previous[-12:]):
        return True  # a date the line before left open on its month ('announced on February' / '10, 2025.')
    words = _WORD.findall(line)
    return len(words) >= 4 and sum(w[0].islower() for w in words) * 5 >= len(words) * 3


_MONTH_AT_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s*$"
)
_DAY_YEAR = re.compile(r"\s*\d{1,2},\s*(?:19|20)\d\d\b")


def _bracket_carries_on(end: str, line: str) -> bool:
    """Layout family: a wrapped sentence whose bracketed clause opens a line ('... announced on May 14,
    2024' / '(interim dividend of 18.00 yen per share, ...).'). After a year or a closing bracket, a
    bracket opening on a lower-case word carries the sentence on; a row label opens on a capital
    ('(Reference) Results ...')."""
    start = line.lstrip()
    return start[:1] == "(" and start[1:2].islower() and (end.isdigit() or end == ")")


@dataclass(slots=True)
class Block:
    heading: str
    context: str
    start: int
    end: int
    body_start: int


def is_heading(line: str) -> bool:
    """A numbered or marked heading ('1.', '(1)', '●'), or a loose one ('Revisions of ...') ending on a
    year or bracket. Most lines open like neither: they are turned away before the memo."""
    stripped = line.strip()
    if not stripped or len(stripped) > 220:
        return False
    first, last = stripped[0], stripped[-1]
    # A number opens a heading only as '1.' or '12.' (a table row opens on '1,234' or '2020').
    numbered = first in _HEADING_FIRSTS or (
        first.isdigit() and (stripped[1:2] == "." or (stripped[1:2].isdigit() and stripped[2:3] == "."))
    )
    if not (numbered or (first in _LOOSE_FIRSTS and (last.isdigit() or last == ")"))):
        return False
    return heading_shaped_is_heading(line)


@lru_cache(maxsize=1024)
def heading_shaped_is_heading(line: str) -> bool:
    """:func:`is_heading` of a line that opens like a heading."""
    stripped = line.strip()
    if (stripped[0].isdigit() or stripped[0] in _HEADING_FIRSTS) and _HEADING.match(line):
        rest = _HEADING.sub("", line, count=1)
        count = len(cells_in(rest))
        return (count <= 1 and not _ENUMERATED_WORD.match(line)) or bool(count == 0 and _FOUR_LETTERS.search(rest))
    if not (stripped[-1].isdigit() or stripped[-1] == ")"):
        return False  # a loose heading ends on a year or a bracket
    return bool(_LOOSE_HEADING.match(line)) and not any(not c.blank for c in cells_in(line))


_WORD = re.compile(r"[A-Za-z]{2,}")
_REFERENCE_LABEL = ci(r"\s*[(\[<]\s*Ref(?:erence)?\b")
# Unit-row words that a sentence does not repeat: 'JPY millions JPY millions', 'Millions of yen % ...'.
_UNIT_ROW = ci(r"JPY\s+(?:millions|billions|thousands)|(?:millions|billions|thousands)\s+of\s+yen")
# Words a sentence has and a table header does not.
_FUNCTION_WORDS = frozenset(
    "the an is are was were has have had be been will would that which its their our we it as by with this these due"  # noqa: SIM905
    " because and but not".split()
)
# Each in every mix of cases: a word of ASCII letters is looked up as printed, without lower-casing it.
_FUNCTION_WORD_CASES = frozenset(
    "".join(cases) for word in _FUNCTION_WORDS for cases in product(*zip(word, word.upper(), strict=True))
)


# Layout family: press releases open their lead on a city dateline ('Tokyo, May 13, 2025 -- Tsurugi Motor
# Corporation today announced ...', 'TOKYO, Japan, 13 May 2025 - ...'). Such a line may lack a sentence's
# function words ('today announced its ... results for fiscal 2025,'), and its '--' would read as a blank
# cell; no table row opens so.
_DATELINE_LEAD = re.compile(
    r"\s*[A-Z][A-Za-z.]*(?:,?[ \-][A-Z][A-Za-z.]*){0,2},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},|\d{1,2}\s+[A-Z][a-z]{2,8}"
    r"\.?,?)\s*(?:19|20)\d\d(?:\s*(?:[-–—]{1,3}|:)\s*|\s+)[A-Z]"
)


def is_prose(line: str) -> bool:
    """A sentence line: many words, mostly lower-case (headers are title case), few values (a table
    row, however long, is mostly values). Most lines are too short: they are turned away before the
    memo, which would hash each of them."""
    return len(line) >= 48 and long_line_is_prose(line)


@lru_cache(maxsize=256)
def long_line_is_prose(line: str) -> bool:
    """:func:`is_prose` of a line of 48 characters or more."""
    if _REFERENCE_LABEL.match(line):  # a long '(Reference) ...' row label
        return False
    if "ot paid" in line or "o dividend" in line or "ot Paid" in line:
        # Dividend breakdown rows run together: 'Not paid' / 'No dividend' cells are blanks, not words.
        line = NO_DIVIDEND_CELL.sub("-", line)
    words = _WORD.findall(line)
    # Counted with map() so the loops run in C.
    if len(words) < 12 or sum(map(str.islower, map(itemgetter(0), words))) * 5 < len(words) * 2:
        # A dateline lead is prose however many names it holds ('Kyoto, Japan, April 28, 2025 - Takasago
        # Electronics Corporation (TSE: 6742) today announced its consolidated'): read as a table line, its
        # wrapped sentence's year phrase joins the column titles below and dates the first column. Its
        # city is followed by ', ' early on (a row's commas are in its figures): most rows skip the match.
        return line.find(", ", 0, 40) != -1 and _DATELINE_LEAD.match(line) is not None
    grammar = sum(map(_FUNCTION_WORD_CASES.__contains__, words))
    if grammar < 2:
        return _DATELINE_LEAD.match(line) is not None  # else no sentence grammar
    if _is_column_titles(line):
        return False
    if may_hold(line, ("jpy", "yen")) and len(_UNIT_ROW.findall(line)) >= 2:
        return False  # a header with its unit row ('JPY millions ... JPY')
    # A line of press-release prose about figures ('Net sales rose 5.2% year on year to ¥1,234.5 billion,
    # ...') holds more values than other prose; it still has a sentence's grammar and ends on a full
    # stop, which a table row does not (a paragraph of several lines can end on one after its table).
    end = line.rstrip()
    sentence = end.endswith(".") and "\n" not in end
    ratio = 3 if sentence and (grammar >= 4 or _amounts_each_marked(line)) else 6
    # Digit runs bound the values from above: most lines are told without masking their dates.
    if digit_runs(line) * ratio < len(words):
        return True
    return value_count(line) * ratio < len(words)


def _amounts_each_marked(line: str) -> bool:
    """Whether every value of `line` carries its own unit and words stand between each two. Layout
    family: prose dividend statements ('plans an annual dividend of ¥90 per share (interim ¥45,
    year-end ¥45).'), whose sentence has few function words for its amounts; a table row prints its
    values side by side, and most print their unit in the header."""
    cells = cells_in(line)
    for n, cell in enumerate(cells):
        if cell.blank or (cell.lead == cell.start and cell.tail == cell.end):
            return False
        if n and not any(map(str.isalpha, line[cells[n - 1].tail : cell.lead])):
            return False
    return bool(cells)


def _is_column_titles(line: str) -> bool:
    """A header line of column titles printed side by side, metrics ('Revenue Operating profit Profit
    before tax Profit for the period Profit attributable to owners of the parent') or scenarios
    ('Previous forecast (A) Actual results (B) Change (B-A) Change (%) (Reference) Results for the
    first half of the previous year'): the titles bring 'for the' and 'of the' but no punctuation.
    Three capitalised title words of one class, and no comma or full stop, make it a header a
    sentence would not be."""
    if "," in line or ". " in line or line.rstrip().endswith("."):
        return False
    return len(row_starts(line, "metric")) >= 3 or len(row_starts(line, "scen")) >= 3


def _is_title_line(line: str, following: str, following_prose: bool) -> bool:
    """A short capitalised line with no values, followed by prose: an un-numbered section title."""
    if not following_prose:
        return False  # most lines are turned away on this alone
    stripped = line.strip()
    return (
        stripped[:1].isupper()
        and stripped[-1:] not in ".,;:"
        and len(stripped.split()) <= 8
        and not NOTE_LINE.match(following)
        and (not digit_runs(stripped) or not value_count(stripped))
        and not BLANK_RE.search(stripped)
    )


# What a value cell (currency, sign, parenthesis) or a blank cell ('-', '―', 'N/A', 'n.a.') can start with.
_CELL_FIRST = frozenset("JU¥\\$△▲▼-−(―—–‐Nn")


def _row_label_before_values(line: str, following: str) -> bool:
    """'(Reference) Results for ...' with its values on the next line is a row label, not a heading
    (a heading wrapped mid-parenthesis, '(From April 1,' / '2019 to ...)', is still a heading)."""
    if line.count("(") > line.count(")"):
        return False
    first = following.lstrip()[:1]
    if not (first.isdigit() or first in _CELL_FIRST or (first.isalpha() and _REFERENCE_OPENER.match(line))):
        return False  # no value or blank cell can start the line: nothing to read
    cells = cells_in(following)
    return bool(cells) and (
        cells[0].lead == len(following) - len(following.lstrip())
        or _reference_label_wrapped(line, following[: cells[0].lead].strip())
    )


# The second line of a wrapped reference label naming its period without brackets ('FY ended December
# 31, 2024', 'Fiscal year ended March 31, 2025', 'Six months ended September 30, 2024', 'FY2024').
_PERIOD_LEAD = ci(
    r"(?:FY|fiscal\s+year|year|(?:three|six|nine|twelve)\s+months|first\s+half|half\s+year)[^()]{0,40}?"
    r"(?:19|20)\d\d$"
)


def _reference_label_wrapped(line: str, lead: str) -> bool:
    """Results-vs-forecast family: a '(Reference) Results for the first half of the previous fiscal
    year' row label wrapped, its values after the label's second line: a period in parentheses ('(First
    half of the fiscal year ended March 31, 2024)') or the rest of its words ('the previous fiscal year')."""
    if not _REFERENCE_OPENER.match(line):
        return False
    if lead.startswith("("):
        return lead.endswith(")") and lead.count("(") == lead.count(")")
    return lead[:1].islower() or bool(_PERIOD_LEAD.match(lead))


def _reference_label_over_period_line(
    line: str, lines: list[str], i: int, following: list[str], words: bool = True
) -> bool:
    """The wrapped '(Reference) Results for ...' row label of a table printed one cell per line: its period
    line ('(Fiscal year ended December 31, 2023)', 'FY ended December 31, 2024') holds no values, the line
    after it does. Or a label wrapped over three lines, '(Reference) Results for' / 'the previous fiscal
    year' / '(FY ended March 31, 2024)  20,886 ...': its middle line (`words`: one such line at most),
    in lower case and without values, goes on with the label; the period and the values come after it."""
    if not _REFERENCE_OPENER.match(line):
        return False
    period = following[i].strip()
    bracketed = period.startswith("(") and period.endswith(")") and period.count("(") == period.count(")")
    words_on = words and period[:1].islower() and not period.endswith(".")
    if not (bracketed or words_on or _PERIOD_LEAD.match(period)):
        return False
    j = i + 1
    while lines[j].isspace():
        j += 1  # the period line (following[i] is the next line that is not blank)
    if cells_in(period):
        return False
    if words_on:
        return _row_label_before_values(line, following[j]) or _reference_label_over_period_line(
            line, lines, j, following, words=False
        )
    return _row_label_before_values(period, following[j])


_BARE_NUMBER = re.compile(r"\s*\(\d{1,2}\)\s*$")
_LETTER = re.compile(r"[A-Za-z]")


def _negative_cell(line: str, previous: str, following: str) -> bool:
    """'(84)' alone on a line beside a line of bare values is a loss or decrease in a table printed
    one cell per line (a change row of a scenario table), not a '(1)' heading whose title went onto
    the next line: cutting the table there would lose the rows after it."""
    if not _BARE_NUMBER.match(line):
        return False
    return any(cells_in(near) and not _LETTER.search(near) for near in (previous, following))


_REFERENCE_OPENER = ci(r"\s*[(<\[]\s*Reference\s*[)>\]]")


def _reference_column_title(line: str, previous: str) -> bool:
    """'(Reference) Results for the fiscal year ended ...' right after a line of scenario column titles
    ('Change (%)', or 'Previous forecast (A) Actual results (B) Change (B-A)'), metrics as rows: the
    last column's title, not a heading (cutting there would leave the table without its header)."""
    if len(previous) > 120 or not _REFERENCE_OPENER.match(line) or previous.rstrip().endswith("."):
        return False
    return not cells_in(previous) and bool(row_starts(previous.strip(), "scen"))


def blocks(doc_lines: Lines) -> list[Block]:
    """The document cut at its headings; each block's context joins its enclosing headings."""
    out: list[Block] = []
    stack: list[tuple[int, str]] = []
    pos = 0
    current = Block("", "", 0, 0, 0)
    lines, text = doc_lines.lines, doc_lines.text
    # The next line that is not blank, and whether it is prose.
    following = [""] * len(lines)
    following_prose = [False] * len(lines)
    nxt, nxt_prose = "", False
    for i in range(len(lines) - 1, -1, -1):
        following[i], following_prose[i] = nxt, nxt_prose
        if not lines[i].isspace():
            nxt, nxt_prose = lines[i], doc_lines.prose[i]
    skip = 0
    previous = ""
    reference = False  # whether the block is a '(Reference) ...' one
    for i, line in enumerate(lines):
        if skip:
            skip -= 1
        elif reference and doc_lines.prose[i] and lines[i - 1].isspace() and text[current.body_start : pos].strip():
            # '(Reference) Breakdown of annual dividends', its table, a blank line, then a paragraph: the
            # paragraph goes on with the section around the reference, not under its label (a paragraph
            # right under the label, before any table, is what the label refers to).
            current.end = pos
            out.append(current)
            stack = stack[:-1]
            current = Block(stack[-1][1] if stack else "", " / ".join(h for _, h in stack), pos, pos, pos)
            reference = False
        elif (
            is_heading(line)
            and not _row_label_before_values(line, following[i])
            and not _reference_label_over_period_line(line, lines, i, following)
            and not _negative_cell(line, previous, following[i])
            and not _reference_column_title(line, previous)
        ) or _is_title_line(line, following[i], following_prose[i]):
            current.end = pos
            out.append(current)
            heading, body_start = line.strip(), pos + len(line)
            # A heading wrapped onto the next line: '(From April 1,' / '2019 to September 30, 2019)'.
            while heading.count("(") > heading.count(")") and skip < 2 and i + skip + 1 < len(lines):
                skip += 1
                heading = f"{heading} {lines[i + skip].strip()}"
                body_start += len(lines[i + skip])
            level = _level(line)
            stack = [(lv, h) for lv, h in stack if lv < level] + [(level, heading)]
            current = Block(heading, " / ".join(h for _, h in stack), pos, pos, body_start)
            reference = _REFERENCE_OPENER.match(line) is not None
        pos += len(line)
        if line.strip():
            previous = line
    current.end = pos
    out.append(current)
    return [b for b in out if b.end > b.start or b.heading]


def _level(line: str) -> int:
    s = line.lstrip()
    if _NUMBERED.match(s):
        return 1
    if s.startswith("("):
        return 2
    return 3


# Footnote markers: '*1', '※', '(*1)', '(Note 2)', '[1]'. Alone between two cells ('1,284,560*1 7.2',
# '572.10※ -') a marker belongs to the value before it: as a label it would cut the row's run of cells
# in two, the second half read as a row of its own aligned from the first column.
_FOOTNOTE_MARK = re.compile(r"[*※]\d{0,2}|\(\*\d{0,2}\)|\((?:Notes?|注)\s?\d{0,2}\)|\[\d{1,2}\]")
_MARK_FIRSTS = "*※(["


@dataclass(slots=True)
class _Item:
    kind: str  # "label" or "cells"
    text: str
    start: int
    cells: list[Cell] = field(default_factory=list)


def _items(doc_lines: Lines, start: int, end: int, wanted: Callable[[str], bool] | None) -> list[list[_Item]]:
    """Label and cell items of a block's body (the lines from offset `start` to `end`), in segments
    split at note and prose lines. A stretch of lines between those that `wanted` turns down is not
    read at all (its cells are never scanned)."""
    text, lines, starts, prose = doc_lines.text, doc_lines.lines, doc_lines.starts, doc_lines.prose
    segments: list[list[_Item]] = [[]]
    stretch: list[tuple[str, int]] = []
    for i in range(doc_lines.index(start), doc_lines.index(end)):
        line, line_start = lines[i], starts[i]
        first = line.lstrip()[:1]
        if first and first in _MARK_FIRSTS and _FOOTNOTE_MARK.fullmatch(line.strip()):
            continue  # a value's footnote mark on a line of its own ('572.10' / '※'): not a note, not a label
        if first and ((first in _NOTE_FIRSTS and NOTE_LINE.match(line)) or prose[i]):
            _read_stretch(text, stretch, segments, wanted)
            stretch = []
            if segments[-1]:
                segments.append([])
        elif first:
            stretch.append((line, line_start))
    _read_stretch(text, stretch, segments, wanted)
    return [s for s in segments if s]


def _short_sentence(line: str) -> bool:
    """A one-line sentence, too short for :func:`is_prose` ('The above forecasts are based on information
    currently available.', 'Forecasts are unchanged.'): capitalised, ending on a full stop, in running
    lower-case words, with no value. Read as prose, it ends the table above it. Layout family: grids
    printed one cell a line, whose last row's label ('(ended March 31, 2024)') the sentence joined (its
    'forecast' made the prior year a forecast). Company names ('Nagara Tools Co., Ltd.') are title case."""
    words = _WORD.findall(line)
    if len(words) < 3 or sum(w[0].islower() for w in words[1:]) * 3 < (len(words) - 1) * 2:
        return False
    # A short dividend sentence under a heading ('The year-end dividend forecast of 20.00 yen per share
    # remains unchanged.'): each amount marked as yen, among eight words or more, is no row's values.
    return not cells_in(line) or ("ividend" in line and len(words) >= 8 and _amounts_each_marked(line))


def _amount_sentence(line: str) -> bool:
    """A one-line sentence stating amounts, too short for :func:`is_prose` ('Net sales were 12,345 million
    yen, up 3.2%, and operating profit 1,234 million yen.'): a sentence's grammar, running lower-case
    words, and a unit on every amount with words between each two. Layout family: tanshin and press
    releases commenting on a table right under it; read as a row, the sentence's amounts join the table
    and its columns no longer match the header. A table row prints its values side by side."""
    words = _WORD.findall(line)
    return (
        len(words) >= 4
        and sum(map(_FUNCTION_WORD_CASES.__contains__, words)) >= 2
        and sum(w[0].islower() for w in words[1:]) * 3 >= (len(words) - 1) * 2
        and _amounts_each_marked(line.rstrip().removesuffix("."))  # '8.1%.' is no cell: the stop is the sentence's
    )


def _wrapped_amount_sentence(first: str, last: str) -> bool:
    """:func:`_amount_sentence` wrapped onto a second line ('Net sales were 12,345 million yen (up 3.2%) and
    operating profit' / '1,234 million yen (up 8.1%).'): the first line opens it capitalised, states an
    amount and leaves it open on a word or a comma (a row ends on a value, a header states none)."""
    end = first.rstrip()[-1:]
    return (
        first[:1].isupper()
        and (end.islower() or end == ",")
        and bool(cells_in(first))
        and _amount_sentence(f"{first.rstrip()} {last}")
    )


def _read_stretch(
    text: str, stretch: list[tuple[str, int]], segments: list[list[_Item]], wanted: Callable[[str], bool] | None
) -> None:
    """The items of a stretch of table lines added to the segments (a line of label: value pairs
    ends a segment)."""
    if not stretch or (wanted is not None and not wanted(text[stretch[0][1] : stretch[-1][1] + len(stretch[-1][0])])):
        return
    for line, line_start in stretch:
        cells = cells_in(line, line_start)
        if _label_value_pairs(line, cells):
            if segments[-1]:
                segments.append([])
            continue
        items = segments[-1]
        cursor = 0
        for cell in cells:
            label = line[cursor : cell.lead - line_start]
            if label and not label.isspace():  # most cells are parted by spaces alone
                _add_label(items, label, line_start + cursor)
            if items and items[-1].kind == "cells":
                items[-1].cells.append(cell)
            else:
                items.append(_Item("cells", "", cell.start, [cell]))
            cursor = cell.tail - line_start
        label = line[cursor:]
        if not label.isspace():
            _add_label(items, label, line_start + cursor)


def _label_value_pairs(line: str, cells: list[Cell]) -> bool:
    """'Year ended March 31, 2021: 30,867 million yen' or 'Operating profit: JPY2,300 million, ...':
    statements in label: value form are notes and prose, not table rows."""
    if ":" not in line:
        return False
    pairs = len(_COLON_VALUE.findall(line))
    return pairs > 0 and (len(cells) <= 2 or pairs >= len([c for c in cells if not c.blank]))


def _add_label(items: list[_Item], text: str, start: int) -> None:
    stripped = text.strip()
    if not stripped or not stripped.strip("|│┃:;,/"):
        return  # rules and separators between cells are not labels
    if stripped[0] in _MARK_FIRSTS and _FOOTNOTE_MARK.fullmatch(stripped):
        return
    if items and items[-1].kind == "label":
        items[-1].text += " " + stripped
    else:
        items.append(_Item("label", stripped, start + len(text) - len(text.lstrip())))


@lru_cache(maxsize=512)
def row_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, class) of every word or bracket that begins a row-label phrase, matched at word starts."""
    first = _ROW_WORD_FIRST.match(text)
    out = [(0, first.end(), dispatched_class(first))] if first else []
    rest = _ROW_WORD.finditer(text, first.end() if first else 0)
    # A word starts after its one-character delimiter.
    out += [(m.start() + 1, m.end(), _ROW_CLASS[m.lastgroup]) for m in rest]  # type: ignore[index]
    return tuple(out)


@lru_cache(maxsize=512)
def row_starts(text: str, cls: str | None) -> tuple[int, ...]:
    """Offsets in a label run where a row label can start: a capitalised row word, not inside
    parentheses (except '(Ref.)'), and not the second word of a phrase already started. Memoised: a
    run is split both while finding a table's header and while cutting its rows."""
    found: list[int] = []
    last_end, depth, scanned = -10, 0, 0
    for start, end, name in row_words(text):
        if cls and name != cls:
            continue
        depth += text.count("(", scanned, start) - text.count(")", scanned, start)
        scanned = start
        adjacent = start - last_end <= 1
        last_end = max(last_end, end)
        first = text[start]
        if adjacent or (start > 0 and text[start - 1] not in " ([<"):
            continue
        if text.startswith("FY", start) and text.endswith(" of", 0, start - 1):
            continue  # 'First half of FY3/2025': the fiscal-year label completes the phrase before it
        if not (first.isupper() or first.isdigit() or first in "([<" or text.startswith("of", start)):
            continue  # 'of which ... dividend' (DIVP) starts a row in lower case too
        opener = text[max(0, start - 2) : start].strip()
        # Inside brackets only '(Ref.)' / '(Reference)' opens a row: a bracketed scenario after a year
        # ('FY2024 (Results)', 'FY2025 (Forecast)') completes the row label it follows.
        if depth > 0 and not (opener.endswith("(") and text[start : start + 3].lower() == "ref"):
            continue
        found.append(start - (1 if opener.endswith(("(", "[", "<")) else 0))
    return tuple(found)


def _class_of(label: str) -> str | None:
    words = row_words(label)
    return words[0][2] if words else None


def tables(doc_lines: Lines, block: Block, wanted: Callable[[str], bool] | None = None) -> list[Table]:
    """The tables in one block of the document: each segment's rows, with the header before its first
    row. `wanted` tells from a stretch of table lines whether any table read from it can matter."""
    out = []
    for items in _items(doc_lines, block.body_start, block.end, wanted):
        runs = _pair_runs(items)
        if not runs:
            continue
        out.extend(_build(block, runs))
    return out


def _pair_runs(items: list[_Item]) -> list[tuple[_Item | None, _Item]]:
    """(label before, cells) pairs; trailing label text is kept as a pair with an empty cell run."""
    pairs: list[tuple[_Item | None, _Item]] = []
    pending: _Item | None = None
    for item in items:
        if item.kind == "label":
            pending = item
        else:
            pairs.append((pending, item))
            pending = None
    if pending is not None:
        pairs.append((pending, _Item("cells", "", pending.start)))
    return pairs


def _build(block: Block, pairs: list[tuple[_Item | None, _Item]]) -> list[Table]:
    """Tables from (label, cells) pairs. A label run holding a unit row ('Yen Yen % %'), new metric
    column titles (:func:`_new_titles`) or forecast column titles (:func:`forecast_titles`) starts a new
    table (two tables printed back to back);
    otherwise each run splits into the end of the previous row's label and the start of the next one."""
    groups: list[list[tuple[_Item | None, _Item]]] = []
    for pair in pairs:
        label = pair[0]
        if not groups or (
            label is not None
            and pair[1].cells
            and (
                len(header_units(label.text)) >= 2
                or _new_titles(label.text, groups[-1])
                or forecast_titles(label.text)
                or _repeated_header(label.text, groups[-1])
            )
        ):
            groups.append([])
        groups[-1].append(pair)
    return [_table(block, group) for group in groups]


def _new_titles(text: str, group: list[tuple[_Item | None, _Item]]) -> bool:
    """Metric column titles opening a label run that ends on a period row label, inside a table whose
    header titles its columns by metrics and whose last row is a period's: the header of a second
    table printed right after the first (layout family: tanshin summaries whose per-share table,
    'Basic earnings per share Diluted earnings per share', follows the money table with no unit row
    between, its cells printing their own unit, '¥ 112.45'; or a title of no row word that prints its
    own unit in brackets, 'EPS (Yen)', above the per-share rows). Metrics-as-rows tables never qualify
    (their header titles periods), nor a header cut in two by a stray value (no period row yet)."""
    words = row_words(text)
    if not words or words[-1][2] != "scen":
        return False
    if words[0][0] == 0:
        if words[0][2] != "metric":
            return False
    elif ")" not in text[: words[0][0]] or not header_units(text[: words[0][0]]):
        return False
    head, last = group[0][0], group[-1][0]
    last_words = row_words(last.text) if last is not None else ()
    if head is None or not last_words or last_words[-1][2] != "scen":
        return False
    return sum(name == "metric" for _, _, name in row_words(head.text)) >= 2


def _repeated_header(text: str, group: list[tuple[_Item | None, _Item]]) -> bool:
    """A label run that repeats, from its unit phrase on, what the table's first run holds from its own
    (the column titles and the first row's label), after a line of its own ('Fiscal year ended March 31,
    2024'): the header of a second table of the same layout printed right after the first. Layout family:
    quarterly breakdowns ('1Q 2Q 3Q 4Q Full year') printing one table per year, each under its year's
    line and a bracketed unit line ('(Millions of yen)'), with no unit row to part them."""
    head = group[0][0]
    if head is None or not may_hold(text, _UNIT_WORDS):
        return False
    unit = UNIT_RE.search(text)
    if unit is None or unit.start() == 0:
        return False
    first = UNIT_RE.search(head.text)
    if first is None or first.start() == 0:
        return False
    return _shape(text[unit.start() :]) == _shape(head.text[first.start() :])


# OCR's confusions ('JuI.', 'Ju1.', '0perating') read alike when a run is compared with another.
_CONFUSABLES = str.maketrans("1i0", "llo")


def _shape(text: str) -> list[str]:
    """The words of a run as OCR's confusions leave them alike."""
    return text.lower().translate(_CONFUSABLES).split()


_CENTURIES = ("19", "20")


def _year_titles(cells: list[Cell]) -> bool:
    """Layout family: large-cap US GAAP / IFRS summaries title their period columns with bare years,
    consecutive, under '(Fiscal years ended March 31)' ('2024 2025 Change'). Read before the first
    row, these are the columns' titles, not a row of values: two or more years in a run of their own,
    one apart, printed bare (no unit, sign or grouping)."""
    if len(cells) < 2 or cells[0].text[:2] not in _CENTURIES:
        return False  # most runs are turned away on their first cell
    if any(len(cell.text) != 4 or cell.lead != cell.start or cell.tail != cell.end for cell in cells):
        return False
    years = [cell.value or 0.0 for cell in cells]
    return all(1990 <= year < 2100 for year in years) and {b - a for a, b in pairwise(years)} in ({1.0}, {-1.0})


def _titles_joined(pairs: list[tuple[_Item | None, _Item]]) -> list[tuple[_Item | None, _Item]]:
    """A table's first run of cells that are year titles (:func:`_year_titles`) joined, as text, to
    the label runs around it: the header then ends on them and the first row follows."""
    (before, years), (after, cells) = pairs[0], pairs[1]
    parts = [before.text if before else "", " ".join(cell.text for cell in years.cells), after.text if after else ""]
    start = before.start if before else years.start
    return [(_Item("label", " ".join(p for p in parts if p), start), cells), *pairs[2:]]


# A forecast column's (or row's) title: 'Previous forecast', 'Current Forecast', 'Revised forecasts'.
_FORECAST_TITLE = re.compile(r"\b(?:Previous|Revised|Initial|Original|New|Latest|Current)\s+[Ff]orecasts?\b")


def forecast_titles(run: str) -> bool:
    """Whether a label run names two forecasts with no values between them: column titles ('Previous
    forecast (August 2024) Current forecast (November 2024) Change'), as a forecast row of a
    scenarios-as-rows table has its values after its title. Metrics-as-rows tables printed back to
    back, the second without a unit row of its own, are parted there."""
    return "orecast" in run and len(_FORECAST_TITLE.findall(run)) >= 2


def _table(block: Block, pairs: list[tuple[_Item | None, _Item]]) -> Table:
    if len(pairs) > 1 and _year_titles(pairs[0][1].cells):
        pairs = _titles_joined(pairs)
    second_class = None
    if len(pairs) > 1 and pairs[1][0] is not None:
        starts = row_starts(pairs[1][0].text, None)
        second_class = _class_of(pairs[1][0].text[starts[0] :] if starts else pairs[1][0].text)
    first_label, first_cells = pairs[0]
    header, label = "", ""
    if first_label is not None:
        split = _header_split(first_label.text, second_class)
        header, label = first_label.text[:split].strip(), first_label.text[split:].strip()
    table = Table(context=block.context, header=header, units=header_units(header))
    rows = [Row(label, list(first_cells.cells))]
    for label_item, cells in pairs[1:]:
        text = label_item.text if label_item else ""
        starts = row_starts(text, None)
        if cells.cells:
            cut = starts[0] if starts else (0 if _BARE_SCENARIO.fullmatch(text) else len(text))
            if cut and text[:cut].rstrip().endswith(":"):
                # A group title ('Per share of common stock:') names the rows under it: it opens the next
                # row's label rather than ending the last one's (US GAAP large-cap summary family).
                cut = 0
        else:
            cut = starts[0] if starts and starts[0] > 0 else len(text)
        if cut > 0:
            rows[-1].label = f"{rows[-1].label} {text[:cut].strip()}".strip()
        if cells.cells:
            rows.append(Row(text[cut:].strip(), list(cells.cells)))
    table.rows = [r for r in rows if r.cells]
    return table


# A bare scenario word before a line's values, right under a row with values of its own ('Current
# fiscal year  21.00' / 'Forecast  21.00  21.00  21.00  84.00'): quarterly payers' reference breakdowns
# print the rest of the year as a row of its own. It is no tail of the row above (which it made a
# forecast, its values left under no label).
_BARE_SCENARIO = ci(r"forecasts?|plans?|estimates?")


def _header_split(text: str, cls: str | None) -> int:
    """Where the first row's label starts inside the run that also holds the header. A unit row
    ('Millions of yen % ... Yen') ends the header: a row word before it is a column title, and the
    label is what follows the unit row ('2Q (cumulative)', a label of no known row word)."""
    units = list(UNIT_RE.finditer(text)) if may_hold(text, _UNIT_WORDS) else []
    for candidate in ([cls] if cls else []) + ["scen", "metric", "divp"]:
        starts = row_starts(text, candidate)
        if starts:
            split = _with_group(text, starts)
            if len(units) >= 2 and units[-2].start() > split and text[units[-1].end() :].strip():
                return units[-1].end()
            return split
    return units[-1].end() if units else 0


# A group phrase with its dates in brackets, right before the first row's label: 'First half (April 1,
# 2022 to September 30, 2022) Previous forecast (A)'. The brackets part the two words, which would
# otherwise be read as one phrase.
_GROUP_WITH_DATES = ci(
    r"(?:(?:First|Second)\s+half|Full[- ]year|(?:Three|Six|Nine)\s+months)\s*\([^()]*\)\s*"
)


def _with_group(text: str, starts: tuple[int, ...]) -> int:
    """The last row start, or the group phrase before it (its period opens the first group of rows)."""
    if len(starts) > 1 and "(" in text and _GROUP_WITH_DATES.fullmatch(text, starts[-2], starts[-1]):
        return starts[-2]
    return starts[-1]


# Every unit word holds one of these (UNIT_RE's alternatives, case-folded).
_UNIT_WORDS = ("jpy", "yen", "¥", "\\", "us$", "usd", "dollars", "%", "円")
_UNIT_NOTE = ci(r"\([^()]*(?::|change|represent|rounded)[^()]*\)")


_BRACKETED = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=256)
def header_units(header: str) -> tuple[str, ...]:
    """The unit words of a header in order; notes in parentheses ('(%: year-on-year change)') are skipped.
    Units in brackets ('(Millions of yen, %)' over the titles, 'EPS (Yen)') give way to the header's unit
    row when that row names each of their kinds (layout family: tanshin summaries whose section note
    or bracketed column title sits above a 'Million yen % ... Yen' unit row): counted too, they would
    be columns of their own."""
    if not may_hold(header, _UNIT_WORDS):
        return ()
    if "(" not in header:
        return _units_of(header)
    cleaned = _UNIT_NOTE.sub(" ", header)
    units = _units_of(cleaned)
    row = _units_of(_BRACKETED.sub(" ", cleaned))
    if row and len(row) < len(units) and {u.partition(":")[0] for u in units} <= {u.partition(":")[0] for u in row}:
        return row
    return units


def _units_of(text: str) -> tuple[str, ...]:
    out = []
    for m in UNIT_RE.finditer(text):
        unit = dispatched_class(m)
        out.append(f"money:{scale_of(m.group(0))}" if unit == "money" else unit)
    return tuple(out)
