"""Cover statement family (etl/parse/standards.py `statement_in`): a cover's '(All financial information
has been prepared in accordance with accounting principles generally accepted in the United States of
America)', as US GAAP exporters print it, or 'prepared in accordance with International Financial
Reporting Standards (IFRS)', gives every figure its standard with that statement as evidence.
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import parsed_release


def test_us_gaap_exporter_cover_statement() -> None:
    result = parsed_release("usgaap-exporter-period-led-title-december.txt")
    assert result["document"]["accounting_standard"] == "US GAAP"
    assert {f["accounting_standard"] for f in result["figures"]} == {"US GAAP"}
    evidence = {f["accounting_standard_evidence"] for f in result["figures"]}
    assert evidence == {
        "statement 'prepared in accordance with accounting principles generally accepted in the United States'"
    }


_RELEASE = """KITA SEIKI CORPORATION
Fiscal 2025 Consolidated Financial Results
{statement}
{date}
Company name: Kita Seiki Corporation (Code: 6871)

Consolidated results for the fiscal year ended {fye}
({unit})
                        Fiscal year ended     Fiscal year ended
                        {prev}     {fye}
Revenue                     91,204              95,318
Operating profit             8,117               8,402
Profit before income taxes   8,350               8,771
"""


@pytest.mark.parametrize(
    ("statement", "standard"),
    [
        (
            "(All financial information has been prepared in accordance with accounting principles generally"
            " accepted in the United States of America)",
            "US GAAP",
        ),
        ("The figures below are prepared in accordance with U.S. GAAP.", "US GAAP"),
        (
            "The consolidated financial statements are prepared in conformity with generally accepted accounting"
            " principles in the United States of America.",
            "US GAAP",
        ),
        ("(Prepared in accordance with International Financial Reporting Standards (IFRS))", "IFRS"),
        ("All figures have been prepared based on Japanese GAAP.", "J-GAAP"),
        ("These statements are prepared under accounting principles generally accepted in Japan.", "J-GAAP"),
        # Not a standard, or only some periods' (an adoption's history): no document standard.
        ("The forecasts were prepared based on information available as of the date of this release.", None),
        ("Figures for fiscal 2018 and before were prepared in accordance with U.S. GAAP.", None),
        ("Comparative figures have been prepared under IFRS.", None),
    ],
)
@pytest.mark.parametrize(
    ("fye", "prev", "date", "unit"),
    [
        ("March 31, 2025", "March 31, 2024", "May 9, 2025", "Millions of yen"),
        ("December 31, 2024", "December 31, 2023", "February 12, 2025", "Yen in millions"),
        ("June 30, 2025", "June 30, 2024", "August 8, 2025", "Millions of yen"),
    ],
)
def test_cover_statements(statement: str, standard: str | None, fye: str, prev: str, date: str, unit: str) -> None:
    text = _RELEASE.format(statement=statement, fye=fye, prev=prev, date=date, unit=unit)
    result = parse_release(text)
    assert len(result["figures"]) == 6
    assert {f["accounting_standard"] for f in result["figures"]} == {standard}
    assert result["document"]["accounting_standard"] == standard


def test_a_heading_marker_still_wins_over_the_cover_statement() -> None:
    text = _RELEASE.format(
        statement="(All financial information has been prepared in accordance with U.S. GAAP)",
        fye="March 31, 2025",
        prev="March 31, 2024",
        date="May 9, 2025",
        unit="Millions of yen",
    ).replace("Consolidated results for the fiscal year", "Consolidated results (IFRS) for the fiscal year")
    assert {f["accounting_standard"] for f in parse_release(text)["figures"]} == {"IFRS"}
