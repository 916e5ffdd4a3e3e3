"""Number cells: negatives, blanks, ranges, units."""

from __future__ import annotations

import pytest

from etl.parse.numbers import cells_in, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,234", 1234.0), ("(1,234)", -1234.0), ("△1,234", -1234.0), ("▲1.5", -1.5), ("-0.3", -0.3), ("0.00", 0.0)],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_cells_keep_blanks_apart_from_values() -> None:
    cells = cells_in("Previous forecast (A) 26,600 △3,200 ― ―――― -- - 0.00")
    assert [c.text for c in cells] == ["26,600", "△3,200", "―", "――――", "--", "-", "0.00"]
    assert [c.blank for c in cells] == [False, False, True, True, True, True, False]


def test_dates_and_labels_are_not_cells() -> None:
    assert cells_in("(1) Year ended March 31, 2021 (FY2020) 1H18 *1,*2 26th 3Q") == []


def test_ranges_and_suffixes() -> None:
    (rng,) = cells_in("88,000~120,000")
    assert (rng.value, rng.low, rng.high) == (None, 88000.0, 120000.0)
    total, per_share, paid = cells_in("8,257 million yen 22.00 Yen JPY13.50 (paid)")
    assert total.scale == 1e6 and per_share.yen_suffix and paid.paid and paid.text == "13.50"


def test_ranges_written_with_to_or_a_dash() -> None:
    assert [(c.low, c.high) for c in cells_in("88,000 to 120,000 and 1,000–2,000")] == [
        (88000.0, 120000.0),
        (1000.0, 2000.0),
    ]


def test_spans_point_at_the_printed_number() -> None:
    text = "Net sales 393,565 (1.1)"
    for cell in cells_in(text, 0):
        assert text[cell.start : cell.end] == cell.text
