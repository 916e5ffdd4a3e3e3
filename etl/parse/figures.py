"""Financial figures from tables (metrics as columns or as rows) and from prose.

Row roles follow the forecast-revision family: Previous forecast (A), Revised forecast (B) or
Results (B), Change (B-A), Change (%), (Reference) prior-period results. Derived rows are never
facts: they cross-check the rows they derive from and a mismatch becomes a warning.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from etl.parse.context import Doc, announcement_dates, label_announcement, paragraphs
from etl.parse.dates import DATE_RE, add_months, calendar_date, find_dates, may_hold_year, month_end, month_number
from etl.parse.fold import ci, dispatched_class, folded, holds, lowered, may_hold, opening_chars
from etl.parse.numbers import UNIT_RE, Cell, parse_number, scale_of, value_count
from etl.parse.periods import Period, fy_end_phrase, months_named, resolve
from etl.parse.standards import Evidence, consolidated_in, standard_for
from etl.parse.tables import Row, Table, forecast_titles, header_units, row_starts, row_words

CANONICAL = (
    "revenue",
    "operating_profit",
    "ordinary_profit",
    "profit_before_tax",
    "net_profit_attributable",
    "eps_basic",
)
MONEY_METRICS = CANONICAL[:5]

# Whole words only: a company name in the label ('... Imaging Corporation') must not read as 'ratio'.
_EXCLUDE = ci(
    r"\b(?:diluted|ratios?|comprehensive|margins?|to\s+total|non-controlling|equity|assets|cash|dividends?"
    r"|payout)\b"
)
# Earnings per share as US GAAP words it: 'Net income attributable to X Corporation shareholders per
# share' or, in large-cap summaries, '... per common share: Basic', whoever the profit is attributable
# to (up to seven words, none of which opens another title). Each name word is taken whole ('\S++'): a
# space or the end must follow it, so re need not try it shorter when the title fails further on.
_PER_SHARE_STEM = (
    r"(?:net\s+)?(?:earnings|income|profit|loss)(?:\s+\(loss\))?(?:\s+attributable\s+to"
    r"(?:\s+(?!(?:net|income|profit|earnings|basic|diluted|attributable|per)\b)\S++){1,7})?\s+per\s+(?:common\s+)?share"
)
# The per-share group title before the title (US GAAP large-cap summaries: 'Per share of common stock:' over
# 'Net income attributable to X Corporation - Basic'): the row label the table reader gives it opens on it.
_PER_SHARE_GROUP = (
    r"per\s+(?:common\s+)?share(?:\s+of\s+common\s+stock|\s+data|\s+amounts|)\s*(?:\((?:yen|¥)\)\s*|):\s*"
    r"(?:(?:net\s+)?(?:earnings|income|profit)(?:\s+\(loss\))?(?:\s+attributable\s+to"
    r"(?:\s+(?!(?:net|income|profit|earnings|basic|diluted|attributable|per)\b)\S++){1,7})?|basic\b)"
)
# '... per share - diluted', '(diluted)', ', diluted': the sign is needed ('per share Diluted' opens the next title).
_DASH_DILUTED = r"\s*[-–—:(,]\s*diluted\b"
# The non-controlling interests' share of profit ('Net income attributable to noncontrolling interests',
# 'non controlling', 'Minority interests in income'): not the parent's profit, but a column of its own
# (its title must not read as, nor hide, the attributable one beside it).
_NONCONTROLLING = ci(
    r"(?:net\s+)?(?:profit|income|earnings|loss)(?:\s+\(loss\))?\s+attributable\s+to\s+(?:the\s+)?"
    r"(?:non[- ]?controlling|minority)\s+(?:interests?|shareholders)"
    r"|(?:non[- ]?controlling|minority)\s+interests?(?:\s+in\s+(?:net\s+)?(?:income|profit|earnings))?"
)
# Full phrases, used both for row labels and to check that a header names its columns cleanly.
# 'Operating' and 'Ordinary' of an income-statement item beside the metrics ('Non-operating income',
# 'Other operating income', 'Extraordinary loss'): checked behind the word, so the scan still opens on it.
_NOT_SIDE = r"(?<!non-operating)(?<!non operating)(?<!nonoperating)(?<!other operating)"
_NOT_EXTRA = r"(?<!extraordinary)(?<!extraordinarv)(?<!extra-ordinary)"
PHRASES: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    (
        "eps_basic",
        ci(
            rf"(?:basic\s+)?{_PER_SHARE_STEM}(?!{_DASH_DILUTED})(?:\s*\(basic\)|\s*[-–—:,]\s*basic\b|)"
            rf"|{_PER_SHARE_GROUP}(?!{_DASH_DILUTED})|\bEPS\b"
        ),
    ),
    (
        None,
        ci(
            r"diluted\s+(?:net\s+)?(?:earnings|income|profit)?\s*(?:\(loss\)\s*)?per\s+(?:common\s+)?share"
            rf"|{_PER_SHARE_STEM}{_DASH_DILUTED}\)?|diluted\s+EPS\b"
        ),
    ),
    # IFRS filers' own profit measures ('Business profit', 'Core operating profit', EBITDA) beside
    # operating profit: none of ours, but a column of its own (its title must not read as operating profit).
    (
        None,
        ci(
            r"\b(?:business|core(?:\s+operating)?|underlying\s+operating)\s+(?:profit|income)(?:\s+\(loss\))?"
            r"|\b(?:adjusted\s+)?EBITDA\b"
        ),
    ),
    (
        "profit_before_tax",
        ci(r"(?:profit|income|earnings|loss)(?:\s+\(loss\))?\s+before\s+(?:income\s+)?tax(?:es)?"),
    ),
    (
        "ordinary_profit",
        ci(
            rf"ordinar[yv]{_NOT_EXTRA}\s+(?:profit|income)(?:\s+\(loss\))?|ordinar[yv]{_NOT_EXTRA}\s+loss"
            r"|recurring\s+(?:profit|income)"
        ),
    ),
    # 'Ordinary revenues': an insurer's top line, a title of its own (two-line headers are read title by title).
    (
        "revenue",
        ci(
            rf"net\s+sales|operating{_NOT_SIDE}\s+revenues?|ordinar[yv]\s+revenues?|net\s+revenues?|revenues?|\bsales\b"
            r"|turnover"
        ),
    ),
    ("operating_profit", ci(rf"operating{_NOT_SIDE}\s+(?:profit|income)(?:\s+\(loss\))?|operating{_NOT_SIDE}\s+loss")),
    # Income-statement items named like our metrics ('Non-operating income', 'Extraordinary losses', IFRS
    # 'Other operating income'; layout family: summaries and statements listing them beside the metrics):
    # none of ours, and a title of their own in a header.
    (
        None,
        ci(
            r"\b(?:extra-?\s*ordinar[yv]|non-?\s*operating|other\s+operating)\s+"
            r"(?:income|profit|revenues?|loss(?:es)?|expenses?|gains?)\b"
        ),
    ),
    (None, _NONCONTROLLING),
    (
        "net_profit_attributable",
        ci(
            r"(?:net\s+)?(?:profit|income)(?:\s+\(loss\))?(?:\s+for\s+the\s+(?:period"
            r"|year))?\s+attributable\s+to\s+(?:the\s+)?(?:owners|shareholders"
            r"|stockholders)(?:\s+of\s+(?:the\s+)?(?:parent|company))?|net\s+(?:income|profit)(?:\s+\(loss\))?"
            r"|profit\s+attributable|net\s+loss|loss\s+attributable\s+to\s+(?:the\s+)?(?:owners|shareholders)"
        ),
    ),
    (None, ci(r"(?:profit|income)(?:\s+\(loss\))?\s+for\s+the\s+(?:period|year)|(?:total\s+)?comprehensive\s+income")),
)
# A word every match of the PHRASES pattern at the same index holds (case-folded): the scan is skipped without one.
_PHRASE_WORDS = (
    ("share", "eps"),  # 'per share' (not 'per': 'operating' holds it)
    ("diluted",),
    ("business", "core", "underlying", "ebitda"),
    ("before",),
    ("ordinar", "recurring"),  # 'Ordinarv': OCR reads the 'y' of the one metric word holding one as 'v'
    ("sales", "revenue", "turnover"),
    ("operating",),
    ("extraordinar", "nonoperating", "non-operating", "non operating", "other operating"),
    ("controlling", "minority"),
    ("attributable", "net"),  # 'loss attributable to owners' holds 'attributable' too
    ("for", "comprehensive"),
)
_METRIC_WORDS = ci(r"sales|revenue|profit|income|earnings|EPS")
_EPS_WORDS = ci(r"(?:earnings|income|profit)\b[^.]{0,30}?per\b|\bEPS\b")
# 'Operating income to operating revenues ratio': a ratio column, not the metric.
_RATIO_AFTER = ci(r"\s*(?:to\s+(?:total|operating|net|sales|revenue|shareholders)|ratio)")
_ATTRIBUTABLE = ci(r"attributable|owners\s+of")
_PER_SHARE = ci(r"\bper\s+(?:common\s+)?share\b")
# A column titled 'Profit' alone: the bottom line of J-GAAP parent-only statements since 2015. A
# capital opens it (a lower-case 'profit' ends a title another line of the header began), and no
# lower-case word runs on from it ('Profit before tax' and the like are matched as phrases first), nor
# from its '(loss)' ('Profit (loss) for the year': the possessive '?+' keeps the '(loss)' it saw).
_BARE_PROFIT = re.compile(r"(?<![\w-])(?:Profit|PROFIT)(?:\s+\(loss\))?+(?!\w|\s+[a-z])")
_VOCAB = ci(r"\b(?:profit|income|sales|revenues?|share|attributable|owners|parent|earnings)\b")

_DERIVED = ci(
    r"^\W*(?:amount\s+of\s+)?(?:change|increase|decrease|difference)|^\W*percent|^\W*rate\s+of"
    r"|\(\s*B\s*[-−]\s*A\s*\)|\(%\)|\byoy\b|year[- ]on[- ]year"
)
_REFERENCE = ci(
    r"^\W*[(\[<]?\s*ref(?:erence)?\b|previous\s+(?:fiscal\s+)?(?:year|period)"
    r"|prior\s+(?:fiscal\s+)?(?:year|period)|same\s+period\s+(?:of|in)\s+the\s+previous"
)
_ACTUAL = ci(r"\bresults?\b|\bactual\b")
_PREVIOUS = ci(
    r"previous\s+(?:forecasts?|targets?|plan|outlook)|previously\s+(?:announced|published|disclosed)"
    r"|initial\s+(?:forecasts?|plan)"
    r"|original\s+forecast|\(\s*A\s*\)"
    # The forecast standing until this revision, by when it was given ('Most recent forecast (May 13, 2025)',
    # 'Forecast announced on May 13, 2025'): titles of revision-table rows and columns.
    r"|most\s+recent\s+forecasts?|forecasts?\s+(?:previously\s+)?announced\s+(?:on|in)\b"
)
_REVISED = ci(r"revised|\bnew\s+(?:forecasts?|targets?|plan)|latest\s+forecast|current\s+forecast|\(\s*B\s*\)")
_COMPARISON = ci(r"differences?|results?\s+(?:and|vs)")
_FORECASTISH = ci(r"forecast|outlook|target|projection|\bplan\b|estimate")


Outlook = tuple[Period | None, str | None]
"""An outlook section: the period its heading names and the heading's period phrase (see _section_after)."""


class Column(NamedTuple):
    """A value column; a named tuple: immutable and cheap to build, as every table builds its own."""

    role: str  # "money", "pct", "yen", "usd"
    scale: float


@lru_cache(maxsize=1024)
def metric_of(label: str) -> str | None:
    """The metric a row label names; None for lines that are not one of ours (ratios, diluted EPS, ...)."""
    lower = folded(label)
    for (metric, rx), words in zip(PHRASES, _PHRASE_WORDS, strict=True):
        m = holds(lower, words) and rx.search(label)
        if m:
            if metric is None and rx is _NONCONTROLLING and label[: m.start()].strip():
                continue  # a label the table reader ran on into the next row's ('... Corporation Minority interests')
            if metric is None:
                return None
            if metric != "eps_basic" and (_EXCLUDE.search(label) or _PER_SHARE.search(label)):
                return None  # a per-share title is never an amount ('Net income ... per share (yen)')
            if metric == "eps_basic" and ci(r"diluted").search(label) and not ci(r"basic").search(label):
                return None
            return metric
    return None


# Banks and insurers (layout family: their results, forecast and revision tables): 'Ordinary income'
# (a bank's or insurer's top line) beside 'Ordinary profit' is the revenue. Alone, 'Ordinary income' keeps
# its older reading as ordinary profit. Titles printed whole ('Ordinary income  Ordinary profit'), or a
# two-line header printed line by line ('Ordinary  Ordinary' over 'income  profit'), in either order
# (most print income first, some the profit: 'Ordinary profit  Ordinary income'). Read line by line, the
# second line's 'income' is not the one of a 'Net income' title beside ('Net income' over 'profit').
# 'Ordinary loss' stands for the profit in a loss year.
_TOP_LINE_TITLES = ci(
    r"ordinar[yv]\s+income\b.*?ordinar[yv]\s+(?:profit|loss)"
    r"|\bordinar[yv]\s+ordinar[yv]\b.*?\b(?<!net\s)income\s+(?:profit|loss)\b"
    r"|(?P<profit_first>ordinar[yv]\s+(?:profit|loss)\b.*?ordinar[yv]\s+income\b"
    r"|\bordinar[yv]\s+ordinar[yv]\b.*?\b(?:profit|loss)\s+income\b)"
)
_TOP_LINE_LABEL = ci(r"^\W*ordinar[yv]\s+income\b")


def _bank_top_line(header: str) -> re.Match[str] | None:
    """The titles of a bank's or insurer's ordinary income beside its ordinary profit, if the header
    has them (group 'profit_first' when the profit is printed first)."""
    lower = folded(header)
    return _TOP_LINE_TITLES.search(header) if lower is not None and lower.count("ordinar") >= 2 else None


def _top_line_first(metrics: tuple[str | None, ...], profit_first: bool) -> tuple[str | None, ...]:
    """`metrics` with the ordinary profit printed as income (the first of two, the second where the
    profit is printed first) read as the revenue (see _TOP_LINE_TITLES)."""
    if metrics.count("ordinary_profit") != 2 or "revenue" in metrics:
        return metrics
    at = metrics.index("ordinary_profit")
    if profit_first:
        at = metrics.index("ordinary_profit", at + 1)
    return (*metrics[:at], "revenue", *metrics[at + 1 :])


def bank_rows(labels: list[str], metrics: list[str | None]) -> list[str | None]:
    """Row metrics with an 'Ordinary income' row read as the revenue where an 'Ordinary profit' row is
    beside it (see _TOP_LINE_TITLES)."""
    if metrics.count("ordinary_profit") < 2 or "revenue" in metrics:
        return metrics
    income = [i for i, label in enumerate(labels) if metrics[i] == "ordinary_profit" and _TOP_LINE_LABEL.match(label)]
    if len(income) != 1 or metrics.count("ordinary_profit") != 2:
        return metrics
    return ["revenue" if i == income[0] else m for i, m in enumerate(metrics)]


def _warn_top_line(doc: Doc) -> None:
    """The contract lists 'ordinary income' under ordinary profit: say that a bank's was read as revenue."""
    doc.warn(
        "Read 'Ordinary income' beside 'Ordinary profit' as revenue (a bank's or insurer's top line), "
        "not as ordinary profit."
    )


def header_metrics(header: str) -> tuple[str | None, ...]:
    """Metrics the header names, in its order when each name is printed whole; for a two-line
    header printed line by line, in the order a column-wise reading gives (:func:`_interleaved_titles`);
    else in the standard order (interleaved multi-line headers scramble word order, never the
    columns themselves)."""
    return header_reading(header)[0]


@lru_cache(maxsize=256)
def header_reading(header: str) -> tuple[tuple[str | None, ...], bool]:
    """:func:`header_metrics`, and whether a title is missing from them at an unknown place: the
    header is scrambled and unmatched title words sit between the titles read ('Income before' of a
    title whose second line went unread). Its columns cannot then be handed out in order."""
    metrics, missing = _header_reading(header)
    top_line = _bank_top_line(header) if "rdinar" in header else None
    if top_line:
        return _top_line_first(metrics, top_line.group("profit_first") is not None), missing
    return metrics, missing


