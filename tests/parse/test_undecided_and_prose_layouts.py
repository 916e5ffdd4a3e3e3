"""Layouts of the undecided cell and of facts stated in prose only (tests/parse/releases/), each
with the rule it needed: 'Undetermined' / 'TBD' dividend cells are blanks, not label words; the
document's default scope comes from statements of the figures' scope, not from any 'consolidated';
a revision notice's dividend forecast stated in prose ('from 30 yen to 20 yen', 'no change ...');
a press release's figures stated only in sentences ('Net sales rose 5.2% to ¥123.4 billion')."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.numbers import cells_in
from tests.parse.conftest import dividend, figure, parsed_release


def _keys(result: dict) -> set[tuple[str, str, str]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"]) for d in result["dividends"]}


def test_undetermined_year_end_keeps_the_interim_range_in_its_column() -> None:
    """A forecast row '- 22.00 ~ 24.00 - Undetermined Undetermined': the words were a trailing label,
    the row was short and right-aligned, and the interim range became the year-end."""
    result = parsed_release("tanshin-december-dividend-range-undetermined.txt")
    interim = dividend(result, "2025-12-31", "interim", "forecast")
    assert (interim["per_share"], interim["range_low"], interim["range_high"]) == (None, 22.0, 24.0)
    assert ("2025-12-31", "year_end", "forecast") not in _keys(result)
    assert ("2025-12-31", "annual", "forecast") not in _keys(result)
    assert dividend(result, "2024-12-31", "year_end", "actual")["per_share"] == 23.0
    assert ("2024-12-31", "annual", "actual") not in _keys(result)  # '-': a split year has no simple sum


_GRID = """Summary of Consolidated Financial Results for the Fiscal Year Ended {fy} (Japanese GAAP)
{published}
Company name: Sample Trading Co., Ltd.
Securities code: 9999
2. Dividends
Annual dividends
End of first quarter End of second quarter End of third quarter Fiscal year-end Total
Yen Yen Yen Yen Yen
Fiscal year ended {fy} - 30.00 - 32.00 62.00
Fiscal year ending {next_fy} (Forecast) - 33.00 - {cell} {cell}
"""


@pytest.mark.parametrize("cell", ["Undetermined", "TBD", "To be determined", "Undecided", "Not determined", "未定"])
@pytest.mark.parametrize(
    ("fy", "next_fy", "published"),
    [
        ("March 31, 2025", "March 31, 2026", "May 13, 2025"),
        ("December 31, 2024", "December 31, 2025", "February 14, 2025"),
        ("February 28, 2025", "February 28, 2026", "April 10, 2025"),
    ],
)
def test_an_undecided_cell_is_a_blank_that_keeps_the_row_aligned(
    cell: str, fy: str, next_fy: str, published: str
) -> None:
    result = parse_release(_GRID.format(fy=fy, next_fy=next_fy, published=published, cell=cell))
    next_end = {"March": "2026-03-31", "December": "2025-12-31", "February": "2026-02-28"}[fy.split()[0]]
    assert dividend(result, next_end, "interim", "forecast")["per_share"] == 33.0
    assert not {k for k in _keys(result) if k[0] == next_end and k[1] != "interim"}


def test_an_undetermined_forecast_cell_keeps_a_dividend_notices_columns() -> None:
    """A detail table whose 'Latest forecast' column says 'Undetermined': two per-share cells for three
    columns left the table unread but for the determined amount taken as a forecast."""
    result = parsed_release("dividend-notice-undetermined-forecast-column.txt")
    determined = dividend(result, "2025-03-31", "year_end", "actual")
    assert (determined["per_share"], determined["effective_date"], determined["total_amount"]) == (
        32.0,
        "2025-06-25",
        1_300_000_000,
    )
    assert dividend(result, "2024-03-31", "year_end", "actual")["per_share"] == 30.0
    assert not [d for d in result["dividends"] if d["scenario"] != "actual"]


@pytest.mark.parametrize(
    ("text", "blanks"),
    [
        ("- 22.00 - TBD TBD", [True, False, True, True, True]),
        ("30.00 To be determined 25.00", [False, True, False]),
        ("Not yet determined 未定 undecided", [True, True, True]),
        ("The amount is undetermined.", []),  # a sentence's word, not a cell
        ("Undeterminedness (Undetermined) TBDs", []),
    ],
)
def test_undecided_words_alone_between_spaces_are_blank_cells(text: str, blanks: list[bool]) -> None:
    assert [c.blank for c in cells_in(text)] == blanks


def test_a_consolidated_payout_ratio_says_nothing_of_the_figures_scope() -> None:
    """A share-buyback notice whose reason cites 'a consolidated payout ratio of 40%': its
    '(Reference) Results' lines, under no scope heading, have no stated scope."""
    result = parsed_release("other-share-buyback-reference-results.txt")
    assert result["document"]["kind"] == "other"
    sales = figure(result, "revenue", "2024-03-31", "actual")
    assert sales["value"] == 64_210_000_000 and sales["consolidated"] is None
    assert {f["consolidated"] for f in result["figures"]} == {None}


_BUYBACK = """{published}
Company name: Sample Trading Co., Ltd.
(Securities code: 9999, TSE Prime Market)
Notice Regarding Acquisition of Own Shares
Sample Trading Co., Ltd. (the "Company") hereby announces that {reason}
(Reference) Results for the fiscal year ended {fy}
Net sales 64,210 million yen
Operating profit 3,102 million yen
"""


@pytest.mark.parametrize(
    ("reason", "scope"),
    [
        ("it will acquire own shares, targeting a consolidated payout ratio of 40% and ROE of 8%.", None),
        ("its consolidated subsidiary will acquire shares of the Company.", None),
        ("it will acquire own shares in view of its consolidated financial results.", True),
        ("it will acquire own shares in view of its full-year consolidated earnings forecasts.", True),
        ("it will acquire own shares in view of its non-consolidated business results.", False),
        ("it will acquire own shares in view of its results on a consolidated basis.", True),
        ("it will acquire own shares in view of its consolidated and non-consolidated earnings forecasts.", None),
    ],
)
@pytest.mark.parametrize(
    ("published", "fy", "end"),
    [("November 14, 2024", "March 31, 2024", "2024-03-31"), ("August 9, 2024", "December 31, 2023", "2023-12-31")],
)
def test_the_default_scope_comes_from_a_statement_of_the_figures_scope(
    reason: str, scope: bool | None, published: str, fy: str, end: str
) -> None:
    result = parse_release(_BUYBACK.format(published=published, reason=reason, fy=fy))
    assert figure(result, "operating_profit", end, "actual")["consolidated"] is scope


def test_an_unchanged_dividend_forecast_listed_in_prose() -> None:
    """'There is no change to the dividend forecast (interim 15.00 yen, year-end 15.00 yen) announced
    on May 14, 2024': no 'per share', so the sentence was not read."""
    result = parsed_release("revision-notice-dividend-forecast-in-prose.txt")
    for period in ("interim", "year_end"):
        d = dividend(result, "2025-03-31", period, "forecast")
        assert (d["per_share"], d["announced_on"]) == (15.0, "2024-05-14")
    assert _keys(result) == {("2025-03-31", "interim", "forecast"), ("2025-03-31", "year_end", "forecast")}
    assert len(result["figures"]) == 15


