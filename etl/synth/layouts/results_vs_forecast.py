"""Notices of differences between the first-half forecast and results, with the full-year forecast
revised in the same notice (IIJ 2019, Oshima shapes)."""

from __future__ import annotations

from etl.synth import facts
from etl.synth.companies import Company
from etl.synth.layouts import grid
from etl.synth.layouts.common import Span, labels, letterhead
from etl.synth.layouts.revision import reference_label
from etl.synth.layouts.tanshin import comparative, scope_of
from etl.synth.model import results, year_plan
from etl.synth.text import day

_MARKS = {"J-GAAP": "", "IFRS": " (IFRS)", "US GAAP": " (U.S. GAAP)"}


def render(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    plan = year_plan(seed, c, year)
    previous, revised = plan.forecasts[0], plan.forecasts[1]
    on = revised.announced_on
    shape = grid.CELL_PER_LINE if c.style & (1 << 13) else grid.ROW_PER_LINE
    title = ("Notice Regarding Differences between Forecasts and Actual Results for the First Half, "
             "and Revision of Full-Year Earnings Forecasts" + _MARKS[c.standard])
    names = labels(c)
    half, full = Span(year, 6), Span(year, 12)
    lines = letterhead(c, on, title, (c.style >> 11) % 3)
    std = c.standard
    figures: list[dict] = []
    actual = results(seed, c, year, 6)
    scope = scope_of(c).lower()
    group = scope == "consolidated"
    sections = (
        (half, grid.Row("Previously announced forecast (A)", previous.half), grid.Row("Actual results (B)", actual),
         "actual", f"Differences between the {scope} forecasts and actual results for the first half of the"),
        (full, grid.Row("Previously announced forecast (A)", previous.full), grid.Row("Revised forecast (B)",
                                                                                      revised.full),
         "forecast", f"Revision of the {scope} forecast for the"),
    )
    for number, (span, first, second, scenario, heading) in enumerate(sections, 1):
        last = Span(year - 1, span.months)
        reference = comparative(seed, c, year - 1, span.months)
        lines.append(f"{number}. {heading} fiscal year ending {day(full.end(c))} ({span.range_words(c)})")
        lines += grid.render(c, names, first, second, grid.Row(reference_label(c, last, shape), reference), shape)
        figures += facts.figures(c, first.values, year, span.end(c), "previous_forecast", standard=std,
                                 announced=previous.announced_on, consolidated=group)
        figures += facts.figures(c, second.values, year, span.end(c), scenario, standard=std,
                                 announced=on if scenario == "forecast" else None, consolidated=group)
        figures += facts.figures(c, reference, year - 1, last.end(c), "actual", standard=std, consolidated=group)
    lines += ["3. Reasons", f"First-half results differed from the forecast announced on {day(previous.announced_on)}, "
              "and the full-year forecast has been revised accordingly."]
    text = "\n".join(lines) + "\n"
    return title, text, facts.release(facts.document("results_vs_forecast", title, c, on), [], figures)
