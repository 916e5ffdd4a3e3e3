"""English tables keeping the Japanese unit words of the original (layout family: revision notices and
summaries converted from Japanese templates): '百万円', '千円', '億円' (and '十億円') in a unit row or a
'(単位:千円)' note are money at their scale, '円' / '円 銭' over a per-share column yen
(etl/parse/numbers.py, UNIT_RE and scale_of). A thousands table read as millions would be 1,000x too large."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.numbers import scale_of
from etl.parse.tables import header_units
from tests.parse.conftest import RELEASES, figure, parsed_release

_NAME = "revision-japanese-unit-words-thousands-december.txt"
_TEXT = (RELEASES / _NAME).read_text(encoding="utf-8")
_NOTE = "(単位：千円)"
_UNIT_ROW = "千円            千円                 千円                千円            円 銭"


def _facts(result: dict) -> set[tuple[str, str, str, float]]:
    return {(f["metric"], f["period_end"], f["scenario"], f["value"]) for f in result["figures"]}


def _expected(scale: float) -> set[tuple[str, str, str, float]]:
    """The release's facts with its money amounts at `scale` (per-share amounts as printed)."""
    rows = {
        ("2025-12-31", "previous_forecast"): (4_820_000, 312_000, 318_000, 205_000, 48.12),
        ("2025-12-31", "forecast"): (4_515_000, 226_500, 231_000, 148_800, 34.93),
        ("2024-12-31", "actual"): (4_611_284, 289_467, 296_102, 190_355, 44.68),
    }
    metrics = ("revenue", "operating_profit", "ordinary_profit", "net_profit_attributable")
    out = set()
    for (end, scenario), values in rows.items():
        out |= {(m, end, scenario, v * scale) for m, v in zip(metrics, values[:4], strict=True)}
        out.add(("eps_basic", end, scenario, values[4]))
    return out


def test_thousands_unit_row_and_note() -> None:
    result = parse_release(_TEXT)
    assert _facts(result) == _expected(1e3)
    assert figure(result, "eps_basic", "2025-12-31", "forecast")["unit"] == "JPY_per_share"
    assert figure(result, "revenue", "2025-12-31", "previous_forecast")["announced_on"] == "2025-02-13"
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("note", "row", "scale"),
    [
        ("", _UNIT_ROW, 1e3),  # the unit row alone
        (_NOTE, "", 1e3),  # the note alone, the per-share column unmarked
        ("(単位:百万円)", _UNIT_ROW.replace("千円", "百万円"), 1e6),
        ("", _UNIT_ROW.replace("千円", "億円").replace("円 銭", "円"), 1e8),
        ("(Unit: 千円)", _UNIT_ROW.replace("円 銭", "円銭"), 1e3),
        ("", _UNIT_ROW.replace("千円", "十億円"), 1e9),
    ],
)
def test_unit_variants(note: str, row: str, scale: float) -> None:
    """Each Japanese scale, in the note above the titles or in the unit row under them."""
    text = _TEXT.replace(_NOTE, note).replace(_UNIT_ROW, row)
    result = parse_release(text)
    assert _facts(result) == _expected(scale)
    assert result["warnings"] == []


def test_units_of_a_header() -> None:
    assert header_units("Net sales Operating profit EPS 百万円 百万円 円 銭") == ("money:1000000.0",) * 2 + ("yen",)
    assert header_units("Net sales (億円) EPS (円)") == ("money:100000000.0", "yen")
    assert scale_of("千円") == 1e3
    assert scale_of("十億円") == 1e9


def test_yen_opening_a_name_is_no_unit() -> None:
    """'円' opening a Japanese word (a name such as '円谷') is no per-share unit."""
    assert header_units("円谷 Holdings Net sales Millions of yen") == ("money:1000000.0",)


def test_note_over_metrics_as_rows() -> None:
    """Metrics as rows under '(単位：千円)', the per-share row titled '(円)': June fiscal year end."""
    result = parsed_release("revision-japanese-unit-note-metrics-as-rows-june.txt")
    assert figure(result, "revenue", "2026-06-30", "forecast")["value"] == 13_150_000_000
    assert figure(result, "net_profit_attributable", "2026-06-30", "previous_forecast")["value"] == 540_000_000
    assert figure(result, "eps_basic", "2026-06-30", "forecast")["value"] == 68.28
    assert figure(result, "revenue", "2026-06-30", "previous_forecast")["announced_on"] == "2025-08-08"
    assert len(result["figures"]) == 10
    assert result["warnings"] == []