_DIVIDEND_REVISION = """{published}
Company name: Sample Trading Co., Ltd.
(Securities code: 9999, TSE Prime Market)
Notice Regarding Revision of Dividend Forecast
Sample Trading Co., Ltd. (the "Company") hereby announces that it has revised the dividend forecast
for the fiscal year ending {fy}, announced on {earlier}, as described below.
{sentence}
"""
_REVISIONS = [
    ("the Company has revised its year-end dividend forecast from 30 yen to 20 yen per share.", {"year_end": (20, 30)}),
    ("the Company has lowered its year-end dividend forecast to ¥20.00 per share from ¥30.00.", {"year_end": (20, 30)}),
    (
        "the year-end dividend forecast has been revised to JPY 20 per share (previous forecast: JPY 30).",
        {"year_end": (20, 30)},
    ),
    (
        "the Board of Directors resolved to revise the interim dividend forecast from 25 yen to 20 yen and the "
        "year-end dividend forecast from 25 yen to 30 yen per share.",
        {"interim": (20, 25), "year_end": (30, 25)},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), _REVISIONS)
@pytest.mark.parametrize(
    ("published", "earlier", "fy", "fy_end"),
    [
        ("November 12, 2024", "May 14, 2024", "March 31, 2025", "2025-03-31"),
        ("August 8, 2024", "February 13, 2024", "December 31, 2024", "2024-12-31"),
        ("October 10, 2024", "April 11, 2024", "February 28, 2025", "2025-02-28"),
    ],
)
def test_a_dividend_forecast_revised_in_prose(
    sentence: str, expected: dict, published: str, earlier: str, fy: str, fy_end: str
) -> None:
    text = _DIVIDEND_REVISION.format(
        published=published, earlier=earlier, fy=fy, sentence=sentence[0].upper() + sentence[1:]
    )
    result = parse_release(text)
    published_iso = result["document"]["published_on"]
    for period, (new, old) in expected.items():
        revised = dividend(result, fy_end, period, "forecast")
        assert (revised["per_share"], revised["announced_on"]) == (new, published_iso)
        replaced = dividend(result, fy_end, period, "previous_forecast")
        assert replaced["per_share"] == old and replaced["announced_on"] is not None
        assert replaced["announced_on"] < published_iso
    assert not [d for d in result["dividends"] if d["scenario"] == "actual"]


