"""Properties: the scans rewritten for speed find exactly what the plain spellings of the same rules find.

Each reference pattern below is the rule as first written (short, readable, slow to scan with); the
parser's own pattern opens on a plain character class or skips texts that lack its words, and must
agree with the reference on any text.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import etl.parse
from etl.parse.context import _ANNOUNCED, _CORRECTING, _UNCHANGED, _sentences
from etl.parse.dates import (
    _MONTH_THEN_YEAR,
    _SCANNERS,
    DATE_RE,
    MONTH_NAMES,
    MONTH_YEAR_RE,
    MONTHS,
    YEAR_WORDS,
    find_dates,
    may_hold_year,
    month_number,
    parse_date_match,
)
from etl.parse.dividends import _COMPONENT, _two_kinds
from etl.parse.figures import (
    _ATTRIBUTABLE_TO_NAME,
    _BARE_PROFIT,
    _METRIC_WORDS,
    _PROSE_FIGURE,
    _SEP_CURRENCY,
    PHRASES,
    _whole_title,
    metric_of,
)
from etl.parse.fold import ci, dispatched_class, empty_alternatives, may_hold
from etl.parse.identity import (
    _CITY_DATELINE,
    _CONTINUES,
    _LEGAL,
    _NAME_LABEL,
    _continues,
    _labelled_names,
    _legal_suffixes,
)
from etl.parse.numbers import (
    _HRANGE_NEXT,
    _MAYBE_CELL,
    _NOT_VALUES,
    _NUMBERISH,
    _PAID_NEXT,
    _RANGE_NEXT,
    _SUFFIX_NEXT,
    BLANK_RE,
    CELL_RE,
    UNIT_RE,
    _hash_unless,
    digit_runs,
    masked,
    value_count,
)
from etl.parse.periods import (
    _DEFINITION,
    _ENDED,
    _FY_END,
    _LABEL_THEN_BRACKET,
    _LABEL_THEN_PHRASE,
    _LABEL_WORDS,
    _MARKED_LABEL,
    _PARTIAL,
    _RECORD,
    LABEL_RE,
    _ends_with_ended,
    _labels_then_phrase,
    _may_name_end,
    _short_label,
    _years_ended,
    labels_in,
    marked_label,
    months_named,
)
from etl.parse.release import _METRIC_FACT_WORDS, _SENTENCE_END
from etl.parse.tables import (
    _FUNCTION_WORD_CASES,
    _FUNCTION_WORDS,
    _NOTE_FIRSTS,
    NOTE_LINE,
    heading_shaped_is_heading,
    is_heading,
)
from etl.text.repair import (
    _CONFUSABLE_WORD,
    _DEGREE_APOSTROPHE,
    _DIGIT_W,
    _M_WORDS,
    _TITLE_WORDS,
    mend_word,
    repair_text,
)

SCANS = settings(max_examples=300, deadline=None)
# Pieces the rules react to, with the letters re.IGNORECASE folds onto ASCII ones ('ı', 'ſ', 'İ', 'K').
PIECES = [
    *"0123456789٣ .,;:!?()[]<>-–—~*※△▲/%¥\\\nNnAaxſıİK",
    "announced on ",
    "ISSUED ",
    "made public ",
    "correction",
    "errors",
    "unchanged",
    "not been revised",
    "remains",
    "1H19",
    "FY2020",
    "FY 2021",
    " (April 1, 2019 to March 31, 2020)",
    "Year ended",
    "YEAR ENDING ",
    "yEAR end",
    "March 31, 2020",
    "30,000-32,000",
    "Apr. 2023",
    "Mar. ",
    "April ",
    " - ",
    "(Apr. 1, 2023 - Mar. 31, 2024)",
    "(1,200)-(800)",
    " – ",
    "40.05-55.07",
    "03-1234-5678",
    "▲(1,234)",
    "5 May 2021",
    "2020/01/05",
    "Reiwa 2",
    "1st",
    "22nd",
    "31, 2020)",
    "(2020)",
    "N/A",
    "n.a",
    "JPY millions",
    "US$ thousands",
    "(¥ million)",
    "Yen",
    "ſix months ended",
    "Sept. 30, 2020",
    "fiscal 2020",
    "Q1",
    "İncome",
    "Forecast",
    "before correction",
    "Revision of the forecast: No",
    "Dividend payable date: ",
    "Scheduled date of commencement of dividend payments",
    "interim dividend record date of ",
    "Year-end dividend, record date: ",
    "ended on ",
    "ending",
    " as of ",
    "Company name: ",
    "COMPANY:",
    "26w ",
    "Millions of yen",
    "(¥)",
    "hundred millions of yen",
    "US$ millions",
    "thousands of U.S. dollars",
    "\\ in thousands",
    "(Yen)",
    "°s",
    "IIJ°'s",
    " Co., Ltd.",
    "XCorporation",
    " Inc.",
    "Regarding",
    "*1",
    "(Note) ",
    "2020)",
    ", 2019",
    "―――",
    "-----",
    "−",
    "n.a.",
    " %",
    "EPS",
    "Revenue",
    "ſales",
    "İncome",
    "1H19 (",
    "FY2020 (April 1, 2020 to March 31, 2021)",
    '"1H19", from ',
    "Operating profit: JPY2,300 million",
    "Net sales were ¥ 12,000 million",
    "totaled JPY(3)",
    "special dividend of ¥10.00",
    "19 yen as an ordinary dividend",
    "Dividend",
    "Revisions of the consolidated forecast ",
    "Differences between ",
    "1. ",
    "(1) ",
    "● ",
    "This is the ",
    " (paid)",
    " thousand yen",
    "〜",
    " to ",
    " Undetermined",
    "undecided",
    " TBD",
    "To be determined",
    "not yet determined",
    "Not decided",
    "未定",
    "Not paid",
    " not Paid",
    " No dividend",
    "no dividends",
    " Nil",
    "nil,",
    "Nila",
    "Net incorne",
    "rn",
    "1ncrease",
    "Eamings",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)

_NUM_PLAIN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PHONE_PLAIN = r"\d{1,3}[ \-]?(?:\(0\))?(?:\d{1,4}[ \-]){1,3}\d{4}(?![\d,.])"
_SIGNED_PLAIN = (
    rf"(?:[△▲▼]\s?|[-−](?=\d)|\+(?=\d)(?!{_PHONE_PLAIN}))?(?:{_NUM_PLAIN})|(?:[△▲▼]\s?)?\((?:{_NUM_PLAIN})\)"
)
# A range's lower bound may carry its unit and the upper bound its currency ('△32.10 yen ~ △8.45 yen').
_BOUND_UNIT_PLAIN = r"(?:\s?%|\s?(?:(?:million|billion|thousand)\s)?(?:yen|Yen|JPY))?"
# Hyphen and spaced-dash ranges: two amounts of one shape (whole or with decimals).
_H_INT_PLAIN = r"(?:\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}|0)"
_H_WHOLE_PLAIN = rf"(?:{_H_INT_PLAIN}|\({_H_INT_PLAIN}\))(?![\d.])"
_H_DEC_PLAIN = rf"(?:{_H_INT_PLAIN}\.\d+|\({_H_INT_PLAIN}\.\d+\))"
_HRANGE_PLAIN = (
    rf"{_H_WHOLE_PLAIN}(?:-|\s[–—]\s){_H_WHOLE_PLAIN}|{_H_DEC_PLAIN}(?:-|\s[–—]\s){_H_DEC_PLAIN}(?![\d-])"
)

REFERENCE = [
    (
        _ANNOUNCED,
        re.compile(
            r"(?:announced|published|released|disclosed|issued|made\s+public)\s+(?:on\s+|in\s+)?(?=[A-Z0-9])", re.I
        ),
    ),
    (_CORRECTING, re.compile(r"\bcorrect(?:ion|ed|s)?\b|\berrors?\b|\bmistakes?\b", re.I)),
    (
        _UNCHANGED,
        re.compile(r"unchanged|not\s+(?:been\s+)?(?:changed|revised)|no\s+change|the\s+ones|remains?|maintain", re.I),
    ),
    (_LABEL_THEN_PHRASE, re.compile(r"\b(?P<label>[1-4][HQ]\d\d|FY\s?\d{4})\s*\((?P<phrase>[^()]{8,90})\)")),
    (_SENTENCE_END, re.compile(r"[.!?](?=\s)|\s{2,}")),
    (
        CELL_RE,
        re.compile(  # optional parts spelled with '?'
            r"(?<![\w.*/#&+:@])(?P<pre>(?:JPY|US\$|¥|\\|\$)\s?)?"
            rf"(?P<num>(?<![\d#]-)(?P<hrange>{_HRANGE_PLAIN})(?!-\d)|(?:{_SIGNED_PLAIN})(?P<range>{_BOUND_UNIT_PLAIN}(?:\s?[~〜～]\s?|[–—]|\s+to\s+)(?:(?:JPY|¥|\\)\s?)?(?:{_SIGNED_PLAIN}))?)"
            r"(?P<suf>\s?%|\s?(?:(?:million|billion|thousand)\s)?(?:yen|Yen|JPY)\b|\s?(?:million|billion|thousand|bn|mn)\b)?"
            r"(?P<paid>\s?\((?:paid|planned)\))?"
            r"(?![\w.]|,\d)"
        ),
    ),
    (_MAYBE_CELL, re.compile(r"\d|[-―—–‐−]|N/?A|n\.a", re.I)),
    (_NOT_VALUES[1][0], re.compile(r"\d{1,2},\s?(?:19|20)\d\d\b\)?")),
    (_NOT_VALUES[2][0], re.compile(r"\(?(?:19|20)\d\d\)")),
    (_NOT_VALUES[5][0], re.compile(r"\d+(?:st|nd|rd|th)\b")),
    (
        _SCANNERS[1],
        re.compile(
            r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>[JFMASOND][a-z]{2,8})\.?\s+(?P<year2>(?:19|20)\d\d)\b"
        ),
    ),
]


@SCANS
@given(TEXT)
@example("0〜¥0")  # a range whose upper bound carries its currency, once found by the search
def test_rewritten_scans_match_their_reference(text: str) -> None:
    for fast, plain in REFERENCE:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], plain.pattern


LED = [CELL_RE, DATE_RE, MONTH_YEAR_RE, LABEL_RE]
_GUARD = re.compile(r"^\(\?=\(\?-i:\[(?:[^\]\\]|\\.)*\]\)\)\(\?:(?P<inner>.*)\)$", re.S)


@SCANS
@given(TEXT)
def test_first_character_guards_change_nothing(text: str) -> None:
    for fast in LED:
        guard = _GUARD.match(fast.pattern)
        assert guard, fast.pattern
        plain = re.compile(guard.group("inner"), fast.flags)
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], plain.pattern


def _ci_patterns() -> list[str]:
    """Every pattern the parser spells with ci(...), as written (module constants resolved)."""
    found = []
    for path in sorted(Path(etl.parse.__file__).parent.glob("*.py")):
        namespace = vars(importlib.import_module(f"etl.parse.{path.stem}"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ci" and node.args:
                if isinstance(node.args[0], ast.Name) and node.args[0].id not in namespace:
                    continue  # a loop variable: its patterns are spelled as literals elsewhere in the list
                found.append(eval(compile(ast.Expression(node.args[0]), str(path), "eval"), dict(namespace)))
    return sorted(set(found))


CI_PATTERNS = _ci_patterns()
# Case variants and the letters re.IGNORECASE folds onto ASCII ones, for the words of the patterns.
FOLDS = [str.upper, str.lower, str.capitalize, lambda w: w.replace("s", "ſ").replace("i", "ı").replace("k", "K")]


def test_every_ci_pattern_is_found() -> None:
    assert len(CI_PATTERNS) > 40


@pytest.mark.parametrize("pattern", CI_PATTERNS)
@settings(max_examples=25, deadline=None)
@given(st.data())
def test_case_folding_regrouped_by_first_character_changes_nothing(pattern: str, data: st.DataObject) -> None:
    words = re.findall(r"[A-Za-z]{2,}", pattern) or ["x"]
    word = st.builds(lambda w, fold: fold(w), st.sampled_from(words), st.sampled_from(FOLDS))
    text = data.draw(st.lists(st.one_of(word, st.sampled_from(PIECES)), max_size=14).map(" ".join))
    fast, plain = ci(pattern), re.compile(pattern, re.I)
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]
    at = data.draw(st.integers(0, len(text)))
    assert (m.span() if (m := fast.match(text, at)) else None) == (m.span() if (m := plain.match(text, at)) else None)
    assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text))


@SCANS
@given(TEXT, st.integers(0, 400))
def test_ended_is_read_from_the_end_like_a_scan_of_the_whole_prefix(text: str, end: int) -> None:
    end = min(end, len(text))
    plain = re.compile(r"\bend(?:ed|ing)\s*(?:on\s+)?$|\bas\s+of\s*$", re.I)
    assert _ends_with_ended(text, end) == bool(plain.search(text[:end]))


@SCANS
@given(TEXT)
def test_labelled_names_are_found_like_a_multiline_scan(text: str) -> None:
    plain = re.compile(rf"^{_NAME_LABEL}", re.I | re.M)
    assert [(m.end(), m.group("name")) for m in _labelled_names(text)] == [
        (m.end(), m.group("name")) for m in plain.finditer(text)
    ]


@SCANS
@given(TEXT)
def test_dates_found_with_the_month_year_and_separator_gates_as_without(text: str) -> None:
    found = [
        (day, m.start(), m.end())
        for rx in _SCANNERS
        for m in rx.finditer(text)
        if not (m.start() and text[m.start() - 1].isalnum()) and (day := parse_date_match(m)) is not None
    ]
    found.sort(key=lambda d: (d[1], -d[2]))
    expected: list = []
    for item in found:
        if not expected or item[1] >= expected[-1][2]:
            expected.append(item)
    assert find_dates(text) == expected


_NO_SCALE = r"(?!(?<=JPY)\s?(?:millions?|billions?|thousands?)\b|\s+in\s+(?:millions|billions|thousands)\b)"
UNIT_PLAIN = re.compile(
    r"(?P<money>JPY\s?(?:millions?|billions?|thousands?)|(?:millions?|billions?|thousands?"
    r"|hundred millions?)\s+of\s+(?:yen|JPY)|(?:yen|JPY)\s+in\s+(?:millions|billions|thousands)"
    r"|(?:hundred\s+million|million|billion|thousand)\s+yen|\(\s*[¥\\]\s*(?:in\s+)?(?:millions?"
    r"|billions?|thousands?)\s*\)|[¥\\]\s?(?:in\s+)?(?:millions?|billions?|thousands?)\b)|(?P<usd>(?:US\$"
    r"|USD)\s?(?:millions?|thousands?)|(?:millions?|thousands?)\s+of\s+U\.?S\.?\s?dollars)|(?P<pct>%)"
    rf"|(?P<yen>\(\s*[¥\\]\s*\)|\(?\b(?:Yen|yen|JPY)\b{_NO_SCALE}\)?)",
    re.I,
)


@SCANS
@given(TEXT)
def test_unit_words_dispatched_by_first_character_as_one_alternation(text: str) -> None:
    assert [(m.span(), dispatched_class(m)) for m in UNIT_RE.finditer(text)] == [
        (m.span(), m.lastgroup) for m in UNIT_PLAIN.finditer(text)
    ]


def _masked_without_gates(text: str) -> str:
    for _, start, end in find_dates(text):
        text = text[:start] + "#" * (end - start) + text[end:]
    for rx, guard, _ in _NOT_VALUES:
        text = rx.sub(lambda m, guard=guard: _hash_unless(m, guard), text)
    return text


@SCANS
@given(TEXT)
def test_masking_gates_skip_only_scans_that_find_nothing(text: str) -> None:
    masked.cache_clear()
    assert masked(text) == _masked_without_gates(text)


@SCANS
@given(TEXT)
def test_note_lines_open_on_their_first_characters(text: str) -> None:
    if NOTE_LINE.match(text):
        assert text.lstrip()[:1] in _NOTE_FIRSTS


@SCANS
@given(TEXT)
def test_legal_suffixes_found_from_their_capitals_as_from_spaces(text: str) -> None:
    plain = re.compile(rf"[ \t]{_LEGAL}(?![\w])")
    assert _legal_suffixes(text) == [(m.start(), m.group(0)) for m in plain.finditer(text)]


@SCANS
@given(TEXT)
def test_title_continuation_read_from_the_end(text: str) -> None:
    assert _continues(text) == bool(_CONTINUES.search(text))


@SCANS
@given(TEXT)
def test_degree_apostrophe_opens_on_the_degree_sign(text: str) -> None:
    plain = re.compile(r"(?<=[A-Za-z])°['’]?(?=s\b)|(?<=[A-Za-z])°(?=['’])")
    assert _DEGREE_APOSTROPHE.sub("'", text) == plain.sub("'", text)


@SCANS
@given(TEXT)
def test_partial_dates_keep_their_month_letters(text: str) -> None:
    plain = re.compile(_PARTIAL.pattern.replace("}+", "}"))
    assert [(m.span(), m.groupdict()) for m in _PARTIAL.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]


@SCANS
@given(TEXT)
def test_blank_cells_open_on_their_first_character(text: str) -> None:
    plain = re.compile(
        r"(?<!\S)(?:-{1,4}|[―—–‐−]+|N/?A|n\.?a\.?|[Uu]nde(?:termined|cided)|T(?:BD|o\sbe\sde(?:termined|cided))"
        r"|to\sbe\sde(?:termined|cided)|[Nn]ot\s(?:yet\s)?de(?:termined|cided)|未定"
        r"|[Nn]ot\s[Pp]aid|[Nn]o\sdividends?|[Nn]il)(?:\s?%)?(?=\s|$|[;,)])"
    )
    assert [m.span() for m in BLANK_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@SCANS
@given(TEXT)
def test_gates_pass_every_text_their_scans_match(text: str) -> None:
    if _LABEL_THEN_PHRASE.search(text):
        assert any(rx.search(text) for rx in _LABEL_THEN_BRACKET)
        assert any(rx.search(text) for rx in _LABEL_WORDS)
    if _DEFINITION.search(text):
        assert any(rx.search(text) for rx in _LABEL_WORDS)
    if _FY_END.search(text) or _ENDED.search(text):
        assert _may_name_end(text)
    if _MARKED_LABEL.search(text):
        assert marked_label(text)
    if _PROSE_FIGURE.search(text):
        assert _SEP_CURRENCY.search(text)
    if _COMPONENT.search(text):
        assert may_hold(text, ("dividend",))
    if len(_COMPONENT.findall(text)) >= 2:
        assert _two_kinds(text)


@SCANS
@given(TEXT)
def test_scans_from_a_literal_find_what_the_plain_scans_find(text: str) -> None:
    """'year ended' from 'ear', labels and their bracketed phrases tried only where a literal stands."""
    year_ended = re.compile(r"[Yy]ear\s+[Ee]nd(?:ed|ing)\s*(?:on\s+)?|YEAR\s+END(?:ED|ING)\s*(?:ON\s+)?")
    assert _years_ended(text) == [m.span() for m in year_ended.finditer(text)]
    assert [m.span() for m in _labels_then_phrase(text)] == [m.span() for m in _LABEL_THEN_PHRASE.finditer(text)]
    assert [m.span() for m in labels_in(text)] == [m.span() for m in LABEL_RE.finditer(text)]


_MONTHS_PLAIN = (
    (3, re.compile(rf"\b(?:three[- ]months?|3 months|first quarter|1st quarter)\b|{_short_label('1Q|Q1')}", re.I)),
    (
        9,
        re.compile(
            rf"\b(?:nine[- ]months?|9 months|third quarter|3rd quarter|first three quarters)\b|{_short_label('3Q|Q3')}",
            re.I,
        ),
    ),
    (
        6,
        re.compile(
            r"\b(?:six[- ]months?|6 months|first[- ]half|1st half|half[- ]year|interim period|second quarter"
            rf"|2nd quarter|first two quarters)\b|{_short_label('1H|H1|2Q|Q2')}",
            re.I,
        ),
    ),
)


@SCANS
@given(st.lists(st.sampled_from([*PIECES, "Three months", "first half", "2Q", " Q3 (cumulative) ", "ſix"]),
                max_size=8).map("".join))
def test_months_named_is_the_earliest_length_word(text: str) -> None:
    months_named.cache_clear()
    hits = [(m.start(), months) for months, rx in _MONTHS_PLAIN for m in rx.finditer(text)]
    assert months_named(text) == (min(hits)[1] if hits else None)


@SCANS
@given(TEXT)
def test_digit_w_scan_opens_on_the_w(text: str) -> None:
    assert bool(_DIGIT_W.search(text)) == bool(re.search(r"\dw\b", text))


@SCANS
@given(TEXT)
def test_sentence_breaks_split_like_a_lookbehind(text: str) -> None:
    assert _sentences(text) == re.split(r"(?<=[.!?])\s+", text)


@SCANS
@given(TEXT)
def test_digit_runs_bound_the_value_count(text: str) -> None:
    masked.cache_clear()
    assert value_count(text) <= digit_runs(text)


@SCANS
@given(TEXT, st.sampled_from(["announced", "issued", "remains", "yen", "jpy", "sales"]))
def test_may_hold_never_hides_a_case_folded_match(text: str, word: str) -> None:
    if re.search(word, text, re.I):
        assert may_hold(text, (word,))


@SCANS
@given(TEXT)
def test_ocr_mending_matches_the_per_line_rule(text: str) -> None:
    plain = text.replace("\r\n", "\n").replace("\r", "\n")
    if plain.isascii() and "°" not in plain and not re.search(r"\dw\b", plain):
        expected = "".join(_CONFUSABLE_WORD.sub(_mended, line) for line in plain.splitlines(keepends=True))
        expected = re.sub(r"\b(?:Eamings|eamings|EAMINGS)\b", lambda m: _RN_CASES[m.group(0)], expected)
        assert repair_text(text) == re.sub(r"[A-Za-z]*(?:rn|RN)[A-Za-z]*", _m_for_rn, expected)


_RN_CASES = {"Eamings": "Earnings", "eamings": "earnings", "EAMINGS": "EARNINGS"}


def _mended(match: re.Match[str]) -> str:
    """The per-line rule: a damaged word mended, before a slash only into a title word."""
    mended = mend_word(match.group(0))
    slash = match.string[match.end() : match.end() + 1] == "/"
    return match.group(0) if slash and mended.lower() not in _TITLE_WORDS else mended


def _m_for_rn(match: re.Match[str]) -> str:
    word = match.group(0)
    mended = word.replace("rn", "m").replace("RN", "M")
    return mended if mended.lower() in _M_WORDS and word.lower() not in _M_WORDS else word


@SCANS
@given(TEXT)
def test_headings_turned_away_before_the_memo_are_none(text: str) -> None:
    stripped = text.strip()
    expected = bool(stripped) and len(stripped) <= 220 and heading_shaped_is_heading.__wrapped__(text)
    assert is_heading(text) == expected


@SCANS
@given(TEXT)
def test_letters_never_given_back_change_no_date(text: str) -> None:
    for rx in (*_SCANNERS, _MONTH_THEN_YEAR, _CITY_DATELINE, _RECORD, _NOT_VALUES[4][0]):
        plain = re.compile(rx.pattern.replace("}+", "}").replace("++", "+"), rx.flags)
        assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], plain.pattern


@SCANS
@given(TEXT)
def test_year_words_held_as_may_hold_reads_them(text: str) -> None:
    assert may_hold_year(text) == may_hold(text, YEAR_WORDS)


@SCANS
@given(TEXT)
def test_digit_runs_counted_by_their_first_digits(text: str) -> None:
    assert digit_runs(text) == len(re.findall(r"\d+", text))


@SCANS
@given(TEXT)
def test_fact_words_cover_every_metric_word(text: str) -> None:
    if _METRIC_WORDS.search(text):
        assert may_hold(text, _METRIC_FACT_WORDS)


@SCANS
@given(
    st.sampled_from([*sorted(_FUNCTION_WORDS), "they", "then", "ban", "bee", "iss"]).flatmap(
        lambda word: st.tuples(*[st.sampled_from([c, c.upper()]) for c in word]).map("".join)
    )
)
def test_function_words_found_in_any_case(word: str) -> None:
    assert (word in _FUNCTION_WORD_CASES) == (word.lower() in _FUNCTION_WORDS)


@SCANS
@given(
    st.from_regex(r"[JFMASOND](?:[a-z]{2,8}|[A-Z]{2,8})", fullmatch=True)
    | st.sampled_from(sorted(MONTHS)).flatmap(lambda name: st.sampled_from([name.capitalize(), name.upper()]))
)
def test_month_names_read_as_printed_as_when_folded(name: str) -> None:
    assert MONTH_NAMES.get(name) == month_number(name)


EMPTY_ALTERNATIVES = [CELL_RE, _SCANNERS[0], _SCANNERS[1], DATE_RE, _PARTIAL, BLANK_RE, _NUMBERISH]


@SCANS
@given(TEXT)
def test_optional_parts_spelled_as_empty_alternatives_change_nothing(text: str) -> None:
    for fast in EMPTY_ALTERNATIVES:
        assert "|)" in fast.pattern
        plain = re.compile(fast.pattern.replace("|)", ")?"), fast.flags)
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], plain.pattern


def _module_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the parser's modules hold (alone or in a tuple of them)."""
    found: dict[int, re.Pattern[str]] = {}
    for path in sorted(Path(etl.parse.__file__).parent.glob("*.py")):
        for value in vars(importlib.import_module(f"etl.parse.{path.stem}")).values():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                for rx in item if isinstance(item, tuple) else (item,):
                    if isinstance(rx, re.Pattern):
                        found[id(rx)] = rx
    return list(found.values())


