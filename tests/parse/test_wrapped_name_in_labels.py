"""A company name wrapped across two lines of a row label ('Net income attributable to Tsurugi' /
'Motor Corporation shareholders  302,455'): the label is joined, and the wrapped tail is not the name."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.identity import stated_name
from tests.parse.conftest import RELEASES, figure

NAME = "usgaap-summary-name-wrapped-in-row-labels.txt"


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def test_wrapped_labels_keep_metric_and_name() -> None:
    result = parse_release(_text())
    assert result["document"]["company"]["name"] == "Tsurugi Motor Corporation"
    assert figure(result, "net_profit_attributable", "2025-03-31", "actual")["value"] == 302_455e6
    assert figure(result, "eps_basic", "2025-03-31", "actual")["value"] == 199.47
    assert figure(result, "net_profit_attributable", "2026-03-31", "forecast")["value"] == 310_000e6
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Tsurugi\n  Motor Corporation", "Tsurugi Motor\n  Corporation"),  # wrapped one word later
        ("Tsurugi\n  Motor Corporation", "Tsurugi\nMotor Corporation"),  # flattened: no indent
        ("Year ended               Year ended", "Year ended               Year ended"),  # unchanged layout
    ],
)
def test_wrap_variants(old: str, new: str) -> None:
    text = _text()
    assert old in text
    result = parse_release(text.replace(old, new))
    assert result["document"]["company"]["name"] == "Tsurugi Motor Corporation"
    assert figure(result, "net_profit_attributable", "2024-03-31", "actual")["value"] == 281_009e6


def test_december_year_wrapped_label() -> None:
    text = _text().replace("March 31", "December 31").replace("April 1, 2025", "January 1, 2026")
    result = parse_release(text)
    assert result["document"]["company"]["name"] == "Tsurugi Motor Corporation"
    assert figure(result, "net_profit_attributable", "2025-12-31", "actual")["value"] == 302_455e6


def test_a_line_opening_name_with_no_longer_mention_stays() -> None:
    """A cover line is not joined to the heading above it unless the joined name is stated too."""
    text = "NOTICE TO SHAREHOLDERS\nKamishiro Electric Corporation\nKamishiro Electric Corporation announces ..."
    assert stated_name(text) == "Kamishiro Electric Corporation"