def test_last_years_dividend_cited_in_a_forecast_is_no_previous_forecast() -> None:
    text = _DIVIDEND_REVISION.format(
        published="November 12, 2024",
        earlier="May 14, 2024",
        fy="March 31, 2025",
        sentence="The Company has raised its year-end dividend forecast to 35 yen per share, up from 30 yen in the "
        "previous fiscal year.",
    )
    result = parse_release(text)
    assert _keys(result) == {("2025-03-31", "year_end", "forecast")}
    assert dividend(result, "2025-03-31", "year_end", "forecast")["per_share"] == 35.0


def test_a_press_release_with_figures_in_prose_only() -> None:
    """IR-site press release: 'Net sales rose 5.2% year on year to ¥1,234.5 billion ...', 'raised its
    forecast of net sales to ¥2,550 billion from ¥2,480 billion', '... is unchanged at ¥135 billion'.
    (The case's day-first dateline is another fix's: this copy dates itself month first.)"""
    result = parsed_release("press-release-prose-only-figures.txt")
    assert result["status"] == "parsed"
    half = {"revenue": 1_234_500_000_000, "operating_profit": 98_700_000_000, "net_profit_attributable": 66_200_000_000}
    for metric, value in half.items():
        f = figure(result, metric, "2024-09-30", "actual")
        assert (f["value"], f["period_start"], f["announced_on"]) == (value, "2024-04-01", None)
    revised = {
        "revenue": (2_550_000_000_000, 2_480_000_000_000),
        "operating_profit": (200_000_000_000, 185_000_000_000),
    }
    for metric, (new, old) in revised.items():
        f = figure(result, metric, "2025-03-31", "forecast")
        assert (f["value"], f["period_start"], f["announced_on"]) == (new, "2024-04-01", "2024-11-14")
        assert figure(result, metric, "2025-03-31", "previous_forecast")["value"] == old
    kept = figure(result, "net_profit_attributable", "2025-03-31", "forecast")
    assert (kept["value"], kept["announced_on"]) == (135_000_000_000, None)
    assert len(result["figures"]) == 8  # no percentage, no dividend, no prior-year amount read as a figure
    interim = dividend(result, "2025-03-31", "interim", "actual")  # 'set at ¥40 per share, an increase of ¥5'
    assert interim["per_share"] == 40.0
    assert _keys(result) == {("2025-03-31", "interim", "actual")}


_PRESS_RELEASE = """FOR IMMEDIATE RELEASE
Sample Motors Announces Financial Results for the First Half of the Fiscal Year Ending {fy}
TOKYO, {published} - Sample Motors Co., Ltd. (TSE: 9999) today announced its consolidated financial results for the six
months ended {half} (the first half of the fiscal year ending {fy}).
Demand for light commercial vehicles stayed firm in the period under review, and the yen was weak. {body}
"""
_YEARS = [
    ("March 31, 2025", "September 30, 2024", "November 14, 2024", "2024-09-30", "2025-03-31"),
    ("December 31, 2024", "June 30, 2024", "August 8, 2024", "2024-06-30", "2024-12-31"),
    ("February 28, 2025", "August 31, 2024", "October 10, 2024", "2024-08-31", "2025-02-28"),
]