# As written (ci's patterns) and as compiled: optional groups of every kind, nested, named and flagged.
OPTIONAL_GROUPS = [
    *((p, re.IGNORECASE) for p in CI_PATTERNS),
    *((rx.pattern, rx.flags) for rx in _module_patterns()),
    (r"(?:a|b)?c|(?P<x>ab)?c|(?:(?:ab)?c)?d|(ab)??|(ab)?+|\(a\)?|[)]?(?=ab)?|(?i:ab)?\d", 0),
]


@SCANS
@given(TEXT)
def test_optional_groups_spelled_as_empty_alternatives_change_nothing(text: str) -> None:
    for pattern, flags in OPTIONAL_GROUPS:
        fast, plain = re.compile(empty_alternatives(pattern), flags), re.compile(pattern, flags)
        assert [(m.span(), m.groupdict(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict(), m.groups()) for m in plain.finditer(text)
        ], pattern


# Cells with units on both bounds, signs and ranges of every kind, for the lookaheads in front of CELL_RE's parts:
# pieces of cells, drawn among digits and spaces so that amounts and what follows them meet often.
CELL_PIECES = [
    *"0123456789 ,.()-+~〜～–—%$¥",
    "+7.5%",
    "+81 3 1234 5678",
    "¥40 to ¥60",
    "△32.10 yen ~ △8.45 yen",
    "60.0% ~ 106.7%",
    "30,000 – 32,000",
    "40.05 — 55.07",
    "1.5—2.0",
    "1.5  to 2.0",
    "JPY13.50",
    "US$ (1",
    "5 Yen",
    "8JPY",
    " million yen",
    " billion",
    "thousand ",
    " JPY",
    " yen",
    "(paid)",
    " (planned)",
    "  to ",
    "1,200-(800)",
    "(1,200.5)",
]
CELL_TEXT = st.lists(st.sampled_from(CELL_PIECES) | st.sampled_from(PIECES), max_size=16).map("".join)


@SCANS
@given(CELL_TEXT)
def test_cell_part_lookaheads_prune_only_attempts_that_fail(text: str) -> None:
    pattern = CELL_RE.pattern
    for lookahead in (_HRANGE_NEXT, _RANGE_NEXT, _SUFFIX_NEXT, _PAID_NEXT):
        assert pattern.count(lookahead) == 1
        pattern = pattern.replace(lookahead, "")
    plain = re.compile(pattern)
    assert [(m.span(), m.groupdict()) for m in CELL_RE.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]


def _whole_title_as_written(title: str, attributable: bool) -> tuple[bool, str | None]:
    """The whole-title test as first written: a bare 'Profit', any of PHRASES, a name after 'attributable to'."""
    if _BARE_PROFIT.fullmatch(title):
        return True, None if attributable else "net_profit_attributable"
    if not any(rx.fullmatch(title) for _, rx in PHRASES):
        if _ATTRIBUTABLE_TO_NAME.fullmatch(title):
            return True, "net_profit_attributable"
        return False, None
    return True, metric_of(title)


TITLE_WORDS = re.findall(
    r"\S+",
    "Net net NET Operating operating Ordinary Ordinarv Recurring Profit PROFIT profit Income income Earnings "
    "earnings Basic basic Diluted diluted EPS Revenue revenues Sales sales Turnover before tax taxes attributable "
    "to owners of the parent Company shareholders per common share for period year Business Core Adjusted EBITDA "
    "Comprehensive Total (loss) (Loss) (basic) - diluted Hoshino Electric non-controlling minority interests "
    "ſales ıncome İncome",
)


@SCANS
@given(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=9).map(" ".join), st.booleans())
def test_whole_titles_read_in_one_fullmatch_as_by_each_test(title: str, attributable: bool) -> None:
    assert _whole_title.__wrapped__(title, attributable) == _whole_title_as_written(title, attributable)
