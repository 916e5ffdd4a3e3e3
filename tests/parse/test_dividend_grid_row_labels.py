"""Tanshin dividend grids (tests/parse/releases/), each layout with its rule:

- rows opening on 'FY ended March 31, 2024' / 'FY ending ...': the row starts at 'FY' (etl/parse/tables.py
  row word), so the words do not end the row label above and leave a bare date behind;
- no unit row, the units in the column titles ('Annual dividends per share (Yen)', 'Total dividends
  (Millions of yen)', 'Payout ratio (%)'): the '(Yen)' spans the period columns and each later unit
  titles one column (etl/parse/dividends.py `_title_units`); a grid whose columns cannot be matched to
  periods is warned about, not dropped in silence;
- rows labelled with bare dates under a 'Fiscal year ended' stub: each date is its row's year end
  (etl/parse/dividends.py `_YEAR_STUB`), not the current year.
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import RELEASES, dividend, figure, parsed_release

_FY_ENDED = "tanshin-dividend-grid-fy-ended-rows-units-in-titles.txt"
_STUB = "tanshin-dividend-grid-bare-date-rows-year-stub.txt"


def _dividends(result: dict) -> set[tuple[str, str, str, float]]:
    return {(d["fiscal_year_end"], d["period"], d["scenario"], d["per_share"]) for d in result["dividends"]}


def _grid(
    fy: tuple[str, str, str], amounts: tuple[tuple[float, float, float], ...]
) -> set[tuple[str, str, str, float]]:
    """Interim, year-end and annual of three years: two of results, the last a forecast."""
    out = set()
    for n, (end, row) in enumerate(zip(fy, amounts, strict=True)):
        scenario = "forecast" if n == 2 else "actual"
        out |= {(end, p, scenario, v) for p, v in zip(("interim", "year_end", "annual"), row, strict=True)}
    return out


_MARCH = _grid(("2024-03-31", "2025-03-31", "2026-03-31"), ((22.0, 24.0, 46.0), (24.0, 28.0, 52.0), (27.0, 27.0, 54.0)))
_AUGUST = _grid(
    ("2024-08-31", "2025-08-31", "2026-08-31"), ((15.0, 17.0, 32.0), (17.0, 19.0, 36.0), (19.0, 19.0, 38.0))
)


def test_fy_ended_rows_and_units_in_titles() -> None:
    """Each 'FY ended' row keeps its own year; the money and payout columns are not per-share amounts."""
    result = parsed_release(_FY_ENDED)
    assert _dividends(result) == _MARCH
    assert dividend(result, "2024-03-31", "annual", "actual")["total_amount"] == 612_000_000
    assert dividend(result, "2025-03-31", "annual", "actual")["total_amount"] == 690_000_000
    assert dividend(result, "2025-03-31", "year_end", "actual")["effective_date"] == "2025-06-26"
    assert dividend(result, "2026-03-31", "annual", "forecast")["total_amount"] is None
    assert figure(result, "revenue", "2024-03-31", "actual")["value"] == 39_333_000_000
    assert result["warnings"] == []


_DECEMBER = {
    "March 31, 2024": "December 31, 2023",
    "March 31, 2025": "December 31, 2024",
    "March 31, 2026": "December 31, 2025",
    "April 1, 2024": "January 1, 2024",
    "April 1, 2025": "January 1, 2025",
    "May 13, 2025": "February 13, 2025",
    "June 25, 2025": "March 27, 2025",
    "June 26, 2025": "March 28, 2025",
}


def _text(name: str, replacements: dict[str, str]) -> str:
    text = (RELEASES / name).read_text()
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text


def test_fy_ended_rows_december_year() -> None:
    result = parse_release(_text(_FY_ENDED, _DECEMBER))
    year_end = {"2024-03-31": "2023-12-31", "2025-03-31": "2024-12-31", "2026-03-31": "2025-12-31"}
    assert _dividends(result) == {(year_end[e], p, s, v) for e, p, s, v in _MARCH}
    assert dividend(result, "2024-12-31", "annual", "actual")["total_amount"] == 690_000_000


@pytest.mark.parametrize(
    "replacements",
    [
        {"FY ending": "FY ended"},  # the forecast row worded like the others: '(Forecast)' alone marks it
        {"FY ended": "FY Ended", "FY ending": "FY Ending"},
        {"  Dividends to net assets (%)": "", "  2.1\n": "\n", "  2.2\n": "\n"},  # one column fewer
        {"Payout ratio (%)": "Payout ratio (Consolidated) (%)"},  # a scope note in the title
    ],
)
def test_fy_ended_rows_variants(replacements: dict[str, str]) -> None:
    result = parse_release(_text(_FY_ENDED, replacements))
    assert _dividends(result) == _MARCH
    assert dividend(result, "2025-03-31", "annual", "actual")["total_amount"] == 690_000_000


def test_fy_ended_rows_reordered() -> None:
    """Newest year first: each row still carries its own year."""
    text = (RELEASES / _FY_ENDED).read_text()
    lines = text.splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.startswith("FY ended March 31, 2024"))
    lines[first : first + 3] = reversed(lines[first : first + 3])
    assert _dividends(parse_release("".join(lines))) == _MARCH


def test_unmatched_grid_is_warned() -> None:
    """A grid whose columns cannot be read as periods is reported, not dropped in silence."""
    text = _text(
        _FY_ENDED,
        {
            "Annual dividends per share (Yen)": "Annual dividends per share",
            "Total dividends (Millions of yen)": "Total dividends",
        },
    )
    result = parse_release(text)
    assert not {d for d in _dividends(result) if d[0] == "2024-03-31"}
    assert any("could not be matched to periods" in w for w in result["warnings"])


def test_bare_date_rows_under_year_stub() -> None:
    """'August 31, 2024' under 'Fiscal year ended' is the year ending then, not the current year."""
    result = parsed_release(_STUB)
    assert _dividends(result) == _AUGUST
    assert dividend(result, "2024-08-31", "annual", "actual")["total_amount"] == 804_000_000
    assert dividend(result, "2025-08-31", "annual", "actual")["total_amount"] == 905_000_000
    assert dividend(result, "2025-08-31", "year_end", "actual")["effective_date"] == "2025-11-28"
    assert figure(result, "revenue", "2024-08-31", "actual")["value"] == 85_507_000_000
    assert result["warnings"] == []


def test_bare_date_rows_february_leap_year() -> None:
    """A February year end, the earlier year a leap year's February 29."""
    result = parse_release(
        _text(
            _STUB,
            {
                "August 31, 2024": "February 29, 2024",
                "August 31, 2025": "February 28, 2025",
                "August 31, 2026": "February 28, 2026",
                "September 1, 2024": "March 1, 2024",
                "September 1, 2025": "March 1, 2025",
                "October 9, 2025": "April 10, 2025",
                "November 27, 2025": "May 22, 2025",
                "November 28, 2025": "May 23, 2025",
            },
        )
    )
    got = _dividends(result)
    assert ("2024-02-29", "year_end", "actual", 17.0) in got
    assert ("2025-02-28", "year_end", "actual", 19.0) in got
    assert ("2026-02-28", "annual", "forecast", 38.0) in got
    assert len(got) == 9


def test_bare_date_rows_newest_first() -> None:
    text = (RELEASES / _STUB).read_text()
    lines = text.splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.startswith("August 31, 2024 -"))
    lines[first], lines[first + 1] = lines[first + 1], lines[first]
    assert _dividends(parse_release("".join(lines))) == _AUGUST
