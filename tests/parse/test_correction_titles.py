"""Correction family (etl/parse/identity.py `_CORRECTION`): only a release that corrects an earlier
release or its figures is a correction; an amendment of the articles of incorporation, as in
tests/parse/releases/articles-amendment-and-dividend-forecast-december.txt, is a corporate action.
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from tests.parse.conftest import dividend, parsed_release

_COVER = "May 16, 2025\nCompany name: Example Trading Co., Ltd.\n(Code: 8089, TSE Standard Market)\n\n"


def test_articles_amendment_is_not_a_correction() -> None:
    result = parsed_release("articles-amendment-and-dividend-forecast-december.txt")
    doc = result["document"]
    assert doc["is_correction"] is False
    assert doc["title"] == "Notice Regarding Partial Amendment to the Articles of Incorporation"
    assert doc["published_on"] == "2025-02-14" and doc["fiscal_year_end_month"] == 12
    kept = dividend(result, "2025-12-31", "annual", "forecast")
    assert kept["per_share"] == 36.0 and kept["announced_on"] == "2025-02-10"


@pytest.mark.parametrize(
    "title",
    [
        "Notice Regarding Partial Amendment to the Articles of Incorporation",
        "Notice Regarding Change of Record Date for Year-end Dividend and Partial Amendment to the Articles"
        " of Incorporation",
        "Notice Concerning Amendments to the Articles of Incorporation and Change of Business Purposes",
        "Notice Regarding Amendment of the Medium-Term Management Plan",
        "Notice Regarding Amendment to the Rules of the Board of Directors",
    ],
)
def test_amendments_of_other_things_are_not_corrections(title: str) -> None:
    assert parse_release(f"{_COVER}{title}\n\nNo table here.\n")["document"]["is_correction"] is False


@pytest.mark.parametrize(
    "title",
    [
        'Notice Regarding Partial Correction of "Notice Regarding Revision of Earnings Forecasts"',
        "(Correction) Summary of Consolidated Financial Results for the Six Months Ended June 30, 2024",
        "[Amendment] Summary of Consolidated Financial Results for the Fiscal Year Ended December 31, 2024",
        'Notice Regarding Amendment to "Notice Regarding Dividends of Surplus"',
        "Notice Regarding Partial Amendment of the Summary of Financial Results for the Fiscal Year Ended March"
        " 31, 2025",
        "Notice Regarding Amendments to Part of the Earnings Release for the Second Quarter",
        "Notice of Correction of Figures in the Consolidated Financial Results",
    ],
)
def test_corrections_of_releases_are_corrections(title: str) -> None:
    assert parse_release(f"{_COVER}{title}\n\nNo table here.\n")["document"]["is_correction"] is True
