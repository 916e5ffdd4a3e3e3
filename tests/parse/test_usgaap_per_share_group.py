"""US GAAP large-cap summaries opening on a dateline lead ('Osaka, Japan, February 10, 2025 - X Corporation
(TSE: 6859) today announced its consolidated' / 'financial results for the fiscal year ended December 31,
2024 ("fiscal 2024").'), with 'Year ended' / 'December 31, 2023' two-line column titles and a 'Per share
of common stock:' group line over '... Corporation - Basic' / '- Diluted' rows. The lead's line, full of
names, was no prose: its year phrase joined the column titles and swapped the years. The group line
ended the net income row's label, which then read as EPS, and the '- Basic' dash was a blank cell."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.numbers import cells_in
from etl.parse.tables import is_prose
from tests.parse.conftest import RELEASES, figure, parsed_release

METRICS = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable", "eps_basic")
NAME = "usgaap-largecap-per-share-group-dateline-lead.txt"
TEXT = (RELEASES / NAME).read_text(encoding="utf-8")
PRIOR = (842_310e6, 71_204e6, 75_960e6, 50_118e6, 241.06)
CURRENT = (903_775e6, 80_118e6, 84_402e6, 58_930e6, 285.37)


def _check(result: dict, prior_end: str = "2023-12-31", current_end: str = "2024-12-31") -> None:
    for end, values in ((prior_end, PRIOR), (current_end, CURRENT)):
        for metric, value in zip(METRICS, values, strict=True):
            assert figure(result, metric, end, "actual")["value"] == value, (metric, end)
    actuals = [f for f in result["figures"] if f["scenario"] == "actual"]
    assert len(actuals) == 10  # no diluted EPS, no US dollar column
    assert result["warnings"] == []


def test_per_share_group_and_dateline_lead() -> None:
    result = parsed_release(NAME)
    _check(result)
    assert figure(result, "net_profit_attributable", "2025-12-31", "forecast")["value"] == 61_000e6


def test_march_year_end() -> None:
    text = (
        TEXT.replace("December 31, 2023", "March 31, 2024 ").replace("December 31, 2024", "March 31, 2025 ")
        .replace("December 31, 2025", "March 31, 2026").replace("February 10, 2025", "May 9, 2025")
    )
    _check(parse_release(text), "2024-03-31", "2025-03-31")


def test_lead_without_blank_line_before_the_table() -> None:
    """The lead paragraph runs straight into the summary's title and header."""
    _check(parse_release(TEXT.replace('("fiscal 2024").\n\n', '("fiscal 2024").\n')))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Per share of common stock:", "Per share data:"),  # another group wording
        ("Corporation - Basic", "Corporation - basic"),  # lower case
        ("- Diluted", "- diluted"),
        ("Osaka, Japan, February 10, 2025 - ", "TOKYO, February 10, 2025 -- "),  # another dateline
    ],
)
def test_wording_variants(old: str, new: str) -> None:
    assert old in TEXT
    _check(parse_release(TEXT.replace(old, new)))


def test_without_the_us_dollar_column() -> None:
    lines = [line[:90].rstrip() + "\n" if line.startswith((" ", "Net", "Oper", "Inc", "  ")) else line
             for line in TEXT.splitlines(keepends=True)]
    text = "".join(lines).replace("Millions of yen and thousands of U.S. dollars", "Millions of yen")
    _check(parse_release(text))


def test_dash_before_basic_or_diluted_is_no_blank_cell() -> None:
    assert [c.value for c in cells_in("  Instruments Corporation - Basic   ¥241.06   ¥285.37")] == [241.06, 285.37]
    assert [c.value for c in cells_in("                - Diluted           ¥240.52   ¥284.90")] == [240.52, 284.90]
    assert [c.blank for c in cells_in("Net sales        -        903,775")] == [True, False]  # a blank stays one


def test_dateline_lead_full_of_names_is_prose() -> None:
    assert is_prose("Osaka, Japan, February 10, 2025 - Minami Instruments Corporation (TSE: 6859) today announced its")
    assert not is_prose("Net income attributable to Minami Instruments Corporation   50,118   58,930   17.6")
