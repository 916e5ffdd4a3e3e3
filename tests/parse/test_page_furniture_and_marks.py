"""Layouts from the gap finds (tests/parse/releases/), each with the rule it needed: page furniture
(page numbers, running headers) inside a table that runs over a page break; footnote markers on
header titles and stuck to values; percent cells printed with their own '%' under a unit line with
no '%' column; a per-share table whose cells print their own yen ('¥ 112.45', '154.36 yen') with
no unit row, right after the money table; '+' signs on change cells."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.numbers import cells_in
from tests.parse.conftest import RELEASES, figure, parsed_release


def _values(result: dict) -> set[float]:
    return {f["value"] for f in result["figures"]}


# Page furniture.

_FORECAST_Q1 = {
    ("revenue", "2024-09-30"): 50_000_000_000,
    ("revenue", "2025-03-31"): 102_000_000_000,
    ("operating_profit", "2025-03-31"): 8_600_000_000,
    ("ordinary_profit", "2025-03-31"): 9_200_000_000,
    ("net_profit_attributable", "2025-03-31"): 6_300_000_000,
    ("eps_basic", "2025-03-31"): 191.6,
}


def _assert_q1_tanshin(result: dict, end: str = "2025-03-31", start: str = "2024-04-01") -> None:
    for (metric, period_end), value in _FORECAST_Q1.items():
        period_end = period_end.replace("2025-03-31", end).replace("2024-09-30", f"{start[:4]}-09-30")
        fact = figure(result, metric, period_end, "forecast")
        assert fact["value"] == value and fact["period_start"] == start
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 24_518_000_000
    # Nothing from the furniture: no page number or year as a value, no full-year actual.
    assert not {2_000_000, 2_024_000_000, 2_000_000_000} & _values(result)
    assert not [f for f in result["figures"] if f["scenario"] == "actual" and f["period_end"] == end]
    assert len(result["figures"]) == 20
    assert result["warnings"] == []


def test_page_break_between_a_row_label_and_its_values() -> None:
    """'Fiscal year ending' / 'March 31, 2025' / '- 2 -' / running header / the row's values."""
    _assert_q1_tanshin(parsed_release("q1-tanshin-page-break-inside-forecast-row.txt"))


def test_running_header_with_a_year_between_two_rows() -> None:
    """'<Company> (<code>) Consolidated Financial Results for the Fiscal Year 2024' and '- 2 -'."""
    _assert_q1_tanshin(parsed_release("q1-tanshin-running-header-with-year-between-rows.txt"))


_BREAK = (
    "Fiscal year ending\nMarch 31, 2025\n- 2 -\nHokuto Seiki Co., Ltd. (6389) Summary of Consolidated Financial Results"
    " for the Three Months Ended June 30, 2024\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "- 2 -\nHokuto Seiki Co., Ltd. (6389) Quarterly Results",
        "Hokuto Seiki Co., Ltd. (6389) Quarterly Results\n— 2 —",
        "Page 2 of 5\nHokuto Seiki Co., Ltd.",
        "(Securities code: 6389) Summary of Results for Fiscal Year 2024\n\nPage 2",
        "HOKUTO SEIKI CO., LTD.\n2/5",
        "-2-",
    ],
)
def test_page_furniture_forms(furniture: str) -> None:
    text = (RELEASES / "q1-tanshin-page-break-inside-forecast-row.txt").read_text()
    assert _BREAK in text
    _assert_q1_tanshin(parse_release(text.replace(_BREAK, f"Fiscal year ending\nMarch 31, 2025\n{furniture}\n")))


def test_page_furniture_under_a_december_year_end_one_row_per_line() -> None:
    """The same rule with rows printed one per line, a December year end and a header repeated at
    two page breaks that names neither the company nor its code."""
    text = """Consolidated Financial Results for the Three Months Ended March 31, 2024 [Japanese GAAP]
May 10, 2024
Company name: Aoba Kasei Co., Ltd.
Securities code: 4123
1. Consolidated financial results for the three months ended March 31, 2024 (January 1, 2024 to March 31, 2024)
(1) Consolidated operating results
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Millions of yen % Millions of yen % Millions of yen % Millions of yen %
Three months ended March 31, 2024 12,400 3.1 1,020 4.4 1,100 2.0 720 1.1
Quarterly Summary FY2024
- 1 -
Three months ended March 31, 2023 12,027 1.0 977 0.5 1,078 0.9 712 0.2
2. Consolidated earnings forecasts for the fiscal year ending December 31, 2024 (January 1, 2024 to December 31, 2024)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Millions of yen % Millions of yen % Millions of yen % Millions of yen %
Six months ending June 30, 2024 25,000 2.0 2,100 1.0 2,200 1.0 1,500 1.0
Quarterly Summary FY2024
- 2 -
Full year 51,000 3.0 4,300 2.0 4,500 2.0 3,100 2.0
"""
    result = parse_release(text)
    assert figure(result, "revenue", "2023-03-31", "actual")["value"] == 12_027_000_000
    assert figure(result, "operating_profit", "2024-03-31", "actual")["value"] == 1_020_000_000
    full = figure(result, "net_profit_attributable", "2024-12-31", "forecast")
    assert full["value"] == 3_100_000_000 and full["period_start"] == "2024-01-01"
    assert figure(result, "revenue", "2024-06-30", "forecast")["value"] == 25_000_000_000
    assert not {1_000_000, 2_000_000, 2_024_000_000} & _values(result)
    assert len(result["figures"]) == 16