@pytest.mark.parametrize(
    ("body", "metric", "value"),
    [
        ("Net sales rose 5.2% to ¥123.4 billion on higher unit sales.", "revenue", 123_400_000_000),
        ("The Company posted operating profit of ¥8.6 billion, up 12.1%.", "operating_profit", 8_600_000_000),
        (
            "Net income attributable to owners of the parent decreased 3.0% to 5,210 million yen.",
            "net_profit_attributable",
            5_210_000_000,
        ),
        (
            "Ordinary profit amounted to JPY 9.1 billion (JPY 8.7 billion a year earlier).",
            "ordinary_profit",
            9_100_000_000,
        ),
        ("Net sales increased from ¥117.3 billion to ¥123.4 billion.", "revenue", 123_400_000_000),
        ("The Company recorded an operating loss of ¥1.2 billion.", "operating_profit", -1_200_000_000),
        ("Operating profit rose ¥1.2 billion to ¥8.6 billion.", "operating_profit", 8_600_000_000),
        ("Compared with the forecast, operating profit was ¥8.6 billion.", "operating_profit", 8_600_000_000),
        ("Operating profit was ¥8.6 billion, a ¥1.2 billion increase.", "operating_profit", 8_600_000_000),
    ],
)
@pytest.mark.parametrize(("fy", "half", "published", "half_end", "fy_end"), _YEARS)
def test_results_stated_in_a_sentence(
    body: str, metric: str, value: int, fy: str, half: str, published: str, half_end: str, fy_end: str
) -> None:
    result = parse_release(_PRESS_RELEASE.format(fy=fy, half=half, published=published, body=body))
    assert [(f["metric"], f["period_end"], f["scenario"], f["value"]) for f in result["figures"]] == [
        (metric, half_end, "actual", value)
    ]


@pytest.mark.parametrize(("fy", "half", "published", "half_end", "fy_end"), _YEARS)
def test_a_guidance_range_in_prose_is_a_forecast_range(
    fy: str, half: str, published: str, half_end: str, fy_end: str
) -> None:
    body = "For the full year, the Company expects net sales of ¥250 billion to ¥260 billion."
    result = parse_release(_PRESS_RELEASE.format(fy=fy, half=half, published=published, body=body))
    f = figure(result, "revenue", fy_end, "forecast")
    assert (f["value"], f["range_low"], f["range_high"]) == (None, 250_000_000_000, 260_000_000_000)
    assert f["announced_on"] == result["document"]["published_on"]
    assert len(result["figures"]) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Operating profit rose 12.1% and net sales rose 5.2% year on year.",  # percentages only
        "In the Automotive segment, net sales rose 3.0% to ¥50.0 billion.",  # a segment's figure
        "Net sales in North America were ¥40.0 billion.",  # a region's figure
        "Net sales were between ¥120 billion and ¥125 billion.",  # a range is never an actual
        "The impairment loss will reduce operating profit by ¥500 million.",  # a change, not a figure
        "Operating profit increased ¥1.2 billion on higher sales.",
        "Net sales rose to ¥123.4 billion, or US$0.8 billion, and dividends reached 40 yen per share.",
    ],
)
def test_prose_without_a_company_amount_states_no_figure(body: str) -> None:
    fy, half, published, _, _ = _YEARS[0]
    result = parse_release(_PRESS_RELEASE.format(fy=fy, half=half, published=published, body=body))
    assert [f["value"] for f in result["figures"] if f["value"] != 123_400_000_000] == []
    assert not [f for f in result["figures"] if f["range_low"] is not None]


def test_a_forecast_kept_since_an_earlier_date_carries_that_date() -> None:
    fy, half, published, _, fy_end = _YEARS[0]
    body = "The full-year forecast of operating profit announced on May 10, 2024 remains unchanged at ¥20.0 billion."
    result = parse_release(_PRESS_RELEASE.format(fy=fy, half=half, published=published, body=body))
    f = figure(result, "operating_profit", fy_end, "forecast")
    assert (f["value"], f["announced_on"]) == (20_000_000_000, "2024-05-10")


def test_a_dividend_forecast_set_at_an_amount_is_a_forecast() -> None:
    text = _DIVIDEND_REVISION.format(
        published="November 12, 2024",
        earlier="May 14, 2024",
        fy="March 31, 2025",
        sentence="The year-end dividend forecast has been set at ¥25 per share.",
    )
    result = parse_release(text)
    assert _keys(result) == {("2025-03-31", "year_end", "forecast")}
    assert dividend(result, "2025-03-31", "year_end", "forecast")["announced_on"] == "2024-11-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board of Directors resolved to pay a year-end dividend of 50 yen per share, an increase of 10 yen "
        "from the previous fiscal year.",
        "The year-end dividend has been set at ¥50 per share, up ¥10 from the previous fiscal year.",
    ],
)
def test_a_difference_between_dividends_is_no_dividend(sentence: str) -> None:
    text = _DIVIDEND_REVISION.format(
        published="May 13, 2025", earlier="May 14, 2024", fy="March 31, 2025", sentence=sentence
    ).replace("Revision of Dividend Forecast", "Dividends of Surplus")
    result = parse_release(text)
    assert _keys(result) == {("2025-03-31", "year_end", "actual")}
    assert dividend(result, "2025-03-31", "year_end", "actual")["per_share"] == 50.0
