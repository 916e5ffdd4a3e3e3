"""Japanese dateline family (etl/parse/identity.py `_kanji_dateline`): a cover that keeps the Japanese
date ('2025年2月12日(水)'), here as mojibake that repair gives back, as in
tests/parse/releases/dividend-notice-mojibake-japanese-dateline-december.txt.
"""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.identity import published_on
from tests.parse.conftest import dividend, parsed_release


def test_mojibake_japanese_dateline_dates_the_notice() -> None:
    result = parsed_release("dividend-notice-mojibake-japanese-dateline-december.txt")
    doc = result["document"]
    assert doc["published_on"] == "2025-02-12" and doc["fiscal_year_end_month"] == 12
    assert doc["company"] == {"code": "2891", "name": "Sakuragawa Foods Co., Ltd."}
    decided = dividend(result, "2024-12-31", "year_end", "actual")
    assert decided["per_share"] == 40.0 and decided["effective_date"] == "2025-03-28"
    assert dividend(result, "2024-12-31", "year_end", "previous_forecast")["announced_on"] == "2024-08-09"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2024年11月13日", "2024-11-13"),
        ("2024å¹´11æœˆ13æ—¥", "2024-11-13"),  # UTF-8 read as cp1252
        ("２０２４年６月２８日（金）", "2024-06-28"),  # full-width digits and weekday
        ("2024 年 6 月 28 日", "2024-06-28"),
        ("Date: 2023年08月10日", "2023-08-10"),
        ("令和6年11月13日", "2024-11-13"),
        ("令和元年5月31日", "2019-05-31"),
        ("平成30年2月9日", "2018-02-09"),
    ],
)
def test_japanese_datelines(line: str, day: str) -> None:
    text = f"{line}\nCompany name: Example Co., Ltd.\nNotice Regarding Dividends of Surplus\n"
    assert parse_release(text)["document"]["published_on"] == day


def test_japanese_date_in_prose_is_not_a_dateline() -> None:
    """Only a line that is just the date dates the release; an impossible day dates nothing."""
    assert published_on("Company name: X Co., Ltd.\nThe meeting held on 2024年11月13日 resolved.\n") is None
    assert published_on("2024年2月30日\nCompany name: X Co., Ltd.\n") is None