def test_a_bare_number_line_alone_is_a_cell_not_a_page_number() -> None:
    """One cell per line: a bare '2' alone on its line is a value, not a page number."""
    text = """Notice Regarding Revision of Financial Results Forecast
November 5, 2024
Company name: Kiso Denko Co., Ltd.
Securities code: 6999
1. Revision of consolidated forecast for the fiscal year ending March 31, 2025 (April 1, 2024 to March 31, 2025)
Net sales
Operating profit
Millions of yen
Millions of yen
Previous forecast (A)
120
4
Revised forecast (B)
118
2
"""
    result = parse_release(text)
    assert figure(result, "operating_profit", "2025-03-31", "forecast")["value"] == 2_000_000


# Footnote markers.


def test_footnote_mark_stuck_to_a_value() -> None:
    """'1,284,560*1 7.2 98,410 ...': the mark does not cut the row, so the %-changes stay changes."""
    result = parsed_release("usgaap-summary-footnote-mark-on-value.txt")
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 1_284_560_000_000
    assert figure(result, "operating_profit", "2024-12-31", "actual")["value"] == 98_410_000_000
    assert figure(result, "profit_before_tax", "2024-12-31", "actual")["value"] == 101_220_000_000
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == 70_115_000_000
    assert not {12_500_000, 10_800_000, 9_900_000} & _values(result)


def test_note_number_on_a_header_title() -> None:
    """'Profit attributable to owners of parent (Note 2)': the table is read, not dropped."""
    result = parsed_release("jgaap-summary-note-marks-in-header-and-cells.txt")
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 118_204_000_000
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 7_002_000_000
    assert figure(result, "ordinary_profit", "2023-03-31", "actual")["value"] == 9_214_000_000
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 572.1
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_MARKED = """Consolidated Financial Results for the Year Ended {end} [Japanese GAAP]
{published}
Company name: Sanyo Denki Kogyo Co., Ltd.
Securities code: 6516
1. Consolidated results for the year ended {end} ({start} to {end})
(1) Consolidated operating results
{titles}
Millions of yen % Millions of yen % Millions of yen % Millions of yen %
Year ended {end} {row}
Year ended {prior_end} 112,040 8.0 8,599 2.2 9,214 3.9 6,325 1.5
"""


@pytest.mark.parametrize(
    "titles, row",
    [
        (
            "Net sales (Note 1) Operating profit Ordinary profit Profit attributable to owners of parent",
            "118,204 5.5 9,811 14.1 10,320 12.0 7,002 10.7",
        ),
        (
            "Net sales[1] Operating profit[2] Ordinary profit Profit attributable to owners of parent",
            "118,204 5.5 9,811 14.1 10,320 12.0 7,002 10.7",
        ),
        (
            "Net sales [1] Operating profit Ordinary profit Profit attributable to owners of parent (Note 3)",
            "118,204*1 5.5 9,811 14.1 10,320 12.0 7,002※2 10.7",
        ),
        (
            "Net sales Operating profit (Notes 2) Ordinary profit Profit attributable to owners of parent",
            "118,204 5.5 9,811(*1) 14.1 10,320 12.0 7,002 ※ 10.7",
        ),
    ],
)
@pytest.mark.parametrize(
    "end, prior_end, start, published",
    [
        ("March 31, 2024", "March 31, 2023", "April 1, 2023", "May 10, 2024"),
        ("December 31, 2024", "December 31, 2023", "January 1, 2024", "February 12, 2025"),
        ("February 29, 2024", "February 28, 2023", "March 1, 2023", "April 10, 2024"),
    ],
)
def test_footnote_markers_in_titles_and_cells(
    titles: str, row: str, end: str, prior_end: str, start: str, published: str
) -> None:
    text = _MARKED.format(titles=titles, row=row, end=end, prior_end=prior_end, start=start, published=published)
    result = parse_release(text)
    year = {"March": "2024-03-31", "December": "2024-12-31", "February": "2024-02-29"}[end.split()[0]]
    assert figure(result, "revenue", year, "actual")["value"] == 118_204_000_000
    assert figure(result, "operating_profit", year, "actual")["value"] == 9_811_000_000
    assert figure(result, "ordinary_profit", year, "actual")["value"] == 10_320_000_000
    assert figure(result, "net_profit_attributable", year, "actual")["value"] == 7_002_000_000
    assert not {1_000_000, 2_000_000, 3_000_000} & _values(result)
    assert len(result["figures"]) == 8
    assert result["warnings"] == []


