"""Year-end dividend notices: the decided amount beside the latest forecast and last year's dividend,
one cell per line ('Same as left' for a shared record date), with a reference breakdown of the year."""

from __future__ import annotations

from etl.synth import facts
from etl.synth.companies import Company, fiscal_year_end
from etl.synth.layouts.common import letterhead
from etl.synth.model import standing, year_plan
from etl.synth.text import day

_TITLES = ("Notice of Dividend of Surplus", "Notice Regarding Dividends of Surplus",
           "Notice Regarding Distribution of Retained Earnings (Year-end Dividend)")


def render(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    plan, last = year_plan(seed, c, year), year_plan(seed, c, year - 1)
    on = plan.summary_dates[12]
    fye, last_fye = fiscal_year_end(c, year), fiscal_year_end(c, year - 1)
    announced, forecast = standing(plan.dividend_forecasts, on)
    title = _TITLES[(c.style >> 12) % 3]
    same_as_left = bool(c.style & 4)
    decided, before = plan.dividends.parts["year_end"], last.dividends.parts["year_end"]
    lines = letterhead(c, on, title, (c.style >> 11) % 3)
    lines += [f"At a meeting held on {day(on)}, the Board of Directors of {c.name} (the \"Company\") resolved to pay "
              f"a dividend of surplus to shareholders of record as of {day(fye)}, as set out below.",
              "1. Details of Dividend",
              "Determined amount", "Most recent dividend forecast", f"(Announced on {day(announced)})",
              "Results for the previous fiscal year", f"(Year ended {day(last_fye)})",
              "Record date", day(fye), "Same as left" if same_as_left else day(fye), day(last_fye),
              "Dividend per share", f"{decided:.2f} yen", f"{forecast.parts['year_end']:.2f} yen", f"{before:.2f} yen",
              "Total amount of dividends", f"{plan.total_amounts_million['year_end']:,} million yen", "-",
              f"{last.total_amounts_million['year_end']:,} million yen",
              "Effective date", day(plan.payment_dates["year_end"]), "-", day(last.payment_dates["year_end"]),
              "Source of dividends", "Retained earnings", "-", "Retained earnings",
              "2. Reasons",
              f"The Company will pay a year-end dividend of {decided:g} yen per share for the fiscal year ended "
              f"{day(fye)}, in line with its policy of paying stable dividends."]
    dividends = [
        facts.dividend(fye, "year_end", "actual", decided, status="declared", record=fye,
                       effective=plan.payment_dates["year_end"], total=plan.total_amounts_million["year_end"] * 10**6,
                       resource="retained_earnings"),
        facts.dividend(fye, "year_end", "previous_forecast", forecast.parts["year_end"], announced=announced,
                       record=fye),
        facts.dividend(last_fye, "year_end", "actual", before, status="paid", record=last_fye,
                       effective=last.payment_dates["year_end"], total=last.total_amounts_million["year_end"] * 10**6,
                       resource="retained_earnings"),
    ]
    if c.dividend_terms == ("interim", "year_end"):
        lines += ["(Reference) Breakdown of annual dividend", "Dividend per share", "End of 2nd quarter",
                  "End of year", "Total"]
        for p, y, label in ((plan, fye, "Current period"), (last, last_fye, "Previous fiscal year")):
            parts = p.dividends.parts
            lines += [label, f"{parts['interim']:.2f} yen", f"{parts['year_end']:.2f} yen",
                      f"{p.dividends.annual:.2f} yen", f"(Year ended {day(y)})"]
            dividends += [facts.dividend(y, "interim", "actual", parts["interim"], status="declared"),
                          facts.dividend(y, "annual", "actual", p.dividends.annual, status="declared")]
    text = "\n".join(lines) + "\n"
    return title, text, facts.release(facts.document("dividend_notice", title, c, on), dividends, [])
