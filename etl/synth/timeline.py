"""What each company publishes when: a fiscal year's summaries, notices and revisions, in date order.

Companies are walked year by year (every company's year Y before any year Y+1), so a corpus cut at N
releases is a plausible slice of a market's history and each company's revision chains run forward.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from etl.synth.companies import Company, company
from etl.synth.model import year_plan

LAST_LETTER_YEAR = 2026
MAX_COMPANIES = 4000
RELEASES_PER_COMPANY = 24  # about four fiscal years each


@dataclass(frozen=True)
class Event:
    company: Company
    year: int  # calendar year the fiscal year ends in
    family: str  # "summary", "revision", "correction", "versus", "dividend" or "dividend_revision"
    months: int  # months a summary covers
    published: date


def company_count(releases: int) -> int:
    return max(1, min(MAX_COMPANIES, releases // RELEASES_PER_COMPANY))


def year_events(seed: int, c: Company, year: int) -> list[Event]:
    plan = year_plan(seed, c, year)
    out = [Event(c, year, "summary", m, plan.summary_dates[m]) for m in (3, 6, 9, 12)]
    if plan.revision_kind == "revision":
        out.append(Event(c, year, "revision", 12, plan.forecasts[1].announced_on))
    elif plan.revision_kind == "versus":
        out.append(Event(c, year, "versus", 6, plan.forecasts[1].announced_on))
    if plan.correction:
        out.append(Event(c, year, "correction", 12, plan.correction[0]))
    if len(plan.dividend_forecasts) > 1:
        out.append(Event(c, year, "dividend_revision", 9, plan.dividend_forecasts[1][0]))
    if c.style % 10 < 7:  # most companies also file a separate year-end dividend notice
        out.append(Event(c, year, "dividend", 12, plan.summary_dates[12]))
    return sorted(out, key=lambda e: (e.published, e.family != "versus"))


def events(seed: int, releases: int) -> Iterator[Event]:
    """The first `releases` events of the corpus, generated lazily."""
    companies = company_count(releases)
    left = releases
    offset = 0
    while left > 0:
        for index in range(companies):
            c = company(seed, index)
            # letter codes exist only since 2024: those companies' history starts there and stops at the present
            year = c.first_fiscal_year + offset
            if not c.code.isdigit() and year > LAST_LETTER_YEAR:
                continue
            for event in year_events(seed, c, year):
                yield event
                left -= 1
                if left == 0:
                    return
        offset += 1
