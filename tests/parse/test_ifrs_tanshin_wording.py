"""IFRS tanshin wording: 'Profit (loss) for the year' (non-controlling interests included) is no net
profit attributable; an attributable title in another table wins over a bare 'Profit' one; and a results
row labelled by its date alone under a 'Year ended ...' row ('Year ended' printed once by pdftotext
-layout, above the first row) inherits the 'Year ended' (or 'Six/Nine/Three months ended')."""

from __future__ import annotations

from datetime import datetime

import pytest

from etl.parse import parse_release
from etl.parse.figures import header_metrics, metric_of
from tests.parse.conftest import RELEASES, figure, parsed_release

_RELEASE = "ifrs-tanshin-year-ended-once-profit-loss-for-the-year.txt"
# The lines of the results table's two halves: revenue to profit, then the attributable profit,
# comprehensive income and EPS (a blank line between).
_FIRST_HALF = slice(10, 15)
_SECOND_HALF = slice(16, 22)


def _text() -> str:
    return (RELEASES / _RELEASE).read_text(encoding="utf-8")


def test_profit_for_the_year_is_left_out_and_the_prior_year_row_read() -> None:
    result = parsed_release(_RELEASE)
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == -2_271_000_000
    previous = figure(result, "net_profit_attributable", "2023-12-31", "actual")
    assert previous["value"] == 243_000_000 and previous["period_start"] == "2023-01-01"
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 25_013_000_000
    assert figure(result, "profit_before_tax", "2023-12-31", "actual")["value"] == 366_000_000
    assert figure(result, "eps_basic", "2023-12-31", "actual")["value"] == 5.53
    assert figure(result, "net_profit_attributable", "2025-12-31", "forecast")["value"] == 30_000_000
    assert len(result["figures"]) == 15
    assert result["warnings"] == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Revenue Operating income (loss) Income before income taxes Profit (loss) for the year",
         ("revenue", "operating_profit", "profit_before_tax", None)),
        ("Revenue Operating profit Profit before tax Profit (loss) for the period",
         ("revenue", "operating_profit", "profit_before_tax", None)),
        # a bare 'Profit (loss)' title is still the bottom line (see header_metrics)
        ("Revenue Operating profit Profit before tax Profit (loss)",
         ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable")),
    ],
)
def test_profit_loss_for_the_year_titles(header: str, expected: tuple) -> None:
    assert header_metrics(header) == expected


def test_profit_loss_for_the_year_labels() -> None:
    assert metric_of("Profit (loss) for the year") is None
    assert metric_of("Profit (loss) for the year attributable to owners of the parent") == "net_profit_attributable"


@pytest.mark.parametrize("title", ["Profit", "Profit (loss)", "PROFIT"])
def test_attributable_title_wins_over_a_bare_profit_title(title: str) -> None:
    """The results header cut into two tables, the first ending on a bare 'Profit' (non-controlling
    interests included beside the attributable profit of the second)."""
    result = parse_release(_text().replace("Profit (loss) for the year\n", f"{title}\n", 1))
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == -2_271_000_000
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 243_000_000
    assert len(result["figures"]) == 15


def test_attributable_table_first() -> None:
    """The two halves in the other order: the attributable title still wins."""
    lines = _text().replace("Profit (loss) for the year\n", "Profit\n", 1).splitlines(keepends=True)
    first, second = lines[_FIRST_HALF], lines[_SECOND_HALF]
    assert first[0].lstrip().startswith("Revenue") and second[0].lstrip().startswith("Profit (loss) for the year")
    lines[_FIRST_HALF.start : _SECOND_HALF.stop] = [*second, "\n", *first]
    result = parse_release("".join(lines))
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == -2_271_000_000
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 243_000_000
    assert figure(result, "revenue", "2023-12-31", "actual")["value"] == 25_013_000_000


def test_bare_profit_alone_stays_the_bottom_line() -> None:
    """Without an attributable title for the year, a bare 'Profit' is the net profit, as before."""
    lines = _text().replace("Profit (loss) for the year\n", "Profit\n", 1).splitlines(keepends=True)
    del lines[_SECOND_HALF.start - 1 : _SECOND_HALF.stop]
    result = parse_release("".join(lines))
    assert figure(result, "net_profit_attributable", "2024-12-31", "actual")["value"] == -2_297_000_000
    assert figure(result, "net_profit_attributable", "2023-12-31", "actual")["value"] == 251_000_000


_INTERIM = """Consolidated Financial Results for the {span} Ended {end} [IFRS]
                                                                             {published}
Company name: Aoba Therapeutics, Inc.       Stock exchange listing: Tokyo
Code number: 4597

1. Consolidated Financial Results for the {span} Ended {end}
(1) Consolidated Operating Results (cumulative)          (% indicates changes from the same period of the previous year)
                   Revenue         Operating profit   Profit before tax   Profit attributable to    Basic earnings
                                                                          owners of the parent      per share
                   Millions of yen  %  Millions of yen  %  Millions of yen  %  Millions of yen  %   Yen
{stub}{current}    12,408   4.1    1,022   8.8    998   7.2    701   6.9    15.93
{previous}    11,920   3.3      939   2.0    931   1.5    656   0.4    14.91
"""


@pytest.mark.parametrize("own_line", [True, False], ids=["stub-on-its-own-line", "stub-on-the-first-row"])
@pytest.mark.parametrize(
    ("span", "end", "published", "fye", "previous", "start", "previous_end"),
    [
        ("Six Months", "June 30, 2025", "August 8, 2025", "December 31, 2025", "June 30, 2024",
         "2024-01-01", "2024-06-30"),
        ("Nine Months", "December 31, 2024", "February 7, 2025", "March 31, 2025", "December 31, 2023",
         "2023-04-01", "2023-12-31"),
        ("Three Months", "September 30, 2024", "November 8, 2024", "June 30, 2025", "September 30, 2023",
         "2023-07-01", "2023-09-30"),
        ("Year", "March 31, 2025", "May 13, 2025", "March 31, 2025", "March 31, 2024", "2023-04-01", "2024-03-31"),
    ],
)
def test_date_rows_inherit_the_months_ended(
    span: str, end: str, published: str, fye: str, previous: str, start: str, previous_end: str, own_line: bool
) -> None:
    """Half-year (December year end), nine-month (March), first-quarter (June) and full-year summaries,
    with 'Six months ended' on a line of its own above the rows or opening the first row."""
    stub = f"{span.capitalize()} ended" + ("\n" if own_line else " ")
    text = _INTERIM.format(
        span=span, end=end, published=published, stub=stub, current=end.ljust(18), previous=previous.ljust(18)
    ).replace("Code number: 4597", f"Code number: 4597\nFiscal year ending {fye}")
    result = parse_release(text)
    prior = figure(result, "revenue", previous_end, "actual")
    assert prior["value"] == 11_920_000_000 and prior["period_start"] == start
    assert figure(result, "net_profit_attributable", previous_end, "actual")["value"] == 656_000_000
    assert figure(result, "eps_basic", previous_end, "actual")["value"] == 14.91
    assert figure(result, "operating_profit", _iso(end), "actual")["value"] == 1_022_000_000
    assert len(result["figures"]) == 10


def _iso(text: str) -> str:
    return datetime.strptime(text, "%B %d, %Y").date().isoformat()
