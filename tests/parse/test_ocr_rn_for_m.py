"""OCR-damaged label words: 'rn' for 'm' ('Net incorne', 'Six rnonths'), 'm' for 'rn' ('Eamings'), a
digit one for 'I' before a slash ('1ncrease/decrease'); titles still name metrics, figures untouched."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.text.repair import repair_text
from tests.parse.conftest import RELEASES, figure

NAME = "results-vs-forecast-ocr-rn-for-m-label-words.txt"
FY = "2025-03-31"


def _text() -> str:
    return (RELEASES / NAME).read_text(encoding="utf-8")


def _values(result: dict, scenario: str, period_end: str = FY) -> dict[str, float]:
    return {
        f["metric"]: f["value"]
        for f in result["figures"]
        if f["scenario"] == scenario and f["period_end"] == period_end
    }


def test_rn_for_m_titles_name_their_metrics() -> None:
    result = parse_release(_text())
    assert _values(result, "actual") == {
        "revenue": 84_215e6,
        "operating_profit": 5_622e6,
        "ordinary_profit": 5_910e6,
        "net_profit_attributable": 3_702e6,
        "eps_basic": 132.25,
    }
    assert figure(result, "ordinary_profit", FY, "previous_forecast")["value"] == 5_300e6
    assert figure(result, "eps_basic", "2024-03-31", "actual")["value"] == 114.82
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the change row clean: the titles alone are damaged
        ("1ncrease/decrease (B-A)", "Increase/decrease (B-A)"),
        # upper-case titles, 'm' for 'rn' in the per-share title
        (
            "Net sales Operating incorne Ordinary incorne Net incorne attributable to owners of parent"
            " Net incorne per share (yen)",
            "NET SALES OPERATING INCORNE ORDINARY INCORNE NET INCORNE ATTRIBUTABLE TO OWNERS OF PARENT"
            " BASIC EAMINGS PER SHARE (YEN)",
        ),
        ("Net incorne per share (yen)", "Basic eamings per share (yen)"),
    ],
)
def test_variants_keep_every_value(old: str, new: str) -> None:
    text = _text()
    assert old in text
    result = parse_release(text.replace(old, new))
    assert _values(result, "actual")["net_profit_attributable"] == 3_702e6
    assert _values(result, "actual")["eps_basic"] == 132.25
    assert _values(result, "previous_forecast")["operating_profit"] == 5_100e6
    assert result["warnings"] == []


def test_december_year_six_rnonths_columns() -> None:
    """A December year whose period and unit words are damaged too ('Six rnonths', 'Rnillions')."""
    text = (
        _text()
        .replace("March 31, 2025", "December 31, 2025")
        .replace("March 31, 2024", "December 31, 2024")
        .replace("April 1, 2024", "January 1, 2025")
        .replace("(Millions of yen, except per share amounts)", "(Unit: rnillions of yen)")
    )
    result = parse_release(text)
    assert _values(result, "actual", "2025-12-31")["operating_profit"] == 5_622e6
    assert _values(result, "previous_forecast", "2025-12-31")["net_profit_attributable"] == 3_400e6


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Net incorne 1,010", "Net income 1,010"),
        ("Six rnonths ended June 30, 2025", "Six months ended June 30, 2025"),
        ("Cornrnon stock Interirn", "Common stock Interim"),
        ("EAMINGS PER SHARE", "EARNINGS PER SHARE"),
        ("1ncrease/decrease 101", "Increase/decrease 101"),
        # real words with 'rn' or 'm', and codes before a slash, stay as printed
        ("Earnings return turnover modern Government", "Earnings return turnover modern Government"),
        ("A1/B2 H1/H2 rn", "A1/B2 H1/H2 rn"),
    ],
)
def test_words_mended_figures_not(printed: str, read: str) -> None:
    assert repair_text(printed) == read
