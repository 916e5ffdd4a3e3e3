"""Layouts of revision tables dated only by their lead paragraph and of metrics-as-rows results tables
with period columns (tests/parse/releases/), each with the rule it needed: a 'Previous forecast (A) |
Revised forecast (B)' table under no period heading takes the period the lead paragraph names for
the revision; 'FY3/24' (month first, two-digit year) is a fiscal year."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.periods import Calendar, resolve
from tests.parse.conftest import figure, parsed_release


def _keys(result: dict) -> set[tuple[str, str, str]]:
    return {(f["metric"], f["period_end"], f["scenario"]) for f in result["figures"]}


_REVISION = {
    "previous_forecast": (6_800e6, 420e6, 440e6, 300e6, 75.10),
    "forecast": (7_200e6, 510e6, 530e6, 365e6, 91.37),
}
_METRICS = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")


@pytest.mark.parametrize(
    "name", ["revision-period-only-in-lead-paragraph.txt", "revision-nth-fiscal-year-fy-slash-two-digit.txt"]
)
def test_revision_table_takes_the_lead_paragraphs_period(name: str) -> None:
    result = parsed_release(name)
    for scenario, values in _REVISION.items():
        for metric, value in zip(_METRICS, values, strict=True):
            assert figure(result, metric, "2025-03-31", scenario)["value"] == pytest.approx(value)
    assert figure(result, "revenue", "2025-03-31", "previous_forecast")["announced_on"] == "2024-05-10"
    assert figure(result, "revenue", "2025-03-31", "forecast")["announced_on"] == "2024-10-25"
    # The reference row is the previous year's results, never the current year's.
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 6_512e6
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 67.84
    assert ("revenue", "2025-03-31", "actual") not in _keys(result)


_LEAD = """{published}
Company name: Sample Works Co., Ltd.
Securities code: 9999
{heading}
Sample Works Co., Ltd. has revised its consolidated forecasts for the fiscal year ending {fy}
announced on {announced} as follows.
(Millions of yen)
Net sales Operating profit Ordinary profit Profit attributable to owners of parent
Previous forecast (A) 12,000 900 950 600
Revised forecast (B) 12,600 1,020 1,080 700
Change (B-A) 600 120 130 100
Change (%) 5.0 13.3 13.7 16.7
(Reference) Results for the previous fiscal year 11,400 850 880 560
"""


@pytest.mark.parametrize("heading", ["Notice Regarding Revision of Earnings Forecasts", "1. Revision of the forecast"])
@pytest.mark.parametrize(
    ("fy", "published", "announced", "fy_end", "prior_end"),
    [
        ("December 31, 2024", "November 8, 2024", "February 14, 2024", "2024-12-31", "2023-12-31"),
        ("February 28, 2025", "October 10, 2024", "April 11, 2024", "2025-02-28", "2024-02-29"),
    ],
)
def test_revision_lead_paragraph_variants(
    heading: str, fy: str, published: str, announced: str, fy_end: str, prior_end: str
) -> None:
    text = _LEAD.format(heading=heading, fy=fy, published=published, announced=announced)
    result = parse_release(text)
    assert figure(result, "revenue", fy_end, "previous_forecast")["value"] == 12_000e6
    assert figure(result, "ordinary_profit", fy_end, "forecast")["value"] == 1_080e6
    assert figure(result, "net_profit_attributable", prior_end, "actual")["value"] == 560e6
    assert ("revenue", fy_end, "actual") not in _keys(result)


def test_lead_paragraph_does_not_override_rows_that_name_their_period() -> None:
    text = (
        _LEAD.format(
            heading="Notice Regarding Revision of Earnings Forecasts",
            fy="March 31, 2025",
            published="October 25, 2024",
            announced="May 10, 2024",
        )
        .replace("Previous forecast (A)", "FY3/26 previous forecast (A)")
        .replace("Revised forecast (B)", "FY3/26 revised forecast (B)")
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2026-03-31", "forecast")["value"] == 12_600e6
    assert ("revenue", "2025-03-31", "forecast") not in _keys(result)


@pytest.mark.parametrize(
    ("label", "end"),
    [("FY3/24", "2024-03-31"), ("(FY3/25)", "2025-03-31"), ("FY12/23", "2023-12-31"), ("FY3/2024", "2024-03-31")],
)
def test_fy_slash_with_two_digit_year(label: str, end: str) -> None:
    cal = Calendar(fye_month=int(label.strip("()FY").split("/")[0]))
    period, _ = resolve(f"Results for the 77th fiscal year {label}", cal)
    assert period is not None and period.end.isoformat() == end


# Metrics-as-rows results tables with period columns: an interleaved 'Fiscal year ended' over two dates
# gives one date per column; 'Previous year | Current year' are the previous and current fiscal
# year's actuals; 'Amount | Ratio to net sales (%)' pairs give the amount, the ratio is derived.
_ISHIYAMA = {
    "2023-03-31": (48_520e6, 3_110e6, 3_240e6, 2_150e6),
    "2024-03-31": (51_230e6, 3_560e6, 3_702e6, 2_488e6),
}


@pytest.mark.parametrize(
    "name",
    ["summary-metric-rows-interleaved-fy-ended-columns.txt", "summary-metric-rows-previous-current-year-columns.txt"],
)
def test_metric_rows_with_period_columns(name: str) -> None:
    result = parsed_release(name)
    for end, values in _ISHIYAMA.items():
        for metric, value in zip(_METRICS, values, strict=False):
            assert figure(result, metric, end, "actual")["value"] == value
    assert len(result["figures"]) == 8  # no segment rows, no change columns
    assert result["warnings"] == []


def test_amount_ratio_pairs_give_the_amounts_only() -> None:
    result = parsed_release("summary-metric-rows-amount-ratio-pairs.txt")
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 48_520e6
    assert figure(result, "operating_profit", "2024-12-31", "actual")["value"] == 3_560e6
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == 2_488e6
    assert len(result["figures"]) == 8
    assert not [f for f in result["figures"] if f["value"] in (100.0, 6.9, 2_710e6, 450e6)]


_PERIOD_COLUMNS = """Consolidated Financial Results for the Fiscal Year Ended {fy} (Japanese GAAP)
{published}
Company name: Sample Works Co., Ltd.
Securities code: 9999
1. Operating results
(Millions of yen)
{header}
Net sales 20,100 22,400 2,300 11.4
Operating profit 1,500 1,800 300 20.0
Ordinary profit 1,550 1,870 320 20.6
"""


@pytest.mark.parametrize(
    "header",
    [
        "Fiscal year ended Fiscal year ended\n{prior} {fy} Change Change (%)",
        "Year ended Year ended\n{prior} {fy} YoY change YoY change (%)",
        "Prior year This year Change Change (%)",
        "Previous fiscal year Current fiscal year Increase/decrease Change (%)",
    ],
)
@pytest.mark.parametrize(
    ("fy", "prior", "published", "end", "prior_end"),
    [
        ("December 31, 2024", "December 31, 2023", "February 13, 2025", "2024-12-31", "2023-12-31"),
        ("June 30, 2024", "June 30, 2023", "August 9, 2024", "2024-06-30", "2023-06-30"),
    ],
)
def test_period_column_variants(header: str, fy: str, prior: str, published: str, end: str, prior_end: str) -> None:
    text = _PERIOD_COLUMNS.format(fy=fy, published=published, header=header.format(prior=prior, fy=fy))
    result = parse_release(text)
    assert figure(result, "revenue", prior_end, "actual")["value"] == 20_100e6
    assert figure(result, "revenue", end, "actual")["value"] == 22_400e6
    assert figure(result, "ordinary_profit", end, "actual")["value"] == 1_870e6
    assert len(result["figures"]) == 6


# Forecast ranges and previous forecasts stated in prose: 'expected to be from 30,000 to 32,000 million
# yen' is a range (bounds, no value); 'the previous forecast of 35,000 million yen' a previous_forecast.
def test_prose_range_with_bare_lower_bound_and_previous_forecast() -> None:
    result = parsed_release("press-release-prose-forecast-range.txt")
    revenue = figure(result, "revenue", "2025-03-31", "forecast")
    assert (revenue["value"], revenue["range_low"], revenue["range_high"]) == (None, 30_000e6, 32_000e6)
    previous = figure(result, "revenue", "2025-03-31", "previous_forecast")
    assert (previous["value"], previous["announced_on"]) == (35_000e6, "2024-05-13")
    # The operating profit sentence runs on to a line dense with amounts: read with it, its range and
    # the previous forecast after the range.
    profit = figure(result, "operating_profit", "2025-03-31", "forecast")
    assert (profit["value"], profit["range_low"], profit["range_high"]) == (None, 1_500e6, 2_000e6)
    assert figure(result, "operating_profit", "2025-03-31", "previous_forecast")["value"] == 3_200e6


_PROSE = """{published}
Sample Works Co., Ltd. (TSE Prime: 9999)
Sample Works Revises Full-Year Forecast
Sample Works Co., Ltd. today revised its consolidated forecast for the fiscal year ending {fy}.
Net sales are now expected to {phrase}, compared with {previous}.
"""


@pytest.mark.parametrize(
    "phrase",
    [
        "be from 50,000 to 52,000 million yen",
        "range from 50,000 to 52,000 million yen",
        "be between 50,000 and 52,000 million yen",
    ],
)
@pytest.mark.parametrize(
    "previous", ["the previous forecast of 55,000 million yen", "the initial forecast of 55,000 million yen"]
)
@pytest.mark.parametrize(("fy", "published", "end"), [("December 31, 2024", "August 8, 2024", "2024-12-31")])
def test_prose_range_variants(phrase: str, previous: str, fy: str, published: str, end: str) -> None:
    result = parse_release(_PROSE.format(phrase=phrase, previous=previous, fy=fy, published=published))
    sales = figure(result, "revenue", end, "forecast")
    assert (sales["value"], sales["range_low"], sales["range_high"]) == (None, 50_000e6, 52_000e6)
    assert figure(result, "revenue", end, "previous_forecast")["value"] == 55_000e6


def test_revised_from_to_stays_a_revision() -> None:
    text = _PROSE.format(
        phrase="be revised from 55,000 million yen to 52,000 million yen",
        previous="the market's view",
        fy="December 31, 2024",
        published="August 8, 2024",
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2024-12-31", "forecast")["value"] == 52_000e6
    assert figure(result, "revenue", "2024-12-31", "previous_forecast")["value"] == 55_000e6
