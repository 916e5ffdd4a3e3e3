"""Dividend forecast revisions (Sumida's shape): previous and revised forecast rows for the parts of
the year still to come, the parts already paid this year, and last year's dividends."""

from __future__ import annotations

from etl.synth import facts
from etl.synth.companies import Company, fiscal_year_end, fy_label
from etl.synth.layouts.common import Span, letterhead
from etl.synth.model import year_plan
from etl.synth.text import day

_HEADS = {"q1": "Q1", "interim": "Q2", "q3": "Q3", "year_end": "Year-end"}
_SEMI_HEADS = {"interim": "2nd quarter-end", "year_end": "Year-end"}


def render(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    plan, last = year_plan(seed, c, year), year_plan(seed, c, year - 1)
    (first_on, before), (on, after) = plan.dividend_forecasts[0], plan.dividend_forecasts[1]
    fye, last_fye = fiscal_year_end(c, year), fiscal_year_end(c, year - 1)
    terms = c.dividend_terms
    paid = [t for t in terms if plan.payment_dates[t] < on]
    rest = [t for t in terms if t not in paid]
    heads = _HEADS if len(terms) == 4 else _SEMI_HEADS
    label = fy_label(c, year)
    title = f"Notice {'on' if c.style & 16 else 'Regarding'} Revision of Dividend Forecast"
    lines = letterhead(c, on, title, (c.style >> 11) % 3)
    lines += [f"{c.name} (the \"Company\") has revised its forecast for the year-end dividend for the "
              f"{Span(year, 12).words(c, 'ending')} (\"{label}\"), which it first published on {day(first_on)}, "
              "as set out below.", "", "1. Revision of dividend forecast", "", "  Dividend Payment (JPY)",
              "  " + " ".join([*(heads[t] for t in terms), "Total"])]

    def row(name: str, values: dict, shown: list[str], total: float | None) -> str:
        cells = [f"{values[t]:.2f}" if t in shown else "--" for t in terms]
        return " ".join([name, *cells, f"{total:.2f}" if total is not None else "--"])

    paid_sum = sum(plan.dividends.parts[t] for t in paid)
    before_total = round(paid_sum + sum(before.parts[t] for t in rest), 2)
    after_total = round(paid_sum + sum(after.parts[t] for t in rest), 2)
    lines += [row("Previous Forecast", before.parts, rest, before_total),
              row("Revised Forecast", after.parts, rest, after_total)]
    out = []
    for t in rest:
        out += [facts.dividend(fye, t, "previous_forecast", before.parts[t], announced=first_on),
                facts.dividend(fye, t, "forecast", after.parts[t], announced=on)]
    out += [facts.dividend(fye, "annual", "previous_forecast", before_total, announced=first_on),
            facts.dividend(fye, "annual", "forecast", after_total, announced=on)]
    if paid:
        lines.append(row(f"Dividend paid in {label}", plan.dividends.parts, paid, None))
        out += [facts.dividend(fye, t, "actual", plan.dividends.parts[t], status="paid") for t in paid]
    lines += ["Dividend paid in previous year", f"({fy_label(c, year - 1)})",
              " ".join([*(f"{last.dividends.parts[t]:.2f}" for t in terms), f"{last.dividends.annual:.2f}"])]
    out += [facts.dividend(last_fye, t, "actual", v, status="paid") for t, v in last.dividends.parts.items()]
    out.append(facts.dividend(last_fye, "annual", "actual", last.dividends.annual, status="paid"))
    lines += ["", "2. Reasons for revision of dividend forecast", "",
              f"In view of the results now expected for {label}, the Company has raised its year-end dividend "
              f"forecast to {after.parts['year_end']:g} yen per share."]
    text = "\n".join(lines) + "\n"
    return title, text, facts.release(facts.document("dividend_notice", title, c, on), out, [])
