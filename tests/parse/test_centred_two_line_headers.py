"""Two-line column headers of vertically centred cells (pdftotext -layout): the wrapped titles' first
lines ('Profit attributable   Basic earnings') print above the line that holds the one-line titles and
the wrapped titles' rest ('Net sales  Operating profit  Ordinary profit  to owners of parent  per
share'). Read with the first line as the leading columns, every value went to another metric,
silently; the second line's order is the columns' order."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.figures import header_metrics
from tests.parse.conftest import figure, parsed_release

JGAAP = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable", "eps_basic")
IFRS = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")


def test_revision_with_wrapped_titles_above_the_one_line_titles() -> None:
    result = parsed_release("revision-centred-two-line-header-wrapped-titles-above.txt")
    for scenario, period_end, values in (
        ("previous_forecast", "2026-03-31", (126_000, 5_400, 5_650, 3_700, 92.31)),
        ("forecast", "2026-03-31", (131_500, 6_250, 6_580, 4_300, 107.28)),
        ("actual", "2025-03-31", (122_874, 5_118, 5_402, 3_516, 87.72)),
    ):
        for metric, value in zip(JGAAP, values, strict=True):
            expected = value if metric == "eps_basic" else value * 1_000_000
            assert figure(result, metric, period_end, scenario)["value"] == expected, (metric, scenario)
    assert figure(result, "revenue", "2026-03-31", "previous_forecast")["announced_on"] == "2025-05-12"
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


_RESULTS = """February 12, 2026
Company name: Sakuragawa Textiles Co., Ltd.
(Securities code: 3587, Tokyo Stock Exchange Standard Market)
Notice Concerning Differences between Forecast and Actual Results
Sakuragawa Textiles Co., Ltd. announces differences between the consolidated forecast announced on
August 8, 2025 and the actual results for the fiscal year ended December 31, 2025.
1. Differences for the fiscal year ended December 31, 2025 (January 1, 2025 to December 31, 2025)
{block}
Previous forecast (A)      50,000    4,000    3,900    {npa_a}    {eps_a}
Actual results (B)         52,100    4,350    4,260    {npa_b}    {eps_b}
Change (B-A)               2,100     350      360      240
"""
_J_TITLES = (
    "                                                       Profit attributable   Basic earnings\n"
    "                Net sales      Operating profit   Ordinary profit   to owners of parent   per share\n"
)


@pytest.mark.parametrize(
    ("block", "metrics", "scale"),
    [
        (  # IFRS: the wrapped titles in the middle and at the end, units row last
            "                                            Profit before   Profit attributable to   Basic earnings\n"
            "                Revenue    Operating profit   income taxes    owners of the parent     per share\n"
            "                JPY millions  JPY millions    JPY millions    JPY millions             JPY",
            IFRS,
            1e6,
        ),
        (_J_TITLES + "                Thousand yen   Thousand yen   Thousand yen   Thousand yen   Yen", JGAAP, 1e3),
        (  # the first title wrapped too: the second line opens on the rest of a title
            "                Net                                                Profit attributable   Basic earnings\n"
            "                sales        Operating profit   Ordinary profit   to owners of parent   per share\n"
            "                Million yen  Million yen        Million yen       Million yen           Yen",
            JGAAP,
            1e6,
        ),
        ("(Unit: millions of yen)\n" + _J_TITLES, JGAAP, 1e6),  # no units row
    ],
)
@pytest.mark.parametrize(("npa", "eps"), [(("2,600", "2,840"), ("41.20", "45.01")), (("－", "2,840"), ("－", "45.01"))])
def test_centred_header_variants(
    block: str, metrics: tuple[str, ...], scale: float, npa: tuple[str, str], eps: tuple[str, str]
) -> None:
    result = parse_release(_RESULTS.format(block=block, npa_a=npa[0], npa_b=npa[1], eps_a=eps[0], eps_b=eps[1]))
    for metric, value in zip(metrics, (52_100, 4_350, 4_260, 2_840, 45.01), strict=True):
        got = figure(result, metric, "2025-12-31", "actual")
        assert got["value"] == (value if metric == "eps_basic" else round(value * scale)), metric
        assert got["period_start"] == "2025-01-01"
    previous = {f["metric"]: f["value"] for f in result["figures"] if f["scenario"] == "previous_forecast"}
    assert previous["revenue"] == round(50_000 * scale)
    assert previous["operating_profit"] == round(4_000 * scale)
    assert ("net_profit_attributable" in previous) is (npa[0] != "－")
    assert not [w for w in result["warnings"] if "matched in order" in w or "skipped" in w]


@pytest.mark.parametrize(
    ("header", "metrics"),
    [
        (
            "Profit attributable   Basic earnings Net sales      Operating profit  Ordinary profit  to owners of"
            " parent   per share Million yen    Million yen       Million yen      Million yen           Yen",
            JGAAP,
        ),
        (  # only the attributable profit wrapped, no EPS column
            "Profit attributable Revenue   Operating profit   Profit before tax   to owners of the parent",
            IFRS[:4],
        ),
    ],
)
def test_centred_header_metrics(header: str, metrics: tuple[str, ...]) -> None:
    assert header_metrics(header) == metrics