def _header_reading(header: str) -> tuple[tuple[str | None, ...], bool]:
    """:func:`header_reading` before the bank top-line rule."""
    spans: list[tuple[int, int, str | None]] = []
    lower = folded(header)
    for (metric, rx), words in zip(PHRASES, _PHRASE_WORDS, strict=True):
        for m in rx.finditer(header) if holds(lower, words) else ():
            start, end = m.span()
            if _overlaps(spans, start, end):
                continue
            if metric not in ("eps_basic", None) and _RATIO_AFTER.match(header, end):
                continue
            if metric == "eps_basic" and header.endswith(("Diluted ", "diluted ", "DILUTED "), 0, start):
                continue  # the tail of 'Diluted earnings per share': the diluted title, matched next
            spans.append((start, end, metric))
    if "Profit" in header or "PROFIT" in header:
        # Per the contract, the bottom-line profit of a parent-only statement is the attributable net
        # profit; beside an attributable column it is profit including non-controlling interests.
        bare = None if _ATTRIBUTABLE.search(header) else "net_profit_attributable"
        for m in _BARE_PROFIT.finditer(header):
            if not _overlaps(spans, m.start(), m.end()):
                spans.append((m.start(), m.end(), bare))
    spans.sort()
    cuts = [0, *(edge for a, b, _ in spans for edge in (a, b)), len(header)]
    leftover = " ".join(header[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2))
    scrambled = _VOCAB.search(leftover)
    if scrambled or _OPENING_LEFT.search(leftover):
        interleaved = _interleaved_titles(header)
        if interleaved is not None:
            return interleaved, False
    if scrambled:
        present = {metric for _, _, metric in spans}
        if _ATTRIBUTABLE.search(header):
            present.add("net_profit_attributable")
        if _EPS_WORDS.search(header):
            present.add("eps_basic")
        if "rdinar" in header and _bank_top_line(header):
            present.add("revenue")
        diluted = "diluted" in header.lower()
        metrics = tuple(m for m in CANONICAL if m in present) + ((None,) if diluted and "eps_basic" in present else ())
        inner = " ".join(header[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts) - 2, 2))
        if "(" in inner:
            inner = _BRACKET_NOTE.sub(" ", inner)  # a unit note's words ('except per share amounts')
        return metrics, bool(_VOCAB.search(inner) or _OPENING_LEFT.search(inner))
    return tuple(metric for _, _, metric in spans), False


def _overlaps(spans: list[tuple[int, int, str | None]], start: int, end: int) -> bool:
    """Whether start:end overlaps one of `spans` (a plain loop: any() over a generator costs more)."""
    for a, b, _ in spans:  # noqa: SIM110
        if a < end and start < b:
            return True
    return False


# A title's opening word left alone: the rest of its title is on another line of the header block.
_OPENING_LEFT = re.compile(r"\b(?:Operating|Ordinar[yv]|Recurring|Basic|Diluted)\b")
_TITLE_WORDS = 6  # the most words one column title puts on one line of a header block
# Words a column title of PHRASES (or a bare 'Profit') opens on. Other capitalised words continue a
# title on the header's second line (layout family: pdftotext -layout two-line column headers): a
# company name ('Net income attributable' over 'to Hoshino Electric') or 'Company' ('Net profit
# attributable to' over 'shareholders of the Company').
_OPENING_WORDS = frozenset(
    {
        "revenue", "revenues", "sales", "net", "operating", "ordinary", "ordinarv", "recurring", "profit",
        "income", "earnings", "loss", "basic", "diluted", "eps", "business", "core", "underlying", "adjusted",
        "ebitda", "turnover", "total", "comprehensive",
    }
)
# Parenthesised notes of a header ('(Yen in billions)', '(yen)', '(Millions of yen, except per share
# amounts)'): not title words. '(loss)' is one.
_BRACKET_NOTE = re.compile(r"\((?!loss\))[^()]*\)", re.IGNORECASE)
# US GAAP's attributable profit names the parent ('Net income attributable to Hoshino Electric'):
# up to seven words after 'to', none opening another title or naming the non-controlling interests
# (each taken whole, as in _PER_SHARE_STEM).
_ATTRIBUTABLE_TO_NAME = ci(
    r"(?:net\s+)?(?:income|profit)(?:\s+\(loss\))?\s+attributable\s+to"
    r"(?:\s+(?!(?:net|income|profit|earnings|basic|diluted|attributable|per|non-?controlling|minority)\b)\S++){1,7}"
)


def _interleaved_titles(header: str) -> tuple[str | None, ...] | None:
    """Column titles of a two-line header block that extraction printed line by line ('Operating
    Operating Ordinary Profit attributable to Basic earnings' over 'revenue profit profit owners of
    parent per share'): the first line holds each title's opening words (each opening on a capital),
    the second the lower-case rest of some of them, in column order; or, with cells centred
    vertically, the first line holds the wrapped titles' openings only and the second the one-line
    titles too (:func:`_centred_readings`). Read column-wise, every title must then be whole (one of
    PHRASES, or a bare 'Profit'); where exactly one reading in the standard order makes them all
    whole, with one title per value column of the unit row, its metrics are the header's, in column
    order. None for any other header (the words of a header printed whole, IIJ-style headers whose
    lines mix the titles' words otherwise)."""
    titles = header.rstrip()
    stub = _header_stub(titles)
    if stub and titles.endswith(stub):
        titles = titles[: -len(stub)]  # the first row label's opening ('Three months ended')
    if "(" in titles:
        titles = _BRACKET_NOTE.sub(" ", titles)
    # Most words are letters only: isalpha() settles them without the character loop.
    words = [w for w in UNIT_RE.sub(" ", titles).split() if w.isalpha() or any(c.isalpha() for c in w)]
    capitals = [i for i, w in enumerate(words) if w[0].isupper() and w.lower() in _OPENING_WORDS]
    tail = len(words) - 1 - capitals[-1] if capitals else 0
    if len(capitals) < 2 or capitals[0] != 0 or not 0 < tail <= 4 * _TITLE_WORDS or len(capitals) > 12:
        return None  # no lower-case second line (or no table header of ours)
    columns = sum(unit != "pct" for unit in header_units(header))
    # A unit row names each column's unit ('Millions of yen ... Yen Yen'); notes in brackets over the
    # titles ('(Yen in billions)', an EPS title's '(yen)') do not count the columns. Where the row
    # counts them, a header with another number of title openings is turned away before the costly
    # search for readings below.
    if sum(unit != "pct" for unit in header_units(titles)) > 1 and len(capitals) != columns:
        return None
    attributable = bool(_ATTRIBUTABLE.search(header))
    readings: set[tuple[str | None, ...]] = set()
    # The second line opens somewhere in the lower-case words after the last capital (titles printed
    # from the top) ...
    for split in range(capitals[-1] + 1, min(len(words), capitals[-1] + _TITLE_WORDS + 1)):
        openings = (" ".join(words[a:b]) for a, b in zip(capitals, [*capitals[1:], split], strict=True))
        readings |= _column_readings(tuple(openings), tuple(words[split:]), attributable)
    if not any(_in_standard_order(r) for r in readings):
        # ... or before a capital: the second line holds one-line titles too (titles centred
        # vertically). Sought only when the reading above is out of the standard order: it then put
        # the wrapped titles first, being read as if their opening line opened every title.
        for split in range(1, capitals[-1] + 1):
            readings |= _centred_readings(words, capitals, split, attributable)
    if not any(_in_standard_order(r) for r in readings):
        readings |= _third_line_readings(words, capitals, attributable)
    # Titles that open alike ('Net income' twice over 'per share') read either way, and a reading out
    # of the standard order is one of a layout not modelled here: the standard order decides, as it
    # does for headers read as a whole.
    readings = {r for r in readings if _in_standard_order(r)}
    return next(iter(readings)) if len(readings) == 1 else None


def _third_line_readings(words: list[str], capitals: list[int], attributable: bool) -> set[tuple[str | None, ...]]:
    """Readings of a header whose longest title runs on to a third line of its own ('Net income
    attributable' over 'to shareholders of parent' over 'company', layout family: insurers' and
    banks' results tables): the header's last one or two words end one of the titles, after its
    second-line words. Sought only when no two-line reading is found."""
    readings: set[tuple[str | None, ...]] = set()
    for last in (1, 2):
        end = len(words) - last
        for split in range(capitals[-1] + 1, min(end, capitals[-1] + _TITLE_WORDS + 1)):
            openings = tuple(" ".join(words[a:b]) for a, b in zip(capitals, [*capitals[1:], split], strict=True))
            for at in range(len(openings)):
                readings |= _column_readings(openings, tuple(words[split:end]), attributable, (at, words[end:]))
    return readings


def _centred_readings(
    words: list[str], capitals: list[int], split: int, attributable: bool
) -> set[tuple[str | None, ...]]:
    """Readings of a two-line header whose second line, from word `split` on, holds whole one-line
    titles beside the rest of the titles the first line opens (layout family: pdftotext -layout
    headers of vertically centred cells, 'Profit attributable   Basic earnings' over 'Net sales
    Operating profit  Ordinary profit  to owners of parent   per share'). Every title opens on a
    capital; a title the first line opens goes on on the second (else its place among the second
    line's titles is unknown), in column order there. As the tuples of their metrics."""
    firsts = [c for c in capitals if c < split]
    if split - firsts[-1] > _TITLE_WORDS:
        return set()
    openings = [" ".join(words[a:b]) for a, b in zip(firsts, [*firsts[1:], split], strict=True)]
    stops = [*(c for c in capitals if c >= split), len(words)]  # the second line's titles open at its capitals
    # reach[(j, k)]: the metric tuples of the columns so far, having read the second line's first j
    # words and continued the first k openings.
    reach: dict[tuple[int, int], set[tuple[str | None, ...]]] = {(split, 0): {()}}
    done: set[tuple[str | None, ...]] = set()
    while reach:
        step: dict[tuple[int, int], set[tuple[str | None, ...]]] = {}
        for (j, k), sofar in reach.items():
            if j == len(words):
                if k == len(openings):
                    done |= sofar
                continue
            stop = next(c for c in stops if c > j)
            for end in range(j + 1, min(stop, j + _TITLE_WORDS) + 1):
                part = " ".join(words[j:end])
                if j in stops[:-1]:
                    whole, metric = _whole_title(part, attributable)
                    nxt = (end, k)
                elif k < len(openings):
                    whole, metric = _whole_title(f"{openings[k]} {part}", attributable)
                    nxt = (end, k + 1)
                else:
                    break
                if whole:
                    step.setdefault(nxt, set()).update((*m, metric) for m in sofar)
        reach = step
    return done


def _in_standard_order(metrics: tuple[str | None, ...]) -> bool:
    ranks = [CANONICAL.index(m) for m in metrics if m is not None]
    return ranks == sorted(ranks)


def _column_readings(
    openings: tuple[str, ...],
    rest: tuple[str, ...],
    attributable: bool,
    third: tuple[int, list[str]] | None = None,
) -> set[tuple[str | None, ...]]:
    """Every way to hand the second line's words, in order, to the titles the first line opens so
    that each title is whole; as the tuples of their metrics. `third`: (title, words) of a title's
    third line (see :func:`_third_line_readings`)."""
    # reach[j]: the metric tuples of the titles so far, having used the first j words of the second line.
    reach: dict[int, set[tuple[str | None, ...]]] = {0: {()}}
    last = len(openings) - 1
    for i, opening in enumerate(openings):
        step: dict[int, set[tuple[str | None, ...]]] = {}
        for j, sofar in reach.items():
            for k in _title_ends(j, len(rest), i == last):
                title = " ".join((opening, *rest[j:k], *(third[1] if third and third[0] == i else ())))
                whole, metric = _whole_title(title, attributable)
                if whole:
                    step.setdefault(k, set()).update((*m, metric) for m in sofar)
        if not step:
            return set()
        reach = step
    return reach.get(len(rest), set())


def _title_ends(j: int, words: int, last: bool) -> range:
    """Where a title taking the second line's words from j on can end: up to _TITLE_WORDS words on;
    the last title only at the end (it takes every word left, and no other reading is kept)."""
    if last:
        return range(words, words + 1) if words - j <= _TITLE_WORDS else range(0)
    return range(j, min(words, j + _TITLE_WORDS) + 1)


def _scoped(rx: re.Pattern[str]) -> str:
    """`rx`'s pattern as one group of a larger pattern, with its own case folding."""
    return f"(?i:{rx.pattern})" if rx.flags & re.IGNORECASE else f"(?:{rx.pattern})"


def _whole_title_pattern(first: str | None) -> re.Pattern[str]:
    """A whole column title in one fullmatch, its tests in their order: a bare 'Profit', one of
    PHRASES, else an attributable profit naming the parent. An alternation fullmatches where one of
    its branches does, the first such branch deciding (its group says which). Given the title's
    `first` character, the branches that cannot open on it are left out: re would try each in turn."""

    def alternatives(patterns: list[re.Pattern[str]]) -> str:
        kept = [_scoped(rx) for rx in patterns if first is None or first in (opening_chars(rx) or first)]
        return "|".join(kept) or "(?!)"

    return re.compile(
        rf"(?P<bare>{alternatives([_BARE_PROFIT])})"
        rf"|(?P<phrase>{alternatives([rx for _, rx in PHRASES])})"
        rf"|{alternatives([_ATTRIBUTABLE_TO_NAME])}"
    )


# The whole-title test by a title's first character, for the capitals the titles of a header open on
# (:data:`_OPENING_WORDS`); every branch for any other title.
_WHOLE_TITLE = {word[0].upper(): _whole_title_pattern(word[0].upper()) for word in _OPENING_WORDS}
_ANY_WHOLE_TITLE = _whole_title_pattern(None)


@lru_cache(maxsize=512)
def _whole_title(title: str, attributable: bool) -> tuple[bool, str | None]:
    """Whether a column title is one of PHRASES from end to end (or a bare 'Profit'), and its metric."""
    m = _WHOLE_TITLE.get(title[:1], _ANY_WHOLE_TITLE).fullmatch(title)
    if m is None:
        return False, None
    if m.group("bare") is not None:
        return True, None if attributable else "net_profit_attributable"
    if m.group("phrase") is not None:
        return True, metric_of(title)
    return True, "net_profit_attributable"


def _roles(table: Table, width: int, doc: Doc) -> list[Column]:
    """Column roles from the header's unit row, or from the cell count with a table-level unit. A
    table-level unit line ('(Millions of yen)') above a unit row is not a column. Without a unit row,
    a column whose cells print their own '%' is a percent column (see :func:`_percent_columns`)."""
    units = table.units
    while len(units) > width and units[0].startswith("money"):
        units = units[1:]
    if len(units) == width:
        return [_unit_column(u) for u in units]
    percent = _percent_columns(table, width)
    money = next((u for u in units if u.startswith("money")), None)
    if money:
        scale = float(money.split(":")[1])
    # A last column titled by a bare '(%)' (see _LONE_PERCENT) holds percentages, which print no unit.
    elif _own_units(table, width, percent) or (
        "(%)" in table.header and _LONE_PERCENT.search(table.header) and _own_units(table, width, percent | {width - 1})
    ):
        scale = 1e6  # never applied: every value cell carries its own unit ('¥ 112.45' with no unit row)
    else:
        scale = _default_scale(table, doc)
    return [Column("pct", 1.0) if i in percent else Column("money", scale) for i in range(width)]


def _unit_column(unit: str) -> Column:
    """The column a header unit names ('money:1000000.0', 'pct', 'yen')."""
    role, colon, scale = unit.partition(":")
    return Column(role, float(scale) if colon else 1.0)


def _percent_columns(table: Table, width: int) -> frozenset[int]:
    """Percent cells: a cell printed with its own '%' ('6.3%', '△3.1%') is a percent change whatever
    the header's units say. Tanshin summaries printed one row per line with a table-level unit line
    ('(Millions of yen; percentages indicate year-on-year changes)', '¥ 81,204 million 6.3%') have
    no '%' column in their unit row: a column is a percent column when, in every row of the table's
    full width, its cell prints '%' (or is blank) and at least one does. A 'Change (%)' row alone
    does not make its columns percent: the other rows' cells there are amounts."""
    full = [row.cells for row in table.rows if len(row.cells) == width]
    if not any(cell.percent for cells in full for cell in cells):
        return frozenset()
    return frozenset(
        i
        for i in range(width)
        if all(cells[i].percent or cells[i].blank for cells in full) and any(cells[i].percent for cells in full)
    )


def _own_units(table: Table, width: int, percent: frozenset[int]) -> bool:
    """Whether every value cell outside the percent columns prints its own unit: a scale word ('¥ 81,204
    million') or a per-share yen amount with sen ('¥ 112.45'). A table-level unit is then not needed."""
    return all(
        cell.blank or cell.scale is not None or (cell.yen_suffix and "." in cell.text)
        for row in table.rows
        for i, cell in enumerate(row.cells)
        if not (len(row.cells) == width and i in percent)
    )


