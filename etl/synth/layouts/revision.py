"""Forecast revision notices: Previous (A) / Revised (B) / Change for the first half and the full year,
with last year's results for reference (Riso, Tosei, Tenjin and metrics-as-rows shapes)."""

from __future__ import annotations

from etl.synth import facts
from etl.synth.companies import Company
from etl.synth.layouts import grid
from etl.synth.layouts.common import Span, labels, letterhead
from etl.synth.layouts.tanshin import comparative, scope_of
from etl.synth.model import year_plan
from etl.synth.text import day

SHAPES = (grid.ROW_PER_LINE, grid.CELL_PER_LINE, grid.METRICS_AS_ROWS, grid.HTML)
_TITLES = ("Notice Regarding Revision of Earnings Forecasts", "Notification of Revisions to Earnings Forecasts",
           "Notice Regarding Revision of Consolidated Financial Results Forecasts")
_MARKS = {"J-GAAP": "", "IFRS": " (IFRS)", "US GAAP": " (U.S. GAAP)"}


def base_title(c: Company) -> str:
    return _TITLES[(c.style >> 9) % 3].replace("Consolidated", scope_of(c))


def title_of(c: Company) -> str:
    # Tosei's shape (a parent-only table) leaves the group's standard unnamed: see render
    return base_title(c) + ("" if with_parent_only(c) else _MARKS[c.standard])


def with_parent_only(c: Company) -> bool:
    return (bool(c.style & (1 << 15)) and shape_of(c) in (grid.ROW_PER_LINE, grid.CELL_PER_LINE)
            and scope_of(c) == "Consolidated")


def shape_of(c: Company) -> str:
    return SHAPES[(c.style >> 7) % len(SHAPES)]


_PARENT_LABELS = ("Net sales", "Ordinary income", "Net income", "Net income per share")


def parent_only(group: dict) -> dict:
    """The parent company's own forecast, a share of the group's (J-GAAP metrics, no operating line)."""
    names = list(group)
    revenue, middle = int(group["revenue"] * 0.8), group[names[2]]
    ordinary = None if middle is None else int(middle * 0.85)
    net = None if ordinary is None else int(ordinary * 0.65)
    eps = None if net is None or group["eps_basic"] is None or group[names[3]] in (None, 0) else round(
        group["eps_basic"] * net / group[names[3]], 2)
    return {"revenue": revenue, "ordinary_profit": ordinary, "net_profit_attributable": net, "eps_basic": eps}


def reference_label(c: Company, last: Span, shape: str) -> str:
    """The reference row's label; a column head (metrics as rows) carries no parenthesised aside."""
    length = "fiscal year" if last.months == 12 else "six months"
    if shape == grid.METRICS_AS_ROWS:
        return f"Results for the {length} ended {day(last.end(c))}"
    if last.months == 12:
        return f"(Reference) Results for the previous fiscal year (Fiscal year ended {day(last.end(c))})"
    return f"(Reference) Results for the same period of the previous fiscal year (Six months ended {day(last.end(c))})"


def render(seed: int, c: Company, year: int) -> tuple[str, str, dict]:
    plan = year_plan(seed, c, year)
    previous, revised = plan.forecasts[0], plan.forecasts[1]
    on = revised.announced_on
    shape = shape_of(c)
    # Tosei's shape: a parent-only (J-GAAP) table after the group's, the group's standard left unnamed;
    # naming it in the title makes the parser give the parent-only table that standard too (a gap)
    with_parent = with_parent_only(c)
    title = title_of(c)
    names = labels(c)
    full = Span(year, 12)
    lines = letterhead(c, on, title, (c.style >> 11) % 3)
    scope = scope_of(c).lower()
    group = scope == "consolidated"
    lines.append(f"{c.name} (the \"Company\") has revised its {scope} earnings forecasts for the "
                 f"{full.words(c, 'ending')}, which it announced on {day(previous.announced_on)}, as set out below.")
    std = "J-GAAP" if c.standard == "J-GAAP" else None if with_parent else c.standard
    figures: list[dict] = []
    with_half = previous.half and revised.half
    sections = [(6, previous.half, revised.half)] if with_half else []
    # a notice later corrected printed the misprint: that is what this document states
    sections.append((12, previous.full, plan.correction[1] if plan.correction else revised.full))
    for number, (months, before, after) in enumerate(sections, 1):
        span = Span(year, months)
        what = "first half of the fiscal year" if months == 6 else "fiscal year"
        lines.append(f"{number}. Revision of the {scope} forecast for the {what} ending {day(full.end(c))} "
                     f"({span.range_words(c)})")
        last = Span(year - 1, months)
        reference = comparative(seed, c, year - 1, months)
        ref_label = reference_label(c, last, shape)
        first, second = grid.Row("Previous forecast (A)", before), grid.Row("Revised forecast (B)", after)
        lines += grid.render(c, names, first, second, grid.Row(ref_label, reference), shape)
        figures += facts.figures(c, before, year, span.end(c), "previous_forecast", standard=std,
                                 announced=previous.announced_on, consolidated=group)
        figures += facts.figures(c, after, year, span.end(c), "forecast", standard=std, announced=on,
                                 consolidated=group)
        figures += facts.figures(c, reference, year - 1, last.end(c), "actual", standard=std, consolidated=group)
    if with_parent:
        number = len(sections) + 1
        lines.append(f"{number}. Non-consolidated Earnings Forecast Revision for the {full.words(c, 'ending')} "
                     f"({full.range_words(c)})")
        before, after = parent_only(previous.full), parent_only(sections[-1][2])
        first, second = grid.Row("Previous forecasts (A)", before), grid.Row("Revised forecasts (B)", after)
        lines += grid.render(c, list(_PARENT_LABELS), first, second, None, shape)
        # parent-only statements are J-GAAP whatever the group reports in: ordinary income says so
        figures += facts.figures(c, before, year, full.end(c), "previous_forecast", standard="J-GAAP",
                                 announced=previous.announced_on, consolidated=False)
        figures += facts.figures(c, after, year, full.end(c), "forecast", standard="J-GAAP", announced=on,
                                 consolidated=False)
        sections.append((12, before, after))
    lines += [f"{len(sections) + 1}. Reasons for the revision",
              "Taking the latest trend of its business results into account, the Company has revised the forecasts "
              "above.", "(Note) The forecasts above are based on information available as of the date of this "
              "document; actual results may differ from them because of various factors."]
    if shape == grid.HTML:
        return title, _html(lines), facts.release(facts.document("forecast_revision", title, c, on), [], figures)
    text = "\n".join(lines) + "\n"
    return title, text, facts.release(facts.document("forecast_revision", title, c, on), [], figures)


def _html(lines: list[str]) -> str:
    """A web page: navigation and a footer around the release, table lines kept as they are."""
    from html import escape

    body = [line if line.startswith("<") else f"<p>{escape(line)}</p>" for line in lines if line]
    return ("<!DOCTYPE html>\n<html><head><title>IR News</title></head><body>\n"
            "<nav><a href=\"/\">Home</a> | <a href=\"/ir\">IR Library</a></nav>\n<div class=\"release\">\n"
            + "\n".join(body) + "\n</div>\n<footer>Copyright. All rights reserved.</footer>\n</body></html>\n")
