"""A '(Reference) ...' label, its table, a blank line, then an unnumbered paragraph (dividend notices'
'(Reference) Breakdown of annual dividends' followed by the reason for the dividend): the reference
block ends at the paragraph, which goes on with the section around it; and the paragraph's last
wrapped line, carrying on its sentence with amounts ('dividend of 72 yen per share (interim 36 yen,
year-end 36 yen).'), is prose, not a table row of the reference grid."""

from __future__ import annotations

import textwrap

import pytest

from etl.parse import parse_release
from etl.parse.tables import blocks, lines_of
from tests.parse.conftest import dividend, parsed_release


def test_the_reason_paragraph_is_no_table_of_the_reference_block() -> None:
    result = parsed_release("dividend-notice-reference-breakdown-then-reason-paragraph.txt")
    decided = dividend(result, "2025-03-31", "year_end", "actual")
    assert (decided["per_share"], decided["total_amount"], decided["effective_date"]) == (
        36.0, 1512000000, "2025-06-09")
    assert dividend(result, "2025-03-31", "interim", "actual")["per_share"] == 30.0
    assert dividend(result, "2025-03-31", "annual", "actual")["per_share"] == 66.0
    assert dividend(result, "2024-03-31", "annual", "actual")["per_share"] == 58.0
    assert dividend(result, "2025-03-31", "year_end", "previous_forecast")["per_share"] == 32.0
    assert result["warnings"] == []


_NOTICE = (
    "{published}\nCompany name: Omi Textile Holdings Co., Ltd.\n(Securities code: 3589, TSE Prime Market)\n\n"
    "Notice Regarding Dividends of Surplus\n\n"
    "1. Details of the dividend\n"
    "Determined amount Previous fiscal year\n"
    "Record date {fy} {prior}\n"
    "Dividend per share 36.00 yen 30.00 yen\n"
    "Effective date {pay} -\n\n"
    "{tag} Breakdown of annual dividends\n"
    "Dividend per share Interim Year-end Annual\n"
    "Fiscal year ended {fy} 30.00 yen 36.00 yen 66.00 yen\n"
    "Fiscal year ended {prior} 28.00 yen 30.00 yen 58.00 yen\n\n"
    "{paragraph}\n"
)
_REASON = (
    "The Company regards the return of profits to shareholders as a key management priority. In view of "
    "the results for the fiscal year ended {fy}, the Company has decided to pay a year-end dividend of 36 yen "
    "per share, and for the fiscal year ending {next_fy} it plans an annual dividend of 72 yen per share "
    "(interim 36 yen, year-end 36 yen)."
)


@pytest.mark.parametrize(
    ("published", "fy", "prior", "next_fy", "pay", "fy_end"),
    [
        ("May 13, 2025", "March 31, 2025", "March 31, 2024", "March 31, 2026", "June 9, 2025", "2025-03-31"),
        ("February 14, 2025", "December 31, 2024", "December 31, 2023", "December 31, 2025", "March 28, 2025",
         "2024-12-31"),
        ("August 8, 2025", "June 30, 2025", "June 30, 2024", "June 30, 2026", "September 26, 2025", "2025-06-30"),
    ],
)
@pytest.mark.parametrize("tag", ["(Reference)", "<Reference>"])
@pytest.mark.parametrize("width", [0, 80, 100, 120])
def test_variants(published: str, fy: str, prior: str, next_fy: str, pay: str, fy_end: str, tag: str,
                  width: int) -> None:
    """Other year ends, other reference tags, the paragraph on one line or wrapped at other widths."""
    reason = _REASON.format(fy=fy, next_fy=next_fy)
    paragraph = "\n".join(textwrap.wrap(reason, width)) if width else reason
    text = _NOTICE.format(published=published, fy=fy, prior=prior, pay=pay, tag=tag, paragraph=paragraph)
    result = parse_release(text)
    assert dividend(result, fy_end, "year_end", "actual")["per_share"] == 36.0
    assert dividend(result, fy_end, "annual", "actual")["per_share"] == 66.0
    assert result["warnings"] == []


def _contexts(text: str) -> list[tuple[str, str]]:
    """Each block's context with the first line of its body."""
    out = []
    for b in blocks(lines_of(text)):
        body = text[b.body_start : b.end].strip()
        out.append((b.context, body.splitlines()[0] if body else ""))
    return out


def test_the_paragraph_goes_on_with_the_section_around_the_reference() -> None:
    text = _NOTICE.format(published="May 13, 2025", fy="March 31, 2025", prior="March 31, 2024",
                          pay="June 9, 2025", tag="(Reference)",
                          paragraph=_REASON.format(fy="March 31, 2025", next_fy="March 31, 2026"))
    contexts = _contexts(text)
    assert contexts[-2] == ("1. Details of the dividend / (Reference) Breakdown of annual dividends",
                            "Dividend per share Interim Year-end Annual")
    assert contexts[-1][0] == "1. Details of the dividend"
    assert contexts[-1][1].startswith("The Company regards")


def test_a_paragraph_right_under_the_reference_label_is_the_reference() -> None:
    """'(Reference) ...', a blank line, a paragraph and nothing before it: the paragraph is what the label
    refers to."""
    text = ("1. Details of the dividend\nDividend per share 36.00 yen\n\n(Reference) Dividend policy\n\n"
            + _REASON.format(fy="March 31, 2025", next_fy="March 31, 2026") + "\n")
    assert _contexts(text)[-1] == ("1. Details of the dividend / (Reference) Dividend policy",
                                   "The Company regards the return of profits to shareholders as a key management "
                                   "priority. In view of the results for the fiscal year ended March 31, 2025, the "
                                   "Company has decided to pay a year-end dividend of 36 yen per share, and for the "
                                   "fiscal year ending March 31, 2026 it plans an annual dividend of 72 yen per share "
                                   "(interim 36 yen, year-end 36 yen).")