def _default_scale(table: Table, doc: Doc) -> float:
    """The money unit the table's own header notes ('(Units: JPY thousands)', a note the column units
    skip), else its headings', else the first one the document states."""
    text = table.header + " " + table.context + " " + doc.text[:3000]
    money = next((m for m in UNIT_RE.finditer(text) if dispatched_class(m) == "money"), None)
    if money:
        return scale_of(money.group(0))
    doc.warn("No unit stated for a table of figures; assumed millions of yen. Check the release's unit line.")
    return 1e6


def align(cells: list[Cell], columns: list[Column]) -> list[tuple[Cell, int]]:
    """Cells placed in columns: all columns, else the value columns only (per-share rows skip the
    %-change columns), else left-aligned."""
    if len(cells) == len(columns):
        return [(c, i) for i, c in enumerate(cells)]
    value_idx = [i for i, col in enumerate(columns) if col.role != "pct"]
    if len(cells) <= len(value_idx):
        return list(zip(cells, value_idx, strict=False))
    return [(c, i) for i, c in enumerate(cells[: len(columns)])]


def _placed(cells: list[Cell], columns: list[Column]) -> list[Cell | None]:
    """Each column's cell as :func:`align` places them, None where the row has none."""
    if len(cells) == len(columns):
        return list(cells)
    values: list[Cell | None] = [None] * len(columns)
    for cell, idx in align(cells, columns):
        values[idx] = cell
    return values


@lru_cache(maxsize=1024)
def row_role(label: str) -> str | None:
    if _DERIVED.search(label):
        return "derived"
    if _REFERENCE.search(label):
        return "reference"
    if _ACTUAL.search(label) and not _PREVIOUS.search(label):
        return "actual"
    if _PREVIOUS.search(label):
        return "previous"
    if _REVISED.search(label):
        return "revised"
    if _FORECASTISH.search(label):
        return "forecast"
    return None


def _table_period(table: Table, doc: Doc) -> tuple[Period | None, date | None]:
    """The period a table's headings name, and the fiscal year it belongs to."""
    for context in (table.context.split(" / ")[-1], table.context):
        period, assumed = resolve(context, doc.cal)
        if period:
            if assumed:
                doc.warn(
                    f"Assumed how the fiscal-year label in {context[:80]!r} maps to dates; the release does not say."
                )
            return period, doc.cal.fy_end_for(period.end) or period.end
    lead = _lead_period(table, doc)
    if lead:
        return lead, doc.cal.fy_end_for(lead.end) or lead.end
    return None, doc.cal.current_fy_end


_REVISION_WORDS = ("forecast", "revis", "outlook", "guidance", "plan", "target")
_STATEMENT = ci(
    r"\b(?:has|have|had|hereby|will|is|are|was|were|announce[sd]?|decided)\b|\brevised\s+(?:its|the|our)\b"
)


def _lead_period(table: Table, doc: Doc) -> Period | None:
    """Revision tables under no period heading (layout family: 'has revised its forecast for the fiscal
    year ending March 31, 2025, announced on May 10, 2024 as follows', then '(Millions of yen)' and
    'Previous forecast (A) | Revised forecast (B) | Change' rows or columns) take the one period the
    lead paragraph names for the revision (the statements before the table that speak of a forecast),
    else the title's. Only when none of the forecast rows names a period of its own (a table with
    'FY2025 previous forecast' rows is dated by its rows)."""
    previous = revised = False
    for row in table.rows:
        role = row_role(row.label)
        # 'actual' too: results-vs-forecast tables ('Previous forecast (A) | Actual results (B)') whose
        # heading names no period are dated the same way, by their lead or title.
        if role in ("previous", "revised", "forecast", "actual"):
            if resolve(row.label, doc.cal)[0] is not None:
                return None
            previous = previous or role == "previous"
            revised = revised or role != "previous"
    if not (previous and revised) and not (_PREVIOUS.search(table.header) and _REVISED.search(table.header)):
        return None
    first = next((r.cells[0].start for r in table.rows if r.cells), None)
    if first is None:
        return None
    # The lead's sentences: prose before the table, and prose the table's header took in (the lead's
    # last line, when it names a year: 'ending March 2025 (FY3/25), announced on May 10, 2024.'), which
    # ends the sentence before it when that one has no full stop.
    texts = [sentence for sentence, offset in doc.sentences if offset < first]
    stop = table.header.rfind(". ")
    if stop > 0:
        if texts and texts[-1][-1:] not in ".:":
            texts[-1] = f"{texts[-1]} {table.header[: stop + 1]}"
        else:
            texts.append(table.header[: stop + 1])
    named: set[Period] = set()
    for text in texts:
        # A statement ('X has revised its forecast for ...'), not the heading of an earlier table
        # ('Revisions of the first half forecast for the fiscal year ending March 31, 2021').
        if may_hold(text, _REVISION_WORDS) and may_hold_year(text) and _STATEMENT.search(text):
            lead = resolve(text, doc.cal, doc.cal.current_fy_end)[0]
            if lead:
                named.add(Period(lead.start, lead.end))
    if len(named) > 1:
        # Prose naming several periods (a heading of an earlier table among them) does not date this one.
        doc.warn(
            f"Revision table under {table.context[-80:]!r} names no period and the text before it names "
            f"{len(named)}; its forecasts were skipped."
        )
        return None
    if named:
        return named.pop()
    return resolve(doc.identity.title, doc.cal)[0] if doc.identity.title else None


def figures_from_table(table: Table, doc: Doc) -> list[dict]:
    """Every figure a table states; nothing when it holds none of our metrics."""
    if not table.rows or (
        not _METRIC_WORDS.search(table.header) and not any(_METRIC_WORDS.search(r.label) for r in table.rows)
    ):
        return []
    row_metrics = [metric_of(r.label) for r in table.rows]
    bare = False
    if "net_profit_attributable" not in row_metrics:
        # A row titled 'Profit' alone: the parent-only bottom line, as in a header (see header_metrics).
        row_metrics = [
            "net_profit_attributable" if m is None and _BARE_PROFIT.fullmatch(r.label) else m
            for m, r in zip(row_metrics, table.rows, strict=True)
        ]
        bare = "net_profit_attributable" in row_metrics
    banked = bank_rows([r.label for r in table.rows], row_metrics)
    if banked is not row_metrics:
        _warn_top_line(doc)
        row_metrics = banked
    if sum(m is not None for m in row_metrics) >= 2 or (
        row_metrics and row_metrics[0] and len(table.rows) == 1 and not header_metrics(table.header)
    ):
        return _noting_bare_profit(_metrics_as_rows(table, doc, row_metrics), bare, doc)
    metrics, title_missing = header_reading(table.header)
    if not any(metrics):
        return []
    if "revenue" in metrics and "rdinar" in table.header and _bank_top_line(table.header):
        _warn_top_line(doc)
    bare = "net_profit_attributable" in metrics and _bare_profit_titled(table.header)
    return _noting_bare_profit(_metrics_as_columns(table, doc, metrics, title_missing), bare, doc)


_NET_PROFIT = dict(PHRASES)["net_profit_attributable"]


def _bare_profit_titled(header: str) -> bool:
    """Whether a header that names the net profit titles it 'Profit' alone (see header_metrics)."""
    return ("Profit" in header or "PROFIT" in header) and not (
        _ATTRIBUTABLE.search(header) or _NET_PROFIT.search(header)
    )


def _noting_bare_profit(facts: list[dict], bare: bool, doc: Doc) -> list[dict]:
    """`facts`, their net profits noted in the document as read from a bare 'Profit' title when `bare`."""
    if bare:
        doc.bare_profit.update(f["provenance"]["char_start"] for f in facts if f["metric"] == "net_profit_attributable")
    return facts


def attributable_first(facts: list[dict], doc: Doc) -> list[dict]:
    """The tables' facts without the net profits read from a bare 'Profit' title that another table
    states under an attributable title. Layout family: IFRS tanshin whose results header is cut into
    two tables ('Revenue | Operating profit | Profit before tax | Profit', then 'Profit attributable to
    owners of the parent | Total comprehensive income | EPS'): beside the attributable profit, 'Profit'
    includes non-controlling interests (the contract leaves it out)."""
    if not doc.bare_profit:
        return facts
    net = [f for f in facts if f["metric"] == "net_profit_attributable"]
    bare = {id(f) for f in net if f["provenance"]["char_start"] in doc.bare_profit}
    titled = {_stated(f) for f in net if id(f) not in bare}
    return [f for f in facts if id(f) not in bare or _stated(f) not in titled]


def _stated(fact: dict) -> tuple:
    """A net profit's key, as the release merges figures stated twice."""
    return fact["period_start"], fact["period_end"], fact["scenario"], fact["consolidated"] is False


def _context_scenario(table: Table) -> str:
    last = table.context.split(" / ")[-1] if table.context else ""
    if _FORECASTISH.search(last) and not _COMPARISON.search(last):
        return "forecast"
    return "actual"


def _metrics_as_columns(
    table: Table, doc: Doc, metrics: tuple[str | None, ...], title_missing: bool
) -> list[dict]:
    fact_rows = _spaced_minus([r for r in table.rows if len(r.label) < 160], len(metrics), doc.text)
    width = max((len(r.cells) for r in fact_rows), default=0)
    if width == 0:
        return []
    columns = _roles(table, width, doc)
    money_cols = [i for i, c in enumerate(columns) if c.role == "money"]
    yen_cols = [i for i, c in enumerate(columns) if c.role == "yen"]
    money_metrics = _money_metrics(metrics, len(money_cols))
    # Per-share titles follow the money ones: a None before EPS is a money column none of ours ('Business profit').
    first_share = metrics.index("eps_basic") if "eps_basic" in metrics else 0
    share_metrics = [m for m in metrics[first_share:] if m not in MONEY_METRICS]
    if not yen_cols and "eps_basic" in share_metrics:
        # No unit row ('Basic earnings per share (yen)' in the title): the per-share columns come
        # last, and an unknown money title ('Core operating profit') keeps its place among the rest.
        before_shares = _money_metrics(metrics, len(money_cols) - len(share_metrics))
        if len(money_cols) == len(before_shares) + len(share_metrics):
            money_metrics = before_shares
            yen_cols = money_cols[len(money_metrics) :]
            money_cols = money_cols[: len(money_metrics)]
    # A scrambled header with a title left unread between the titles read (layout family: two-line
    # headers printed line by line): which column is which is unknown, and matching in order shifts them.
    if money_cols and len(money_cols) != len(money_metrics) and title_missing:
        doc.warn(
            f"Table under {table.context[-80:]!r}: {len(money_cols) + len(yen_cols)} value columns but the "
            f"header names {len(metrics)} metrics and leaves a title between them unread; table skipped."
        )
        return []
    if len(fact_rows) == 1 and len(money_cols) != len(money_metrics) and width > len(metrics) >= 2:
        flattened = _flattened_by_column(table, fact_rows[0], doc, metrics)
        if flattened is not None:
            return flattened
    # Ratio tables name metrics in their column titles ('Ordinary income to total assets'): only a
    # table with money columns that do not match its metrics is in doubt.
    if money_cols and len(money_cols) != len(money_metrics):
        doc.warn(
            f"Table under {table.context[-80:]!r}: {len(money_cols) + len(yen_cols)} value columns but the header "
            f"names {len(metrics)} metrics; columns matched in order, check them."
        )
    assigned: dict[int, str | None] = dict(zip(money_cols, money_metrics, strict=False))
    assigned.update(zip(yen_cols, share_metrics, strict=False))
    assigned = _first_of_each(assigned, "columns", table, doc)
    table_period, fy_end = _table_period(table, doc)
    has_ordinary = "ordinary_profit" in metrics
    default_scenario = _context_scenario(table)
    out: list[dict] = []
    rows_by_role: dict[str, list[Cell | None]] = {}
    group: Period | None = None
    scope: bool | None = None
    stub = _header_stub(table.header)
    targets: list[tuple[int, int, str, Period]] = []  # plan-target rows: (first fact, end, label, period)
    for row in fact_rows:
        role = row_role(row.label)
        values = _placed(row.cells, columns)
        if role == "derived":
            rows_by_role.setdefault("pct" if ci(r"%|percent|rate").search(row.label) else "change", values)
            continue
        # 'First half' / 'Full year' opening a row starts a group of rows for that period;
        # 'Consolidated' / 'Non-consolidated' one for that scope.
        lead = _GROUP_START.match(row.label)
        scope_lead = _SCOPE_START.match(row.label) if row.label[:1] in "CcNnPp" else None
        if lead or scope_lead:
            _cross_check(rows_by_role, table, doc)
            rows_by_role = {}
        if lead:
            group, _ = resolve(lead.group(1), doc.cal, fy_end)
        if scope_lead:
            scope = not scope_lead.group(1).lower().startswith(("non", "parent"))
        period, scenario = _row_period_scenario(row, role, group or table_period, fy_end, default_scenario, doc, stub)
        # Layout family: tanshin results rows where pdftotext prints 'Year ended' once, on the first
        # row ('Year ended December 31, 2024' then 'December 31, 2023'): the next bare dates complete it.
        own_stub = _STUB.match(row.label)
        if own_stub:
            stub = own_stub.group(0)
        if period is None:
            continue
        scenario = _not_future_actual(scenario, period, row.label, table, doc)
        if role == "previous":
            rows_by_role["previous"] = values  # the latest previous forecast is what a change row compares with
        else:
            rows_by_role.setdefault(role or scenario, values)
        shared: dict | None = None
        if _is_target(row.label):
            targets.append((len(out), len(out), row.label, period))
        for idx, metric in assigned.items():
            cell = values[idx] if idx < len(values) else None
            if metric is None or cell is None or cell.blank:
                continue
            if shared is None:
                shared = _row_shared(doc, table, period, scenario, role, has_ordinary, row.label, scope)
            out.append(_filled(shared, doc, metric, cell, columns[idx].scale, row.label, _column_label(metric)))
        if targets and targets[-1][2] is row.label:
            targets[-1] = (targets[-1][0], len(out), row.label, period)
    _cross_check(rows_by_role, table, doc)
    return _standing_previous(_without_target_rows(out, targets, table, doc))


def _flattened_by_column(
    table: Table, row: Row, doc: Doc, metrics: tuple[str | None, ...]
) -> list[dict] | None:
    """Layout family: revision tables that PDF extraction flattens column by column: the metric row
    labels (with their unit row), then the column titles (Previous forecast (A) | Revised forecast (B) |
    Change (B-A) | Change (%) | Prior results), then every value, one block per column or one per
    metric. The value count alone cannot tell the two orders apart: the order in which the change
    columns equal the difference of the columns they compare is read, as a metrics-as-rows table; a
    table whose order cannot be told that way is not read (a wrong fact is worse than a missing one).
    None when no column titles follow the metric titles: not this layout."""
    text = f"{table.header} {row.label}"
    m, cells = len(metrics), row.cells
    # The metric titles are printed before the column titles (the other order is not read).
    metric_words = [start for start, _, name in row_words(text) if name == "metric"]
    scen = [s for s in row_starts(text, "scen") if metric_words and s > metric_words[-1]]
    scen = [s for s in scen if not _ENDED_BEFORE.search(text, 0, s)]
    scen = [s for n, s in enumerate(scen) if not (n and _REFERENCE_TAG.fullmatch(text, scen[n - 1], s))]
    if len(scen) < 2:
        return None
    count = len(scen)
    blocks = {
        "per metric": [cells[i * count : (i + 1) * count] for i in range(m)],
        "per column": [cells[i::m] for i in range(m)],
    }
    fits = []
    if len(cells) == m * count:
        titles = [text[a:b] for a, b in pairwise([*scen, len(text)])]
        fits = [order for order, rows in blocks.items() if _derived_columns_fit(titles, rows)]
    if len(fits) != 1:
        doc.warn(
            f"Table under {table.context[-80:]!r} looks flattened column by column ({m} row labels and their "
            f"column titles printed before all {len(cells)} values) and which value is whose could not be "
            "told; the table was not read."
        )
        return []
    head = text[: metric_words[0]] + text[scen[0] :]
    units = header_units(text[metric_words[0] : scen[0]])  # the unit row: one unit a metric
    row_units = units if len(units) == m else ("",) * m
    rows = [
        Row(_column_label(metric) if metric else "", [_with_unit(cell, unit) for cell in values])
        for metric, unit, values in zip(metrics, row_units, blocks[fits[0]], strict=True)
    ]
    own = header_units(head)
    if not any(u.startswith("money") for u in own):
        own = (*[u for u in units if u.startswith("money")][:1], *own)  # the table's unit when no row has its own
    return _metrics_as_rows(Table(table.context, head, own, rows), doc, list(metrics))


