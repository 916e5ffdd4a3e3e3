"""Another company's figures in the issuer's release (layout family: notices about an acquisition
target or a listed subsidiary). A table under a heading that makes another company its subject
('Overview of the company to be acquired / (4) ... results ... for the last three years',
'Revision of consolidated earnings forecasts of <subsidiary name>') gives no facts of the issuer,
and a warning says which table was left out and why; the issuer's own statements (its standing
forecast in prose) still count."""

from __future__ import annotations

import pytest

from etl.parse import parse_release
from etl.parse.release import _is_issuer
from tests.parse.conftest import RELEASES, figure

ACQUISITION = "acquisition-notice-target-company-results-december.txt"
SUBSIDIARY = "parent-notice-listed-subsidiary-forecast-revision-june.txt"


def _text(name: str) -> str:
    return (RELEASES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "heading",
    [
        "2. Overview of the company to be acquired",
        "2. Overview of the subsidiary to be transferred",
        "2. Outline of the company to be acquired (Kurobe Coatings)",
        "2. Overview of the target company",
    ],
)
def test_acquisition_target_results_are_not_the_issuers(heading: str) -> None:
    """The target's three-year table came out as 15 actual facts of the issuer."""
    result = parse_release(_text(ACQUISITION).replace("2. Overview of the company to be acquired", heading))
    assert result["figures"] == []
    assert any("another company" in w and "three years" in w for w in result["warnings"])


def test_subsidiary_revision_table_is_left_out_and_the_parents_forecast_kept() -> None:
    """The subsidiary's A/F/R table came out as the parent's facts, and the parent's standing
    forecast in prose (section 3) was missing."""
    result = parse_release(_text(SUBSIDIARY))
    revenue = figure(result, "revenue", "2025-06-30", "forecast")
    assert revenue["value"] == 228_000_000_000 and revenue["announced_on"] == "2025-02-07"
    assert figure(result, "operating_profit", "2025-06-30", "forecast")["value"] == 12_600_000_000
    assert len(result["figures"]) == 2
    assert any("Shiomi Retail Service Corporation" in w and "left out" in w for w in result["warnings"])


@pytest.mark.parametrize(
    "name", ["Shiomi Retail Service Corporation", "Shiomi Retail Service Co., Ltd.", "Minato Retail Inc."]
)
def test_other_company_named_in_the_heading(name: str) -> None:
    text = _text(SUBSIDIARY).replace("of Shiomi Retail Service Corporation for", f"of {name} for")
    assert len(parse_release(text)["figures"]) == 2


def test_issuers_own_name_in_the_heading_keeps_the_table() -> None:
    """Control: the same table under a heading naming the issuer is the issuer's revision."""
    text = _text(SUBSIDIARY).replace(
        "of Shiomi Retail Service Corporation for", "of Shiomi Group Holdings Corp. for"
    )
    result = parse_release(text)
    assert figure(result, "revenue", "2025-06-30", "previous_forecast")["value"] == 31_500_000_000
    assert figure(result, "eps_basic", "2024-06-30", "actual")["value"] == 58.73
    assert not any("another company" in w for w in result["warnings"])


def test_issuer_named_otherwise_in_a_heading_keeps_its_tables() -> None:
    """An issuer's own revision under a heading that names it differently from its cover (an
    abbreviation, 'The' before the name) in a release that relates no other company to it: the table
    is the issuer's (the name alone is no cue there)."""
    text = _text(SUBSIDIARY).replace(
        "of Shiomi Retail Service Corporation for", "of SGH Corporation for"
    )
    for word in ("Listed Subsidiary", "consolidated subsidiary", "the subsidiary", "subsidiary"):
        text = text.replace(word, "company")
    result = parse_release(text)
    assert figure(result, "revenue", "2025-06-30", "previous_forecast")["value"] == 31_500_000_000
    assert not any("another company" in w for w in result["warnings"])


def test_is_issuer() -> None:
    assert _is_issuer("Shiomi Group Holdings Corp.", "Shiomi Group Holdings Co., Ltd.")
    assert _is_issuer("The Shiomi Bank, Ltd.", "Shiomi Bank, Ltd.")
    assert _is_issuer("Tenjin Robotics Corporation", "Tenjin Robotics Corporation")
    assert not _is_issuer("Tsurumi Logistics Service Co., Ltd.", "Tsurumi Holdings Corporation")
    assert _is_issuer("Tsurumi Logistics Service Co., Ltd.", None)  # unknown issuer: no name-based cue


def test_target_results_in_sentences_under_the_heading_are_not_the_issuers() -> None:
    """The target's results told in sentences under its overview heading: with no table of the
    issuer, the running sentences are read, and these must not be."""
    text = _text(ACQUISITION)
    start, end = text.index("(4) Consolidated"), text.index("3. Number of shares")
    text = (
        text[:start]
        + "(4) Results: For the fiscal year ended December 31, 2024, net sales were 21,305 million yen and\n"
        "operating profit was 1,287 million yen.\n\n" + text[end:]
    )
    assert parse_release(text)["figures"] == []