def test_bracketed_values_are_not_footnote_marks() -> None:
    """'[40.2%]' is a value; '[1]' is a mark only right after a word."""
    assert [c.value for c in cells_in("2,904 million yen [40.2%]")] == [2904.0, 40.2]
    assert [c.value for c in cells_in("Net sales[1] Operating profit [2]")] == []


# Percent cells.


@pytest.mark.parametrize(
    "name", ["nine-month-tanshin-pct-cells-unit-line-without-pct.txt", "nine-month-tanshin-pct-and-yen-in-cells.txt"]
)
def test_percent_printed_in_the_cell_under_a_unit_line_without_percent_columns(name: str) -> None:
    result = parsed_release(name)
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 81_204_000_000
    assert figure(result, "operating_profit", "2024-12-31", "actual")["value"] == 4_102_000_000
    assert figure(result, "ordinary_profit", "2024-12-31", "actual")["value"] == 4_388_000_000
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == 2_950_000_000
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 2_886_000_000
    assert figure(result, "ordinary_profit", "2025-03-31", "forecast")["value"] == 6_300_000_000
    assert figure(result, "eps_basic", "2025-03-31", "forecast")["value"] == 160.11
    assert not {6_300_000, -3_100_000, 4_000_000, 1_900_000} & _values(result)
    assert result["warnings"] == []  # no column-count warning, no 'no unit' warning


def test_per_share_table_with_yen_in_cells_and_no_unit_row() -> None:
    """'Basic earnings per share Diluted earnings per share' right after the money table's rows, no
    '(Yen)' under the titles: a table of its own (not more rows of the money table, whose columns would
    read '¥ 112.45' as 112.45 million of net sales)."""
    result = parsed_release("nine-month-tanshin-pct-and-yen-in-cells.txt")
    for end, value in (("2024-12-31", 112.45), ("2023-12-31", 110.02)):
        fact = figure(result, "eps_basic", end, "actual")
        assert (fact["value"], fact["unit"], fact["period_start"][:4]) == (value, "JPY_per_share", end[:4])
        assert (fact["consolidated"], fact["accounting_standard"]) == (True, "J-GAAP")
    assert not {112_450_000, 110_020_000} & _values(result)
    assert len(result["figures"]) == 15


def test_per_share_yen_word_after_the_value_december_year_end() -> None:
    result = parsed_release("december-tanshin-per-share-yen-word-in-cells.txt")
    assert figure(result, "eps_basic", "2024-12-31", "actual")["value"] == 154.36
    assert figure(result, "eps_basic", "2023-12-31", "actual")["period_start"] == "2023-01-01"
    assert figure(result, "eps_basic", "2023-12-31", "actual")["value"] == 141.85
    assert figure(result, "eps_basic", "2025-12-31", "forecast")["value"] == 165.02
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 35_812_000_000
    assert not {153.98, 141.52} & _values(result)  # the diluted column is no basic EPS
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_PER_SHARE_NO_UNIT_ROW = """Consolidated Financial Results for the Six Months Ended {end} <under Japanese GAAP>
{published}
Company name: Hokuyo Denki Co., Ltd.
Securities code: 6651
1. Consolidated financial results for the six months ended {end} (from {start} to {end})
(1) Consolidated operating results (cumulative)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Six months ended {end} ¥ 20,416 million 5.2% ¥ 1,204 million 9.9% ¥ 1,260 million 8.1% ¥ 802 million 20.5%
Six months ended {prior_end} ¥ 19,407 million 1.0% ¥ 1,096 million △2.0% ¥ 1,166 million △1.4% ¥ 666 million 3.3%
{share_titles}
Six months ended {end} {eps}
Six months ended {prior_end} {prior_eps}
"""

_PUBLISHED = {"December": "February 7, 2025", "September": "November 8, 2024", "June": "August 9, 2024"}


