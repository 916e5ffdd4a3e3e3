"""Cover titles (etl/parse/identity.py `find_title`): results titles led by their period ('FY2026 First
Quarter Consolidated Financial Results', as US GAAP exporters and results presentations print them), in
any order of the cover's name, code and date lines, wrapped over two lines, and not run on into the
issuer line that follows (an HTML page's <h1> then <p>).
"""

from __future__ import annotations

import pytest

from etl.ingest.extract import html_visible_text
from etl.parse import parse_release
from etl.parse.identity import find_title
from tests.parse.conftest import parsed_release


def test_period_led_title_of_a_us_gaap_exporter() -> None:
    doc = parsed_release("usgaap-exporter-period-led-title-december.txt")["document"]
    assert doc["title"] == "FY2025 Second Quarter Consolidated Financial Results"
    assert doc["kind"] == "earnings_summary"
    assert doc["company"] == {"code": "6871", "name": "Shinonome Instruments Corporation"}
    assert doc["published_on"] == "2025-08-07" and doc["fiscal_year_end_month"] == 12


_PERIOD_LED = [
    "FY2026 First Quarter Consolidated Financial Results",
    "FY2025 Second Quarter Financial Results and Full-Year Forecast Revision",
    "Fiscal 2024 Consolidated Financial Results",
    "Q3 FY2025 Earnings Results",
    "1H FY2025 Earnings Presentation",
    "FY2025 THIRD QUARTER CONSOLIDATED FINANCIAL RESULTS",
    "Full-Year FY2024 Financial Results",
]

# Cover layouts: name first (in capitals or with its code), title first, date first, code line between.
_COVERS = [
    "KITA SEIKI CO., LTD.\n{title}\nJune 30 year end\nAugust 5, 2025\nCode number: 7211\n",
    "Kita Chemical Group Corporation (TSE Prime: 4186)\n{title}\nOctober 30, 2025\n",
    "{title}\nKita Seiki Co., Ltd. (Securities Code: 7211)\nAugust 5, 2025\n",
    "August 5, 2025\nCompany name: Kita Seiki Co., Ltd.\nCode: 7211\n{title}\n",
    "TOKYO, August 5, 2025\nKita Seiki Co., Ltd.\n\n{title}\n\n(Millions of yen)\n",
]


@pytest.mark.parametrize("cover", _COVERS)
@pytest.mark.parametrize("title", _PERIOD_LED)
def test_period_led_titles_on_each_cover(cover: str, title: str) -> None:
    assert find_title(cover.format(title=title))[0] == title


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["FY2025 Second Quarter Consolidated", "Financial Results (U.S. GAAP)"],
            "FY2025 Second Quarter Consolidated Financial Results",
        ),
        (
            [
                "Notice Regarding Revision of Consolidated",
                "Earnings Forecasts for the Fiscal Year Ending June 30, 2025",
            ],
            "Notice Regarding Revision of Consolidated Earnings Forecasts for the Fiscal Year Ending June 30, 2025",
        ),
        (
            ["Consolidated Financial Results for the Second", "Quarter of the Fiscal Year Ending March 31, 2026"],
            "Consolidated Financial Results for the Second Quarter of the Fiscal Year Ending March 31, 2026",
        ),
        (
            ["CONSOLIDATED FINANCIAL RESULTS FOR THE FISCAL YEAR", "ENDED DECEMBER 31, 2024"],
            "CONSOLIDATED FINANCIAL RESULTS FOR THE FISCAL YEAR ENDED DECEMBER 31, 2024",
        ),
    ],
)
def test_wrapped_titles_are_joined(lines: list[str], title: str) -> None:
    text = "\n".join(["KITA SEIKI CO., LTD.", *lines, "August 5, 2025", "Code number: 7211"])
    assert find_title(text)[0] == title


_FULL_YEAR = "Notice Regarding Revision of Consolidated Earnings Forecasts for the First Half and Full Year"


@pytest.mark.parametrize(
    "issuer",
    [
        "Kita Pharmaceutical Co., Ltd. (Securities Code: 4539, TSE Prime)",
        "Kita Pharmaceutical Co., Ltd.",
        "(Code: 4539, TSE Prime Market)",
        "KITA PHARMACEUTICAL CORPORATION (TSE Prime: 4539)",
    ],
)
def test_title_does_not_run_on_into_the_issuer_line(issuer: str) -> None:
    assert find_title(f"2025.10.28\n{_FULL_YEAR}\n{issuer}\nKita has revised its forecasts.\n")[0] == _FULL_YEAR


def test_html_h1_title_does_not_take_in_the_next_paragraph() -> None:
    page = (
        '<html><body><main><p class="date">2025.10.28</p>'
        f"<h1>{_FULL_YEAR}</h1>"
        "<p>Kita Pharmaceutical Co., Ltd. (Securities Code: 4539, TSE Prime)</p>"
        "<p>Kita Pharmaceutical Co., Ltd. has revised its consolidated earnings forecasts.</p>"
        "</main></body></html>"
    )
    assert parse_release(html_visible_text(page))["document"]["title"] == _FULL_YEAR


def test_a_name_after_a_title_needing_its_object_is_the_title_rest() -> None:
    text = "May 12, 2025\nNotice Concerning Commencement of Tender Offer for Shares of\nMinami Kogyo Co., Ltd.\n"
    assert find_title(text)[0] == "Notice Concerning Commencement of Tender Offer for Shares of Minami Kogyo Co., Ltd."


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "KUREHA MOTOR CO., LTD. FY2026 First Quarter Consolidated Financial Results",
            "FY2026 First Quarter Consolidated Financial Results",
        ),
        ("SHINONOME INSTRUMENTS CORPORATION Consolidated Financial Results", "Consolidated Financial Results"),
        ("TSURUGI MOTOR CORPORATION ANNOUNCES FISCAL 2025 FINANCIAL RESULTS", None),
    ],
)
def test_capitals_name_then_title_on_one_line(line: str, title: str | None) -> None:
    """A flattened cover: the name in capitals then the title; a headline naming the company stays whole."""
    found = find_title(f"{line}\nAugust 5, 2025\nCode number: 7211\n")[0]
    assert found == (title or line)
