"""Corporate-action family (etl/parse/identity.py `classify`): a title that names a dividend only as the
object of a change of record date or of an amendment to the articles of incorporation decides no
dividend, so the release is 'other' (the contract's dividend_notice is a decision on, or revision of,
dividends); a title that also decides or revises one stays a dividend notice.
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.identity import classify
from tests.parse.conftest import dividend, parsed_release


def test_record_date_change_and_articles_amendment_is_other() -> None:
    result = parsed_release("record-date-change-articles-amendment-december.txt")
    doc = result["document"]
    assert doc["kind"] == "other" and result["status"] == "parsed"
    assert doc["title"] == (
        "Notice Concerning Change in Record Date for Year-end Dividend and Partial Amendment to the Articles of"
        " Incorporation"
    )
    assert doc["fiscal_year_end_month"] == 12 and doc["is_correction"] is False
    kept = dividend(result, "2025-12-31", "annual", "forecast")
    assert kept["per_share"] == 32.0 and kept["announced_on"] == "2025-02-13"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        (
            "Notice Regarding Change of Record Date for Year-end Dividend and Partial Amendment to the Articles"
            " of Incorporation",
            "other",
        ),
        ("Notice Concerning Change in Record Date for Interim Dividends", "other"),
        ("NOTICE REGARDING CHANGES TO THE RECORD DATES FOR DIVIDENDS", "other"),
        (
            "Notice Regarding Partial Amendment to the Articles of Incorporation to Allow Dividends of Surplus by"
            " Resolution of the Board of Directors",
            "other",
        ),
        (
            "Notice Regarding Partial Amendment to the Articles of Incorporation and Dividends of Surplus",
            "dividend_notice",
        ),
        ("Notice Regarding Dividends of Surplus and Change of Record Date for Voting Rights", "dividend_notice"),
        ("Notice Regarding Dividends of Surplus (Record Date: September 30, 2025)", "dividend_notice"),
        (
            "Notice Regarding Change of Record Date for Year-end Dividend and Revision of Dividend Forecast",
            "dividend_notice",
        ),
        (
            "Notice Regarding Stock Split, Partial Amendment to the Articles of Incorporation and Revision of"
            " Dividend Forecast",
            "dividend_notice",
        ),
    ],
)
def test_kind_of_record_date_and_articles_titles(title: str, kind: str) -> None:
    assert classify(title, "") == kind


@pytest.mark.parametrize("fye", ["March 31, 2026", "June 30, 2025", "December 31, 2025"])
def test_unchanged_forecast_in_a_record_date_notice_is_kept(fye: str) -> None:
    text = (
        "May 16, 2025\nCompany name: Kita Trading Co., Ltd.\n(Code: 8089, TSE Standard Market)\n\n"
        "Notice Regarding Change of Record Date for Year-end Dividend\n\n"
        "The Board of Directors resolved today to change the record date for the year-end dividend.\n"
        f"There is no change to the dividend forecast for the fiscal year ending {fye} (annual 44.00 yen per"
        " share) announced on May 13, 2025.\n"
    )
    result = parse_release(text)
    assert result["document"]["kind"] == "other"
    assert [d["per_share"] for d in result["dividends"] if d["period"] == "annual"] == [44.0]
