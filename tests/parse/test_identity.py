"""Identity: kind, title, dateline, securities code, company name (repaired, registry), year end."""

from __future__ import annotations

from datetime import date

import pytest

from etl.parse import parse_release
from etl.parse.identity import classify, find_title, published_on, securities_code, stated_name
from tests.parse.conftest import parsed_release


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Notice Regarding Dividends of Surplus", "dividend_notice"),
        ("IIJ Announces the Distribution of Retained Earnings", "dividend_notice"),
        ("Notice on Revision of Dividend Forecast", "dividend_notice"),
        ("Notice Regarding Revision of Financial Results Forecasts", "forecast_revision"),
        ("Notification of Revisions to Earnings Forecasts", "forecast_revision"),
        ("Notice Regarding Revision of Earnings and Dividend Forecasts", "forecast_revision"),
        ("Notice Regarding Differences between Forecasts and Actual Results", "results_vs_forecast"),
        ("Consolidated Financial Results for the Year Ended March 31, 2021", "earnings_summary"),
        ("Summary of Consolidated Financial Results for the Nine Months Ended December 31, 2023", "earnings_summary"),
        ("Notice Regarding Change of Representative Director", "other"),
        ("Financial Summary for the Fiscal Year Ended March 31, 2022", "earnings_summary"),
        ("Consolidated Business Results for the Fiscal Year Ended March 31, 2022", "earnings_summary"),
        ("Payment of Dividends from Surplus", "dividend_notice"),
    ],
)
def test_classify(title: str, kind: str) -> None:
    assert classify(title, "") == kind


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("For Immediate Release\n\nX Announces Y\n\nTOKYO - May 24, 2018 - X Inc. announced", date(2018, 5, 24)),
        ("[Translation]\nNovember 8, 2019\nCompany name: X", date(2019, 11, 8)),
        ("Date: 2023/06/01\nCompany: X", date(2023, 6, 1)),
        ("14 May 2024\nNotice", date(2024, 5, 14)),
        ("Company: X Inc.\nMay 10, 2022 (Tue.)\nNotice", date(2022, 5, 10)),
        ("Notice\nFebruary 8th, 2021\n", date(2021, 2, 8)),
        ("No date at all in this release.", None),
    ],
)
def test_dateline(text: str, day: date | None) -> None:
    assert published_on(text) == day


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("(Securities code: 3099, Tokyo Stock Exchange Prime Market)", "3099"),
        ("Stock code:\n6413\n", "6413"),
        ("(Code Number: 5201; TSE 1st section)", "5201"),
        ("Code: 37740 (TSE Prime)", "3774"),
        ("Securities code: 130A (TSE Growth)", "130A"),
        ("Internet Initiative Japan Inc. (TSE1: 3774)", "3774"),
        ("Nothing here 2021", None),
    ],
)
def test_securities_code(text: str, code: str | None) -> None:
    assert securities_code(text) == code


def test_name_is_the_most_frequent_clean_mention() -> None:
    text = "Company name: Kanto Precisi0n Co., Ltd.\nKanto Precision Co., Ltd. announced. Kanto Precision Co., Ltd."
    from etl.text import repair_text

    assert stated_name(repair_text(text)) == "Kanto Precision Co., Ltd."


def test_registry_name_stands_in_for_a_name_damaged_beyond_repair() -> None:
    text = "April 1, 2022\nCompany name: 5UM1D4 C0RP\nSecurities code: 6817\nNotice Regarding Dividends of Surplus\n"
    result = parse_release(text, registry={"6817": "SUMIDA CORPORATION"})
    assert result["document"]["company"] == {"code": "6817", "name": "SUMIDA CORPORATION"}


@pytest.mark.parametrize(
    ("stated", "registered"),
    [
        ("Kanto Precisoin Co., Ltd.", "Kanto Precision Co., Ltd."),  # letters swapped by OCR
        ("KANTO PRECISION CO., LTD.", "Kanto Precision Co., Ltd."),  # case only
        ("Kanto Precision Co.,Ltd", "Kanto Precision Co., Ltd."),  # punctuation only
    ],
)
def test_registry_spelling_wins_over_a_damaged_spelling_of_the_same_name(stated: str, registered: str) -> None:
    text = f"May 10, 2023\nCompany name: {stated}\nSecurities code: 7011\nNotice Regarding Dividends\n"
    result = parse_release(text, registry={"7011": registered})
    assert result["document"]["company"]["name"] == registered
    assert not [w for w in result["warnings"] if "registry" in w]


def test_a_renamed_company_keeps_the_name_its_release_states_and_says_so() -> None:
    """The contract puts the text first: a registry built from earlier releases must not hold a
    company's old name against the new one its releases now state."""
    text = ("May 10, 2023\nCompany name: Sony Group Corporation\nSecurities code: 6758\n"
            "Notice Regarding Dividends\nSony Group Corporation announced ...\n")
    result = parse_release(text, registry={"6758": "Sony Corporation"})
    assert result["document"]["company"] == {"code": "6758", "name": "Sony Group Corporation"}
    assert any("registry 'Sony Corporation'" in w and "renamed" in w for w in result["warnings"])


def test_noise_in_names_and_prose_is_repaired() -> None:
    text = (
        "May 24, 2018\nH0KUT0 1nc. Announces the Distribution of Retained Earnings\n"
        'TOKYO - May 24, 2018 - HOKUTO Inc. ("HOKUTO", TSE1: 4411) announced that H0KUT0°s Board resolved ...\n'
    )
    result = parse_release(text)
    assert result["document"]["company"] == {"code": "4411", "name": "HOKUTO Inc."}
    assert result["document"]["title"] == "HOKUTO Inc. Announces the Distribution of Retained Earnings"