def _with_unit(cell: Cell, unit: str) -> Cell:
    """A cell given its row's money unit ('money:1000000.0') when it prints none of its own."""
    if cell.scale is not None or not unit.startswith("money"):
        return cell
    return cell._replace(scale=float(unit.partition(":")[2]))


def _derived_columns_fit(titles: list[str], rows: list[list[Cell]]) -> bool:
    """Whether, read as `rows` under column `titles`, each change column ('Change (B-A)', 'Change (%)')
    equals the difference of the columns it compares (tagged (A) and (B), else the two before the first
    change column), in two cells or more and in every cell where all three hold numbers."""
    derived = [i for i, title in enumerate(titles) if row_role(title) == "derived"]
    if not derived or derived[0] < 2:
        return False
    tags = {tag: i for i, title in enumerate(titles) for tag in ("(A)", "(B)") if tag in title and i not in derived}
    a, b = (tags["(A)"], tags["(B)"]) if len(tags) == 2 else (derived[0] - 2, derived[0] - 1)
    checked = 0
    for cells in rows:
        va, vb = cells[a].value, cells[b].value
        for i in derived:
            vc = cells[i].value
            if va is None or vb is None or vc is None:
                continue
            if "%" in titles[i]:
                if va == 0:
                    continue
                expected, tolerance = (vb - va) / abs(va) * 100, 0.15
            else:
                expected, tolerance = vb - va, 1.0
            if abs(expected - vc) > tolerance:
                return False
            checked += 1
    return checked >= 2


# A row breaking a metric down ('Net sales by segment'): a part of the metric named above it, never the metric.
_BREAKDOWN = ci(r"\bsegments?\b|\bof\s+which\b|\bbreakdown\b")


def _first_of_each(
    assigned: dict[int, str | None], kind: str, table: Table, doc: Doc, labels: list[str] | None = None
) -> dict[int, str | None]:
    """`assigned` (column or row index: metric) with a metric that two of them name kept for the first
    only, and warned: one of the two is misread, and the release would silently keep the first anyway.
    A breakdown row (`labels`) is left out unwarned."""
    seen: dict[str, int] = {}
    kept: dict[int, str | None] = {}
    for idx, metric in assigned.items():
        if metric is not None and metric in seen:
            if labels is None or not _BREAKDOWN.search(labels[idx]):
                doc.warn(
                    f"Table under {table.context[-80:]!r}: {kind} {seen[metric] + 1} and {idx + 1} both read as "
                    f"{_column_label(metric)}; kept {kind[:-1]} {seen[metric] + 1} (the first), check them."
                )
            kept[idx] = None
            continue
        if metric is not None:
            seen[metric] = idx
        kept[idx] = metric
    return kept


def _spaced_minus(rows: list[Row], titles: int, text: str) -> list[Row]:
    """The rows with each hyphen-and-space minus ('- 420,000') read as one negative cell. Layout family:
    revision tables of loss-making companies printing negatives as '1,850,000 - 420,000 - 445,000', where
    the '-' alone reads as a blank cell and shifts every value after it. Only in a table with a row that
    has more cells than column titles and exactly as many once they are; then also in its rows that come
    short of the titles once they are (a change row leaving its per-share cell unprinted)."""
    if all(len(r.cells) <= titles for r in rows):
        return rows
    signs = [_minus_signs(r.cells, text) if len(r.cells) > titles else [] for r in rows]
    if not any(len(r.cells) - len(s) == titles for r, s in zip(rows, signs, strict=True) if s):
        return rows
    return [
        _signed(r, s, text) if s and len(r.cells) - len(s) <= titles else r for r, s in zip(rows, signs, strict=True)
    ]


def _minus_signs(cells: list[Cell], text: str) -> list[int]:
    """Positions of the '-' cells followed by one space and an unsigned value."""
    return [
        n
        for n, (dash, cell) in enumerate(pairwise(cells))
        if dash.text == "-" and cell.value is not None and cell.text[:1].isdigit()
        and text[dash.end : cell.start] == " "
    ]


def _signed(row: Row, signs: list[int], text: str) -> Row:
    cells = list(row.cells)
    for n in reversed(signs):
        dash, cell = cells[n], cells[n + 1]
        cells[n : n + 2] = [
            cell._replace(text=text[dash.start : cell.end], start=dash.start, value=-cell.value, lead=dash.lead)
        ]
    return Row(row.label, cells)


def _money_metrics(metrics: tuple[str | None, ...], money_columns: int) -> list[str | None]:
    """The metrics of the money columns in order. A money column that is none of ours ('Profit for
    the period', 'Total comprehensive income' between the IFRS columns) keeps its place as None when
    the header names one title per money column; else only our metrics, matched in order. Other
    titles after basic EPS ('Diluted earnings per share') are per-share columns, not money ones."""
    ours = [m for m in metrics if m in MONEY_METRICS]
    first_share = metrics.index("eps_basic") if "eps_basic" in metrics else len(metrics)
    with_others = [m for n, m in enumerate(metrics) if n < first_share or m in MONEY_METRICS]
    return with_others if len(with_others) == money_columns != len(ours) else ours


_GROUP_START = ci(
    r"\W*((?:first|second)\s+half|full[- ]year|(?:three|six|nine)\s+months|(?:first|second|third)\s+quarter"
    r"|interim\s+period|fiscal\s+year)\b(?!\s+end)"
)
# A row group's scope label before its first row: 'Consolidated Previous forecast (A)', 'Non-consolidated ...'.
_SCOPE_START = ci(r"(non[- ]?conso[l1]idated|conso[l1]idated|parent(?:[- ]only)?)\s+\S")
_STUB = ci(r"(?:three|six|nine|twelve)\s+months\s+end(?:ed|ing)|(?:fiscal\s+)?year\s+end(?:ed|ing)|as\s+of")


def _header_stub(header: str) -> str | None:
    m = may_hold(header, ("months", "year", "as")) and _STUB.search(header)
    return m.group(0) if m else None


_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")


_COLUMN_LABELS = {metric: metric.replace("_", " ") for metric in CANONICAL}


def _column_label(metric: str) -> str:
    return _COLUMN_LABELS[metric]


def _row_period_scenario(
    row: Row,
    role: str | None,
    table_period: Period | None,
    fy_end: date | None,
    default: str,
    doc: Doc,
    stub: str | None = None,
) -> tuple[Period | None, str]:
    """Period and scenario of one row. `stub` is a header's period phrase ('Nine months ended') that
    rows labelled with bare dates complete."""
    label = row.label
    period, assumed = resolve(label, doc.cal, fy_end)
    if period is None and stub and may_hold_year(label) and DATE_RE.search(label):
        period, assumed = resolve(f"{stub} {label}", doc.cal, fy_end)
    own = period
    if assumed:
        doc.warn(f"Assumed how the fiscal-year label in row {label[:60]!r} maps to dates; the release does not say.")
    if role == "reference":
        if period is None or (table_period and period.end >= table_period.end):
            period = table_period.shifted(-1) if table_period else None
        return period, "actual"
    period = period or table_period
    if role == "actual":
        return period, "actual"
    if role == "previous":
        return period, "previous_forecast"
    if role in ("revised", "forecast"):
        return period, "forecast"
    if ci(r"\(\s*forecasts?\s*\)|forecast").search(label):
        return period, "forecast"
    if own is None and _THREE_LETTERS.search(label) and not _GROUP_START.match(label):
        return None, default  # a category row (a segment, a region): not the company's figure for a period
    return period, default


def _figure(
    doc: Doc,
    table: Table,
    metric: str,
    period: Period,
    scenario: str,
    role: str | None,
    cell: Cell,
    scale: float,
    has_ordinary: bool,
    row_label: str,
    column_label: str | None,
) -> dict:
    shared = _row_shared(doc, table, period, scenario, role, has_ordinary, row_label)
    if scenario == "previous_forecast" and column_label and (stated := label_announcement(column_label)):
        # Metrics as rows: the previous forecast's column title dates it ('Previous forecast (May 13, 2025)').
        shared["announced_on"] = stated
    return _filled(shared, doc, metric, cell, scale, row_label, column_label)


# A scope heading in brackets that opens the header ('[Consolidated]', '(Non-consolidated)', '<Parent only>')
# rather than the context: one line a table reader takes for the header's first.
_BRACKETED_SCOPE = ci(
    r"\s*[\[(<【]\s*((?:non[- ]?)?consolidated|unconsolidated|parent[- ]only|stand[- ]alone)(?:\s+basis)?\s*[\])>】]"
)


@lru_cache(maxsize=256)
def _header_scope(header: str) -> bool | None:
    m = _BRACKETED_SCOPE.match(header) if header[:1] in "[(<【 " else None
    return consolidated_in(m.group(1)) if m else None


def _table_scope(table: Table) -> bool | None:
    """The scope the table's headings name, else the bracketed scope heading opening its header. Layout
    family: stacked revision tables under '[Consolidated]' and '[Non-consolidated]', each heading on
    the line above its unit note."""
    found = consolidated_in(table.context)
    return found if found is not None else _header_scope(table.header)


def _row_shared(
    doc: Doc,
    table: Table,
    period: Period,
    scenario: str,
    role: str | None,
    has_ordinary: bool,
    row_label: str,
    scope: bool | None = None,
) -> dict:
    """What the figures of one row share (period, scenario, announcement, standard, scope), keyed in
    the contract's order with the rest left empty: a row of a metrics-as-columns table states several
    figures, and this is read once for them all. `scope` is the row group's ('Consolidated' /
    'Non-consolidated' rows in one table): it overrides the table's headings."""
    evidence = standard_for(period, table.context, doc.document_standard, lambda: doc.adoption, has_ordinary)
    consolidated = scope if scope is not None else _table_scope(table)
    if consolidated is None:
        consolidated = doc.consolidated_default
    return {
        "metric": None,
        "period_start": period.start.isoformat() if period.start else None,
        "period_end": period.end.isoformat(),
        "period_label": period.label or period_phrase(row_label, table.context),
        "scenario": scenario,
        "announced_on": _announced_on(doc, scenario, role, period, row_label, table.context),
        "value": None,
        "unit": None,
        "accounting_standard": evidence.standard if evidence else None,
        "accounting_standard_evidence": evidence.evidence if evidence else None,
        "consolidated": consolidated,
        "range_low": None,
        "range_high": None,
        "provenance": None,
    }


def _filled(
    shared: dict, doc: Doc, metric: str, cell: Cell, scale: float, row_label: str, column_label: str | None
) -> dict:
    """One figure: a copy of its row's :func:`_row_shared` (same key order) with its own metric and value."""
    per_share = metric == "eps_basic"
    factor = 1.0 if per_share else (cell.scale or scale)
    fact = shared.copy()
    fact["metric"] = metric
    fact["value"] = _scaled(cell.value, factor)
    fact["unit"] = "JPY_per_share" if per_share else "JPY"
    fact["range_low"] = _scaled(cell.low, factor)
    fact["range_high"] = _scaled(cell.high, factor)
    fact["provenance"] = doc.provenance(cell, row_label, column_label)
    return fact


# A row's own period words, its period label ('FY ended December 31, 2024' in a wrapped reference label).
_PERIOD_PHRASE = ci(
    r"(?:first|second)\s+half[^,;()]{0,60}|(?:three|six|nine)\s+months\s+end(?:ed|ing)[^;()]{0,25}"
    r"|(?:(?:fiscal\s+)?year|FY)\s+end(?:ed|ing)[^;()]{0,25}|full[- ]year|FY\s?\d{4}|[1-4][HQ]\d\d"
)


def _scaled(number: float | None, factor: float) -> float | int | None:
    """A printed number in whole units: yen amounts as integers, per-share amounts as printed. A
    decimal in billions ('8.2' billion yen) is not exact in binary: it is rounded to whole yen."""
    if number is None:
        return None
    value = round(number * factor, 6)
    if factor > 1 and abs(value - round(value)) < 1e-3:
        return round(value)
    return value


@lru_cache(maxsize=256)
def period_phrase(row_label: str, context: str) -> str | None:
    for text in (row_label, context.split(" / ")[-1]):
        m = _PERIOD_PHRASE.search(text)
        if m:
            return m.group(0).strip()
    return None


def _announced_on(
    doc: Doc, scenario: str, role: str | None, period: Period, row_label: str, context: str
) -> str | None:
    """When the forecast was announced, per the contract: the row's own date, else the earlier date its
    table's heading says it stands unchanged since, else this document's for forecasts it issues, else
    the date it says an earlier forecast was announced."""
    if scenario in ("actual", "adjusted_actual"):
        return None
    if scenario == "previous_forecast":
        stated = label_announcement(row_label)
        return stated or (doc.previous_forecast_on.isoformat() if doc.previous_forecast_on else None)
    if role != "revised" and (kept := _kept_since(context.rpartition(" / ")[2], doc)):
        return kept
    if role == "revised" or doc.identity.kind != "earnings_summary":
        return doc.published_on.isoformat() if doc.published_on else None
    flag = doc.revision_flags.get("figures")
    # A summary with no 'Revision ...: No' note may say so in a note of its own (layout family: presentation
    # tables with a forecast column, 'Note: The full-year forecast ... is unchanged from the forecast
    # announced on May 13, 2024'): that earlier date.
    if flag is not True:
        since = doc.unchanged_since if flag is False else doc.noted_unchanged
        full = period.start is not None and (period.end - period.start).days > 300
        day = since.get("full_year" if full else "half") or since.get("all")
        if day or flag is False:
            return day.isoformat() if day else None
    return doc.published_on.isoformat() if doc.published_on else None


# Every _KEPT phrase holds one of these.
_KEPT_WORDS = ("unchanged", "change", "revised", "remain", "maintain", "reaffirm")


def _kept_since(heading: str, doc: Doc) -> str | None:
    """The earlier date a forecast table's own heading says its forecast was announced on and stands
    unchanged since. Layout family: results releases heading their outlook 'Forecast for the fiscal
    year ending March 31, 2025 (unchanged from the forecast announced on October 30, 2024)'."""
    if not may_hold(heading, _KEPT_WORDS) or not _KEPT.search(heading):
        return None
    dates = announcement_dates(heading, doc.published_on)
    return dates[0][0].isoformat() if dates else None


# A period's results exist only once it has ended: a title in the future tense ('Fiscal year ending
# March 31, 2026') or a forecast's word names a forecast column the scenario rules missed.
_FUTURE_TITLE = ci(
    r"\bending\b|forecast|outlook|target|projection|\bplan\b|estimate|\bgoals?\b|\b(?:medium|mid)[- ]?term\b"
)


def _not_future_actual(scenario: str, period: Period, title: str, table: Table, doc: Doc) -> str:
    """`scenario`, unless it calls actual a period that ends after the release's date: then a forecast
    when the column's or row's title says so, else kept with a warning (the date or the period is wrong)."""
    if scenario != "actual" or doc.published_on is None or period.end <= doc.published_on:
        return scenario
    if _FUTURE_TITLE.search(title):
        return "forecast"
    doc.warn(
        f"Table under {table.context[-80:]!r}: {title[:60]!r} reads as results for a period ending "
        f"{period.end.isoformat()}, after the release's date {doc.published_on.isoformat()}; check the scenario."
    )
    return scenario


def _by_date(default: str, period: Period, latest: date | None, doc: Doc) -> str:
    """The scenario of a column its title gives none ('FY2024'): the table's (its heading's), except that
    under a forecast heading a period ended by the release's date, set beside a later one, is that
    year's results. Layout family: results releases whose outlook table compares the forecast year
    with the year just ended ('2. Outlook for the Fiscal Year Ending March 31, 2026' over 'FY2024 |
    FY2025 | Change (%)')."""
    if default != "forecast" or doc.published_on is None or latest is None:
        return default
    return "actual" if period.end <= doc.published_on < latest else default


def _standing_previous(facts: list[dict]) -> list[dict]:
    """A previous forecast the document does not replace with a newer value still stands: it is the
    forecast, announced when it was first published. Of several previous forecasts for one period
    ('Initial forecast (A)', 'Previous forecast (B)', 'Actual results (C)'), the latest, printed
    last, is the one the document supersedes."""
    last = {_scoped(f): f for f in facts if f["scenario"] == "previous_forecast"}
    facts = [f for f in facts if f["scenario"] != "previous_forecast" or last[_scoped(f)] is f]
    newer = {(f["metric"], f["period_end"]) for f in facts if f["scenario"] in ("forecast", "actual")}
    for f in facts:
        if f["scenario"] == "previous_forecast" and (f["metric"], f["period_end"]) not in newer:
            f["scenario"] = "forecast"
    return facts


