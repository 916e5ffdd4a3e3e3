"""Earnings summaries (tanshin): results against the same period a year earlier, a dividends table
(actual parts, then the rest of the year as forecast) and a forecast table, for a quarter or the year."""

from __future__ import annotations

from datetime import date

from etl.synth import facts
from etl.synth.companies import Company, fiscal_year_end
from etl.synth.layouts.common import Span, labels, standard_mark
from etl.synth.model import Dividends, Forecast, results, standing, year_plan
from etl.synth.text import amount, day, per_share, percent, rows, unit_heading

_TERMS = ("q1", "interim", "q3", "year_end")
_TERM_MONTHS = {"q1": 3, "interim": 6, "q3": 9, "year_end": 12}
_PAYABLE = ("Dividend payable date (as planned)", "Scheduled date of commencement of dividend payments",
            "Scheduled date to commence dividend payments")
_DIVIDEND_HEADS = ("1st quarter-end 2nd quarter-end 3rd quarter-end Year-end Total",
                   "First quarter-end Second quarter-end Third quarter-end Fiscal year-end Total")


def scope_of(c: Company) -> str:
    """A few J-GAAP companies without subsidiaries publish parent-only ('Non-consolidated') summaries."""
    return "Non-consolidated" if c.standard == "J-GAAP" and c.style % 20 == 7 else "Consolidated"


def comparative(seed: int, c: Company, year: int, months: int) -> dict:
    """Last year's figures as this year's summaries print them (restated when that year was)."""
    return results(seed, c, year, months, restated=year_plan(seed, c, year).restated)


def _cell(c: Company, dividends: Dividends, term: str) -> str:
    return f"{dividends.parts[term]:.2f}" if term in dividends.parts else "-"


def render(seed: int, c: Company, year: int, months: int) -> tuple[str, str, dict]:
    """The summary for the first `months` months of the fiscal year ending in `year`."""
    plan = year_plan(seed, c, year)
    on = plan.summary_dates[months]
    cells = bool(c.style & 1)
    names = labels(c)
    std = c.standard
    now, before = Span(year, months), Span(year - 1, months)
    length = {3: "Three Months", 6: "Six Months", 9: "Nine Months", 12: "Fiscal Year"}[months]
    scope = scope_of(c)
    title = f"{scope} Financial Results for the {length} Ended {day(now.end(c))}"
    current, prior = results(seed, c, year, months), comparative(seed, c, year - 1, months)
    group = scope == "Consolidated"
    figures = facts.figures(c, current, year, now.end(c), "actual", standard=std, consolidated=group)
    figures += facts.figures(c, prior, year - 1, before.end(c), "actual", standard=std, consolidated=group)
    unit = unit_heading(c)
    money = names[:4]
    lines = [f"{title} {standard_mark(c)}", day(on), f"Company name: {c.name}", "Stock exchange listing: Tokyo",
             f"Code number: {c.code}"]
    if months == 12:
        payable = day(year_plan(seed, c, year).payment_dates["year_end"])
        lines.append(f"{_PAYABLE[(c.style >> 5) % 3]}: {payable}")
    lines += [
             f"1. {scope} financial results for the {now.words(c)} ({now.range_words(c)})",
             f"(1) {scope} operating results (% indicates changes from the previous corresponding period.)"]
    stub = "Fiscal year ended" if months == 12 else f"{length.capitalize()} ended"
    table = [[" ".join(money)], [" ".join(f"{unit} %" for _ in money)]]
    for values, then, span in ((current, prior, now), (prior, None, before)):
        row = [f"{stub} {day(span.end(c))}"]
        for m in list(values)[:4]:
            row += [amount(c, values[m]), percent(c, values[m], then[m]) if then else "-"]
        table.append(row)
    lines += rows(table, cells)
    eps_head = names[4]
    table = [[f"{eps_head} Diluted {eps_head[6:] if eps_head.startswith('Basic ') else eps_head}"], ["Yen Yen"]]
    for values, span in ((current, now), (prior, before)):
        table.append([f"{stub} {day(span.end(c))}", per_share(c, values["eps_basic"]), "-"])
    lines += rows(table, cells)

    dividends, div_lines = _dividends(seed, c, year, months, on)
    lines += ["2. Cash dividends", "Annual dividends per share", _DIVIDEND_HEADS[(c.style >> 3) % 2],
              "Yen Yen Yen Yen Yen", *div_lines]
    forecast_lines, forecast_figures = _forecasts(seed, c, year, months, on)
    lines += forecast_lines
    figures += forecast_figures
    text = "\n".join(lines) + "\n"
    return title, text, facts.release(facts.document("earnings_summary", title, c, on), dividends, figures)