def test_standard_marker_leaves_the_title() -> None:
    text = "Consolidated Financial Results for the Six Months Ended September 30, 2023 (Under IFRS)\nNovember 1, 2023\n"
    result = parse_release(text)
    assert result["document"]["title"] == "Consolidated Financial Results for the Six Months Ended September 30, 2023"


def test_correction_notice_is_flagged() -> None:
    text = 'June 2, 2022\nCompany name: X Holdings Inc.\nNotice of Partial Correction of "Notice Regarding Dividends"\n'
    assert parse_release(text)["document"]["is_correction"] is True


def test_known_kind_without_facts_is_unparsed_with_a_reason() -> None:
    text = "June 2, 2022\nCompany name: X Holdings Inc.\nNotice Regarding Dividends of Surplus\nNo table here.\n"
    result = parse_release(text)
    assert result["status"] == "unparsed"
    assert "no dividend or figure" in result["status_reason"]


def test_other_kind_without_facts_is_parsed() -> None:
    result = parse_release("June 2, 2022\nNotice Regarding Change of Auditor\nX Inc. changes its auditor.\n")
    assert result["status"] == "parsed" and result["document"]["kind"] == "other"


@pytest.mark.parametrize(
    "title",
    [
        "Revision of Earnings Forecasts for the Fiscal Year Ending March 31, 2022",
        "Difference Between Forecast and Actual Results for the Fiscal Year Ended March 31, 2022",
        "Payment of Dividends from Surplus",
        "Financial Summary for the Fiscal Year Ended March 31, 2022",
    ],
)
def test_titles_without_notice_word(title: str) -> None:
    result = parse_release(f"May 10, 2022\nKita Corp. (Code: 1234)\n{title}\nKita Corp. announced it today.\n")
    assert result["document"]["title"] == title


# The lead sentence straight after the title, with no blank line between: a title ending on a word that
# runs on ('Fiscal Year') or a lead line in lower case ('in light of ...') must not take it in.
@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Notice Regarding Revision of Financial Results Forecast for the 78th Fiscal Year",
            "Kita Gakki Co., Ltd. has revised its non-consolidated forecast for the 78th fiscal year (April 1, 2024 to",
        ),
        (
            "Notice Regarding Revision of Earnings Forecasts for the Fiscal Year",
            "Kita Corporation revised its consolidated forecasts for the fiscal year ending December 31, 2024",
        ),
        (
            "Notice Regarding Revision of Full-Year Earnings Forecasts",
            "in light of recent business trends, the Company has revised the forecasts it announced on May 10, 2024.",
        ),
        (
            "Notice Regarding Dividends of Surplus (Dividend Increase)",
            "Kita Holdings Inc. hereby announces that its Board of Directors resolved at a meeting held today to pay",
        ),
        (
            "Notice Concerning Revision of Dividend Forecast for the Fiscal Year",
            "The Board of Directors resolved today to revise the year-end dividend forecast announced on May 12, 2024.",
        ),
        (
            "Notice Regarding Revision of Forecasts for the Fiscal Year",
            "Details of the revision to the forecasts published on August 9, 2024 follow below.",
        ),
    ],
)
def test_a_title_does_not_take_in_the_lead_sentence(title: str, lead: str) -> None:
    text = f"October 25, 2024\nCompany name: Kita Corp.\nSecurities code: 1234\n{title}\n{lead}\n(Millions of yen)\n"
    assert find_title(text)[0] == title


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["Notice Regarding Revision of Earnings Forecasts for the Fiscal Year", "Ending March 31, 2025"],
            "Notice Regarding Revision of Earnings Forecasts for the Fiscal Year Ending March 31, 2025",
        ),
        (
            [
                "Notice Regarding Revision of Full-Year Earnings Forecasts for the Fiscal Year",
                "Ending December 31, 2024",
            ],
            "Notice Regarding Revision of Full-Year Earnings Forecasts for the Fiscal Year Ending December 31, 2024",
        ),
        (
            [
                "Notice regarding revision of earnings and dividend forecasts for the",
                "fiscal year ending June 30, 2025",
            ],
            "Notice regarding revision of earnings and dividend forecasts for the fiscal year ending June 30, 2025",
        ),
        (
            [
                'Notice Regarding Partial Correction of "Notice Regarding Revision of Earnings Forecasts"',
                "announced on",
            ],
            'Notice Regarding Partial Correction of "Notice Regarding Revision of Earnings Forecasts" announced on',
        ),
        (
            ["Summary of Consolidated Financial Results", "for the Nine Months Ended September 30, 2024 (IFRS)"],
            "Summary of Consolidated Financial Results for the Nine Months Ended September 30, 2024",
        ),
    ],
)
def test_a_wrapped_title_is_still_joined(lines: list[str], title: str) -> None:
    text = "\n".join(["November 8, 2024", "Company name: Kita Corp.", *lines, "Kita Corp. has revised its forecasts."])
    assert find_title(text)[0] == title


def test_title_ending_on_fiscal_year_is_not_joined_to_the_lead_paragraph() -> None:
    """The lead 'X Co., Ltd. has revised its consolidated earnings forecasts ...' follows the title
    'Notice Regarding Revision of Earnings Forecasts for the 45th Fiscal Year' with no blank line."""
    document = parsed_release("revision-title-runs-into-lead-december.txt")["document"]
    assert document["title"] == "Notice Regarding Revision of Earnings Forecasts for the 45th Fiscal Year"
    assert document["kind"] == "forecast_revision"
    assert document["fiscal_year_end_month"] == 12
