"""Metrics-as-rows results tables whose relative column titles ('Previous fiscal year | Current fiscal
year') print each title's period on a line of their own, in brackets ('(FY2022: Apr. 1, 2022 - Mar. 31,
2023)'), over 'Amount | Ratio to net sales (%)' sub-columns: the bracketed label and span qualify a
title (no column of their own, and the span's dash is no blank cell), each title takes its own span."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.numbers import cells_in
from tests.parse.conftest import figure, parsed_release


def test_dated_second_line_over_amount_ratio_pairs() -> None:
    result = parsed_release("summary-metric-rows-amount-ratio-pairs-dated-second-line.txt")
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 8_412_300e3
    assert figure(result, "revenue", "2024-12-31", "actual")["value"] == 9_105_750e3
    assert figure(result, "operating_profit", "2024-12-31", "actual")["value"] == 702_940e3
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 402_660e3
    assert len(result["figures"]) == 8  # no ratio, change or product rows
    assert result["warnings"] == []


_TABLE = """Consolidated Financial Results for the Fiscal Year Ended {fy} (Japanese GAAP)
{published}
Company name: Sample Works Co., Ltd.
Securities code: 9999
1. Overview of operating results
({unit})
{titles}
{dates}
{subs}
Net sales {sales}
Operating profit {profit}
"""
_FIRST, _SECOND = ("48,520 100.0", "3,110 6.4"), ("51,230 100.0", "3,560 6.9")


_MARCH = ("FY2022: Apr. 1, 2022 - Mar. 31, 2023", "FY2023: Apr. 1, 2023 - Mar. 31, 2024")
_JUNE = ("Fiscal 2023: July 1, 2022 – June 30, 2023", "Fiscal 2024: July 1, 2023 – June 30, 2024")
_SEPTEMBER = ("45th term: Oct. 1, 2022 ~ Sep. 30, 2023", "46th term: Oct. 1, 2023 ~ Sep. 30, 2024")


@pytest.mark.parametrize(
    ("fy", "published", "spans", "end", "prior_end"),
    [
        ("March 31, 2024", "May 9, 2024", _MARCH, "2024-03-31", "2023-03-31"),
        ("June 30, 2024", "August 8, 2024", _JUNE, "2024-06-30", "2023-06-30"),
        ("September 30, 2024", "November 12, 2024", _SEPTEMBER, "2024-09-30", "2023-09-30"),
    ],
)
@pytest.mark.parametrize(("unit", "scale"), [("Millions of yen", 1e6), ("JPY thousands", 1e3)])
@pytest.mark.parametrize("current_first", [False, True])
@pytest.mark.parametrize("change", ["Year-on-year change", "Increase/decrease", None])
def test_variants(
    fy: str, published: str, spans: tuple[str, str], end: str, prior_end: str, unit: str, scale: float,
    current_first: bool, change: str | None,
) -> None:
    """Other year ends, span dashes and bracket labels, units; the current year's column first; with
    and without a change column."""
    titles, order = ["Previous fiscal year", "Current fiscal year"], [1, 0] if current_first else [0, 1]
    subs = " ".join(["Amount Ratio to net sales (%)"] * 2 + (["Amount Change (%)"] if change else []))
    rows = [(_FIRST, _SECOND)[n] for n in order]
    text = _TABLE.format(
        fy=fy,
        published=published,
        unit=unit,
        titles="  ".join(titles[n] for n in order),
        dates=" ".join(f"({spans[n]})" for n in order) + (f" {change}" if change else ""),
        subs=subs,
        sales=" ".join(r[0] for r in rows) + (" 2,710 5.6" if change else ""),
        profit=" ".join(r[1] for r in rows) + (" 450 14.5" if change else ""),
    )
    result = parse_release(text)
    assert figure(result, "revenue", prior_end, "actual")["value"] == 48_520 * scale
    assert figure(result, "revenue", end, "actual")["value"] == 51_230 * scale
    assert figure(result, "operating_profit", end, "actual")["value"] == 3_560 * scale
    assert len(result["figures"]) == 4
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("text", "blanks"),
    [
        ("(FY2022: Apr. 1, 2022 - Mar. 31, 2023) (FY2023: Apr. 1, 2023 - Mar. 31, 2024) Year-on-year change", 0),
        ("(Fiscal 2024: July 1, 2023 – June 30, 2024)", 0),
        # Two dates outside a bracket are two columns, the dash between them a blank one.
        ("June 29, 2018 - June 29, 2017", 1),
    ],
)
def test_span_dash_in_a_labelled_bracket_is_no_blank_cell(text: str, blanks: int) -> None:
    assert len(cells_in(text)) == blanks
