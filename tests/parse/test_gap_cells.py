"""Cell layouts from the second gap hunt (tests/parse/releases/), each with its rule in etl/parse/numbers.py:
forecast ranges written with a hyphen or a spaced dash ('30,000-32,000', '30,000 – 32,000'), a triangle
before a bracketed number ('▲(1,234)'), and period spans in row labels ('FY2023 (Apr. 2023 - Mar. 2024)')."""

from __future__ import annotations

import pytest

from etl.parse.numbers import cells_in
from tests.parse.conftest import figure, parsed_release


def _bounds(cells: list) -> list:
    return [(c.value, c.low, c.high) for c in cells if not c.blank]


@pytest.mark.parametrize(
    ("name", "fy_end", "scale"),
    [
        ("revision-ranges-hyphen-and-dash.txt", "2025-03-31", 1e6),
        ("revision-ranges-spaced-dash.txt", "2025-12-31", 1e9),
    ],
)
def test_hyphen_and_spaced_dash_ranges_are_one_cell(name: str, fy_end: str, scale: float) -> None:
    """Hyphen ranges were read as two cells and a spaced dash as a blank between two values: the
    lower bound became the forecast and the next column's previous forecast the standing one."""
    result = parsed_release(name)
    expected = {
        "revenue": (30_000, 32_000, 34_000),
        "operating_profit": (1_200, 1_600, 2_400),
        "ordinary_profit": (1_300, 1_700, 2_500),
        "net_profit_attributable": (800, 1_100, 1_700),
    }
    for metric, (low, high, previous) in expected.items():
        revised = figure(result, metric, fy_end, "forecast")
        assert revised["value"] is None
        assert (revised["range_low"], revised["range_high"]) == (low * scale, high * scale)
        assert figure(result, metric, fy_end, "previous_forecast")["value"] == previous * scale
    eps = figure(result, "eps_basic", fy_end, "forecast")
    assert (eps["value"], eps["range_low"], eps["range_high"]) == (None, 40.05, 55.07)
    assert not [f for f in result["figures"] if f["scenario"] == "forecast" and f["value"] is not None]
    assert result["warnings"] == []


def test_hyphen_ranges_only_between_amounts_of_one_shape() -> None:
    """Year spans, codes, phone numbers and dates keep their digits apart; so do a whole and a decimal."""
    assert _bounds(cells_in("x 30,000-32,000 (1,200)-(800) 40.05-55.07 800-1,100")) == [
        (None, 30_000, 32_000),
        (None, -1_200, -800),
        (None, 40.05, 55.07),
        (None, 800, 1_100),
    ]
    assert _bounds(cells_in("x 2023-2024 03-1234-5678 12-34-56 1.5-2")) == [
        (v, None, None) for v in (2023, 2024, 3, 1234, 5678, 12, 34, 56, 1.5, 2)
    ]


def test_spaced_dash_between_a_larger_and_a_smaller_amount_stays_a_blank() -> None:
    cells = cells_in("Change 5,000 – 3,000 -")
    assert [(c.text, c.value) for c in cells] == [("5,000", 5000), ("–", None), ("3,000", 3000), ("-", None)]
    assert _bounds(cells_in("x 30,000 – 32,000 billion yen")) == [(None, 30_000, 32_000)]


def test_triangle_before_bracketed_number_is_one_negative_cell() -> None:
    """'▲(1,234)': the triangle was left outside the cell and read as a label piece, which broke the row."""
    result = parsed_release("revision-triangle-bracketed-negatives.txt")
    for metric, revised, previous in (
        ("revenue", 11_200e6, 12_500e6),
        ("operating_profit", -1_234e6, 300e6),
        ("ordinary_profit", -1_300e6, 280e6),
        ("net_profit_attributable", -1_450e6, 150e6),
        ("eps_basic", -119.87, 12.40),
    ):
        assert figure(result, metric, "2025-03-31", "forecast")["value"] == revised
        assert figure(result, metric, "2025-03-31", "previous_forecast")["value"] == previous
    assert figure(result, "operating_profit", "2025-03-31", "forecast")["announced_on"] == "2024-08-09"
    assert [(c.text, c.value) for c in cells_in("x ▲(1,234) △ (5.5) ▼(0.3)") if not c.blank] == [
        ("▲(1,234)", -1234), ("△ (5.5)", -5.5), ("▼(0.3)", -0.3)
    ]


@pytest.mark.parametrize(
    ("name", "ends", "scale"),
    [
        ("summary-fy-labels-month-year-spans.txt", ("2024-03-31", "2023-03-31"), 1e6),
        ("summary-fy-labels-abbrev-date-spans.txt", ("2024-03-31", "2023-03-31"), 1e6),
        ("summary-fy-labels-december-month-spans.txt", ("2023-12-31", "2022-12-31"), 1e3),
    ],
)
def test_row_labels_with_month_year_spans(name: str, ends: tuple, scale: float) -> None:
    """'FY2023 (Apr. 2023 - Mar. 2024)': the label's years were read as values (revenue 2,023) and the span's
    dash as a blank cell, which shifted or dropped the row."""
    result = parsed_release(name)
    for end, row in zip(ends, ((64_210, 4_020, 4_180, 2_760), (62_150, 3_740, 3_943, 2_649)), strict=True):
        for metric, value in zip(
            ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable"), row, strict=True
        ):
            assert figure(result, metric, end, "actual")["value"] == value * scale
    assert not [f for f in result["figures"] if f["value"] in (2022, 2023, 2022 * scale, 2023 * scale)]


def test_month_years_and_bracketed_date_spans_hold_no_cells() -> None:
    for label in ("FY2023 (Apr. 2023 - Mar. 2024)", "FY2023 (April 2023 to March 2024)",
                  "FY2023 (Apr. 1, 2023 - Mar. 31, 2024)", "FY2023 (Sept. 2023 – Aug. 2024)"):
        assert [(c.text, c.value) for c in cells_in(f"{label} 64,210 -")] == [("64,210", 64210), ("-", None)]
    # A dash between two dates outside brackets can still be a blank column.
    assert [c.text for c in cells_in("Record date March 31, 2024 - March 31, 2023")] == ["-"]