def _scoped(fact: dict) -> tuple:
    """A figure's metric, period and scope: a table can state consolidated and parent-only groups."""
    return fact["metric"], fact["period_start"], fact["period_end"], fact["consolidated"]


def _cross_check(rows: dict[str, list[Cell | None]], table: Table, doc: Doc) -> None:
    """Change (B-A) and Change (%) rows against the rows they derive from; mismatches are warned."""
    a = rows.get("previous")
    b = rows.get("revised") or rows.get("actual") or rows.get("forecast")
    if not a or not b:
        return
    for kind in ("change", "pct"):
        derived = rows.get(kind)
        if not derived:
            continue
        for i, cell in enumerate(derived):
            if cell is None or cell.value is None or i >= len(a) or i >= len(b):
                continue
            ca, cb = a[i], b[i]
            if ca is None or cb is None or ca.value is None or cb.value is None:
                continue
            if kind == "change":
                expected, tolerance = cb.value - ca.value, 1.0
            else:
                if ca.value == 0:
                    continue
                expected, tolerance = (cb.value - ca.value) / abs(ca.value) * 100, 0.15
            if abs(expected - cell.value) > tolerance:
                doc.warn(
                    f"Derived row does not match: {cell.text!r} printed where the rows above give "
                    f"{expected:,.1f} (table under {table.context[-60:]!r}, column {i + 1}); check the figures."
                )


# Layout family: results and forecast tables with years across titling their percent-change column by a
# bare '(%)' after the change column ('FY2023 | FY2024 | Change | (%)'), its cells printing no '%'. Read
# as 'Change (%)', one title, the header is a column short; the '(%)' is then the last, percent, column.
_LONE_PERCENT = ci(r"(?:\d|\bchange|\byoy|\bdecrease)\s+\(%\)\s*$")


def _lone_percent_column(table: Table, columns: list[Column]) -> bool:
    """Whether the last column is a percent change titled by a bare '(%)' (see _LONE_PERCENT): its cells
    are all small amounts with no thousands separator ('15.1', '(5.6)'), as percentages print."""
    if not columns or columns[-1].role == "pct" or not _LONE_PERCENT.search(table.header):
        return False
    last = [row.cells[-1] for row in table.rows if len(row.cells) == len(columns)]
    return bool(last) and all(
        cell.blank or (cell.value is not None and abs(cell.value) < 1000 and "," not in cell.text) for cell in last
    )


