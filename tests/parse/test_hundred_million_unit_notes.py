"""Unit notes printing the hundred-million scale with its number (layout family: presentation tables and
revision notices in oku, '(100 millions of yen)', '(In 100 million yen)', '(Unit: 100 mil. yen)',
'(¥100 mil.)', or 'In 100 millions of yen' on a line of its own): the note is given its scale in words
before parsing (etl/text/repair.py, _NUMERIC_SCALE and _BARE_NOTE). Left as printed, its '100' read as a
value and 'millions of yen' as the unit: every amount came out 100x too small."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.text.repair import repair_text
from tests.parse.conftest import RELEASES, figure

_NAME = "presentation-hundred-millions-of-yen-forecast-columns-december.txt"
_TEXT = (RELEASES / _NAME).read_text(encoding="utf-8")
_NOTE = "(100 millions of yen)"
_OKU = 100_000_000
_FACTS = {
    ("revenue", "2024-12-31", "actual", 4_862 * _OKU),
    ("operating_profit", "2024-12-31", "actual", 412 * _OKU),
    ("ordinary_profit", "2024-12-31", "actual", 428 * _OKU),
    ("net_profit_attributable", "2024-12-31", "actual", 291 * _OKU),
    ("eps_basic", "2024-12-31", "actual", 148.62),
    ("revenue", "2025-12-31", "previous_forecast", 5_100 * _OKU),
    ("operating_profit", "2025-12-31", "previous_forecast", 455 * _OKU),
    ("ordinary_profit", "2025-12-31", "previous_forecast", 470 * _OKU),
    ("net_profit_attributable", "2025-12-31", "previous_forecast", 320 * _OKU),
    ("eps_basic", "2025-12-31", "previous_forecast", 163.40),
    ("revenue", "2025-12-31", "forecast", 5_020 * _OKU),
    ("operating_profit", "2025-12-31", "forecast", 430 * _OKU),
    ("ordinary_profit", "2025-12-31", "forecast", 446 * _OKU),
    ("net_profit_attributable", "2025-12-31", "forecast", 305 * _OKU),
    ("eps_basic", "2025-12-31", "forecast", 155.74),
}


def _facts(result: dict) -> set[tuple[str, str, str, float]]:
    return {(f["metric"], f["period_end"], f["scenario"], f["value"]) for f in result["figures"]}


def test_hundred_millions_of_yen() -> None:
    result = parse_release(_TEXT)
    assert _facts(result) == _FACTS
    assert figure(result, "revenue", "2025-12-31", "previous_forecast")["announced_on"] == "2025-08-07"
    assert result["warnings"] == []


@pytest.mark.parametrize(
    "note",
    [
        "(100 million yen)",
        "(In 100 millions of yen)",
        "(in 100 million yen)",
        "(Unit: 100 mil. yen)",
        "(100mil. yen)",
        "(¥100 million)",
        "(¥ 100 mil.)",
        "(Unit: JPY 100 million)",
        "(Units: 100 millions of yen, except per share amounts)",
        "In 100 millions of yen",
        "Unit: 100 million yen",
        "(Hundred millions of yen)",
    ],
)
def test_other_notes(note: str) -> None:
    result = parse_release(_TEXT.replace(_NOTE, note))
    assert _facts(result) == _FACTS
    assert result["warnings"] == []


def test_thousands_and_reordered_columns() -> None:
    """The same family in thousands, the revised forecast's column before the previous one's."""
    text = _TEXT.replace(_NOTE, "(In 1,000 yen)").replace(
        "FY2025 Previous Forecast (Aug.)   FY2025 Revised Forecast (Nov.)",
        "FY2025 Revised Forecast (Nov.)   FY2025 Previous Forecast (Aug.)",
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2025-12-31", "forecast")["value"] == 5_100_000
    assert figure(result, "revenue", "2025-12-31", "previous_forecast")["value"] == 5_020_000
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 4_862_000


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ("(100 millions of yen)", "(hundred million yen)"),
        ("(Unit: 100 mil. yen)", "(Unit: hundred million yen)"),
        ("(¥100 mil.)", "(hundred million yen)"),
        ("  In 100 millions of yen", "  In hundred million yen"),
    ],
)
def test_notes_in_words(note: str, words: str) -> None:
    page = "Full-year forecast\n{}\nRevenue 5,020"
    assert repair_text(page.format(note)) == page.format(words)


@pytest.mark.parametrize(
    "text",
    [
        "Net sales rose to 2,100 millions of yen (up 100 millions of yen from the prior year)",
        "In 100 millions of yen terms, sales rose",
        "Operating profit was 100 million yen in the quarter",
        "(an impairment loss of 100 million yen)",
    ],
)
def test_amounts_stay_as_printed(text: str) -> None:
    """Amounts in sentences are not unit notes: no 'Unit:' or 'In' before them, or more on their line."""
    assert repair_text(text) == text
