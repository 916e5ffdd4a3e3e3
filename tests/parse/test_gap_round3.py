"""Layouts the third probe round found unread (tests/parse/releases/), each with the rule it needed:
a two-column tanshin cover whose right-hand label shares the company name's line."""

from __future__ import annotations

import pytest

from etl.parse.identity import stated_name
from tests.parse.conftest import figure, parsed_release


def test_two_column_cover_name_stops_at_the_right_hand_label() -> None:
    """pdftotext -layout prints the cover's two columns on one line: 'Company name: X, Ltd.      Stock
    exchange listing: Tokyo, Nagoya'. The name took the listing label with it."""
    result = parsed_release("tanshin-two-column-cover-june-jgaap.txt")
    assert result["document"]["company"] == {"code": "6487", "name": "Minatomirai Precision Industries, Ltd."}
    assert result["document"]["fiscal_year_end_month"] == 6
    assert figure(result, "revenue", "2024-06-30", "actual")["value"] == 48_215_000_000
    assert figure(result, "net_profit_attributable", "2025-06-30", "forecast")["value"] == 3_100_000_000


@pytest.mark.parametrize(
    "line",
    [
        "Company name: Hoshizora Pharmaceutical Co., Ltd.          Listing: Tokyo Stock Exchange",
        "Company name:\tHoshizora Pharmaceutical Co., Ltd.\tURL: https://www.hoshizora.example.com/",
        # columns flattened onto one single-spaced line: the label starts after the legal suffix
        "Company name: Hoshizora Pharmaceutical Co., Ltd. Stock exchange listing: Tokyo",
        # a text with every space doubled: the column gap is the widest one
        "Company  name:  Hoshizora  Pharmaceutical  Co.,  Ltd.            Stock  exchange  listing:  Tokyo",
        "Company name:\nHoshizora Pharmaceutical Co., Ltd.      Code: 4598",
        "Company name: Hoshizora Pharmaceutical Co., Ltd.",
    ],
)
def test_labelled_name_without_the_next_label(line: str) -> None:
    assert stated_name(f"{line}\nSecurities code: 4598\n").replace("  ", " ") == "Hoshizora Pharmaceutical Co., Ltd."
