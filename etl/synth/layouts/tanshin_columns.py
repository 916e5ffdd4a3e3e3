"""Quarterly summaries with periods as columns and one cell per line (AGC's IFRS shape): metrics run
down the page, each followed by its current and prior-year values; dividends by FY-labelled column."""

from __future__ import annotations

from datetime import date

from etl.synth import facts
from etl.synth.companies import Company, fiscal_year_end, fy_label
from etl.synth.layouts.common import Span, labels
from etl.synth.layouts.tanshin import comparative
from etl.synth.model import results, standing, year_plan
from etl.synth.text import amount, day, per_share, percent, unit_heading


def uses_columns(c: Company, months: int) -> bool:
    """IFRS companies of one house style print their quarterly summaries this way."""
    return c.standard == "IFRS" and months < 12 and bool(c.style & (1 << 14))


_TERMS = (("q1", "End of first quarter"), ("interim", "End of second quarter"), ("q3", "End of third quarter"),
          ("year_end", "End of fiscal year"))
_TERM_MONTHS = {"q1": 3, "interim": 6, "q3": 9, "year_end": 12}


def render(seed: int, c: Company, year: int, months: int) -> tuple[str, str, dict]:
    plan = year_plan(seed, c, year)
    on = plan.summary_dates[months]
    now, before = Span(year, months), Span(year - 1, months)
    length = {3: "Three Months", 6: "Six Months", 9: "Nine Months"}[months]
    title = f"Consolidated Financial Results for the {length} ended {day(now.end(c))}"
    current, prior = results(seed, c, year, months), comparative(seed, c, year - 1, months)
    names = labels(c)
    unit = unit_heading(c)
    lines = [day(on), f"Corporate Name: {c.name}", f"(Code Number: {c.code}; TSE Prime Market)",
             f"{title} (IFRS basis)",
             f"1. Financial Results for the {length} ended {day(now.end(c))} ({now.range_words(c, ' through ')})",
             "(1) Consolidated operating results",
             f"For the {length} ended", f"For the {length} ended", day(now.end(c)), day(before.end(c)),
             unit, "%", unit, "%"]
    for label, metric in zip(names[:3], ("revenue", "operating_profit", "profit_before_tax"), strict=True):
        lines += [label, amount(c, current[metric]), percent(c, current[metric], prior[metric]),
                  amount(c, prior[metric]), "-"]
    net_now, net_before = current["net_profit_attributable"], prior["net_profit_attributable"]
    lines += ["Profit for the period", amount(c, round(net_now * 1.08)), "-", amount(c, round(net_before * 1.08)), "-",
              "Profit for the period attributable to owners of the parent", amount(c, net_now),
              percent(c, net_now, net_before), amount(c, net_before), "-",
              "Basic earnings per share (yen)", per_share(c, current["eps_basic"]), per_share(c, prior["eps_basic"])]
    figures = facts.figures(c, current, year, now.end(c), "actual", standard="IFRS")
    figures += facts.figures(c, prior, year - 1, before.end(c), "actual", standard="IFRS")
    div_lines, dividends = _dividends(seed, c, year, months, on)
    forecast_lines, forecast_figures = _forecasts(seed, c, year, months, on)
    text = "\n".join([*lines, *div_lines, *forecast_lines]) + "\n"
    return title, text, facts.release(facts.document("earnings_summary", title, c, on), dividends,
                                      figures + forecast_figures)


def _dividends(seed: int, c: Company, year: int, months: int, on: date) -> tuple[list[str], list[dict]]:
    plan, last = year_plan(seed, c, year), year_plan(seed, c, year - 1)
    fye, last_fye = fiscal_year_end(c, year), fiscal_year_end(c, year - 1)
    announced, forecast = standing(plan.dividend_forecasts, on)
    fresh = announced == on
    label, last_label = fy_label(c, year), fy_label(c, year - 1)
    lines = ["2. Dividends", "(Unit: yen)", last_label, label, f"{label} (forecast)"]
    out: list[dict] = []
    done = {t for t, _ in _TERMS if _TERM_MONTHS[t] <= months}
    for term, heading in _TERMS:
        paid = term in c.dividend_terms
        lines += [heading, f"{last.dividends.parts[term]:.2f}" if paid else "-"]
        if term in done:
            lines += [f"{plan.dividends.parts[term]:.2f}" if paid else "-", "-"]
        else:
            lines += ["――――", f"{forecast.parts[term]:.2f}" if paid else "-"]
        if paid:
            out.append(facts.dividend(last_fye, term, "actual", last.dividends.parts[term], status="declared"))
            if term in done:
                out.append(facts.dividend(fye, term, "actual", plan.dividends.parts[term], status="declared"))
            else:
                out.append(facts.dividend(fye, term, "forecast", forecast.parts[term], announced=on if fresh else None))
    annual = round(sum(plan.dividends.parts[t] for t in done if t in c.dividend_terms)
                   + sum(forecast.parts[t] for t in c.dividend_terms if t not in done), 2)
    lines += ["Total", f"{last.dividends.annual:.2f}", "――――", f"{annual:.2f}",
              f"Note: Revision of the dividends forecast from the latest official forecast: {'Yes' if fresh else 'No'}"]
    out.append(facts.dividend(last_fye, "annual", "actual", last.dividends.annual, status="declared"))
    out.append(facts.dividend(fye, "annual", "forecast", annual, announced=on if fresh else None))
    return lines, out


def _forecasts(seed: int, c: Company, year: int, months: int, on: date) -> tuple[list[str], list[dict]]:
    version = standing(year_plan(seed, c, year).forecasts, on)
    fresh = version.announced_on == on
    full = Span(year, 12)
    periods = [(6, version.half, "First half")] if months < 6 and version.half else []
    periods.append((12, version.full, "Full year"))
    names = labels(c)
    lines = [f"3. Forecast for {fy_label(c, year)} ({full.range_words(c, ' through ')})",
             "(% represents the change from the same period in the previous fiscal year)",
             *(p[2] for p in periods), *([unit_heading(c), "%"] * len(periods))]
    metrics = ("revenue", "operating_profit", "profit_before_tax", "net_profit_attributable")
    for label, metric in zip([*names[:3], "Profit for the year attributable to owners of the parent"], metrics,
                             strict=True):
        lines.append(label)
        for span_months, values, _ in periods:
            lines += [amount(c, values[metric]), percent(c, values[metric],
                                                         comparative(seed, c, year - 1, span_months)[metric])]
    lines.append("Basic earnings per share (yen)")
    lines += [per_share(c, values["eps_basic"]) for _, values, _ in periods]
    lines.append(f"Note: Revision of the consolidated forecast from the latest official forecast: "
                 f"{'Yes' if fresh else 'No'}")
    out: list[dict] = []
    for span_months, values, _ in periods:
        out += facts.figures(c, values, year, Span(year, span_months).end(c), "forecast", standard="IFRS",
                             announced=on if fresh else None)
    return lines, out