def _descriptors(
    table: Table,
    columns: list[Column],
    table_period: Period | None,
    fy_end: date | None,
    default_scenario: str,
    doc: Doc,
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Period, scenario, label and role of each value column of a metrics-as-rows table."""
    value_cols = [i for i, c in enumerate(columns) if c.role != "pct"]
    return (
        _year_columns(table, len(value_cols), doc)
        # Forecast columns ('Previous forecast | Revised forecast | Change') under the table's own title
        # line ('Full-year forecast (year ending December 31, 2025)'): the title's period words name no column.
        or _half_split_columns(table.header, len(value_cols), table_period, fy_end, doc)
        or (forecast_titles(table.header) and _scenario_columns(
            table, len(value_cols), table_period, fy_end, default_scenario, doc, titled=True
        ))
        or _column_periods(table.header, len(value_cols), table_period, fy_end, doc)
        or _quarter_columns(table, len(value_cols), fy_end, doc)
        or _amount_columns(table.header, len(value_cols), table_period, fy_end, doc)
        or _scenario_columns(
            table, len(value_cols), table_period, fy_end, default_scenario, doc, percent=len(columns) - len(value_cols)
        )
        or _correction_columns(table.header, len(value_cols), table_period, default_scenario, doc)
        or _line_by_line_scenario_columns(
            table, len(value_cols), table_period, fy_end, default_scenario, doc, len(columns) - len(value_cols)
        )
    )


def _metrics_as_rows(table: Table, doc: Doc, row_metrics: list[str | None]) -> list[dict]:
    """Metrics down the side; across, periods (with %-change columns, as in earnings summaries) or
    scenarios (Previous forecast (A) | Revised forecast (B) | Change | Prior results)."""
    metric_rows = sum(m is not None for m in row_metrics)
    slashed = [r for r in table.rows if len(r.cells) == metric_rows and _slash_row(r, doc.text)]
    width = max(len(r.cells) for r in table.rows if r not in slashed) if len(slashed) < len(table.rows) else 0
    columns = _roles(table, width, doc)
    table_period, fy_end = _table_period(table, doc)
    default_scenario = _context_scenario(table)
    descriptors = _descriptors(table, columns, table_period, fy_end, default_scenario, doc)
    if descriptors is None and _lone_percent_column(table, columns):
        columns = [*columns[:-1], Column("pct", 1.0)]
        descriptors = _descriptors(table, columns, table_period, fy_end, default_scenario, doc)
    value_cols = [i for i, c in enumerate(columns) if c.role != "pct"]
    if descriptors is None:
        if any(row_metrics):
            doc.warn(
                f"Table under {table.context[-80:]!r}: its {len(value_cols)} columns could not be matched to "
                f"periods or scenarios in the header {table.header[:80]!r}; its figures were skipped."
            )
        return []
    undated = [label for period, _, label, role in descriptors if period is None and role != "derived"]
    if undated and any(row_metrics):
        doc.warn(
            f"Table under {table.context[-80:]!r}: no period could be found for its columns {undated}; "
            "their figures were skipped."
        )
    latest = max((d[0].end for d in descriptors if d[0] is not None), default=None)
    descriptors = [
        (period, _not_future_actual(scenario or _by_date(default_scenario, period, latest, doc), period, label,
                                    table, doc), label, role)
        if period is not None else (period, scenario, label, role)
        for period, scenario, label, role in descriptors
    ]
    descriptors = _without_plan_targets(descriptors, table, doc)
    has_ordinary = "ordinary_profit" in row_metrics
    labels = [r.label for r in table.rows]
    row_metrics = list(_first_of_each(dict(enumerate(row_metrics)), "rows", table, doc, labels).values())
    out = []
    for row, metric in zip(table.rows, row_metrics, strict=True):
        if metric is None:
            continue
        values: dict[int, Cell] = {idx: cell for cell, idx in align(row.cells, columns)}
        for n, idx in enumerate(value_cols):
            cell = values.get(idx)
            period, scenario, label, role = descriptors[n]
            if cell is None or cell.blank or period is None or columns[idx].role == "usd":
                continue  # blanks, derived columns, and US$ convenience translations are not facts
            out.append(
                _figure(
                    doc,
                    table,
                    metric,
                    period,
                    scenario or default_scenario,
                    role,
                    cell,
                    columns[idx].scale,
                    has_ordinary,
                    row.label,
                    label,
                )
            )
    for row in slashed:
        out.extend(_slash_row_figures(row, table, doc, row_metrics, table_period, fy_end, default_scenario))
    return _standing_previous(out)


# Medium-term plan family: columns titled 'Targets', 'Goals', 'Medium-term plan' or 'Mid-term target' for
# years after the current forecast year are the plan's aspirations, not earnings forecasts (they would
# become that year's first forecast). Some companies call their annual forecast a target ('Previous
# Target (A)' / 'New Target (B)'): a target for the current forecast year stays a forecast.
_PLAN_TARGET = ci(r"\b(?:targets?|goals?)\b|\b(?:medium|mid)[- ]?term\b")
_PLAN_TARGET_WORDS = ("target", "goal", "term")


def _without_plan_targets(
    descriptors: list[tuple[Period | None, str | None, str, str | None]], table: Table, doc: Doc
) -> list[tuple[Period | None, str | None, str, str | None]]:
    """`descriptors` with every plan-target column beyond the current forecast year given no period (its
    figures are skipped), each named in a warning. The current forecast year is the latest of the
    table's other forecast columns ('Plan'), or else the fiscal year the release's date falls in."""
    targets = [n for n, (period, _, label, _) in enumerate(descriptors) if period is not None and _is_target(label)]
    if not targets:
        return descriptors
    others = [d[0].end for n, d in enumerate(descriptors) if d[0] is not None and d[1] != "actual" and n not in targets]
    current = _current_forecast_year(others, doc)
    out = list(descriptors)
    for n in targets:
        period, _, label, _ = out[n]
        if period is not None and current is not None and period.end > current:
            _warn_target(label, "column", period, table, doc)
            out[n] = (None, None, label, "derived")
    return out


def _without_target_rows(
    facts: list[dict], targets: list[tuple[int, int, str, Period]], table: Table, doc: Doc
) -> list[dict]:
    """`facts` without those of plan-target rows ('FY2027 (Goals)', facts[start:end]) beyond the current
    forecast year, each named in a warning: the metrics-as-columns form of :func:`_without_plan_targets`."""
    if not targets:
        return facts
    own = {n for start, end, _, _ in targets for n in range(start, end)}
    others = [date.fromisoformat(f["period_end"]) for n, f in enumerate(facts)
              if f["scenario"] != "actual" and n not in own]
    current = _current_forecast_year(others, doc)
    dropped: set[int] = set()
    for start, end, label, period in targets:
        if current is not None and period.end > current:
            _warn_target(label, "row", period, table, doc)
            dropped.update(range(start, end))
    return [f for n, f in enumerate(facts) if n not in dropped] if dropped else facts


def _is_target(title: str) -> bool:
    return may_hold(title, _PLAN_TARGET_WORDS) and _PLAN_TARGET.search(title) is not None


def _current_forecast_year(forecast_ends: list[date], doc: Doc) -> date | None:
    """The latest of a table's forecast periods, or else the fiscal year the release's date falls in."""
    if forecast_ends:
        return max(forecast_ends)
    return doc.cal.fy_end_for(doc.published_on) if doc.published_on else None


def _warn_target(label: str, kind: str, period: Period, table: Table, doc: Doc) -> None:
    doc.warn(
        f"Table under {table.context[-80:]!r}: {kind} {label[:60]!r} is a medium-term plan target for the year "
        f"ending {period.end.isoformat()}, beyond the current forecast year; no figures were taken from it "
        "(a target is not an earnings forecast)."
    )


def _slash_row(row: Row, text: str) -> bool:
    """A row printing one value per metric row, parted by slashes (layout family: results-vs-forecast
    notices closing the table with the prior period in one line, '(Reference) 1H FY3/2025 results
    ¥135.6 bn / ¥10.2 bn / ¥10.6 bn / ¥7,012 mn / ¥46.24'): the metrics across, in the rows' order."""
    cells = row.cells
    return len(cells) > 2 and all(text[a.tail : b.lead].strip() == "/" for a, b in pairwise(cells))


def _slash_row_figures(
    row: Row,
    table: Table,
    doc: Doc,
    row_metrics: list[str | None],
    table_period: Period | None,
    fy_end: date | None,
    default: str,
) -> list[dict]:
    """The figures of a slash row (:func:`_slash_row`), each cell printing its own unit."""
    role = row_role(row.label)
    period, scenario = _row_period_scenario(row, role, table_period, fy_end, default, doc)
    if period is None or any(cell.scale is None and not cell.yen_suffix for cell in row.cells):
        return []
    metrics = [m for m in row_metrics if m is not None]
    has_ordinary = "ordinary_profit" in metrics
    return [
        _figure(doc, table, metric, period, scenario, role, cell, 1.0, has_ordinary, row.label, None)
        for metric, cell in zip(metrics, row.cells, strict=True)
        if not cell.blank and (cell.scale is not None) is (metric != "eps_basic")
    ]


_REFERENCE_TAG = ci(r"[(\[<]\s*Ref(?:erence|\.)?\s*[)\]>]\s*")
_ENDED_BEFORE = ci(r"\b(?:end(?:ed|ing)|as\s+of)\s*$")


def _scenario_columns(
    table: Table, count: int, table_period: Period | None, fy_end: date | None, default: str, doc: Doc,
    titled: bool = False, percent: int = 0,
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Columns named like forecast-revision rows; derived columns (change, %) get no period. A `titled`
    table's header opens on its own title line, whose period ('Full-year forecast (year ending December
    31, 2025)') is the forecast columns' rather than the headings' (a results release's title). The
    table's `percent` columns are not among the `count` value columns, but their titles may be read."""
    # A date after 'ended' completes its column's phrase ('Results for the six months ended September
    # 30, 2021', the results column of a metrics-as-rows half-year table): it opens no column.
    starts = [s for s in row_starts(table.header, "scen") if not _ENDED_BEFORE.search(table.header, 0, s)]
    # '(Reference) Results for ...' is one column title: the word after the tag continues it.
    starts = [s for n, s in enumerate(starts) if not (n and _REFERENCE_TAG.fullmatch(table.header, starts[n - 1], s))]
    if len(starts) < count or not count:
        return None
    spans = list(zip(starts, [*starts[1:], len(table.header)], strict=True))
    if percent and len(starts) == count + percent:
        spans = _without_percent_titles(table, spans)
    spans = spans[-count:]
    starts = [start for start, _ in spans]
    if titled and (own := resolve(table.header[: starts[0]], doc.cal, fy_end)[0]):
        table_period, fy_end = own, doc.cal.fy_end_for(own.end) or own.end
    out: list[tuple[Period | None, str | None, str, str | None]] = []
    for start, end in spans:
        phrase = table.header[start:end].strip()
        role = row_role(phrase)
        if role == "derived":
            out.append((None, None, phrase, role))
            continue
        period, scenario = _row_period_scenario(Row(phrase, []), role, table_period, fy_end, default, doc)
        out.append((period, scenario, phrase, role))
    return out


# Layout family: revision tables whose scenario column titles wrap over two lines, printed line by line
# ('Previous  Revised  Change  Change' over 'forecast (A)  forecast (B)  (B-A)  (%)'): the first line
# holds each title's capitalised opening word, the second the rest of each, two spaces or more apart.
_OPENING_RUN = re.compile(r"(?P<note>\([^()]*\)\s*)?(?P<openings>(?:[A-Z][a-z]+\s+)+)")  # after a unit note
_TITLE_GAP = re.compile(r"\s{2,}")


def _line_by_line_scenario_columns(
    table: Table, count: int, table_period: Period | None, fy_end: date | None, default: str, doc: Doc, percent: int
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """:func:`_scenario_columns` of a header whose titles are printed line by line (see _OPENING_RUN),
    each title made whole again; None for any other header. `percent` as there."""
    run = _OPENING_RUN.match(table.header)
    if run is None or not count:
        return None
    openings = run.group("openings").split()
    rest = _TITLE_GAP.split(table.header[run.end() :].strip())
    if len(openings) != len(rest) or len(openings) not in (count, count + percent):
        return None
    titles = (run.group("note") or "") + "  ".join(f"{a} {b}" for a, b in zip(openings, rest, strict=True))
    return _scenario_columns(
        replace(table, header=titles), count, table_period, fy_end, default, doc, percent=percent
    )


# Layout family: revisions at the half year printing the revised year as its halves and total under
# one group title ('Previous forecast | Revised forecast | Change' over 'Full year (A) | First half |
# Second half | Full year (B) | (B-A)', the halves tagged '(results)' / '(forecast)' on a third line).
_HALF_OR_YEAR = ci(r"(?P<first>first\s+half)|(?P<second>second\s+half)|full[- ]year(?P<tag>\s*\(\s*[AB]\s*\))?")
_HALF_TAG = ci(r"\(\s*(?:(?P<actual>results?|actual)|forecasts?|plan)\s*\)")


def _half_split_columns(
    header: str, count: int, table_period: Period | None, fy_end: date | None, doc: Doc
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Columns of a revision splitting the revised year into its halves (see _HALF_OR_YEAR): the full
    years by their '(A)' / '(B)' tags, each half by its '(results)' / '(forecast)' tag in order; the
    first half from the year's first day, the second half stand-alone (its own six months). A last
    column beyond the titled ones is the change. None for any other header."""
    if "econd half" not in header or "irst half" not in header:
        return None
    end = fy_end or (table_period.end if table_period else None)
    titles = list(_HALF_OR_YEAR.finditer(header))
    halves = [m for m in titles if not m.group("tag")]
    tags = list(_HALF_TAG.finditer(header, titles[-1].end())) if titles else []
    if end is None or len(tags) != len(halves) or count - len(titles) not in (0, 1):
        return None
    if len(titles) < count and not _DERIVED.search(header, titles[-1].end()):
        return None
    scenarios = iter("actual" if tag.group("actual") else "forecast" for tag in tags)
    out: list[tuple[Period | None, str | None, str, str | None]] = []
    for m in titles:
        if m.group("tag"):
            previous = "A" in m.group("tag")
            role = "previous" if previous else "revised"
            out.append((doc.cal.span(end, 12), "previous_forecast" if previous else "forecast", m.group(0), role))
            continue
        half_end = add_months(end, -6) if m.group("first") else end
        period = Period(add_months(half_end, -6) + timedelta(days=1), half_end)
        scenario = next(scenarios)
        out.append((period, scenario, m.group(0), scenario if scenario == "actual" else "forecast"))
    if len(titles) < count:
        out.append((None, None, "change", "derived"))
    return out


def _without_percent_titles(table: Table, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Column titles (as spans of the header) without the percent columns', where every column is
    titled and each percent column's title is a derived one (layout family: large-cap summaries'
    'Fiscal 2023 | Fiscal 2024 | Change | Fiscal 2025 (Forecast)', the change printed in %): else the
    percent titles, taken for the leading value columns' own, shift every period by one column."""
    row = next((r for r in table.rows if len(r.cells) == len(spans)), None)
    if row is None:
        return spans
    kept = []
    for (start, end), cell in zip(spans, row.cells, strict=True):
        if not cell.percent:
            kept.append((start, end))
        elif row_role(table.header[start:end]) != "derived":
            return spans
    return kept


# Layout family: large-cap US GAAP / IFRS summaries title their period columns with bare years on a
# line of their own ('2024 2025 Change', see tables._year_titles), under the period end they share:
# '(Fiscal years ended March 31)', 'Years ended December 31', 'Six months ended September 30'.
_YEAR_RUN = re.compile(r"(?<![\w/.,#-])(?:19|20)\d\d(?:\s+(?:19|20)\d\d)+(?![\w/.,%-])")
_SHARED_END = ci(
    r"\b(?P<span>years?|months)\s+end(?:ed|ing)\s+(?:on\s+)?(?P<month>[a-z]{3,9})\.?\s?(?P<day>[0-3]?\d)\b"
    r"(?!,?\s?\d)"
)


def _year_columns(
    table: Table, count: int, doc: Doc
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Columns titled by bare years: each the period ending in that year on the month and day the header
    or the headings state, else (full years only) the fiscal year end the lead's sentences state for one
    of the years ('... for fiscal 2025, the year ended March 31, 2025.'). A bare year says nothing of its
    year end (nor whether it counts the year in which the fiscal year starts or ends): without a stated
    end, not read. A column whose period has not ended by the release's date is a forecast."""
    runs = list(_YEAR_RUN.finditer(table.header)) if count else []
    if not runs:
        return None
    run = runs[-1]
    years = [int(y) for y in run.group(0).split()]
    derived = list(_DERIVED_COLUMN.finditer(table.header, run.end())) if len(years) < count else []
    if len(years) + len(derived) != count or {b - a for a, b in pairwise(years)} not in ({1}, {-1}):
        return None
    shared = _shared_end(table, years, doc)
    if shared is None:
        return None
    months, month, day_of_month = shared
    out: list[tuple[Period | None, str | None, str, str | None]] = []
    for year in years:
        end = calendar_date(year, month, day_of_month) or month_end(year, month)
        period = Period(add_months(end, -months) + timedelta(days=1), end)
        future = doc.published_on is not None and end > doc.published_on
        span = "year" if months == 12 else f"{months} months"
        out.append((period, "forecast" if future else None, f"{span} ended {end.isoformat()}", None))
    out.extend((None, None, m.group(0), "derived") for m in derived)
    return out


def _shared_end(table: Table, years: list[int], doc: Doc) -> tuple[int, int, int] | None:
    """(months, month, day) of the period the bare year columns share (see :func:`_year_columns`)."""
    for text in (table.header, table.context):
        m = _SHARED_END.search(text)
        month = month_number(m.group("month")) if m else None
        if m and month:
            months = 12 if m.group("span").lower().startswith("year") else months_named(text)
            return (months, month, int(m.group("day"))) if months else None
    if months_named(table.header) or months_named(table.context):
        return None  # a shorter period whose end is not stated beside it
    first = table.rows[0].cells[0].start if table.rows and table.rows[0].cells else 0
    for sentence, offset in reversed(doc.sentences):
        if offset < first and may_hold_year(sentence):
            end = fy_end_phrase(sentence, doc.cal)
            if end and end.year in years and end.month == doc.cal.fye_month:
                return 12, end.month, end.day
    return None


_BEFORE_AFTER = ci(r"before\s+(?:the\s+)?corrections?\W+after\s+(?:the\s+)?corrections?\W*$")


def _correction_columns(
    header: str, count: int, table_period: Period | None, default: str, doc: Doc
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Correction notices printing 'Before correction | After correction' as the two columns of a
    metrics-as-rows table: the corrected column holds the facts (of the period the headings or the
    header name), the one before correction none."""
    if count != 2 or not may_hold(header, ("before",)) or not _BEFORE_AFTER.search(header):
        return None
    period = table_period or resolve(header, doc.cal)[0]
    if period is None:
        return None
    return [(None, None, "before correction", "derived"), (period, default, "after correction", None)]


_MARKS = r"[1-4][QH]|[QH][1-4]|[369]M|1Q?-[2-4]Q|Q1-Q[2-4]"  # as periods._MARK
_COLUMN_PHRASE = ci(
    r"(?:for\s+the\s+)?(?:three|six|nine|twelve)\s+months(?:\s+end(?:ed|ing))?|first\s+half|second\s+half"
    r"|full[- ]year|(?:fiscal\s+)?year\s+end(?:ed|ing)|first\s+quarter|second\s+quarter|third\s+quarter"
    # Fiscal-year labels with their quarter, half or months marker ('1Q FY3/2025', 'FY2024 Q1', 'H1 FY2024/3',
    # '9M FY3/2025', 'Q1-Q3 FY2024'): the marker is part of the column's period, not a word before or after it.
    rf"|(?:{_MARKS})\s?FY\s?\d{{1,4}}(?:/\d{{1,4}})?(?:\s*\(?forecasts?\)?)?"
    rf"|FY\s?\d{{1,4}}(?:/\d{{1,4}})?(?:\s?(?:{_MARKS})\b)?(?:\s*\(?forecasts?\)?)?"
    # Metrics-as-rows results tables titling their columns relative to the release's year ('Previous
    # year | Current year | Change', 'Prior fiscal year | This fiscal year'): see _RELATIVE_YEAR.
    r"|\b(?:previous|prior|current|this)\s+(?:fiscal\s+)?year\b"
)
# A column titled relative to the release's fiscal year: the previous year's or the current year's
# actuals, unless its title dates it ('Previous fiscal year (FY2022: Apr. 1, 2022 - Mar. 31, 2023)').
_RELATIVE_YEAR = ci(r"^(?:(?P<previous>previous|prior)|current|this)\s+(?:fiscal\s+)?year\b")
# Every unit word holds one of these (as tables._UNIT_WORDS): a title without one is not searched for units.
_UNIT_WORDS = ("jpy", "yen", "¥", "\\", "us$", "usd", "dollars", "%", "円")
# A derived column's title ('YoY change', 'Change (%)'): a value column with no period of its own. Every
# title holds one of _DERIVED_WORDS.
_DERIVED_WORDS = ("yoy", "year", "change", "increase")
_DERIVED_COLUMN = ci(
    r"\byoy(?:\s+change)?(?:\s*\(%\))?|\byear[- ]on[- ]year(?:\s+change)?(?:\s*\(%\))?"
    r"|\bchange(?:\s*\(%\))?|\bincrease/decrease"
)


# A forecast column title dated in brackets ('Revised forecast (November 7, 2025)'): the date is when the
# forecast was announced, not the end of a period.
_DATED_FORECAST_TITLE = ci(r"forecasts?(?:\s*\([A-C]\))?\s*\(\s*$")


def _forecast_dated(header: str, dates: list[tuple[date, int, int]]) -> bool:
    return "orecast" in header and any(_DATED_FORECAST_TITLE.search(header, max(0, at - 24), at) for _, at, _ in dates)


def _column_periods(
    header: str, count: int, table_period: Period | None, fy_end: date | None, doc: Doc
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Period, scenario and label of each value column, from the header's period phrases."""
    phrases = _unbracketed(list(_COLUMN_PHRASE.finditer(header)), header) if "(" in header else None
    if phrases is None:
        phrases = list(_COLUMN_PHRASE.finditer(header))
    dates = find_dates(header)
    out: list[tuple[Period | None, str | None, str, str | None]] = []
    if len(dates) == count and count and not _bracketed_spans(header, dates) and not _forecast_dated(header, dates):
        for n, (day, _, _) in enumerate(dates):
            words = phrases[n].group(0) if n < len(phrases) else (phrases[0].group(0) if phrases else "year ended")
            if not ci(r"end(?:ed|ing)").search(words):
                words += " ended"
            period, _ = resolve(f"{words} {day.strftime('%B %d, %Y')}", doc.cal)
            if period is None:
                return None
            out.append((period, None, f"{words} {day.isoformat()}", None))
        return _with_stacked_scenarios(header, dates[0][1], dates[-1][1], out)
    derived: list[re.Match[str]] = []
    if len(phrases) < count and may_hold(header, _DERIVED_WORDS):
        derived = list(_DERIVED_COLUMN.finditer(header))  # 'YoY change' columns have no period
    if len(phrases) + len(derived) == count and count:
        marks = sorted([(m, False) for m in phrases] + [(m, True) for m in derived], key=lambda mark: mark[0].start())
        titles = _column_titles(header, [m for m, _ in marks], dates)
        for (_, is_derived), title in zip(marks, titles, strict=True):
            if is_derived:
                out.append((None, None, title, "derived"))
                continue
            period, _ = resolve(title, doc.cal, fy_end)
            relative = _RELATIVE_YEAR.match(title) if title[:1] in "PpCcTt" else None
            if relative and fy_end and not (may_hold_year(title) and resolve(title, doc.cal)[0]):
                period = doc.cal.span(fy_end, 12).shifted(-1 if relative.group("previous") else 0)
            if period is None:
                return None
            scenario = "forecast" if _FORECASTISH.search(title) else None
            out.append((period, scenario, title, None))
        if not phrases:
            return out
        qualifiers = [_QUALIFIER.match(header, m.end()) for m in phrases] if may_hold(header, _QUALIFIER_WORDS) else []
        return _with_stacked_scenarios(header, phrases[0].start(), phrases[-1].start(), out, qualifiers)
    if count == 1 and table_period is not None:
        return [(table_period, None, header[-60:], None)]
    return None


# Layout family: supplementary materials and presentations breaking a year down by quarter, their
# columns '1Q 2Q 3Q 4Q Full year' (or 'Q1 ... Q4 Total'), often over month spans '(Apr.-Jun.)', under
# the year's own line ('Fiscal year ended March 31, 2025'). A bare marker is cumulative in a tanshin
# (periods.marked_period); these quarters are the contract's stand-alone ones only where the document
# shows them so: three-month spans under the markers, or a 'stand-alone'/'three months' heading.
_QUARTER_MARK = re.compile(r"(?<![\w/])(?:[1-4]Q|Q[1-4]|[12]H|H[12])(?![\w/])")
# A month span's names are read through OCR's confusions ('JuI.', '0ct.'), as the text's repair leaves them.
_MONTH_SPAN = re.compile(r"\(\s*([A-Z0][A-Za-z01]{2,8})\.?\s*[-–~]\s*([A-Z0][A-Za-z01]{2,8})\.?\s*\)")
_OCR_MONTH = str.maketrans("I10", "llO")
_YEAR_COLUMN = ci(r"\b(?:FY|full[- ]year|annual|total|fiscal\s+year)\b")
_STAND_ALONE = ci(r"stand[- ]?alone|\b(?:three|3)[- ]months?\b|non[- ]cumulative")
_CUMULATIVE = ci(r"\bcumulative")


def _quarter_columns(
    table: Table, count: int, fy_end: date | None, doc: Doc
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Columns titled by consecutive quarter markers, then optionally the year's total: each quarter
    of the year the header's line names (else the table's), stand-alone or cumulative as the document
    shows it (:func:`_stand_alone`); not read where it shows neither. A column whose period has not
    ended by the release's date is a forecast."""
    header = table.header
    if "Q" not in header or count < 2:
        return None
    marks = list(_QUARTER_MARK.finditer(header))
    halves = _half_subtotals(marks)
    if halves is None:
        return None
    quarter_marks = [m for m in marks if "H" not in m.group(0)]
    quarters = [int(m.group(0).strip("Q")) for m in quarter_marks]
    if not quarters or quarters != list(range(quarters[0], quarters[0] + len(quarters))):
        return None
    rest = header[marks[-1].end() :]
    spans = list(_MONTH_SPAN.finditer(rest))
    total = _YEAR_COLUMN.search(rest, 0, spans[0].start() if spans else len(rest))
    if len(marks) + (total is not None) != count:
        return None
    year_end = fy_end_phrase(header[: marks[0].start()], doc.cal) or fy_end
    if year_end is None:
        return None
    if halves and len(spans) == len(marks):
        spans = [s for s, m in zip(spans, marks, strict=True) if "H" not in m.group(0)]
    # Half-year subtotals between the quarters show them stand-alone (a cumulative 2Q would be the 1H).
    stand_alone = _stand_alone(table, spans, quarters, year_end) if spans or not halves else True
    if stand_alone is None:
        return None
    periods = [
        Period(
            add_months(year_end, 3 * q - 15 if stand_alone else -12) + timedelta(days=1),
            add_months(year_end, 3 * q - 12),
            m.group(0),
        )
        if "H" not in m.group(0)
        else _half(year_end, m.group(0))
        for m in marks
        for q in [int(m.group(0).strip("QH"))]
    ]
    if total:
        periods.append(replace(doc.cal.span(year_end, 12), label=total.group(0)))
    future = doc.published_on
    return [
        (p, "forecast" if future is not None and p.end > future else None, p.label or "", None) for p in periods
    ]


def _half_subtotals(marks: list[re.Match[str]]) -> bool | None:
    """Whether quarter markers hold half-year subtotals, each right after its half's two quarters ('1Q 2Q
    1H 3Q 4Q 2H', 'Q1 Q2 H1 Q3 Q4 H2'); None where a half marker stands anywhere else."""
    seen: list[int] = []
    halves = False
    for m in marks:
        text = m.group(0)
        n = int(text.strip("QH"))
        if "H" in text:
            if seen[-2:] != [2 * n - 1, 2 * n]:
                return None
            halves = True
        else:
            seen.append(n)
    return halves


def _half(year_end: date, title: str) -> Period:
    """The first half (cumulative, as a half-year's results are) or the second half (its own six months)."""
    first = add_months(year_end, -12) + timedelta(days=1)
    if title.strip("H") == "1":
        return Period(first, add_months(year_end, -6), title)
    return Period(add_months(year_end, -6) + timedelta(days=1), year_end, title)


def _stand_alone(table: Table, spans: list[re.Match[str]], quarters: list[int], year_end: date) -> bool | None:
    """Whether quarter columns are stand-alone (True) or cumulative (False), as the document shows:
    month spans, one to a quarter, each the quarter's own three months ('(Jul.-Sep.)') or running
    from the year's first month ('(Apr.-Sep.)'); else the headings' words. None where nothing shows it,
    or the spans match neither reading."""
    if spans:
        if len(spans) != len(quarters):
            return None
        first_month = add_months(year_end, -11).month
        starts = [month_number(s.group(1).translate(_OCR_MONTH)) for s in spans]
        ends = [month_number(s.group(2).translate(_OCR_MONTH)) for s in spans]
        own = [(first_month + 3 * q - 4) % 12 + 1 for q in quarters]
        last = [(first_month + 3 * q - 2) % 12 + 1 for q in quarters]
        if ends != last:
            return None
        if starts == own:
            return True
        return False if all(s == first_month for s in starts) else None
    for text in (table.context, table.header):
        if _STAND_ALONE.search(text):
            return True
        if _CUMULATIVE.search(text):
            return False
    return None


# Layout family: summary tables titling their period columns on one header line ('FY3/2024 FY3/2025
# FY3/2026') and each column's scenario on the next ('Results Results YoY Forecast YoY', '(Results)
# (Plan) (Targets)'), or on the line above. The joined header prints every title, then every scenario
# word (or the reverse): they pair in order, derived columns ('YoY') skipped, as the period columns do.
_STACKED_SCENARIO = ci(
    r"\b(?:(?P<actual>results?|actual)|forecasts?|(?:(?:medium|mid)[- ]?term\s+)?(?:plan|targets?)|goals?|outlook"
    r"|estimates?)\b"
)
_STACKED_WORDS = ("result", "actual", "forecast", "plan", "target", "goal", "outlook", "estimate")


# Layout family: presentation forecast tables whose two-line column titles put the forecast's kind
# beside the year and 'Forecast' on the next line ('FY2025 Previous   FY2025 Revised' over 'Forecast
# (May)   Forecast (Oct.)'): the word right after a column's year says which forecast it is.
_QUALIFIER = ci(r"\s+(?:(?P<previous>previous|initial|original)|revised|latest|new)\b")
_QUALIFIER_WORDS = ("previous", "initial", "original", "revised", "latest", "new")


def _with_stacked_scenarios(
    header: str,
    first: int,
    last: int,
    columns: list[tuple[Period | None, str | None, str, str | None]],
    qualifiers: list[re.Match[str] | None] | None = None,
) -> list[tuple[Period | None, str | None, str, str | None]]:
    """`columns` with the scenarios a line of their own gives them: the scenario words after the last
    column title's start (`last`), or else before the first one's (`first`), one to each period column,
    when none sits among the titles (titles of a one-line header carry their own, read from each title).
    A forecast column whose year a `qualifiers` word follows (see _QUALIFIER) is the previous or the
    revised forecast."""
    if not may_hold(header, _STACKED_WORDS) or _STACKED_SCENARIO.search(header, first, last):
        return columns
    words = list(_STACKED_SCENARIO.finditer(header, last)) or list(_STACKED_SCENARIO.finditer(header, 0, first))
    periodic = [n for n, column in enumerate(columns) if column[3] != "derived"]
    if len(words) != len(periodic):
        return columns
    out = list(columns)
    for k, (n, word) in enumerate(zip(periodic, words, strict=True)):
        period, _, title, role = out[n]
        qualifier = qualifiers[k] if qualifiers and len(qualifiers) == len(periodic) else None
        if word.group("actual"):
            out[n] = (period, "actual", f"{title} {word.group(0)}", role)
        elif qualifier is not None:
            previous = qualifier.group("previous") is not None
            scenario, role = ("previous_forecast", "previous") if previous else ("forecast", "revised")
            out[n] = (period, scenario, f"{title}{qualifier.group(0)} {word.group(0)}", role)
        else:
            out[n] = (period, "forecast", f"{title} {word.group(0)}", role)
    return out


def _unbracketed(phrases: list[re.Match[str]], header: str) -> list[re.Match[str]] | None:
    """The period phrases outside brackets, when some phrase is outside and some inside one (None
    otherwise). Layout family: results tables titling their columns relative to the year, with each
    title's period on a second line ('Previous fiscal year Current fiscal year' over '(FY2022: Apr. 1,
    2022 - Mar. 31, 2023) (FY2023: ...)'): a bracketed phrase qualifies a title, it is no column of its own."""
    outside = [m for m in phrases if header.rfind("(", 0, m.start()) <= header.rfind(")", 0, m.start())]
    return outside if outside and len(outside) < len(phrases) else None


_SPAN_DASH = re.compile(r"\s?[-–~]\s?")


def _bracketed_spans(header: str, dates: list[tuple[date, int, int]]) -> bool:
    """Whether the dates pair into bracketed spans ('(FY2022: Apr. 1, 2022 - Mar. 31, 2023)'): two dates
    to a column, not one each (a dash between two dates outside brackets is a blank column of its own)."""
    if len(dates) % 2:
        return False
    for (_, start, end), (_, after, _) in zip(dates[::2], dates[1::2], strict=True):
        if not _SPAN_DASH.fullmatch(header, end, after) or header.rfind("(", 0, start) <= header.rfind(")", 0, start):
            return False
    return True


# Sub-columns under each period of a metrics-as-rows results table ('Previous fiscal year | Current
# fiscal year | Year-on-year change' over 'Amount | Ratio to net sales (%)' pairs): the amount is the
# period's figure, a ratio or a percentage is derived.
_SUB_COLUMN = ci(r"\bamount\b|\b(?:ratio|composition|share|change|margin)\b[^()]{0,30}?\(%\)|\(%\)")


def _amount_columns(
    header: str, count: int, table_period: Period | None, fy_end: date | None, doc: Doc
) -> list[tuple[Period | None, str | None, str, str | None]] | None:
    """Columns of a header whose last line names each period's sub-columns ('Amount', 'Ratio to net
    sales (%)'): the n-th 'Amount' is the n-th period (or derived) title's, every other sub-column derived."""
    if count < 3 or not may_hold(header, ("amount",)):
        return None
    first = ci(r"\bamount\b").search(header)
    if first is None:
        return None
    subs = list(_SUB_COLUMN.finditer(header, first.start()))
    amounts = [m for m in subs if m.group(0).lower() == "amount"]
    if len(subs) != count or len(amounts) == count:
        return None
    groups = _column_periods(header[: first.start()], len(amounts), table_period, fy_end, doc)
    if groups is None:
        return None
    out: list[tuple[Period | None, str | None, str, str | None]] = []
    group = iter(groups)
    for m in subs:
        if m.group(0).lower() == "amount":
            period, scenario, label, role = next(group)
            out.append((period, scenario, f"{label} amount", role))
        else:
            out.append((None, None, m.group(0), "derived"))
    return out


def _column_titles(header: str, marks: list[re.Match[str]], dates: list[tuple[date, int, int]]) -> list[str]:
    """Each column's title. Where the header prints dates (`dates`, as :func:`find_dates` reads them),
    a title runs from its phrase to the next column's (or to the unit row after the last), so that
    'Three months ended June 30, 2023' is read with its date: the phrase alone would put both years'
    columns in the current year. A title holding two dates belongs to a header interleaved line by line
    ('Three months ended' twice, then both dates): there the n-th period phrase takes the n-th date
    when they are as many ('Fiscal year ended Fiscal year ended' over 'March 31, 2023 March 31, 2024
    Change Change (%)': one date per column, not the current year twice), else each phrase is read alone."""
    phrases = [m.group(0) for m in marks]
    if not dates:
        return phrases
    titles, starts = [], [start for _, start, _ in dates]
    for m, end in zip(marks, [*(m.start() for m in marks[1:]), len(header)], strict=True):
        if sum(m.start() <= start < end for start in starts) > 1 and _interleaved(marks, dates):
            return _interleaved_dates(header, marks, dates)
        unit = UNIT_RE.search(header, m.start(), end) if may_hold(header[m.start() : end], _UNIT_WORDS) else None
        titles.append(header[m.start() : unit.start() if unit else end].strip())
    return titles


def _interleaved(marks: list[re.Match[str]], dates: list[tuple[date, int, int]]) -> bool:
    """Whether every period phrase precedes the first date (a header interleaved line by line), not a
    title holding its own range ('Current fiscal year (From April 1, 2023 to March 31, 2024)')."""
    return all(m.end() <= dates[0][1] for m in marks if not _DERIVED_COLUMN.fullmatch(m.group(0)))


def _interleaved_dates(header: str, marks: list[re.Match[str]], dates: list[tuple[date, int, int]]) -> list[str]:
    """Titles of a header interleaved line by line: each period phrase with its own date, in order
    (derived titles, 'Change', stay as they are); the bare phrases when phrases and dates differ in number."""
    phrases = [m.group(0) for m in marks]
    periodic = [n for n, m in enumerate(marks) if not _DERIVED_COLUMN.fullmatch(m.group(0))]
    if len(dates) == 2 * len(periodic) and _bracketed_spans(header, dates):  # a span to a title, on the second line
        spans = [(dates[2 * k][1], dates[2 * k + 1][2]) for k in range(len(periodic))]
    elif len(periodic) == len(dates):
        spans = [(start, end) for _, start, end in dates]
    else:
        return phrases
    for n, (start, end) in zip(periodic, spans, strict=True):
        phrases[n] = f"{phrases[n]} {header[start:end]}"
    return phrases


_CLAUSE_BREAK = re.compile(r"(?<=[.;])\s+")


def _nearest_period(before: str, doc: Doc) -> tuple[Period | None, str]:
    """The period named by the sentence closest before a statement ('adjusted results for 1H18 were
    as follows:'), with that sentence as context."""
    sentences = [s for s in _CLAUSE_BREAK.split(before[-600:]) if s.strip()]
    for sentence in reversed(sentences[-3:]):
        period, _ = resolve(sentence, doc.cal)
        if period is not None:
            return period, sentence
    return None, ""


_PROSE_FIGURE = re.compile(
    r"(?P<label>[A-Z][A-Za-z ()]{3,80}?)\s*(?P<sep>:|of|was|were|totall?ed|amounted\s+to)\s*(?P<cur>JPY\s?|¥\s?"
    r"|\\\s?)(?P<num>[△▲\-]?\(?\d[\d,]*(?:\.\d+)?\)?)\s*(?P<unit>billion|million|thousand)?",
)
# What every _PROSE_FIGURE match holds after its label; a scan for it opens on the separators' first characters.
_SEP_CURRENCY = re.compile(r"(?::|of|was|were|totall?ed|amounted\s+to)\s*(?:JPY\s?|¥\s?|\\\s?)[△▲\-]?\(?\d")


_PART_OF_GROUP = ci(r"segment|division|business|region|overseas|domestic|subsidiar|Japan|America|Europe|Asia|China")


def prose_figures(doc: Doc, tabled: list[dict] | None = None) -> list[dict]:
    """'Operating profit: JPY2,300 million' statements, placed by the period the paragraph names;
    and the running sentences of a press release: all their figures where no table stated one, else
    the forecasts the `tabled` figures leave out (:func:`_beside_tables`)."""
    out = _sentence_figures(doc, beside_tables=bool(tabled))
    if out and tabled:
        out = _beside_tables(out, tabled, doc)
    if "JPY" not in doc.text and "¥" not in doc.text and "\\" not in doc.text:
        return _with_ordinary_standard(out)  # no paragraph can print an amount
    for text, offset in paragraphs(doc.text):
        if "JPY" not in text and "¥" not in text and "\\" not in text:
            continue
        if not _SEP_CURRENCY.search(text):
            continue  # no amount after a separator: the label scan (tried at every capital) cannot match
        hits = list(_PROSE_FIGURE.finditer(text))
        if not hits:
            continue
        period, context = _nearest_period(text[: hits[0].start()], doc)
        if period is None:
            continue
        adjusted = bool(ci(r"adjust|re-?allocat|excluding|pro\s+forma").search(context))
        scenario = "adjusted_actual" if adjusted else ("forecast" if _FORECASTISH.search(context) else "actual")
        for m in hits:
            metric = metric_of(m.group("label"))
            if metric is None:
                continue
            per_share = metric == "eps_basic"
            scale = 1.0 if per_share else scale_of(m.group("unit") or "")
            if not per_share and not m.group("unit"):
                continue
            if (m.group("sep") != ":" and not adjusted) or _PART_OF_GROUP.search(m.group("label")):
                continue  # running prose about segments or regions restates or splits the tables
            value = parse_number(m.group("num"))
            if value is None:
                continue
            start = offset + m.start("num")
            pseudo = Cell(m.group("num"), start, start + len(m.group("num")), value)
            table = Table(context=context, header="", units=())
            fact = _figure(doc, table, metric, period, scenario, None, pseudo, scale, False, m.group("label"), None)
            fact["period_label"] = period.label or period_phrase(context, "")
            out.append(fact)
    return _with_ordinary_standard(out)


_ORDINARY_IN_PROSE = Evidence("J-GAAP", "the release states ordinary profit, which exists only under J-GAAP")


# Layout family: results releases with a results table and an outlook paragraph ('For the fiscal year
# ending March 31, 2026, we forecast net sales of ¥120.0 billion and operating profit of ¥8.5 billion'):
# the sentences' forecasts are facts beside the tables'. Their results only restate the tables (or a
# segment's figures): not read.
_SENTENCE_SCENARIOS = ("forecast", "previous_forecast")
_PRINTED_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _beside_tables(facts: list[dict], tabled: list[dict], doc: Doc) -> list[dict]:
    """The sentences' forecasts no table states; one a table states too is the table's, and a
    sentence that gives it another value (beyond its own rounding) is warned about."""
    stated: dict[tuple, list[dict]] = {}
    for fact in tabled:
        stated.setdefault(_forecast_key(fact), []).append(fact)
    out = []
    for fact in facts:
        if fact["scenario"] not in _SENTENCE_SCENARIOS:
            continue
        same = stated.get(_forecast_key(fact))
        if not same:
            out.append(fact)
        elif not any(_agrees(fact, table_fact) for table_fact in same):
            doc.warn(
                f"The text states the {fact['scenario'].replace('_', ' ')} of {_column_label(fact['metric'])} for "
                f"{fact['period_start']} to {fact['period_end']} as {fact['provenance']['text']!r} (line "
                f"{fact['provenance']['line_start']}), a table as {same[0]['value'] or same[0]['range_low']}: "
                "kept the table's figure; check which is right."
            )
    return out


def _forecast_key(fact: dict) -> tuple:
    return fact["metric"], fact["period_start"], fact["period_end"], fact["scenario"]


def _agrees(prose: dict, table: dict) -> bool:
    """Whether a sentence's figure is the table's, as rounded to the digits the sentence prints
    ('¥8.5 billion' for 8,480 million yen)."""
    tolerance = _rounding(prose)
    for name in ("value", "range_low", "range_high"):
        a, b = prose[name], table[name]
        if (a is None) != (b is None) or (a is not None and abs(a - b) > tolerance):
            return False
    return True


def _rounding(fact: dict) -> float:
    """Half a unit of the last digit a prose figure prints, in yen."""
    printed = _PRINTED_NUMBER.search(fact["provenance"]["text"])
    amount = fact["value"] if fact["value"] is not None else fact["range_low"]
    number = float(printed.group(0).replace(",", "")) if printed else 0.0
    if not number or amount is None:
        return 0.0
    return abs(amount) / number * 0.5 * 10 ** -len(printed.group(1) or "")


def _with_ordinary_standard(facts: list[dict]) -> list[dict]:
    """Prose that states ordinary profit among its figures states J-GAAP figures (as a table with it
    is J-GAAP throughout): those with no standard of their own are J-GAAP. Layout family: press
    releases stating a revision in sentences, with no standard marker."""
    if any(f["metric"] == "ordinary_profit" for f in facts):
        for fact in facts:
            if fact["accounting_standard"] is None:
                fact["accounting_standard"] = _ORDINARY_IN_PROSE.standard
                fact["accounting_standard_evidence"] = _ORDINARY_IN_PROSE.evidence
    return facts


# Press-release family (IR-site releases that state figures only in running prose): 'Net sales rose
# 5.2% year on year to ¥1,234.5 billion', 'operating profit of ¥8.6 billion, up 12.1%', 'raised its
# forecast of net sales to ¥2,550 billion from ¥2,480 billion'. Strict: an amount counts only with a
# currency and a money unit (percentages and bare numbers never), and belongs to the metric named
# before it in the same sentence with no other metric between them.
_NUMBER = r"[△▲\-]?\d[\d,]*(?:\.\d+)?"
_PROSE_AMOUNT = re.compile(
    rf"(?:JPY|¥|\\)\s?(?P<a>{_NUMBER})\s?(?P<ua>billion|million|thousand)\b(?:\s+yen\b)?"
    rf"|(?<![\w.,])(?P<b>{_NUMBER})\s?(?P<ub>billion|million|thousand)\s+(?:yen|JPY)\b"
)
_PROSE_UNITS = ("billion", "million", "thousand")
# A per-share amount ('118.45 yen', '¥118.45'; not '¥1.2 billion'): earnings per share stated in prose
# ('Basic earnings per share is expected to be 118.45 yen (previous forecast: 92.28 yen)'). The empty
# unit groups keep the shape of _PROSE_AMOUNT's matches (scale 1).
_SHARE_AMOUNT = re.compile(
    rf"(?:JPY|¥|\\)\s?(?P<a>{_NUMBER})(?![\d,.]|\s?(?:billion|million|thousand)\b)(?P<ua>)"
    rf"|(?<![\w.,])(?P<b>{_NUMBER})\s?yen\b(?P<ub>)"
)
_SENTENCE_FORECAST = ci(r"forecast|outlook|guidance|expect|project|anticipat|\bplan|\btarget|will\s+(?:reach|be)")
# A forecast word governing the metric: 'its forecast of net sales', 'the Company expects net sales'.
_GOVERNED_BEFORE = ci(
    r"(?:forecasts?|outlook|targets?|guidance|plan)\s+(?:of|for)\s+(?:the\s+|its\s+)?"
    r"(?:full[- ]year\s+|consolidated\s+)?$"
    r"|(?:expects?|projects?|forecasts?|targets?|anticipates?)\s+(?:full[- ]year\s+|consolidated\s+)?$"
)
# A verb of reported results between a metric and its amount: a forecast word earlier in the sentence
# does not make the amount a forecast ('Compared with the forecast, net sales were ¥123.4 billion').
_REPORTED = ci(
    r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|was|were|totall?ed|amounted|recorded|posted)\b"
)
_KEPT = ci(r"unchanged|no\s+change|not\s+(?:been\s+)?(?:changed|revised)|remains?|maintain|reaffirm")
# Just before an amount: the value a change starts from (a previous forecast, or last year's result).
_FROM_BEFORE = ci(r"\bfrom\s*$")
# Around an amount: it is a change ('decreased by ¥500 million', 'rose ¥1.2 billion to ...', 'an increase
# of ¥5 billion', 'a ¥1.2 billion increase'), not a figure.
_CHANGE_BEFORE = ci(
    r"(?:\bby|\b(?:increase|decrease|rise|decline|improvement|deterioration|reduction|growth|drop|change)\s+of"
    r"|\b(?:rose|fell|grew|increased|decreased|declined|improved|dropped|jumped|climbed|gained|up|down))"
    r"\s*(?:JPY|¥|\\|)\s?$"
)
_CHANGE_AFTER = ci(r"\s+(?:increase|decrease|rise|decline|improvement|higher|lower|more|less)\b")
# Between two amounts: a range ('¥2,500 billion to ¥2,600 billion').
_RANGE_BETWEEN = re.compile(r"\s*(?:to|~|〜|～|–|-|and)\s*")
_MENTION_CONTEXT = 40
# Forecast ranges and previous forecasts stated in prose (layout family: press releases of revisions).
# A range's lower bound printed bare before the unit-bearing upper one ('expected to be from 30,000 to
# 32,000 million yen', 'between 1,500 and 2,000 million yen'): 'from' here opens a range (after 'be',
# 'range'), not the forecast a revision replaces ('revised from ¥35,000 million to ...').
_BARE_LOW = re.compile(
    rf"(?:\b(?:be|ranges?|ranging)\s+from|\bbetween)\s+(?P<n>{_NUMBER})\s*(?:to|~|〜|～|–|-|and)\s*$", re.IGNORECASE
)
_RANGE_FROM = ci(r"(?:\b(?:be|ranges?|ranging)\s+from|\bbetween)\s*$")
# The amount a revision replaces named as such: 'the previous forecast of ¥35,000 million',
# '(previous forecast: 3,200 million yen)', 'the initial forecast was ...'.
_PREVIOUS_BEFORE = ci(
    r"\b(?:previous(?:ly\s+announced)?|prior|initial|original)\s+(?:forecasts?|outlook|guidance|plan|targets?)"
    r"\s*(?:of|:|was|were|had\s+been)?\s*$"
)


def _metric_mentions(sentence: str) -> list[tuple[int, int, str | None]]:
    """(start, end, metric) of every metric the sentence names (None for ones not ours: diluted EPS,
    profit for the period), earlier PHRASES first where two overlap; ratio and margin wording skipped."""
    spans: list[tuple[int, int, str | None]] = []
    lower = folded(sentence)
    for (metric, rx), words in zip(PHRASES, _PHRASE_WORDS, strict=True):
        for m in rx.finditer(sentence) if holds(lower, words) else ():
            start, end = m.span()
            if any(a < end and start < b for a, b, _ in spans):
                continue
            if _RATIO_AFTER.match(sentence, end) or ci(r"\s*margins?\b").match(sentence, end):
                metric_here: str | None = None
            else:
                metric_here = metric
            spans.append((start, end, metric_here))
    return sorted(spans)


def _sentence_figures(doc: Doc, beside_tables: bool = False) -> list[dict]:
    """Figures stated in running sentences, each placed by the period its sentence names, else (an
    actual) the release's own period or (a forecast) the period of the forecast sentence before it
    or the current fiscal year. An amount after 'from' is the forecast a revision replaces
    (previous_forecast) or, for results, last year's figure (not read); a range is read as a
    forecast's bounds and never as an actual. `beside_tables`: only forecasts whose sentence names
    their period or stands in an outlook section (a revision's reasons restate its table's figures,
    of a half year or as 'a loss of', with no period of their own)."""
    out: list[dict] = []
    lower = lowered(doc.text)
    if not may_hold(doc.text, _PROSE_UNITS) or ("¥" not in lower and "jpy" not in lower and "yen" not in lower):
        return out
    if beside_tables and not any(_may_state_forecast(sentence, lower) for sentence, _ in doc.sentences):
        return out  # most releases with tables: no sentence states a forecast amount, no outlook to track
    forecast_period: tuple[Period, str | None] | None = None
    outlook: Outlook | None = None  # the outlook section the sentences are in
    passed = 0  # the end of the text read for headings
    for sentence, offset in doc.sentences:
        if offset >= passed:
            outlook = _section_after(doc.text[passed : _heading_end(doc.text, offset, sentence)], outlook, doc)
        passed = max(passed, offset + len(sentence))
        money = may_hold(sentence, _PROSE_UNITS)
        if not money and "hare" not in sentence:
            continue
        amounts = list(_PROSE_AMOUNT.finditer(sentence)) if money else []
        shares = list(_SHARE_AMOUNT.finditer(sentence)) if "hare" in sentence else []
        if not amounts and not shares:
            continue
        mentions = _metric_mentions(sentence)
        if not mentions:
            continue
        named = _named_period(sentence, doc)
        forecast_sentence = _SENTENCE_FORECAST.search(sentence)
        for n, (start, end, metric) in enumerate(mentions):
            if metric is None:
                continue
            stop = mentions[n + 1][0] if n + 1 < len(mentions) else len(sentence)
            mine = [m for m in (shares if metric == "eps_basic" else amounts) if end <= m.start() < stop]
            if not mine or _PART_OF_GROUP.search(sentence, max(0, start - _MENTION_CONTEXT), mine[0].start()):
                continue  # no amount, or a segment's or region's figure
            link = sentence[end : mine[0].start()]
            forecast = bool(
                _GOVERNED_BEFORE.search(sentence, max(0, start - 40), start)
                or _SENTENCE_FORECAST.search(link)
                or (forecast_sentence and forecast_sentence.start() < mine[0].start() and not _REPORTED.search(link))
            )
            forecast = forecast or _yet_to_end(named, outlook is not None, doc)
            if beside_tables and not (forecast and (named or outlook)):
                continue
            if forecast and outlook:
                placed = named or _outlook_year(outlook, forecast_period, doc)
            elif forecast:
                placed = named or forecast_period or _current_year(doc)
            else:
                placed = named or _own_period(doc)
            if placed is None:
                continue
            if forecast:
                forecast_period = placed
            label = sentence[start:end]
            for fact in _sentence_facts(doc, sentence, offset, mine, forecast, placed[0], metric, label):
                fact["period_label"] = placed[0].label or placed[1]
                out.append(fact)
    return out


# What a forecast sentence (:data:`_SENTENCE_FORECAST`, a period 'ending') or an outlook section holds.
_FORECAST_CUES = (
    "forecast", "outlook", "guidance", "expect", "project", "anticipat", "plan", "target", "will", "ending"
)


def _may_state_forecast(sentence: str, lower_text: str) -> bool:
    """Whether a sentence may state a forecast: it prints a yen amount ('¥8.5 billion', '612,000 million
    yen') and names a metric, with a forecast word, or in a release that has an outlook section."""
    if not may_hold(sentence, _PROSE_UNITS):
        return False
    cued = may_hold(sentence, _FORECAST_CUES) or "outlook" in lower_text or "guidance" in lower_text
    return cued and bool(_PROSE_AMOUNT.search(sentence)) and bool(_metric_mentions(sentence))


# Layout family: results releases and press releases with an outlook section, '3. Outlook for the Fiscal
# Year Ending March 31, 2026', 'Business outlook', 'Earnings Outlook for FY2025', 'Forecasts for fiscal
# 2025': the figures stated under it are forecasts. A short heading of other words (no figures) ends it.
_NUMBERING = r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[IVX]{1,4}\.|[■●◆・*-])?\s*"
_OUTLOOK_HEADING = ci(
    _NUMBERING + r"(?:[A-Za-z][\w-]*\s+){0,3}?(?:outlooks?|forecasts?|guidance)\b"
    r"(?!\s+(?:and|vs\.?|versus)\s+(?:actual|results?))"
)
_HEADING = re.compile(_NUMBERING + r"(?P<words>[A-Z][^.:;!?]{2,78})$")
_OPENING_NUMBER = re.compile(_NUMBERING)  # what may precede a heading on its line ('3. ')


def _section_after(gap: str, outlook: Outlook | None, doc: Doc) -> Outlook | None:
    """The outlook section the prose after `gap` (the text between two sentences) is in: its heading's
    period and period phrase (None, None when the heading names none); None for no outlook section."""
    if "\n" not in gap:
        return outlook
    if outlook is None and not may_hold(gap, ("outlook", "forecast", "guidance")):
        return None
    for line in gap.splitlines():
        if len(line) > 90 or not line.strip():
            continue
        if _OUTLOOK_HEADING.match(line) and not _COMPARISON.search(line):
            outlook = resolve(line, doc.cal)[0], _phrase_of(line)
        elif outlook is not None and (m := _HEADING.match(line)) and value_count(m.group("words")) == 0:
            outlook = None
    return outlook


def _outlook_year(
    outlook: Outlook, before: tuple[Period, str | None] | None, doc: Doc
) -> tuple[Period, str | None] | None:
    """The period of a forecast sentence that names none under an outlook heading: the heading's, else
    the forecast sentence's before it, else the first fiscal year not ended by the release's date (a
    results release's outlook is for the year after the one it reports)."""
    if outlook[0] is not None:
        return outlook[0], outlook[1]
    current = before or _current_year(doc)
    if current and doc.published_on and current[0].end <= doc.published_on and doc.cal.fye_month:
        end = doc.cal.fy_end_for(add_months(current[0].end, 12))
        return (doc.cal.span(end, 12), None) if end else None
    return current


def _heading_end(text: str, offset: int, sentence: str) -> int:
    """Where the headings before a sentence end: a short first line of it is a heading the sentence
    reader joined to the prose below it ('Business outlook' over 'Net sales are ¥55.5 billion ...'). A
    sentence that starts mid-line after another ('... segment. Ordinary profit is expected' / 'to be ...')
    has none."""
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start < offset and not _OPENING_NUMBER.fullmatch(text, line_start, offset):
        return offset
    end = text.find("\n", offset, offset + len(sentence))
    return end + 1 if end != -1 and end - offset <= 90 and text.count(" ", offset, end) < 10 else offset


def _yet_to_end(named: tuple[Period, str | None] | None, in_outlook: bool, doc: Doc) -> bool:
    """Whether a sentence's figures are forecasts whatever its verb ('net sales are ¥191.0 billion'):
    its period ends after the release's date, or it names none and stands under an outlook heading."""
    if named is None or doc.published_on is None:
        return in_outlook
    return named[0].end > doc.published_on


def _named_period(text: str, doc: Doc) -> tuple[Period, str | None] | None:
    period, _ = resolve(text, doc.cal)
    return (period, _phrase_of(text)) if period else None


def _own_period(doc: Doc) -> tuple[Period, str | None] | None:
    """The period the release reports on: its title's, else the first its prose names."""
    found = _named_period(doc.identity.title, doc) if doc.identity.title else None
    return found or next(filter(None, (_named_period(s, doc) for s, _ in doc.sentences)), None)


def _current_year(doc: Doc) -> tuple[Period, str | None] | None:
    end = doc.cal.current_fy_end
    return (doc.cal.span(end, 12), None) if end and doc.cal.fye_month else None


_TO_YEAR = re.compile(r".*?(?:19|20)\d\d")


def _phrase_of(text: str) -> str | None:
    """The period phrase a sentence or title names, up to its year ('six months ended September 30, 2024')."""
    m = _PERIOD_PHRASE.search(text)
    if not m:
        return None
    year = _TO_YEAR.match(m.group(0))
    return (year.group(0) if year else m.group(0)).strip(" ,")


def _sentence_facts(
    doc: Doc,
    sentence: str,
    offset: int,
    amounts: list[re.Match[str]],
    forecast: bool,
    period: Period,
    metric: str,
    label: str,
) -> list[dict]:
    """The value (first amount not after 'from'), and for a forecast the value it replaces. A forecast
    the sentence withdraws no longer stands: its amounts are the previous forecast only."""
    out: list[dict] = []
    withdrawn = forecast and _withdrawn(sentence)
    if withdrawn:
        doc.warn(
            f"The forecast in {sentence[:80]!r} is withdrawn: its amounts are given as the previous forecast, "
            "and no forecast stands for that period."
        )
    value_taken = False
    bound = -1  # the index of a range's upper bound, read with its lower one
    for k, m in enumerate(amounts):
        if k == bound:
            continue
        opens_range = forecast and _RANGE_FROM.search(sentence, max(0, m.start() - 16), m.start())
        replaced = withdrawn or (
            not opens_range
            and bool(
                _FROM_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                or (forecast and _PREVIOUS_BEFORE.search(sentence, max(0, m.start() - 40), m.start()))
            )
        )
        upper = amounts[k + 1] if k + 1 < len(amounts) else None
        ranged = not replaced and upper is not None and _RANGE_BETWEEN.fullmatch(sentence, m.end(), upper.start())
        bare_low = _BARE_LOW.search(sentence, max(0, m.start() - 40), m.start()) if forecast and not ranged else None
        if opens_range and not ranged:
            continue  # a range's lower bound whose upper one the sentence (cut by the text's layout) lacks
        if replaced and not forecast:
            continue  # last year's result, cited for comparison
        if _CHANGE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) or _CHANGE_AFTER.match(sentence, m.end()):
            continue
        if (value_taken and not replaced) or (ranged and not forecast):
            break  # a second amount of one metric (a part of it), or a range stated as results
        scenario = "previous_forecast" if replaced else ("forecast" if forecast else "actual")
        fact = _sentence_fact(doc, sentence, offset, m, scenario, period, metric, label)
        if bare_low and not replaced and fact["value"] is not None:
            low = _scaled(parse_number(bare_low.group("n")), scale_of(m.group("ua") or m.group("ub")))
            if low is not None:
                fact["range_low"], fact["range_high"] = sorted((low, fact["value"]))
                fact["value"] = None
        elif ranged and upper is not None:
            bound = parse_number(upper.group("a") or upper.group("b"))
            high = _scaled(bound, scale_of(upper.group("ua") or upper.group("ub")))
            if fact["value"] is not None and high is not None:
                fact["range_low"], fact["range_high"] = sorted((fact["value"], high))
                fact["value"] = None
        out.append(fact)
        value_taken = value_taken or not replaced
        if ranged:
            bound = k + 1  # the forecast a range replaces may follow it ('(previous forecast: ...)')
    return out


# Layout family: notices that change the fiscal year-end or report an event whose effect cannot be
# measured: 'The ... forecasts ... announced on May 12, 2025 will be withdrawn', 'the Company withdraws
# (retracts) its forecasts'. The verb must take the forecast: 'the withdrawal from the solar business'
# beside a forecast's amount leaves it standing.
_WITHDRAWN = ci(
    r"forecasts?\b(?:[^.;]|\.(?=\d)){0,240}?\b(?:be|been|is|are|was|were)\s+(?:hereby\s+)?(?:withdrawn|retracted)\b"
    r"|\b(?:withdr[ae]w(?:s|ing)?|retract(?:s|ed|ing)?)\s+(?:its|the|our|their)\s(?:[^.;]|\.(?=\d)){0,120}?forecasts?\b"
)


def _withdrawn(sentence: str) -> bool:
    return ("withdr" in sentence or "retract" in sentence or "Withdr" in sentence) and bool(_WITHDRAWN.search(sentence))


def _sentence_fact(
    doc: Doc, sentence: str, offset: int, m: re.Match[str], scenario: str, period: Period, metric: str, label: str
) -> dict:
    group = "a" if m.group("a") else "b"
    number = m.group(group)
    value = parse_number(number)
    if value is not None and value > 0 and label.lower().endswith("loss"):
        value = -value  # 'an operating loss of ¥3.2 billion'
    start = offset + m.start(group)
    cell = Cell(number, start, start + len(number), value)
    table = Table(context=sentence, header="", units=())
    role = "previous" if scenario == "previous_forecast" else ("revised" if scenario == "forecast" else None)
    fact = _figure(doc, table, metric, period, scenario, role, cell, scale_of(m.group("u" + group)), False, label, None)
    if scenario == "previous_forecast":
        dates = announcement_dates(sentence, doc.published_on)
        fact["announced_on"] = dates[0][0].isoformat() if dates else fact["announced_on"]
    elif scenario == "forecast" and _KEPT.search(sentence):
        dates = announcement_dates(sentence, doc.published_on)
        fact["announced_on"] = dates[0][0].isoformat() if dates else None  # unchanged since then
    return fact