def _dividends(seed: int, c: Company, year: int, months: int, on: date) -> tuple[list[dict], list[str]]:
    """Dividend rows and facts: last year in full, this year's decided parts, the rest as forecast."""
    out: list[dict] = []
    lines: list[str] = []
    full_years = (year - 1, year) if months == 12 else (year - 1,)
    for y in full_years:
        plan = year_plan(seed, c, y)
        fye = fiscal_year_end(c, y)
        paid = plan.dividends
        lines.append(" ".join([f"Fiscal year ended {day(fye)}", *(_cell(c, paid, t) for t in _TERMS),
                               f"{paid.annual:.2f}"]))
        for term, value in paid.parts.items():
            this_year_end = y == year and term == "year_end"
            out.append(facts.dividend(fye, term, "actual", value, status="declared",
                                      effective=plan.payment_dates[term] if this_year_end else None,
                                      components=plan.components() if this_year_end else None))
        out.append(facts.dividend(fye, "annual", "actual", paid.annual, status="declared"))
    target = year + 1 if months == 12 else year
    plan = year_plan(seed, c, target)
    fye = fiscal_year_end(c, target)
    announced, forecast = standing(plan.dividend_forecasts, on)
    done = [t for t in _TERMS if _TERM_MONTHS[t] <= months] if months < 12 else []
    if done:
        lines.append(" ".join([f"Fiscal year ending {day(fye)}", *(_cell(c, plan.dividends, t) for t in done)]))
        for term in done:
            if term in plan.dividends.parts:
                out.append(facts.dividend(fye, term, "actual", plan.dividends.parts[term], status="declared"))
    rest = [t for t in _TERMS if t not in done]
    annual = round(sum(plan.dividends.parts[t] for t in done if t in plan.dividends.parts)
                   + sum(forecast.parts[t] for t in rest if t in forecast.parts), 2)
    lines.append(" ".join([f"Fiscal year ending {day(fye)} (Forecast)", *(_cell(c, forecast, t) for t in rest),
                           f"{annual:.2f}"]))
    revised = announced == on
    for term in rest:
        if term in forecast.parts:
            out.append(facts.dividend(fye, term, "forecast", forecast.parts[term], announced=on if revised else None))
    out.append(facts.dividend(fye, "annual", "forecast", annual, announced=on if revised else None))
    extra = year_plan(seed, c, year).extra
    if months == 12 and extra:
        kind, part = extra
        whole = year_plan(seed, c, year).dividends.parts["year_end"]
        lines.append(f"Note: The fiscal year-end dividend of ¥{whole:.2f} per share for the fiscal year ended "
                     f"{day(fiscal_year_end(c, year))} comprised an ordinary dividend of ¥{whole - part:.2f} and a "
                     f"{kind} dividend of ¥{part:.2f}.")
    if months < 12:
        lines.append(f"Note: Revisions to the forecast of cash dividends most recently announced: "
                     f"{'Yes' if revised else 'None'}")
    return out, lines


def _forecasts(seed: int, c: Company, year: int, months: int, on: date) -> tuple[list[str], list[dict]]:
    target = year + 1 if months == 12 else year
    plan = year_plan(seed, c, target)
    version: Forecast = standing(plan.forecasts, on)
    fresh = version.announced_on == on
    names = labels(c)
    full = Span(target, 12)
    lines = [f"3. {scope_of(c)} earnings forecasts for the {full.words(c, 'ending')} ({full.range_words(c)})",
             "(% indicates changes from the previous corresponding period.)"]
    table = [[" ".join(names)], [" ".join([*(f"{unit_heading(c)} %" for _ in range(4)), "Yen"])]]
    out: list[dict] = []
    periods = [(6, version.half)] if months < 6 and version.half else []
    periods.append((12, version.full))
    for span_months, values in periods:
        span = Span(target, span_months)
        before = comparative(seed, c, target - 1, span_months)
        label = "Full year" if span_months == 12 else f"Six months ending {day(span.end(c))}"
        row = [label]
        for m in list(values)[:4]:
            row += [amount(c, values[m]), percent(c, values[m], before[m])]
        row.append(per_share(c, values["eps_basic"]))
        table.append(row)
        out += facts.figures(c, values, target, span.end(c), "forecast", standard=c.standard,
                             announced=version.announced_on, consolidated=scope_of(c) == "Consolidated")
    lines += rows(table, bool(c.style & 1))
    if months < 12:
        lines.append(f"Note: Revisions to the earnings forecasts most recently announced: {'Yes' if fresh else 'None'}")
        if not fresh:
            since = day(version.announced_on)
            lines.append(f"The earnings forecasts above are those the Company announced on {since}; "
                         "they remain unchanged.")
    return lines, out
