"""Number cells as tables and prose print them: '1,234', '(1,234)', '△1,234', '▲1.5', '-0.3',
'JPY13.50', '30.06 yen', '88,000~120,000', blanks ('-', '―', '――――', '--'), and unit words
('JPY millions', 'Millions of yen', '(¥ million)', 'billion yen', 'thousand yen', 'Yen', '%')."""

from __future__ import annotations

import re
from functools import lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from etl.parse.dates import find_dates
from etl.parse.fold import first_char_dispatch, led

# Optional parts of several characters (here and in other hot patterns) are spelled '(?:...|)', not
# '(?:...)?': the same matches, and re tries the two alternatives in turn instead of entering its general
# repeat machinery for each part.
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+|)|\d+(?:\.\d+|)"
# A sign is a triangle (Japanese tables, spaces allowed), a minus or plus stuck to the digits, or
# parentheses. Plus sign: presentation tables print changes as '+7.5%' or '+1,234'; an international
# phone number ('+81 3 1234 5678', '+81-(0)3-1234-5678': a country code, groups, four digits last) is no cell.
_PHONE_AFTER_PLUS = r"\d{1,3}[ \-]?(?:\(0\)|)(?:\d{1,4}[ \-]){1,3}\d{4}(?![\d,.])"
# A triangle can also stand before a bracketed number ('▲(1,234)'): one negative cell, as '▲1,234' and '(1,234)'.
_SIGNED = rf"(?:[△▲▼]\s?|[-−](?=\d)|\+(?=\d)(?!{_PHONE_AFTER_PLUS})|)(?:{_NUM})|(?:[△▲▼]\s?|)\((?:{_NUM})\)"
# Forecast ranges written with a hyphen ('30,000-32,000', '(1,200)-(800)') or a spaced en/em-dash
# ('30,000 – 32,000'): only between two amounts of the same shape (both whole, grouped by commas or at
# most three digits without a leading zero, or both with decimals), so a year span ('2023-2024'), a
# code or phone number ('03-1234-5678') or a date ('2024-03-31') stays what it was.
_H_INT = r"(?:\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}|0)"
_H_WHOLE = rf"(?:{_H_INT}|\({_H_INT}\))(?![\d.])"
_H_DEC = rf"(?:{_H_INT}\.\d+|\({_H_INT}\.\d+\))"
_H_SEP = r"(?:-|\s[–—]\s)"
_HRANGE = rf"{_H_WHOLE}{_H_SEP}{_H_WHOLE}|{_H_DEC}{_H_SEP}{_H_DEC}(?![\d-])"
# A range can print its unit on both bounds ('△32.10 yen ~ △8.45 yen', '¥40 to ¥60', '60.0% ~ 106.7%'):
# the lower bound's unit and the upper bound's currency belong to the one cell.
_BOUND_UNIT = r"(?:\s?%|\s?(?:(?:million|billion|thousand)\s)?(?:yen|Yen|JPY)|)"
_BOUND_CURRENCY = r"(?:(?:JPY|¥|\\)\s?|)"
# What must follow a cell's first amount for each optional part to match: re tries every branch of a
# part (and each with and without its leading space) after every cell, where one lookahead turns most
# cells away at once. They prune only attempts that fail, so the matches are the same as without them.
# A hyphen range's first bound is the whole run of digits, commas, points and brackets before its dash.
_HRANGE_NEXT = r"(?=[\d,.()]++(?:-|\s[–—]))"
# A range's second bound follows a unit word, '%', a tilde, a dash or ' to ' (after any spaces).
_RANGE_NEXT = r"(?=\s*+[%mbtyYJ~〜～–—])"
_SUFFIX_NEXT = r"(?=\s?[%mbtyYJMB])"
_PAID_NEXT = r"(?=\s?\()"
CELL_RE = led(
    re.compile(
        rf"(?<![\w.*/#&+:@])(?:(?P<pre>(?:JPY|US\$|¥|\\|\$)\s?)|)"
        rf"(?P<num>{_HRANGE_NEXT}(?<![\d#]-)(?P<hrange>{_HRANGE})(?!-\d)"
        rf"|(?:{_SIGNED})(?:{_RANGE_NEXT}(?P<range>{_BOUND_UNIT}(?:\s?[~〜～]\s?|[–—]|\s+to\s+){_BOUND_CURRENCY}(?:{_SIGNED}))|))"
        rf"(?:{_SUFFIX_NEXT}(?P<suf>\s?%|\s?(?:(?:million|billion|thousand)\s)?(?:yen|Yen|JPY)\b|\s?(?:million|billion|thousand|[bB][nN]|[mM][nN])\b)|)"
        rf"(?:{_PAID_NEXT}(?P<paid>\s?\((?:paid|planned)\))|)"
        r"(?![\w.]|,\d)"
    ),
    "JU¥\\\\$△▲▼\\-−+(\\d",
)
# A blank cell: '-' to '----', a run of long dashes, 'N/A', 'n.a.', alone between spaces. Each branch opens on
# its plain first character (re skips ahead to those) and then checks that no word runs into it.
_DASHES = "―—–‐−"
# CELL_RE's groups by number: a name is looked up on every match.
_CELL_GROUPS = tuple(CELL_RE.groupindex[name] for name in ("num", "pre", "suf", "paid", "range", "hrange"))
# Words saying a value is not decided yet ('Undetermined', 'Undecided', 'TBD', 'To be determined', 'Not
# determined', '未定') are blank cells too (dividend-forecast grids print them where the year-end is
# open): not facts, and not label words, which would leave the row short and shift its cells.
_UNDECIDED = (
    r"|U(?<!\SU)nde(?:termined|cided)|u(?<!\Su)nde(?:termined|cided)|T(?<!\ST)(?:BD|o\sbe\sde(?:termined|cided))"
    r"|t(?<!\St)o\sbe\sde(?:termined|cided)|N(?<!\SN)ot\s(?:yet\s|)de(?:termined|cided)"
    r"|n(?<!\Sn)ot\s(?:yet\s|)de(?:termined|cided)|未(?<!\S未)定"
)
# One such word, the whole of a blank cell's text: the cell leaves a value open (a '-' leaves none).
UNDECIDED_CELL = re.compile(_UNDECIDED[1:])
# Layout family: dividend breakdowns print 'Not paid', 'No dividend' or 'Nil' in a period's cell. They
# are blank cells (no fact: the contract does not make them 0.00, and blanks are never zero), not label
# words, which would leave the row short and put 'paid' of 'Not paid' in its label.
_NO_DIVIDEND = (
    r"|N(?<!\SN)o(?:t\s[Pp]aid|\sdividends?)|n(?<!\Sn)o(?:t\s[Pp]aid|\sdividends?)|N(?<!\SN)il|n(?<!\Sn)il"
)
# The same cells, for telling a table row that prints them from a sentence ('Not' is a function word).
NO_DIVIDEND_CELL = re.compile(r"(?<!\S)(?:[Nn]ot\s[Pp]aid|[Nn]o\sdividends?)(?=\s|$|[;,)])")
BLANK_RE = re.compile(
    r"(?:-(?<!\S-)-{0,3}"
    + "".join(rf"|{d}(?<!\S{d})[{_DASHES}]*" for d in _DASHES)
    + r"|N(?<!\SN)/?A|n(?<!\Sn)\.?a\.?"
    + _UNDECIDED
    + _NO_DIVIDEND
    + r")(?:\s?%|)(?=\s|$|[;,)])"
)
# Text that looks numeric but is not a table value: '31, 2020' date tails, '(2020)', '2020)', a '(1) '
# enumerator, the dash of a date range, ordinals ('26th'), footnote marks ('*1,*2'). Separate patterns,
# each starting on a plain character class, scan several times faster than one alternation.
# Each pattern comes with a gate: the characters one of which any match holds, or a scan for a piece
# every match holds that opens on a rarer character than the pattern does; most lines skip most scans.
_NOT_VALUES = (
    # A year after a month word ('Apr. 2023', 'March 2024', 'Sept. 2023') is part of a date, as in row labels
    # that give their period's months ('FY2023 (Apr. 2023 - Mar. 2024)'): first, before '2024)' is masked alone.
    (
        re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.?\s(?:19|20)\d\d\b(?![.,]\d)"),
        "word",
        re.compile(r"(?:19|20)\d\d\b(?<=[a-z.]\s\d{4})"),
    ),
    (re.compile(r"\d\d?,\s?(?:19|20)\d\d\b\)?"), "digit", re.compile(r",\s?(?:19|20)\d\d\b")),
    (re.compile(r"[(12](?:(?<=\()(?:19|20)|(?<=1)9|(?<=2)0)\d\d\)"), "word", re.compile(r"\)(?<=(?:19|20)\d\d\))")),
    (re.compile(r"\(\d{1,2}\)(?=\s+[A-Za-z])"), "line", ("(",)),
    (re.compile(r"[-–~](?=\s?[A-Z][a-z]++\.?\s*\d)"), "year", ("-", "–", "~")),
    (re.compile(r"\d(?<!\d\d)\d*(?:st|nd|rd|th)\b"), "word", re.compile(r"(?:st|nd|rd|th)(?<=\d..)")),
    (re.compile(r"[*※]\d+(?:,\s?[*※]?\d+)*"), "", ("*", "※")),
    # Footnote markers: '(Note 2)' anywhere, '[1]' right after a word ('Net sales[1]', 'Net sales [1]'):
    # their digit would read as a cell and end a header among its titles, or become a value.
    (re.compile(r"\((?:Notes?|注)\s?\d{1,2}\)"), "", ("Note", "注")),
    (re.compile(r"\[\d{1,2}\]"), "label", ("[",)),
    # A period's length in brackets ('ended March 31, 2025 (12 months)', a transitional year's reference row
    # or column title): its number is no cell (it became the row's first value, the rest then lost).
    (re.compile(r"\(\d{1,2}\s?months?\)"), "", ("months)", "month)")),
    # A quarter-span mark ('1-3Q FY3/2025': the first three quarters) titles a column: its '1' is no cell.
    (re.compile(r"(?<![\w-])1-[2-4]Q(?!\w)"), "", ("Q",)),
    # A year after 'fiscal ' or 'FY ' names a period ('Results for fiscal 2020'), as 'FY2020' does.
    (
        re.compile(r"(?:19|20)\d\d\b(?![.,]\d)(?:(?<=iscal \d{4})|(?<=ISCAL \d{4})|(?<=FY \d{4}))"),
        "",
        ("iscal ", "ISCAL ", "FY "),
    ),
    # A month/year after 'FYE ' or 'FY ' is a fiscal-year label ('FYE 3/2025', 'FY 2025/3'), not a cell '3'.
    (re.compile(r"FYE?\s\d{1,4}/\d{1,4}\b"), "", ("FY ", "FYE ")),
    # The dash of a bracketed span between two masked dates ('(Apr. 1, 2023 - Mar. 31, 2024)' once its dates
    # are masked) is the span's, not a blank cell; last, when every date of the span has been masked. The
    # bracket may name its period first ('(FY2022: Apr. 1, 2022 - Mar. 31, 2023)', dates under column titles).
    (re.compile(r"\((?:[^()\n]{1,24}?:\s?|)#+\s?[-–~]\s?#+\)"), "", ("#",)),
    # A year end without its year opening a line or a bracket ('(Fiscal years ended March 31)', 'Years ended
    # December 31' over year columns, as large-cap US GAAP / IFRS summaries title them): the day is the
    # year end's, not a value. Inside a heading ('Consolidated results for the six months ended June 30')
    # the day stays a cell, which keeps the heading out of the date-titled header below it.
    (
        re.compile(
            r"(?m)(?:^|\()\s*\(?(?:[Ff]or\s+the\s+)?(?:[Ff]iscal\s+)?(?:[Yy]ears?|(?:[Ss]ix|[Tt]hree|[Nn]ine)\s+months)\s+"
            r"end(?:ed|ing)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.?\s?(?:[12]\d|3[01]|0?[1-9])"
            r"\b(?![,.]\d|,?\s?(?:19|20)\d\d\b)"
        ),
        "",
        # the month after 'ended': a scan from the literal 'nd', where the pattern is entered at every position
        re.compile(r"nd(?:ed|ing)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
    ),
    # A span's first day without its year, before the dash and the masked date that ends the span ('(April 1
    # - September 30, 2025)'): the day and the dash are the span's, not a value and a blank cell.
    (
        re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.?\s?\d{1,2}\s?[-–~](?=\s?#)"),
        "",
        re.compile(r"#(?<=[-–~]#)|#(?<=[-–~]\s#)"),  # from the rarer '#': a dash right before a masked date
    ),
)
# A scan per pattern gate, or the needles one of which it needs; and one scan that any gate passes,
# on which most lines (no bracket, dash, date tail or footnote mark) skip all of them.
_GATES = tuple(
    (rx, guard, gate.search, ()) if isinstance(gate, re.Pattern) else (rx, guard, None, gate)
    for rx, guard, gate in _NOT_VALUES
)
# Any gate's piece, every alternative opening on a plain character (re skips ahead to those).
_ANY_GATE = re.compile(
    r",\s?(?:19|20)\d\d\b|\)(?<=(?:19|20)\d\d\))|st(?<=\d..)|nd(?<=\d..)|rd(?<=\d..)|th(?<=\d..)|\(|-|–|~|\*|※|\["
    r"|iscal |ISCAL |FY |FYE |nded\s|nding\s|1(?=9\d\d\b)(?<=[a-z.]\s1)|2(?=0\d\d\b)(?<=[a-z.]\s2)|#"
)
_YEAR_BEFORE = re.compile(r"\d{4}\s?$")
_WORD_BEFORE = re.compile(r"[A-Za-z)] ?$")
# Japanese money units by scale (ten-billion '十億円' listed whole: '億円' inside it is not its unit).
JA_SCALES = {"百万円": 1e6, "千円": 1e3, "十億円": 1e9, "億円": 1e8}
_JA_MONEY = tuple(JA_SCALES)
# Unit words by what they make a column: money (and its scale), US dollars, percent or yen per share.
# Not per-share yen: 'JPY thousands' or 'Yen in millions' after it (a money unit, '(JPY thousands, ...)').
_NO_SCALE = r"(?!(?<=JPY)\s?(?:millions?|billions?|thousands?)\b|\s+in\s+(?:millions|billions|thousands)\b)"
UNIT_RE = re.compile(
    first_char_dispatch(
        {
            "money": (
                r"JPY\s?(?:millions?|billions?|thousands?)",
                r"(?:millions?|billions?|thousands?|hundred millions?)\s+of\s+(?:yen|JPY)",
                r"(?:yen|JPY)\s+in\s+(?:millions|billions|thousands)",
                r"(?:hundred\s+million|million|billion|thousand)\s+yen",
                r"\(\s*[¥\\]\s*(?:in\s+)?(?:millions?|billions?|thousands?)\s*\)",
                r"¥\s?(?:in\s+)?(?:millions?|billions?|thousands?)\b",
                r"\\\s?(?:in\s+)?(?:millions?|billions?|thousands?)\b",
                # Layout family: English tables keeping the Japanese unit row or title ('百万円', '(単位:千円)').
                *_JA_MONEY,
            ),
            "usd": (r"(?:US\$|USD)\s?(?:millions?|thousands?)", r"(?:millions?|thousands?)\s+of\s+U\.?S\.?\s?dollars"),
            "pct": (r"%",),
            "yen": (
                r"\(\s*[¥\\]\s*\)",
                rf"\(\b(?:Yen|yen|JPY)\b{_NO_SCALE}\)?",
                rf"\b(?:Yen|yen|JPY)\b{_NO_SCALE}\)?",
                # '円' over a per-share column, or '円 銭' (yen and sen): not the first character of a word
                # ('円谷' in a Japanese name)
                r"円(?:\s?銭|)(?!\w)",
            ),
        }
    )
)
# A line that is one plain number and nothing else ('192,024', '0.2', '△1.5'), as tables printed one
# cell per line are: no date, mark, range or blank can be in it (masking leaves it as it is), and CELL_RE
# reads it whole. ASCII digits only; a bracket or other sign takes the general path.
_LONE_NUMBER = re.compile(r"[ \t]*([△▲▼]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+|))\s*")
_UNIT_OF_BOUND = re.compile(r"\s?(?:%|(?:(?:million|billion|thousand)\s)?(?:yen|Yen|JPY))$|^(?:JPY|¥|\\)\s?")
_RANGE_SPLIT = re.compile(r"\s?[~〜～]\s?|[–—]|\s+to\s+")
_HRANGE_SPLIT = re.compile(r"-|\s[–—]\s")
_NUMBERISH = re.compile(r"(?<![\w.])[△▲(-]?\d[\d,]*(?:\.\d+|)")
_DIGIT = re.compile(r"\d")
# The first digit of each run (one character: no string is built for the run).
_DIGIT_RUN_START = re.compile(r"\d(?<!\d\d)")
_MAYBE_CELL = re.compile(r"[\d\-―—–‐−Nn](?:(?<=[Nn])/?[Aa]|(?<=[Nn])\.[Aa]|(?<![Nn]))")
SCALES = {"thousand": 1e3, "million": 1e6, "hundred million": 1e8, "billion": 1e9}


class Cell(NamedTuple):
    """One value cell: `text` is the number exactly as printed at text[start:end]. A named tuple:
    immutable and cheap to build, as a release holds hundreds of cells."""

    text: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    percent: bool = False
    yen_suffix: bool = False
    scale: float | None = None
    paid: bool = False
    lead: int = 0
    tail: int = 0
    """Start and end of the whole cell including currency prefix, unit suffix and '(paid)' marker."""

    @property
    def blank(self) -> bool:
        return self.value is None and self.low is None


def parse_number(text: str) -> float | None:
    """'(1,234)' -> -1234.0, '△3,200' -> -3200.0; None when it is not a number."""
    t = text.strip().replace(",", "").replace(" ", "")
    negative = t[:1] in "△▲▼-−" or (t.startswith("(") and t.endswith(")"))
    t = t.strip("()△▲▼-−")
    try:
        value = float(t)
    except ValueError:
        return None
    return -value if negative else value


_SIGNS_BEFORE_YEN = "+△▲▼-−"
_YEN_OR_SIGN = "¥\\" + _SIGNS_BEFORE_YEN
# English IR shorthand after an amount ('¥142.0 bn', 'JPY 7,900 mn', in capitals on presentation slides:
# '¥210.0BN', '¥7,900MN'): the cell's own scale.
_SHORT_SCALES = {"bn": 1e9, "mn": 1e6}


def scale_of(unit: str) -> float:
    unit = unit.lower()
    if unit in _SHORT_SCALES:
        return _SHORT_SCALES[unit]
    if unit in JA_SCALES:
        return JA_SCALES[unit]
    for word in ("hundred million", "thousand", "billion", "million"):
        if word in unit:
            return SCALES[word]
    return 1.0


def _hash_out(m: re.Match[str]) -> str:
    return "#" * (m.end() - m.start())


@lru_cache(maxsize=512)
def masked(text: str) -> str:
    """`text` with dates and other non-value digits blanked out (same length, offsets kept)."""
    dates = find_dates(text)
    if dates:
        chars = list(text)
        for _, start, end in dates:
            chars[start:end] = "#" * (end - start)
        text = "".join(chars)
    if not _ANY_GATE.search(text):
        return text  # blanking never lets a later gate pass: none can
    for rx, guard, search, gate in _GATES:
        if search is not None:
            if not search(text):
                continue
        else:
            for needle in gate:  # a plain loop: a generator per pattern and line costs more than the tests
                if needle in text:
                    break
            else:
                continue
        text = rx.sub(lambda m, guard=guard: _hash_unless(m, guard), text)
    return text


def _hash_unless(m: re.Match[str], guard: str) -> str:
    """Blank a non-value unless what precedes it shows it is part of something else: a digit or comma
    before a date tail ('1,231, 2020'), a letter before a year or ordinal ('FY2020)'), text before an
    enumerator on its line, no year before a range dash, or no word right before a bracketed note number."""
    text, at = m.string, m.start()
    prev = text[at - 1] if at else ""
    keep = (
        (guard == "digit" and (prev.isdigit() or prev == ","))
        or (guard == "word" and (prev.isalnum() or prev == "_"))
        or (guard == "line" and bool(text[text.rfind("\n", 0, at) + 1 : at].strip()))
        or (guard == "year" and not _YEAR_BEFORE.search(text, max(0, at - 5), at))
        or (guard == "label" and not _WORD_BEFORE.search(text, max(0, at - 2), at))
    )
    return m.group(0) if keep else _hash_out(m)


def digit_runs(text: str) -> int:
    """An upper bound on :func:`value_count`, without masking: every value starts a run of digits of
    its own (a blanked stretch never ends right before a digit of the same run)."""
    return len(_DIGIT_RUN_START.findall(text))


def value_count(text: str) -> int:
    """How many numbers a line holds outside dates, for telling prose from table rows."""
    return len(_NUMBERISH.findall(masked(text))) if _MAYBE_CELL.search(text) else 0


def cells_in(text: str, offset: int = 0) -> list[Cell]:
    """Value and blank cells of a stretch of table text, in order, with absolute spans."""
    digit = _DIGIT.search(text)
    if digit is None:  # no value cell, and nothing to mask: only blanks can be here
        return _blanks(text, text, offset, [])
    lone = _LONE_NUMBER.fullmatch(text)
    if lone is not None:
        return [_lone_cell(lone, offset)]
    hidden = masked(text)
    out: list[Cell] = []
    if hidden is not text:
        digit = _DIGIT.search(hidden, digit.start())  # masking only hides digits
    # A cell starts at most 6 characters before its first digit ('US$ (1'): the label before is not scanned.
    for m in CELL_RE.finditer(hidden, max(0, digit.start() - 6)) if digit else ():
        num, pre, suf, paid, upper, hyphened = m.group(*_CELL_GROUPS)
        low = high = None
        if hyphened:
            a, b = (parse_number(part) for part in _HRANGE_SPLIT.split(num))
            if a >= b and " " in num:
                # A spaced dash between a larger and a smaller amount: a blank column between two values.
                _spaced_dash_cells(text, m, a, b, offset, out)
                continue
            low, high, value = min(a, b), max(a, b), None
        elif upper:
            parts = _RANGE_SPLIT.split(num)
            if len(parts) == 2:
                a, b = parse_number(_UNIT_OF_BOUND.sub("", parts[0])), parse_number(_UNIT_OF_BOUND.sub("", parts[1]))
                if a is None or b is None:
                    continue
                low, high, value = min(a, b), max(a, b), None
            else:
                value = parse_number(num)
        elif num[0].isdigit():
            value = float(num.replace(",", ""))  # unsigned and bare: what parse_number reads it as
        else:
            value = parse_number(num)
        if value is None and low is None:
            continue
        lead = m.start()
        if lead and hidden[lead - 1] in _YEN_OR_SIGN:  # most cells follow a space
            if pre and pre[0] in "¥\\" and hidden[lead - 1] in _SIGNS_BEFORE_YEN:
                lead -= 1  # '−¥2.3 bn', '△¥1,200': a sign before the yen sign is the cell's
            elif not pre and lead > 1 and hidden[lead - 1] in "¥\\" and hidden[lead - 2] in _SIGNS_BEFORE_YEN:
                lead, pre = lead - 2, "¥"  # '+¥6.3 bn' (no cell opens after a '+': a phone number's)
            if lead < m.start() and value is not None and hidden[lead] != "+":
                value = -value
        start, end = m.span(_CELL_GROUPS[0])
        if suf:
            suffix = suf.strip()
            scale = scale_of(suffix) if suffix != "%" else 1.0
            percent, yen = suffix == "%", suffix.lower().endswith(("yen", "jpy"))
        else:
            scale, percent, yen = 1.0, False, bool(pre)
        out.append(
            _cell(
                (
                    text[start:end],
                    offset + start,
                    offset + end,
                    value,
                    low,
                    high,
                    percent,
                    yen,
                    scale if scale != 1.0 else None,
                    bool(paid) and "paid" in paid,
                    offset + lead,
                    offset + m.end(),
                )
            )
        )
    return _blanks(text, hidden, offset, out)


def _lone_cell(m: re.Match[str], offset: int) -> Cell:
    """The cell of a :data:`_LONE_NUMBER` line: what the general path reads from it."""
    sign, digits = m.group(1, 2)
    value = -float(digits.replace(",", "")) if sign else float(digits.replace(",", ""))
    start, end = m.start(1), m.end(2)
    at, to = offset + start, offset + end
    return _cell((m.string[start:end], at, to, value, None, None, False, False, None, False, at, to))


def _spaced_dash_cells(text: str, m: re.Match[str], a: float, b: float, offset: int, out: list[Cell]) -> None:
    """The two values and the blank of 'larger – smaller', read as three cells (no unit can follow:
    the range alternative ends at the upper bound's digits, and the blank is added by `_blanks`)."""
    start, end = m.span("hrange")
    sep = _HRANGE_SPLIT.search(m.string, start)
    for (s0, e0), value in (((start, sep.start()), a), ((sep.end(), end), b)):
        out.append(_cell((text[s0:e0], offset + s0, offset + e0, value, None, None, False, False, None, False,
                          offset + s0, offset + e0)))


# A dash between a word and a lower-case word that continues it ('Net income ... per share - basic')
# is punctuation inside a label, not a blank cell; a unit word after it ('- yen') is a blank's unit.
_LABEL_DASHES = f"-{_DASHES}"
_WORD_AFTER_DASH = re.compile(r"\s+(?!(?:yen|million|billion|thousand)\b)[a-z]{3,}\b")
# US GAAP large-cap summaries print the per-share rows as '... Corporation - Basic' and, on the next line
# under it, '- Diluted': that dash is the label's, whatever the case of the word and whether a word stands
# before it. Read as a blank cell, it would be a value of the row above.
_EPS_KIND_AFTER_DASH = re.compile(r" (?:Basic|Diluted|basic|diluted)\b")


def _blanks(text: str, hidden: str, offset: int, out: list[Cell]) -> list[Cell]:
    """`out` with the blank cells of `hidden` (the masked `text`) added, in order. BLANK_RE is run
    without a gate: its scan skips ahead to a blank's first characters, and a gate that looks for
    them costs more than the scan."""
    taken: list[tuple[int, int]] | None = None
    for m in BLANK_RE.finditer(hidden):
        start, end = m.span()
        if hidden[start] in _LABEL_DASHES and (
            (start > 1 and hidden[start - 2].isalpha() and _WORD_AFTER_DASH.match(hidden, end))
            or _EPS_KIND_AFTER_DASH.match(hidden, end)
        ):
            continue  # a dash inside a label (a word for an undecided value is a blank wherever it stands)
        if taken is None:
            taken = [(c.start, c.end) for c in out]
        at = offset + start
        for a, b in taken:
            if a <= at < b:
                break  # inside a value cell ('-' of a range)
        else:
            out.append(
                _cell(
                    (text[start:end], at, offset + end, None, None, None, False, False, None, False, at, offset + end)
                )
            )
    if taken is not None:
        out.sort(key=_START)  # value cells come in order: only added blanks need placing
    return out


# Builds a Cell from a full tuple of fields without the keyword handling of Cell(...): a release holds hundreds.
_cell = partial(tuple.__new__, Cell)
_START = itemgetter(1)
