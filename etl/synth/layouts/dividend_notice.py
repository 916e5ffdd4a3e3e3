"""Year-end dividend notices: the decided amount beside the latest forecast and last year's dividend,
one cell per line ('Same as left' for a shared record date), with a reference breakdown of the year."""

from __future__ import annotations

from etl.synth import facts
from etl.synth.companies import Company, fiscal_year_end, fy_label
from etl.synth.layouts.common import letterhead
from etl.synth.model import standing, year_plan
from etl.synth.text import day

_TITLES = ("Notice of Dividend of Surplus", "Notice Regarding Dividends of Surplus",
           "Notice Regarding Distribution of Retained Earnings (Year-end Dividend)")


def _parts(components: list[dict] | None) -> list[str]:
    """'(Ordinary dividend 50.00 yen)' lines under the decided amount, where it has parts."""
    return [f"({part['kind'].capitalize()} dividend {part['per_share']:.2f} yen)" for part in components or []]


def short_name(c: Company) -> str:
    """The initials a company calls itself by in a press release ('IIJ')."""
    words = [w for w in c.name.replace(",", "").split() if w not in ("Co.", "Ltd.", "Inc.", "Corporation")]
    return "".join(w[0] for w in words).upper()


def render(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    if c.dividend_terms == ("interim", "year_end") and c.style & 8:
        return render_press(seed, c, year)
    return render_table(seed, c, year)


def render_press(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    """IIJ's shape: column heads in one order (this year, last year, latest forecast), values in
    another (this year, latest forecast, last year), amounts as 'JPY13.50', '(paid)' marks."""
    plan, last = year_plan(seed, c, year), year_plan(seed, c, year - 1)
    on = plan.summary_dates[12]
    fye, last_fye = fiscal_year_end(c, year), fiscal_year_end(c, year - 1)
    announced, forecast = standing(plan.dividend_forecasts, on)
    short = short_name(c)
    title = f"{short} Announces the Distribution of Retained Earnings"
    decided, before = plan.dividends.parts["year_end"], last.dividends.parts["year_end"]
    total, last_total = plan.total_amounts_million["year_end"], last.total_amounts_million["year_end"]
    listing = "TSE1" if on.year < 2022 else "TSE Prime"
    lines = [
        "For Immediate Release", "", title, "",
        f"TOKYO - {day(on)} - {c.name} (\"{short}\", {listing}: {c.code}) announced that {short}'s Board of "
        f"Directors today resolved upon the dividends to be paid from retained earnings to shareholders on the "
        f"record date of {day(fye)}, as indicated below.", "",
        "1. Dividend", "", fy_label(c, year), "Year-end dividend", "", fy_label(c, year - 1), "Year-end dividend", "",
        "Latest forecast", f"(released on {day(announced)})", "",
        f"Record date {day(fye)} {day(fye)} {day(last_fye)}",
        f"Dividend per common share JPY{decided:.2f} JPY{forecast.parts['year_end']:.2f} JPY{before:.2f}",
        f"Total dividend amount JPY{total:,} million - JPY{last_total:,} million",
        f"Effective date {day(plan.payment_dates['year_end'])} - {day(last.payment_dates['year_end'])}",
        "Dividend resource Retained earnings - Retained earnings", "",
        "2. Reason", "",
        f"Considering its basic policy of stable and continuous dividends, {short} decided to pay JPY{decided:.2f} "
        f"per common share as {fy_label(c, year)} year-end dividend.", "",
        "<Reference> Annual dividend payments", "", "Dividend per common share", "", "Record date", "",
        "Interim dividend", "", "Year-end dividend", "", "Total: Annual dividend", "",
        f"Year ended {day(fye)}", "", f"JPY{plan.dividends.parts['interim']:.2f} (paid)", "", f"JPY{decided:.2f}", "",
        f"JPY{plan.dividends.annual:.2f}", "",
        f"Year ended {day(last_fye)}", "", f"JPY{last.dividends.parts['interim']:.2f} (paid)", "",
        f"JPY{before:.2f} (paid)", "", f"JPY{last.dividends.annual:.2f}", "",
        f"About {short}", "",
        f"{short} is one of Japan's leading companies in its field. The statements within this release contain "
        f"forward-looking statements; readers are referred to the documents furnished by {c.name}.", "",
        "For inquiries, contact:", f"{short} Investor Relations",
    ]
    dividends = [
        facts.dividend(fye, "year_end", "actual", decided, status="declared", record=fye,
                       effective=plan.payment_dates["year_end"], total=total * 10**6, resource="retained_earnings"),
        facts.dividend(fye, "year_end", "previous_forecast", forecast.parts["year_end"], announced=announced,
                       record=fye),
        facts.dividend(last_fye, "year_end", "actual", before, status="paid", record=last_fye,
                       effective=last.payment_dates["year_end"], total=last_total * 10**6,
                       resource="retained_earnings"),
        facts.dividend(fye, "interim", "actual", plan.dividends.parts["interim"], status="paid"),
        facts.dividend(fye, "annual", "actual", plan.dividends.annual, status="declared"),
        facts.dividend(last_fye, "interim", "actual", last.dividends.parts["interim"], status="paid"),
        facts.dividend(last_fye, "annual", "actual", last.dividends.annual, status="paid"),
    ]
    text = "\n".join(lines) + "\n"
    return title, text, facts.release(facts.document("dividend_notice", title, c, on), dividends, [])


def render_table(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    """Isetan's and Hanabishi's shape: one cell per line, 'Same as left', a reference breakdown."""
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
              "Dividend per share", f"{decided:.2f} yen", *_parts(plan.components()),
              f"{forecast.parts['year_end']:.2f} yen", f"{before:.2f} yen",
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
                       resource="retained_earnings", components=plan.components()),
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
