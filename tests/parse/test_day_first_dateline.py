"""Day-first datelines with a comma, '22nd August, 2025' and '10 May, 2024' (etl/parse/dates.py, the
day-first form), as in tests/parse/releases/dividend-notice-parts-by-kind-in-cell-day-first-dateline.txt;
and a date in a table row is never the publication date (etl/parse/identity.py `_in_row`).
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.dates import find_dates
from etl.parse.identity import published_on
from tests.parse.conftest import RELEASES, dividend, parsed_release

_NOTICE = "dividend-notice-parts-by-kind-in-cell-day-first-dateline.txt"


def test_day_first_dateline_notice() -> None:
    """The dateline dates the notice: the previous year's dividend, paid before it, is 'paid'."""
    result = parsed_release(_NOTICE)
    assert result["document"]["published_on"] == "2025-08-22"
    assert dividend(result, "2024-06-30", "year_end", "actual")["status"] == "paid"
    assert dividend(result, "2025-06-30", "year_end", "actual")["record_date"] == "2025-06-30"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("22nd August, 2025", "2025-08-22"),
        ("10th May 2024", "2024-05-10"),
        ("10 May, 2024", "2024-05-10"),
        ("1st Nov., 2023", "2023-11-01"),
    ],
)
def test_day_first_datelines(line: str, day: str) -> None:
    assert str(published_on(f"{line}\nCompany name: Example Co., Ltd.\n")) == day
    assert str(find_dates(f"record date of {line}.")[0][0]) == day


def test_table_date_is_not_the_dateline() -> None:
    """A dateline no grammar reads leaves the date unknown: a detail table's record or payment date
    is never taken for it."""
    text = (RELEASES / _NOTICE).read_text().replace("22nd August, 2025\n", "22nd Agust 2025\n")
    for old, new in {
        "2025/06/30": "June 30, 2025",
        "2024/06/30": "June 30, 2024",
        "2025/09/25": "September 25, 2025",
        "2024/09/26": "September 26, 2024",
        "meeting held on 22nd August,\n2025": "meeting held today",
        "record date of 30th June, 2025": "record date shown below",
    }.items():
        text = text.replace(old, new)
    assert parse_release(text)["document"]["published_on"] is None