@pytest.mark.parametrize(
    "start, end, prior_end, share_titles, eps, prior_eps",
    [
        # June year end, basic EPS only, the yen sign before the value.
        ("July 1, 2024", "December 31, 2024", "December 31, 2023", "Basic earnings per share", "¥ 48.07", "¥ 39.90"),
        # March year end, diluted printed, 'JPY' before the value.
        (
            "April 1, 2024",
            "September 30, 2024",
            "September 30, 2023",
            "Basic earnings per share Diluted earnings per share",
            "JPY 48.07 -",
            "JPY 39.90 -",
        ),
        # December year end, 'Yen' after the value, diluted printed, no 'Basic' in the title.
        (
            "January 1, 2024",
            "June 30, 2024",
            "June 30, 2023",
            "Earnings per share Diluted earnings per share",
            "48.07 Yen 47.88 Yen",
            "39.90 Yen 39.71 Yen",
        ),
    ],
)
def test_per_share_table_without_unit_row_variants(
    start: str, end: str, prior_end: str, share_titles: str, eps: str, prior_eps: str
) -> None:
    text = _PER_SHARE_NO_UNIT_ROW.format(
        start=start,
        end=end,
        prior_end=prior_end,
        published=_PUBLISHED[end.split()[0]],
        share_titles=share_titles,
        eps=eps,
        prior_eps=prior_eps,
    )
    result = parse_release(text)
    months = {"January": "01", "April": "04", "July": "07"}
    period_start = f"2024-{months[start.split()[0]]}-01"
    period_end = {"December": "2024-12-31", "September": "2024-09-30", "June": "2024-06-30"}[end.split()[0]]
    fact = figure(result, "eps_basic", period_end, "actual")
    assert (fact["value"], fact["period_start"], fact["unit"]) == (48.07, period_start, "JPY_per_share")
    assert fact["accounting_standard"] == "J-GAAP"
    assert figure(result, "eps_basic", period_end.replace("2024", "2023"), "actual")["value"] == 39.9
    assert figure(result, "net_profit_attributable", period_end, "actual")["value"] == 802_000_000
    assert not {48_070_000, 39_900_000, 47.88, 39.71} & _values(result)
    assert len(result["figures"]) == 10
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "unit_line, row, prior",
    [
        (
            "(Millions of yen)",
            "Six months ended August 31, 2024 40,210 +6.3% 2,102 ▲3.1% 2,188 -1.0% 1,450 -",
            "Six months ended August 31, 2023 37,829 4.0% 2,169 11.8% 2,210 9.9% 980 12.1%",
        ),
        (
            "(Thousands of yen; % shows the change from a year earlier)",
            "Six months ended August 31, 2024 40,210,000 6.3 % 2,102,000 △3.1 % 2,188,000 △1.0 % 1,450,000 -",
            "Six months ended August 31, 2023 37,829,000 4.0 % 2,169,000 11.8 % 2,210,000 9.9 % 980,000 12.1 %",
        ),
    ],
)
def test_percent_cells_under_a_february_year_end(unit_line: str, row: str, prior: str) -> None:
    text = f"""Summary of Consolidated Financial Results for the Six Months Ended August 31, 2024 [Japanese GAAP]
October 10, 2024
Company name: Minato Retail Co., Ltd.
Securities code: 3099
1. Consolidated financial results for the six months ended August 31, 2024 (March 1, 2024 to August 31, 2024)
(1) Consolidated operating results (cumulative)
{unit_line}
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
{row}
{prior}
"""
    result = parse_release(text)
    assert figure(result, "revenue", "2024-08-31", "actual")["value"] == 40_210_000_000
    assert figure(result, "operating_profit", "2024-08-31", "actual")["value"] == 2_102_000_000
    assert figure(result, "ordinary_profit", "2024-08-31", "actual")["value"] == 2_188_000_000
    assert figure(result, "net_profit_attributable", "2024-08-31", "actual")["value"] == 1_450_000_000
    assert figure(result, "net_profit_attributable", "2023-08-31", "actual")["value"] == 980_000_000
    assert len(result["figures"]) == 8


# Plus signs.


def test_a_plus_sign_opens_a_cell_but_not_a_phone_number() -> None:
    assert [(c.value, c.percent) for c in cells_in("Revenue 182.4 196.1 +7.5% 820.0")] == [
        (182.4, False),
        (196.1, False),
        (7.5, True),
        (820.0, False),
    ]
    assert [c.value for c in cells_in("Change (B-A) +1,234 +12")] == [1234.0, 12.0]
    for phone in ("TEL: +81 3 1234 5678", "+81-3-1234-5678", "+81 (0)3 1234 5678", "+81-90-1234-5678"):
        assert 81.0 not in [c.value for c in cells_in(phone)], phone
