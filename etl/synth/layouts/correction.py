"""Correction notices: a forecast revision's table before and after correction; only the corrected
figures are facts, announced on the correction's own date."""

from __future__ import annotations

from etl.synth import facts
from etl.synth.companies import Company
from etl.synth.layouts import grid
from etl.synth.layouts.common import Span, labels, letterhead
from etl.synth.layouts.revision import base_title
from etl.synth.layouts.tanshin import scope_of
from etl.synth.model import year_plan
from etl.synth.text import day


def render(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    plan = year_plan(seed, c, year)
    previous, revised = plan.forecasts[0], plan.forecasts[1]
    on, wrong = plan.correction
    corrected = base_title(c)  # quoted without its standard mark: this notice names no standard
    title = f"Notice Regarding Partial Correction of \"{corrected}\""
    full = Span(year, 12)
    scope = scope_of(c)
    group = scope == "Consolidated"
    names = labels(c)
    lines = letterhead(c, on, title, 0)
    lines += [f"{c.name} announces that there were errors in the \"{corrected}\" released on "
              f"{day(revised.announced_on)}. The corrections are as follows.", "",
              f"1. Revision of {scope.lower()} earnings forecasts for the {full.words(c, 'ending')} "
              f"({full.range_words(c)})", ""]
    for heading, after in (("[Before correction]", wrong), ("[After correction]", revised.full)):
        lines += [heading, *grid.render(c, names, grid.Row("Previous forecast (A)", previous.full),
                                        grid.Row("Revised forecast (B)", after), None, grid.ROW_PER_LINE), ""]
    std = "J-GAAP" if c.standard == "J-GAAP" else None  # only ordinary profit settles it here
    figures = facts.figures(c, previous.full, year, full.end(c), "previous_forecast", standard=std, consolidated=group)
    figures += facts.figures(c, revised.full, year, full.end(c), "forecast", standard=std, announced=on,
                             consolidated=group)
    document = dict(facts.document("forecast_revision", title, c, on), is_correction=True)
    return title, "\n".join(lines) + "\n", facts.release(document, [], figures)
