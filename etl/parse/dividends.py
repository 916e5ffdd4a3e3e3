"""Dividends: per-share grids (periods across or down), dividend-notice detail tables (record date,
per share, total, effective date, resource), components notes, and prose statements.

One entry per (fiscal_year_end, period, scenario). In detail tables the column order printed in the
header is not trusted: a column's identity comes from its values (record date, blank totals and
dates mark the forecast column), and a disagreement with the header is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from etl.parse.context import Doc, announcement_dates, label_announcement, wrapped_label_announcement
from etl.parse.dates import DATE_RE, add_months, parse_date_match
from etl.parse.fold import ci, folded, holds, may_hold
from etl.parse.numbers import UNDECIDED_CELL, Cell, cells_in, scale_of
from etl.parse.periods import labels_in, resolve
from etl.parse.tables import Block, Table

PERIODS = ("q1", "interim", "q3", "year_end", "annual")
# Strict names for one label; loose words for a header whose multi-line cells are interleaved.
# 'FY-end' is the TSE summary template's year-end column ('2Q-end FY-end Total').
STRICT = (
    ("annual", ci(r"^\W*total\b|annual|full[- ]year")),
    (
        "year_end",
        ci(
            r"year[- ]end\b|end\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year|period|term|FY)\b"
            r"|fourth\s+quarter|4th\s+quarter|\b4Q\b|\bQ4\b|term[- ]end|\bFY[- ]end\b"
        ),
    ),
    ("q3", ci(r"third\s+quarter|3rd\s+quarter|\b3Q\b|\bQ3\b")),
    (
        "interim",
        ci(
            r"second\s+quarter|2nd\s+quarter|\b2Q\b|\bQ2\b|interim|half[- ]year|first\s+half"
            r"|mid[- ]year"
        ),
    ),
    ("q1", ci(r"first\s+quarter|1st\s+quarter|\b1Q\b|\bQ1\b")),
)
LOOSE = {
    "q1": ci(r"\bfirst\b|1st|\b1Q\b|\bQ1\b"),
    "interim": ci(r"\bsecond\b|2nd|\b2Q\b|\bQ2\b|interim|half"),
    "q3": ci(r"\bthird\b|3rd|\b3Q\b|\bQ3\b"),
    "year_end": ci(
        r"year[- ]end\b|\bfiscal\b|end\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year|FY)|fourth|4th|\b4Q\b"
        r"|\bQ4\b|term[- ]end|\bFY[- ]end\b"
    ),
    "annual": ci(r"\btotal\b|annual"),
}
_FALLBACK = {
    5: PERIODS,
    4: ("q1", "interim", "q3", "year_end"),
    3: ("interim", "year_end", "annual"),
    2: ("interim", "year_end"),
}
# 'paid' marks a row paid, but not when negated ('Not paid', 'not yet paid', 'Unpaid' has no word 'paid').
_PAID = ci(r"\bpaid\b(?<!\bnot\spaid)(?<!\byet\spaid)")


def strict_period(label: str) -> str | None:
    for period, rx in STRICT:
        if rx.search(label):
            return period
    return None


def dividend_entry(
    fy_end: date,
    period: str,
    scenario: str,
    per_share: float | None,
    cell: Cell | None,
    doc: Doc,
    row_label: str | None,
    column_label: str | None,
    **extra,
) -> dict:
    entry = {
        "fiscal_year_end": fy_end.isoformat(),
        "period": period,
        "scenario": scenario,
        "status": extra.pop("status", None),
        "announced_on": None,
        "per_share": per_share,
        "currency": "JPY",
        "record_date": None,
        "effective_date": None,
        "total_amount": None,
        "resource": None,
        "range_low": cell.low if cell else None,
        "range_high": cell.high if cell else None,
        "components": None,
        "fiscal_year_label": None,
        "provenance": doc.provenance(cell, row_label, column_label) if cell else None,
    }
    entry.update(extra)
    return entry


def _is_dividend_table(table: Table) -> bool:
    """A per-share dividend grid (a detail table with record and effective dates is read apart)."""
    header = table.header.lower()
    return "dividend" in f"{table.context.lower()} {header}" and "effective date" not in header


# Labels naming a year relative to the current one ('Results for the previous fiscal year', 'Next year').
_PRIOR_YEAR = ci(r"previous|prior|last\s+(?:fiscal\s+)?year|preceding")
_PREVIOUS_FORECAST = ci(r"previous\s+forecast")
_NEXT_YEAR = ci(r"next\s+(?:fiscal\s+)?year|following\s+(?:fiscal\s+)?year|coming")


def _year_offset(label: str) -> int:
    """Months from the current fiscal year to the one a relative label names (0 when it names none)."""
    if _PRIOR_YEAR.search(label) and not _PREVIOUS_FORECAST.search(label):
        return -12
    return 12 if _NEXT_YEAR.search(label) else 0


def _fy_of_label(label: str, doc: Doc) -> tuple[date | None, str | None]:
    """The fiscal year a row or column label names ('Year ended March 31, 2020', 'FY2021', 'previous year')."""
    labels = labels_in(label)
    fy_label = labels[0].group(0) if labels else None
    period, assumed = resolve(label, doc.cal, doc.cal.current_fy_end)
    if assumed:
        doc.warn(f"Assumed how the fiscal-year label in {label[:60]!r} maps to dates; the release does not say.")
    if period is not None and not ci(r"\W*(?:full[- ]year|annual)\W*").fullmatch(label):
        return doc.cal.fy_end_for(period.end) or period.end, fy_label
    current = doc.cal.current_fy_end
    if current is None:
        return None, fy_label
    return add_months(current, _year_offset(label)), fy_label


def _scenario_of(label: str) -> str:
    if ci(r"previous\s+(?:forecast|plan)|initial\s+forecast|original\s+forecast|\(\s*A\s*\)").search(label):
        return "previous_forecast"
    if ci(r"forecast|plan|outlook|estimate|revised|\(\s*B\s*\)").search(label) and not _PAID.search(label):
        return "forecast"
    return "actual"


def _header_periods(header: str, count: int, doc: Doc) -> tuple[str, ...]:
    present = [p for p in PERIODS if LOOSE[p].search(header)]
    if len(present) == count:
        return tuple(present)
    fallback = _FALLBACK.get(count)
    if fallback:
        doc.warn(f"Dividend table header {header[:80]!r} does not name {count} periods; read as {', '.join(fallback)}.")
        return fallback
    return ()


_SPLIT_HEADER = ci(r"stock\s+split|share\s+split|post[- ]split|pre[- ]split|split[- ]adjusted")
_AFTER_SPLIT = ci(r"after\s+(?:the\s+)?(?:stock\s+|share\s+)?split|post[- ]split|split[- ]adjusted")
_BEFORE_SPLIT = ci(r"before\s+(?:the\s+)?(?:stock\s+|share\s+)?split|pre[- ]split")
# Column titles in the order a header prints them (a cell's title, not 'Annual dividends per share').
_PERIOD_TITLE = ci(
    r"(?P<q1>first\s+quarter|1st\s+quarter|\b1Q\b|\bQ1\b)"
    r"|(?P<interim>second\s+quarter|2nd\s+quarter|\b2Q\b|\bQ2\b|interim|half[- ]year|first\s+half)"
    r"|(?P<q3>third\s+quarter|3rd\s+quarter|\b3Q\b|\bQ3\b)"
    r"|(?P<year_end>year[- ]end|fourth\s+quarter|4th\s+quarter|\b4Q\b|\bQ4\b|term[- ]end|\bFY[- ]end)"
    r"|(?P<annual>annual(?!\s+dividends?)|\btotal\b|full[- ]year)"
)


def _split_basis_periods(header: str, count: int, doc: Doc) -> tuple[str | None, ...] | None:
    """Layout family: a breakdown around a stock split prints the year twice, as declared ('Before
    stock split') and converted ('After stock split', 'post-split equivalent'). The converted columns
    are not another period and not another fact: per-share amounts stay as declared, so their cells
    are left out (None in the result) and a warning says so. None when the header names no split or
    its titles do not number the cells."""
    if "plit" not in header or not _SPLIT_HEADER.search(header):
        return None
    titles = [m.lastgroup for m in _PERIOD_TITLE.finditer(header)]
    if len(titles) != count:
        return None
    repeat = next((k for k in range(1, count) if titles[k] in titles[:k]), None)
    if repeat is None:
        return None
    after, before = _AFTER_SPLIT.search(header), _BEFORE_SPLIT.search(header)
    converted_first = after is not None and before is not None and after.start() < before.start()
    kept = [None] * repeat + titles[repeat:] if converted_first else titles[:repeat] + [None] * (count - repeat)
    doc.warn(
        f"Dividend table {header[:80]!r} prints per-share amounts before and after a stock split; the "
        "converted (after-split) columns were not read: per-share amounts are kept as declared."
    )
    return tuple(kept)


# Layout family: a stock-split notice's dividend grid adds a row restating the year's amounts on
# the new share basis ('(Reference) Converted to a post-split basis', 'Adjusted for the stock split').
_CONVERTED_ROW = ci(
    r"post[- ]split|split[- ](?:adjusted|basis)"
    r"|(?:convert|adjust|restat)\w*\b.*\b(?:stock\s+|share\s+)?split"
)


def _converted_row(label: str, doc: Doc) -> bool:
    """A row restating amounts on a post-split basis: the contract keeps per-share amounts as
    declared, so the row is no fact (and does not replace the table's forecast); a warning says so."""
    if "plit" not in label or not _CONVERTED_ROW.search(label):
        return False
    doc.warn(
        f"Dividend row {label[:60]!r} restates per-share amounts on a post-split basis: not read "
        "(amounts are kept as declared)."
    )
    return True


def _standing_previous(entries: list[dict], doc: Doc) -> None:
    """A 'Previous forecast' row in a table with no newer forecast row ('There is no change to the
    dividend forecast announced on ...') still stands: per the contract it is the forecast, dated
    when it was first announced, not by this document. A table with a revised row (even one whose
    year is misread) keeps its previous forecast as printed."""
    if any(d["scenario"] == "forecast" for d in entries):
        return
    newer = {(d["fiscal_year_end"], d["period"]) for d in entries if d["scenario"] != "previous_forecast"}
    for d in entries:
        if d["scenario"] == "previous_forecast" and (d["fiscal_year_end"], d["period"]) not in newer:
            d["scenario"] = "forecast"
            if d["announced_on"] is None and doc.previous_forecast_on:
                d["announced_on"] = doc.previous_forecast_on.isoformat()


def grid_dividends(table: Table, doc: Doc) -> list[dict]:
    """A per-share grid: periods across with years down, or (transposed) periods down with years across."""
    if not _is_dividend_table(table) or not table.rows:
        return []
    row_periods = [strict_period(r.label) for r in table.rows]
    if sum(p is not None for p in row_periods) >= 2:
        return _transposed(table, row_periods, doc)
    width = max(len(r.cells) for r in table.rows)
    units = table.units if len(table.units) == width else _title_units(table.units, width)
    share_idx = [i for i, u in enumerate(units) if u == "yen"] if units else list(range(width))
    money_idx = [i for i, u in enumerate(units) if u.startswith("money")]
    periods = _split_basis_periods(table.header, len(share_idx), doc) or _header_periods(
        table.header, len(share_idx), doc
    )
    if not periods:
        if len(_PERIOD_TITLE.findall(table.header)) >= 2:  # a grid's titles, not a stray number under a heading
            doc.warn(
                f"Dividend table {table.header[:80]!r}: its {len(share_idx)} columns could not be matched to "
                "periods; not read."
            )
        return []
    out = []
    above: dict[str, dict] = {}  # the last dividend row's entries by period: what 'of which' rows split
    parts: dict[str, list[dict]] = {}
    stub = _YEAR_STUB.search(table.header) if "nd" in table.header else None
    for row in table.rows:
        part = _OF_WHICH_ROW.match(row.label) if "ividend" in row.label else None
        if part:
            _collect_parts(part.group("kind"), row.cells, share_idx, periods, parts)
            continue
        _attach_parts(above, parts)
        above = {}
        if _converted_row(row.label, doc):
            continue
        label = f"{stub.group(0)} {row.label}" if stub and DATE_RE.match(row.label) else row.label
        fy_end, fy_label = _fy_of_label(label, doc)
        if fy_end is None:
            continue
        scenario = _scenario_of(row.label)
        paid_row = bool(_PAID.search(row.label)) and scenario == "actual"
        cells = row.cells
        # A short row holds part of a year: results so far from the left, forecasts for the rest of
        # the year (and the total) from the right, as a year split over two rows prints them.
        shift = len(share_idx) - len(cells) if len(cells) < len(share_idx) and scenario != "actual" else 0
        announced = label_announcement(row.label)
        undecided = []
        for n, idx in enumerate(share_idx[: len(periods)]):
            if not periods[n] or idx < shift or idx - shift >= len(cells):
                continue
            cell = cells[idx - shift]
            if cell.blank:
                if cell.text[:1] in _UNDECIDED_FIRST and UNDECIDED_CELL.fullmatch(cell.text):
                    undecided.append(periods[n])
                continue
            above[periods[n]] = dividend_entry(
                fy_end,
                periods[n],
                scenario,
                cell.value,
                cell,
                doc,
                row.label,
                periods[n],
                paid=cell.paid or paid_row,
                fiscal_year_label=fy_label,
                announced_on=announced,
            )
            out.append(above[periods[n]])
        if undecided and scenario != "previous_forecast":
            _warn_undecided(doc, fy_end, undecided, row.label)
        total = _total_amount(cells, share_idx, money_idx, units)
        if total is not None:
            key = (fy_end.isoformat(), "annual", scenario)
            for entry in out:
                if (entry["fiscal_year_end"], entry["period"], entry["scenario"]) == key:
                    entry["total_amount"] = total
    _attach_parts(above, parts)
    _standing_previous(out, doc)
    return out


_UNDECIDED_FIRST = "UuTtNn未"  # the first characters of UNDECIDED_CELL's words: a cheap test before it
_PERIOD_NAMES = {"q1": "first-quarter", "interim": "interim", "q3": "third-quarter", "year_end": "year-end",
                 "annual": "annual"}


def _warn_undecided(doc: Doc, fy_end: date, periods: list[str], where: str) -> None:
    """Undecided-dividend family ('Undetermined', 'To be determined' in a cell or after a colon): the
    contract records no fact for an amount the release leaves open, so the warning says which one is."""
    names = " and ".join(_PERIOD_NAMES[p] for p in periods) + (" dividends" if len(periods) > 1 else " dividend")
    doc.warn(
        f"The release leaves the {names} for the fiscal year ending {fy_end.isoformat()} undetermined "
        f"({where.strip()[:60]!r}): no amount recorded; add it once the company decides it."
    )


# Layout family: tanshin grids labelling their rows with bare dates ('February 29, 2024') under a
# 'Fiscal year ended' stub in the header (the unit row's first cell): each date ends its row's year.
_YEAR_STUB = ci(r"(?:fiscal\s+)?year\s+end(?:ed|ing)|\bFY\s+end(?:ed|ing)")


def _title_units(units: tuple[str, ...], width: int) -> list[str]:
    """Layout family: tanshin dividend grids with no unit row, their units in the column titles
    ('Annual dividends per share (Yen)  1st quarter-end ... Total  Total dividends (Millions of yen)
    Payout ratio (%)'): the per-share title's '(Yen)' spans the period columns and each unit after it
    titles one column of its own. Empty when the units do not read so."""
    if len(units) < 2 or len(units) > width or units[0] != "yen" or "yen" in units[1:]:
        return []
    return ["yen"] * (width - len(units) + 1) + list(units[1:])


# Grid layout family: an 'of which' row under a dividend row ('of which commemorative dividend - 10.00
# 10.00'), or a breakdown row naming its kind ('(Breakdown) Ordinary dividend 25.00 50.00', 'Commemorative
# dividend 10.00 10.00'), splits the amounts above it, column by column; it is never a dividend of its own.
_OF_WHICH_ROW = ci(
    r"\W*(?:of\s+which|breakdown)?\W*(?:an?\s+)?(?P<kind>ordinary|regular|special|commemorative|memorial"
    r"|extraordinary)\s+dividends?\b"
)


def _collect_parts(
    kind: str, cells: list[Cell], share_idx: list[int], periods: Sequence[str | None], parts: dict[str, list[dict]]
) -> None:
    """An 'of which' row's amounts by period; a short row is aligned right, as a special or
    commemorative part usually belongs to the year end and the annual total."""
    kind = _KIND.get(kind.lower(), kind.lower())
    shift = max(0, len(share_idx) - len(cells))
    for n, idx in enumerate(share_idx[: len(periods)]):
        j = idx - shift
        if periods[n] and 0 <= j < len(cells) and cells[j].value is not None:
            parts.setdefault(periods[n], []).append({"kind": kind, "per_share": cells[j].value})


def _attach_parts(entries: dict[str, dict], parts: dict[str, list[dict]]) -> None:
    """The parts 'of which' rows gave, as the components of the row above them (then cleared)."""
    for period, found in parts.items():
        if period in entries:
            entries[period]["components"] = with_ordinary_rest(entries[period]["per_share"], found)
    parts.clear()


def _total_amount(cells: list[Cell], share_idx: list[int], money_idx: list[int], units: Sequence[str]) -> float | None:
    """The 'total dividends' column, when the row prints it (forecast rows usually leave it out)."""
    if not money_idx:
        return None
    idx = money_idx[0]
    if len(cells) == len(units):
        cell = cells[idx]
    else:
        rest = cells[len(share_idx) :]
        cell = rest[0] if rest and rest[0].value is not None and "." not in rest[0].text else None
    if cell is None or cell.value is None:
        return None
    scale = float(units[idx].split(":")[1])
    return round(cell.value * (cell.scale or scale))


# Layout family of 'Fiscal 2024' columns: large-cap English summaries, the year ends defined once (see
# periods._FISCAL_DEFINED).
_COLUMN_DESCRIPTOR = ci(
    r"(?:FY\s?|fiscal\s+(?=\d))\d{4}(?:\s*\((?:forecasts?|plan|results?)\))?|(?:fiscal\s+)?year\s+end(?:ed"
    r"|ing)\s+[A-Z][a-z]+\.?\s*\d{1,2},?\s*\d{4}(?:\s*\((?:forecasts?|plan)\))?|(?:previous|current|this"
    r"|next)\s+(?:fiscal\s+)?(?:year|period)(?:\s*\((?:forecasts?|plan)\))?"
)


def _year_of_line(label: str) -> list[str] | None:
    """Layout family: a breakdown printing one year a line ('Fiscal year ended March 31, 2024: Interim
    ¥34.00, Year-end ¥36.00, Annual ¥70.00'), read as a one-column grid whose rows each open on the
    year they and the rows after them belong to."""
    if "ear" not in label and "FY" not in label:
        return None  # every descriptor names a year ('FY2024', 'Fiscal year ended ...', 'previous year')
    m = _COLUMN_DESCRIPTOR.match(label)
    return [m.group(0)] if m else None


def _transposed(table: Table, row_periods: list[str | None], doc: Doc) -> list[dict]:
    width = max(len(r.cells) for r in table.rows)
    descriptors = [m.group(0) for m in _COLUMN_DESCRIPTOR.finditer(table.header)]
    if len(descriptors) != width:
        doc.warn(f"Dividend table columns {table.header[:80]!r} could not be matched to {width} value columns.")
        return []
    out = []
    for row, period in zip(table.rows, row_periods, strict=True):
        if width == 1:
            descriptors = _year_of_line(row.label) or descriptors
        if period is None or len(row.cells) != width:
            continue
        for cell, descriptor in zip(row.cells, descriptors, strict=True):
            if cell.blank:
                continue
            fy_end, fy_label = _fy_of_label(descriptor, doc)
            if fy_end is None:
                continue
            out.append(
                dividend_entry(
                    fy_end,
                    period,
                    _scenario_of(descriptor),
                    cell.value,
                    cell,
                    doc,
                    row.label,
                    descriptor,
                    paid=cell.paid,
                    fiscal_year_label=fy_label,
                )
            )
    return out


_DETAIL_ROWS = {
    "record": ci(r"record\s+date|base\s+date|date\s+of\s+record|base\s+period"),
    "per_share": ci(
        r"dividends?\s+per\s+(?:common\s+|ordinary\s+)?share|amount\s+per\s+share"
        r"|per[- ]share\s+dividend"
    ),
    "total": ci(
        r"total\s+(?:amount\s+of\s+)?dividends?(?:\s+amount)?|total\s+dividend\s+amount"
        r"|total\s+amount"
    ),
    "effective": ci(
        r"effective\s+date|payment\s+(?:start\s+)?date|date\s+of\s+(?:payment"
        r"|commencement)[^\n]{0,40}|payable\s+date"
    ),
    "resource": ci(
        r"(?:dividend\s+)?(?:resource|source)(?:\s+of\s+(?:dividends?|funds))?"
        r"|funds?\s+for\s+dividends?"
    ),
}
# A word every match of the _DETAIL_ROWS pattern of the same key holds (case-folded).
_DETAIL_WORDS = {
    "record": ("record", "base"),
    "per_share": ("per",),
    "total": ("total",),
    "effective": ("effective", "payment", "commencement", "payable"),
    "resource": ("source", "fund"),
}
_RECORD_WORDS = ci(r"record|base\s+date|base\s+period")
# 'Same as left' also as OCR reads it: word repair makes a leading '1' a capital I ('Same as Ieft').
_SAME = r"same\s+as\s+(?:the\s+)?(?:[lI1]eft|above)"
_DATE_CELL = ci(
    rf"{DATE_RE.pattern}|(?P<same>{_SAME})|(?P<blank>(?<!\S)(?:-{{1,4}}|[―—–]+)(?!\S)"
    rf"|undetermined|to\s+be\s+determined|TBD)"
)
_RESOURCE_CELL = ci(
    rf"(?P<res>(?:other\s+)?capital\s+surplus|retained\s+earnings)|(?P<same>{_SAME})"
    rf"|(?P<blank>(?<!\S)(?:-{{1,4}}|[―—–]+)(?!\S))"
)


def detail_dividends(text: str, block: Block, doc: Doc) -> list[dict]:
    """A dividend notice's detail table: one column per (determined / forecast / prior year)."""
    body = text[block.body_start : block.end]
    if not may_hold(body, ("record", "base")) or not _RECORD_WORDS.search(body):
        return []
    lower = folded(body)
    columns = _column_lines(body, lower)
    if columns:  # read apart: left in, their amounts would count as more per-share columns
        for column in columns:
            end = column.num.end()
            body = body[: column.start] + " " * (end - column.start) + body[end:]
    spans: dict[str, re.Match[str]] = {}
    for key, rx in _DETAIL_ROWS.items():
        m = holds(lower, _DETAIL_WORDS[key]) and rx.search(body)
        if m:
            spans[key] = m
    if "per_share" not in spans or "record" not in spans or len(spans) < 3:
        return []
    order = sorted(spans.items(), key=lambda kv: kv[1].start())
    segments: dict[str, tuple[str, int]] = {}
    for n, (key, m) in enumerate(order):
        end = order[n + 1][1].start() if n + 1 < len(order) else len(body)
        segments[key] = (body[m.end() : end], block.body_start + m.end())
    header = body[: order[0][1].start()]
    for key in ("per_share", "total"):
        if key in segments:
            common = _common_shares_row(segments[key], doc if key == "per_share" else None)
            if common is None:
                return []
            segments[key] = common
    by_period = _period_sub_rows(segments["per_share"])
    readings = [(period, *_per_share_cells(*segment, _indent(text, segment[1]))) for period, segment in by_period] or [
        (None, *_per_share_cells(*segments["per_share"], _indent(text, segments["per_share"][1])))
    ]
    width = len(readings[0][1])
    if width == 0 or any(len(cells) != width for _, cells, _ in readings):
        return []
    records = _date_cells(segments.get("record"), width)
    effective = _date_cells(segments.get("effective"), width)
    totals = cells_in(*segments["total"]) if "total" in segments else []
    totals = totals if len(totals) == width else [None] * width
    resources = _resource_cells(segments.get("resource"), width)
    roles = _column_roles(records, totals, effective, header, width, doc)
    interleaved = _interleaved(header)
    if not interleaved:
        _check_header_order(header, roles, doc)
    header_date = (None if interleaved else label_announcement(header)) or wrapped_label_announcement(header)
    out = []
    determined_periods = set()
    for j in range(width):
        rec = records[j][0] if records[j] else None
        fy_end, period = _period_of_record(rec, header, doc)
        if fy_end is None:
            continue
        if roles[j] == "determined":
            determined_periods.add((fy_end, period))
    decided = [j for j in range(width) if roles[j] == "determined"]
    dated = [j for j in decided if records[j] and records[j][0]]
    decided_period = _period_of_record(records[dated[0]][0], header, doc)[1] if dated else None
    for sub_period, per_share, parts in readings:
        for j in range(width):
            cell = per_share[j]
            if cell.blank:
                continue
            rec = records[j][0] if records[j] else None
            fy_end, period = _period_of_record(rec, header, doc)
            if fy_end is None:
                continue
            role = roles[j]
            if role == "prior" and rec is None:  # told apart by the header alone: the year before
                fy_end = doc.cal.fy_end_for(add_months(fy_end, -12)) or add_months(fy_end, -12)
                # its same dividend: the decided column's period ('Results for the previous fiscal year')
                period = decided_period or period
            eff = effective[j][0] if effective[j] else None
            total, resource = totals[j], resources[j]
            superseded = (fy_end, period) in determined_periods
            if sub_period is not None:
                # A column's record date, payment date and total belong to its own period's sub-row;
                # a forecast sub-row is superseded only where the decided column states that period
                # (else it is the part already paid, printed for the year's total).
                if sub_period != period:
                    period, rec, eff, total, resource = sub_period, None, None, None, None
                superseded = any(not per_share[k].blank for k in decided)
                if role == "forecast" and decided and not superseded:
                    continue
            if width == 1 and role == "determined" and sub_period is None:
                out.extend(_column_line_entries(columns, block.body_start, fy_end, period, doc))
            out.append(
                _detail_entry(
                    doc, cell, fy_end, period, role, superseded, rec, eff, total, resource, parts.get(j), header_date
                )
            )
    return out


# Layout family: detail tables whose per-share and total rows hold sub-rows, one per period
# ('Dividend per share' over 'Interim' / 'Year-end' / 'Annual') or per share class ('Dividends per
# share' over 'Common shares' / 'Class A preferred shares'), the labels before the row's first cell
# and after each sub-row's cells, however the lines are broken.
_SUB_ROW = re.compile(
    r"(?:^|(?<=\s))(?:(?P<interim>interim|(?:2nd|second)\s+quarter[- ]end)|(?P<year_end>year[- ]end)"
    r"|(?P<annual>annual|total)|(?P<common>(?:common|ordinary)\s+(?:shares?|stock))"
    r"|(?P<other>(?:class\s+\w{1,2}\s+)?(?:preferred|preference)\s+(?:shares?|stock)(?:\s*\(class\s+\w{1,2}\))?"
    r"|class\s+\w{1,2}\s+(?:shares?|stock)))(?=\s)",
    re.I,
)
_SUB_ROW_WORDS = ("interim", "quarter", "year", "annual", "total", "common", "ordinary", "prefer", "class")


# A heading naming a share class other than the common shares ('2. Dividends on Class A preferred
# shares'): layout family of notices with one detail table per class.
_OTHER_CLASS = re.compile(
    r"\b(?:preferred|preference)\s+(?:shares?|stock)|\bclass\s+\w{1,2}\s+(?:shares?|stock)", re.I
)


def other_share_class(heading: str, doc: Doc) -> bool:
    """True (with a warning) when a block's heading names another share class, not the common
    shares: its dividend tables are left out, as only the listed common shares' dividends are facts."""
    if not may_hold(heading, ("prefer", "class")) or "common" in heading.lower():
        return False
    m = _OTHER_CLASS.search(heading)
    if m:
        doc.warn(
            f"Dividend notice: the table under {heading.strip()[:80]!r} is left out; only the common shares' "
            "dividends are facts."
        )
    return bool(m)


def _sub_rows(segment: tuple[str, int]) -> list[tuple[str, tuple[str, int]]]:
    """A detail row's sub-rows as (kind, segment), kind the label's group name; [] when the row
    has none, or its first line already holds the row's cells."""
    text, offset = segment
    if not may_hold(text, _SUB_ROW_WORDS):
        return []
    labels = list(_SUB_ROW.finditer(text))
    if len(labels) < 2 or cells_in(text[: labels[0].start()], 0):
        return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return [(m.lastgroup or "", (text[m.end() : end], offset + m.end())) for m, end in zip(labels, ends, strict=True)]


def _period_sub_rows(segment: tuple[str, int]) -> list[tuple[str, tuple[str, int]]]:
    """The per-share row's sub-rows by period ('interim', 'year_end', 'annual'); [] when it has none."""
    rows = _sub_rows(segment)
    return rows if all(kind in ("interim", "year_end", "annual") for kind, _ in rows) else []


def _common_shares_row(segment: tuple[str, int], doc: Doc | None) -> tuple[str, int] | None:
    """The common shares' sub-row of a row split by share class (only the listed common shares'
    dividends are facts; the other classes are left out, with a warning when `doc` is given); the
    row itself when it is not split; None when no sub-row is the common shares'."""
    rows = _sub_rows(segment)
    others = [kind for kind, _ in rows if kind == "other"]
    if not others:
        return segment
    common = [part for kind, part in rows if kind == "common"]
    if doc is not None:
        labels = sorted({m.group(0).strip() for m in _SUB_ROW.finditer(segment[0]) if m.lastgroup == "other"})
        doc.warn(
            f"Dividend notice: the rows of {', '.join(labels)} are left out; only the common shares' "
            "dividends are facts."
        )
    return common[0] if common else None


def _detail_entry(
    doc: Doc,
    cell: Cell,
    fy_end: date,
    period: str,
    role: str,
    superseded: bool,
    rec: date | None,
    eff: date | None,
    total: Cell | None,
    resource: str | None,
    components: list[dict] | None,
    header_date: str | None,
) -> dict:
    """The entry of one cell of a dividend notice's detail table."""
    common = {"record_date": rec.isoformat() if rec else None, "fiscal_year_label": None}
    if role == "forecast":
        previous_on = doc.previous_forecast_on.isoformat() if doc.previous_forecast_on else None
        scenario = "previous_forecast" if superseded else "forecast"
        return dividend_entry(
            fy_end,
            period,
            scenario,
            cell.value,
            cell,
            doc,
            "dividend per share",
            "forecast",
            announced_on=header_date or previous_on,
            **common,
        )
    return dividend_entry(
        fy_end,
        period,
        "actual",
        cell.value,
        cell,
        doc,
        "dividend per share",
        role,
        paid=eff is not None and doc.published_on is not None and eff < doc.published_on,
        effective_date=eff.isoformat() if eff else None,
        total_amount=_amount(total),
        resource=resource,
        components=components,
        **common,
    )


# Colon-line layout family: a notice printing its detail table as one 'Label: value' line per row
# states the other columns as lines of their own ('Latest dividend forecast (announced on February
# 7, 2025): ¥40.00', 'Previous fiscal year (year-end dividend): ¥36.00', a '(paid)' after it saying it was
# paid); flattened, the lines run on one line, each label opening on a capital after the value before it.
_COLUMN_LINE = re.compile(
    r"(?:^|(?<=\s))(?P<label>(?-i:[A-Z(])[^:\n]*):[ \t]*(?:JPY|¥|\\)?[ \t]?(?P<num>\d+(?:\.\d+)?)"
    r"(?:[ \t]*yen\b)?(?:[ \t]*per\s+share)?(?:[ \t]*\((?P<paid>(?:already[ \t]+)?paid)\))?"
    r"(?=[ \t]*$|\s+(?-i:[A-Z]))",
    re.I | re.M,
)
_COLUMN_WORDS = ("forecast", "previous", "prior", "preceding")
_CAPITAL = re.compile(r"(?<!\S)[A-Z(]")


class _ColumnLine(NamedTuple):
    role: str  # forecast or prior
    start: int  # where the label opens
    label: str
    num: re.Match[str]


def _column_lines(body: str, lower: str) -> list[_ColumnLine]:
    """The column lines of a colon-line notice: a label naming a forecast or the previous year, then
    one amount. A label run on after another row's value opens on the last capital before its role
    word ('Retained earnings Most recent dividend forecast (...)')."""
    if not holds(lower, _COLUMN_WORDS):
        return []
    out = []
    for m in _COLUMN_LINE.finditer(body):
        label = m.group("label")
        role = _FORECAST_HEADER.search(label) or _PRIOR_HEADER.search(label)
        if role is None:
            continue  # a row of the determined column ('Dividend per share: ¥48.00')
        start = m.start()
        if start > 0 and body[body.rfind("\n", 0, start) + 1 : start].strip():
            start += max(c.start() for c in _CAPITAL.finditer(label, 0, role.start() + 1))
        kind = "forecast" if role.re is _FORECAST_HEADER else "prior"
        out.append(_ColumnLine(kind, start, body[start : m.end("label")], m))
    return out


def _column_line_entries(columns: list[_ColumnLine], offset: int, fy_end: date, period: str, doc: Doc) -> list[dict]:
    """Entries of the column lines beside the one determined dividend of (fy_end, period): the forecast
    it replaces (previous_forecast) and the previous year's dividend for the period the label names."""
    out = []
    for column in columns:
        num = column.num.group("num")
        start = offset + column.num.start("num")
        cell = Cell(num, start, start + len(num), float(num))
        own = strict_period(column.label) or period
        if column.role == "forecast":
            scenario = "previous_forecast" if own == period else "forecast"
            previous_on = doc.previous_forecast_on.isoformat() if doc.previous_forecast_on else None
            announced = label_announcement(column.label) or previous_on
            entry = dividend_entry(fy_end, own, scenario, cell.value, cell, doc, column.label, "forecast")
            out.append({**entry, "announced_on": announced})
        else:
            prior = doc.cal.fy_end_for(add_months(fy_end, -12)) or add_months(fy_end, -12)
            paid = column.num.group("paid") is not None
            out.append(dividend_entry(prior, own, "actual", cell.value, cell, doc, column.label, "prior", paid=paid))
    return out


# Colon-line layout family without a detail table (forecast-revision notices, mostly): one dividend a
# line, 'Label: amount', a note after it saying what the amount replaces or holds: 'Year-end dividend
# per share: ¥35.00 (previous forecast: ¥30.00)', 'Year-end dividend: ¥30.00 → ¥35.00', 'Interim
# dividend per share (record date: September 30, 2025; payment starts December 5, 2025): ¥30.00',
# 'Annual dividend for the previous fiscal year (...): ¥55.00 (Interim ¥25.00, Year-end ¥30.00)'.
# Read from the colon on, as extraction may split a line at its cells or run the lines into one: an
# entry ends at a line end or before the capital opening the next label.
_DIVIDEND_VALUE = re.compile(
    r":\s*(?:(?:JPY|¥|\\)?[ \t]?(?P<old>\d+(?:\.\d+)?)(?:[ \t]?(?i:yen))?\s*(?:→|->|⇒)\s*)?"
    r"(?:JPY|¥|\\)?[ \t]?(?P<num>\d+(?:\.\d+)?)(?:[ \t]?(?i:yen)\b)?(?:[ \t]+per[ \t]+share)?"
    r"(?:\s*\((?P<note>[^()]{0,200})\))?(?=[ \t]*(?:\n|$)|\s+[A-Z])"
)
# A note naming the forecast the amount replaces: '(previous forecast: ¥30.00)', '(initially forecast
# 30 yen)', '(previously announced on May 13, 2025: ¥30.00)'.
_REPLACED_NOTE = ci(r"^\s*(?:previous(?:ly)?|initial(?:ly)?|original(?:ly)?|before\s+(?:the\s+)?revision)\b")
# A label naming the replaced forecast itself ('Previous year-end dividend forecast', 'Initial forecast').
_REPLACED_LABEL = ci(r"\b(?:previous(?:ly)?|initial|original)\b(?!\s+(?:fiscal\s+)?year\b(?![- ]end))[^()]*?\bforecast")
# A per-share amount marked as yen: 'JPY 40', '¥40.00', '40 yen' (groups a and b).
_YEN_AMOUNT = r"(?:JPY|¥|\\)\s?(?P<a>\d+(?:\.\d+)?)|(?<![\d,.])(?P<b>\d+(?:\.\d+)?)\s?yen\b"
# An amount in a note: marked as yen, or bare after a colon (a date's numbers are neither).
_NOTE_AMOUNT = ci(_YEN_AMOUNT + r"|:\s*(?P<c>\d+(?:\.\d+)?)(?![\d,])")
_BRACKETED = re.compile(r"\([^()]*\)")
# A label saying its amount is decided or paid, and a title deciding a dividend (not forecasting one).
_DECIDED_LABEL = ci(r"record\s+date|\bpaid\b|resolved|decided|determined|\bresults?\b")
_DECIDED_TITLE = ci(r"surplus|determination|decision|resolution|payment\s+of\s+(?:\w+\s+)?dividends?")


def colon_line_dividends(doc: Doc) -> list[dict]:
    """The dividends of a notice printing them as colon lines, one a line (read when no table gave
    one); what a line shows decides its scenario. A '(previous forecast: ...)' note or an arrow makes
    the amount the new value and the noted one the previous forecast; a record date or a decided word
    in the label makes an actual, with the label's dates; a previous-year label makes that year's
    actual, with the parts in its note ('Interim ¥25.00, Year-end ¥30.00'); otherwise the label's
    'forecast', else the title ('Revision of Dividend Forecast', 'Dividends of Surplus') decides."""
    text = doc.text
    if not may_hold(text, ("dividend",)):
        return []
    out: list[dict] = []
    boundary = 0  # where the last value read ends: a label run on after it opens there
    for m in _DIVIDEND_VALUE.finditer(text):
        start = max(boundary, text.rfind("\n", 0, m.start()) + 1)
        boundary = m.end()
        label = _label_before(text, start, m.start())
        if label is None or "ividend" not in label.lower():
            continue
        head = _BRACKETED.sub(" ", label)  # the label without its notes ('(record date: ...)')
        period = strict_period(head) or strict_period(label)
        if period is not None:
            out.extend(_line_entries(m, label, head, period, doc))
    if "etermined" in text or "ndecided" in text or "TBD" in text:
        _undecided_lines(text, doc)
    newer = {(d["fiscal_year_end"], d["period"]) for d in out if d["scenario"] != "previous_forecast"}
    for d in out:
        if d["scenario"] == "previous_forecast" and (d["fiscal_year_end"], d["period"]) not in newer:
            d["scenario"] = "forecast"  # a previous forecast the notice gives no newer value for stands
    return out


# 'Year-end dividend per share: Undetermined', 'Annual dividend: To be determined'.
_UNDECIDED_LINE = re.compile(r":[ \t]*(?:" + UNDECIDED_CELL.pattern + r")\b")


def _undecided_lines(text: str, doc: Doc) -> None:
    """Warn of each dividend a colon line leaves undetermined (a forecast it replaces excepted)."""
    for m in _UNDECIDED_LINE.finditer(text):
        label = _label_before(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        if label is None or "ividend" not in label.lower():
            continue
        head = _BRACKETED.sub(" ", label)
        period = strict_period(head) or strict_period(label)
        if period is None or _REPLACED_LABEL.search(head):
            continue
        fy_end, _ = _fy_of_label(label, doc)
        if fy_end is not None:
            _warn_undecided(doc, fy_end, [period], text[text.rfind("\n", 0, m.start()) + 1 : m.end()])


def _label_before(text: str, start: int, colon: int) -> str | None:
    """The label ending at a colon: from `start`, after any colon outside brackets (another row's
    label and value run on before it); None when the colon is inside a bracket."""
    depth = 0
    for at in range(colon - 1, start - 1, -1):
        c = text[at]
        if c == ")":
            depth += 1
        elif c == "(":
            depth -= 1
            if depth < 0:
                return None
        elif c == ":" and depth == 0:
            start = at + 1
            break
    return text[start:colon].strip() if depth == 0 else None


def _line_entries(m: re.Match[str], label: str, head: str, period: str, doc: Doc) -> list[dict]:
    """The entries one dividend line states (see :func:`colon_line_dividends`)."""
    note = m.group("note") or ""
    replaced = _replaced_cell(m, note)
    record = _date_after(_PROSE_RECORD, label)
    own_replaced = _REPLACED_LABEL.search(head) is not None
    prior = not own_replaced and _PRIOR_HEADER.search(head) is not None
    if record is not None:
        fy_end, period = _period_of_record(date.fromisoformat(record), label, doc)
    elif own_replaced:
        named, _ = resolve(label, doc.cal)  # 'previous' here is the forecast's, not the year's
        fy_end = (doc.cal.fy_end_for(named.end) or named.end) if named else doc.cal.current_fy_end
    else:
        fy_end, _ = _fy_of_label(label, doc)
    scenario = _line_scenario(label, own_replaced, prior or record is not None, replaced is not None, doc)
    if fy_end is None or scenario is None:
        return []
    cell = _amount_cell(m.group("num"), m.start("num"))
    actual = scenario == "actual"
    dated = {"record_date": record, "effective_date": _date_after(_PROSE_EFFECTIVE, label)} if actual else {}
    out = [dividend_entry(fy_end, period, scenario, cell.value, cell, doc, label, None, **dated)]
    if replaced is not None and not prior:
        out.append(dividend_entry(fy_end, period, "previous_forecast", replaced.value, replaced, doc, label, None,
                                  announced_on=label_announcement(note)))
    elif prior and note:
        out.extend(_noted_parts(note, m.start("note"), fy_end, label, doc))
    return out


def _line_scenario(label: str, own_replaced: bool, decided: bool, replacing: bool, doc: Doc) -> str | None:
    """A line's scenario from its label, its note and, failing those, the release's title."""
    if own_replaced:
        return "previous_forecast"
    if decided or _DECIDED_LABEL.search(label):
        return "actual"
    if _FORECAST_HEADER.search(label):
        return "forecast"
    return _title_scenario(doc) or ("forecast" if replacing else None)  # a newer value than a previous forecast


def _title_scenario(doc: Doc) -> str | None:
    """The scenario a release's title gives a dividend it states without saying whether it is decided
    or forecast: 'Revision of Dividend Forecast' forecasts, 'Dividends of Surplus' decides."""
    title = doc.identity.title or ""
    if _FORECAST_HEADER.search(title):
        return "forecast"
    return "actual" if _DECIDED_TITLE.search(title) else None


def _replaced_cell(m: re.Match[str], note: str) -> Cell | None:
    """The forecast a line's amount replaces: before its arrow, or in a '(previous forecast: ...)' note."""
    if m.group("old"):
        return _amount_cell(m.group("old"), m.start("old"))
    if not note or not _REPLACED_NOTE.search(note):
        return None
    a = _NOTE_AMOUNT.search(note)
    if a is None:
        return None
    name = a.lastgroup or "a"
    return _amount_cell(a.group(name), m.start("note") + a.start(name))


def _amount_cell(num: str, start: int) -> Cell:
    """A per-share amount printed at `start` in the text."""
    return Cell(num, start, start + len(num), float(num))


def _noted_parts(note: str, offset: int, fy_end: date, label: str, doc: Doc) -> list[dict]:
    """A previous-year line's parts, each amount for the period named before it ('Interim ¥25.00,
    Year-end ¥30.00'); they are that year's actual dividends."""
    out = []
    cursor = 0
    for a in _NOTE_AMOUNT.finditer(note):
        period = _last_period_word(note[cursor : a.start()])
        cursor = a.end()
        name = a.lastgroup or "a"
        if period is None:
            continue
        cell = _amount_cell(a.group(name), offset + a.start(name))
        out.append(dividend_entry(fy_end, period, "actual", cell.value, cell, doc, label, None))
    return out


_PART_NOTE = ci(
    r"\((?:of\s+which,?\s*)?(?:ordinary|regular|special|commemorative|memorial|extraordinary)\s+dividends?[^()]*\)"
)


# A breakdown row's label starts a line or follows a cell, capitalised and not in parentheses; or it is
# an 'of which' row, indented under the per-share row ('  of which special dividend   20.00 yen   -').
_BREAKDOWN_ROW = re.compile(
    r"(?:^|(?<=\s))(?:(?:Breakdown:?\s*)?(?P<kind>Ordinary|Regular|Special|Commemorative|Memorial|Extraordinary)"
    r"|[Oo]f\s+which,?:?\s*(?P<kind_of>(?i:ordinary|regular|special|commemorative|memorial|extraordinary)))"
    r"\s+dividends?:?",
    re.M,
)


def with_ordinary_rest(amount: float | None, parts: list[dict]) -> list[dict] | None:
    """A dividend's parts as its breakdown states them, or None when it states no split. A breakdown
    naming only the special or commemorative part ('of which commemorative dividend 10.00' under
    40.00) leaves the rest of the amount as the ordinary dividend."""
    if amount is not None and parts and all(p["kind"] != "ordinary" for p in parts):
        rest = round(amount - sum(p["per_share"] for p in parts), 4)
        if rest > 0:
            parts = [{"kind": "ordinary", "per_share": rest}, *parts]
    return parts if len(parts) >= 2 else None


def _indent(text: str, at: int) -> int:
    """How far into its line `at` is: the text column where a segment starts."""
    return at - text.rfind("\n", 0, at) - 1


def _per_share_cells(segment: str, offset: int, indent: int = 0) -> tuple[list[Cell], dict[int, list[dict]]]:
    """Per-share cells of a detail row, and its parts keyed by column: printed under a cell
    ('(Ordinary dividend 50.00 yen)') or as breakdown rows ('Ordinary dividend 50.00 yen 40.00 yen').
    `indent` is the text column where the segment starts, to align notes wrapped under the cells."""
    wrapped = _wrapped_notes(segment, offset, indent) if "(" in segment else None
    if wrapped is not None:
        return wrapped
    notes = list(_PART_NOTE.finditer(segment))
    if not notes and "(" in segment:
        notes = list(_KIND_AMOUNT_NOTE.finditer(segment))
    # A kind named inside a note ('(Ordinary dividend ¥40.00, Special dividend ¥8.00)') opens no row.
    rows = [b for b in _BREAKDOWN_ROW.finditer(segment) if not any(n.start() < b.start() < n.end() for n in notes)]
    if rows:
        kept, _ = _per_share_cells(segment[: rows[0].start()], offset)
        parts: dict[int, list[dict]] = {}
        for row, following in zip(rows, [*rows[1:], None], strict=True):
            end = following.start() if following else len(segment)
            cells = [c for c in cells_in(segment[row.end() : end], 0) if not c.percent]
            if len(cells) == len(kept):
                kind = (row.group("kind") or row.group("kind_of")).lower()
                for column, cell in enumerate(cells):
                    if cell.value is not None:
                        parts.setdefault(column, []).append({"kind": _KIND.get(kind, kind), "per_share": cell.value})
        completed = {k: with_ordinary_rest(kept[k].value, v) for k, v in parts.items()}
        return kept, {k: v for k, v in completed.items() if v}
    cells = [c for c in cells_in(segment, offset) if not c.percent]
    kept = [c for c in cells if not any(n.start() <= c.start - offset < n.end() for n in notes)]
    parts = {}
    for note in notes:
        column = sum(c.start - offset < note.start() for c in kept) - 1
        parts.setdefault(column, []).extend(_note_parts(note.group(0)))
    return kept, {k: v for k, v in parts.items() if k >= 0 and len(v) >= 2}


# Layout family: a detail table laid out in columns whose per-share cells' notes wrap over the lines
# under them, each note in its own cell's column ('30.00 yen' over '(Ordinary dividend' / '10.00 yen,
# Special' / 'dividend 20.00 yen)'); read across, the columns' notes interleave and no note is whole.
_CHUNK = re.compile(r"\S+(?: \S+)*")


def _wrapped_notes(segment: str, offset: int, indent: int) -> tuple[list[Cell], dict[int, list[dict]]] | None:
    """The cells on a per-share row's first line and the notes wrapped under them, each line's
    chunks (parted by two spaces or more) put back into the column they sit under; None unless every
    column's text so joined is one parenthesised note."""
    first, _, rest = segment.partition("\n")
    if "(" in first or "(" not in rest:
        return None
    cells = [c for c in cells_in(first, offset) if not c.percent]
    if not cells:
        return None
    spans = [(indent + c.start - offset, indent + c.end - offset) for c in cells]
    texts: list[list[str]] = [[] for _ in cells]
    for line in rest.split("\n"):
        for chunk in _CHUNK.finditer(line):
            texts[_column_under(chunk.span(), spans)].append(chunk.group(0))
    parts: dict[int, list[dict]] = {}
    for column, words in enumerate(texts):
        note = " ".join(words)
        if not note:
            continue
        if not (note.startswith("(") and note.endswith(")") and note.count("(") == note.count(")") == 1):
            return None
        found = _note_parts(note)
        if len(found) >= 2:
            parts[column] = found
    return cells, parts


def _column_under(chunk: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    """The column a wrapped chunk sits under: the cell it overlaps, else the nearest; left-aligned
    first, as notes start where their cell starts."""
    a, b = chunk
    return min(range(len(spans)), key=lambda k: (max(spans[k][0] - b, a - spans[k][1], 0), abs(a - spans[k][0])))


# Layout family: a detail cell naming its parts by kind alone, '45.00 yen (ordinary 40.00 yen, special
# 5.00 yen)': the note is the cell's breakdown, its amounts no columns of their own.
_KIND_AMOUNT_NOTE = ci(
    r"\((?:of\s+which,?\s*)?(?:ordinary|regular|special|commemorative|memorial|extraordinary):?\s*(?:JPY|¥|\\)?\s?\d"
    r"[^()]*\)"
)
_KIND_AMOUNT = ci(
    r"(?P<kind>ordinary|regular|special|commemorative|memorial|extraordinary)(?:\s+dividends?)?:?\s*(?:JPY|¥|\\)?"
    r"\s?(?P<a>\d+(?:\.\d+)?)"
)


def _note_parts(note: str) -> list[dict]:
    """The parts a cell's note lists: '(Ordinary dividend 40.00 yen, Special dividend 5.00 yen)', or by
    kind alone, '(ordinary 40.00 yen, special 5.00 yen)'."""
    found = [(m.group("kind") or m.group("kind2"), m.group("a") or m.group("b")) for m in _COMPONENT.finditer(note)]
    if not found:
        found = [(m.group("kind"), m.group("a")) for m in _KIND_AMOUNT.finditer(note)]
    return [{"kind": _KIND.get(kind.lower(), kind.lower()), "per_share": float(amount)} for kind, amount in found]


def _amount(total: Cell | None) -> float | None:
    """A 'total dividends' cell in whole yen ('JPY608 million', '8,257 million yen'; millions unless said)."""
    if total is None or total.value is None:
        return None
    return round(total.value * (total.scale or 1e6))


def _date_cells(segment: tuple[str, int] | None, width: int) -> list[tuple[date | None, bool] | None]:
    """Date cells of a row ('Same as left' copies its neighbour); (date, blank) per column."""
    if segment is None:
        return [None] * width
    out: list[tuple[date | None, bool] | None] = []
    for m in _DATE_CELL.finditer(segment[0]):
        if m.group("same"):
            out.append(out[-1] if out else None)
        elif m.group("blank"):
            out.append((None, True))
        else:
            out.append((parse_date_match(m), False))
    return out if len(out) == width else [None] * width


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _resource_cells(segment: tuple[str, int] | None, width: int) -> list[str | None]:
    if segment is None:
        return [None] * width
    out = _resources_in(segment[0])
    if len(out) != width:
        # Layout family: capital-surplus notices with a tax note after the table. The last row runs on
        # to that note ('Note: The dividend from capital surplus is ...'), which is no cell: the row
        # ends at the first blank line.
        stop = _PARAGRAPH_BREAK.search(segment[0], len(segment[0]) - len(segment[0].lstrip()))
        out = _resources_in(segment[0][: stop.start()]) if stop else out
    return out if len(out) == width else [None] * width


def _resources_in(text: str) -> list[str | None]:
    out: list[str | None] = []
    for m in _RESOURCE_CELL.finditer(text):
        if m.group("same"):
            out.append(out[-1] if out else None)
        elif m.group("blank"):
            out.append(None)
        else:
            out.append("capital_surplus" if "surplus" in m.group("res").lower() else "retained_earnings")
    return out


def _column_roles(records, totals, effective, header: str, width: int, doc: Doc | None = None) -> list[str]:
    """determined / forecast / prior for each column, decided from the values themselves."""
    roles = []
    for j in range(width):
        blank_total = totals[j] is None or totals[j].blank
        blank_eff = effective[j] is None or effective[j][1]
        roles.append("forecast" if blank_total and blank_eff and ci(r"forecast").search(header) else "")
    dates = [(records[j][0] if records[j] else None) for j in range(width)]
    if "forecast" in roles:
        _prior_among_blank_columns(roles, dates, header, doc)
    known = [d for j, d in enumerate(dates) if d and roles[j] != "forecast"]
    latest = max(known) if known else None
    for j in range(width):
        if roles[j]:
            continue
        roles[j] = "prior" if latest and dates[j] and dates[j] < latest else "determined"
    return roles


_FORECAST_HEADER = ci(r"forecast")
_DETERMINED_HEADER = ci(r"determined|resolved|decided")
_PRIOR_HEADER = ci(
    r"previous\s+(?:fiscal\s+)?(?:year|interim|year-end|period)|prior\s+(?:fiscal\s+)?year|preceding"
)


def _prior_among_blank_columns(roles: list[str], dates: list[date | None], header: str, doc: Doc | None) -> None:
    """Layout family: a notice whose previous-year column prints '-' for its total and effective date
    (no dividend paid, or not stated) looks like the forecast column by its values. A forecast is never
    for a fiscal year before another column's, so such a column whose record date falls in an earlier
    fiscal year is the prior year's; without a record date, a cleanly printed header that names
    exactly one column per role ('previous fiscal year' / 'results for the previous year') breaks
    the tie when more than one column looks like the forecast."""
    def fy(d: date) -> date:
        return (doc.cal.fy_end_for(d) if doc is not None and doc.cal.fye_month else None) or d

    known = [fy(d) for d in dates if d]
    latest = max(known) if known else None
    for j, role in enumerate(roles):
        d = dates[j]
        if role == "forecast" and latest and d and fy(d) < latest:
            roles[j] = "prior"
    if roles.count("forecast") < 2 or _interleaved(header):
        return
    if not _PRIOR_HEADER.search(header):
        header = _titles_by_column(header)  # 'Results for the previous' / 'fiscal year (interim)'
        if not _PRIOR_HEADER.search(header):
            return
    order = _header_roles(header)
    if len(order) == len(roles):
        for j, role in enumerate(order):
            if role == "prior" and roles[j] == "forecast" and dates[j] is None:
                roles[j] = "prior"


_CHUNK = re.compile(r"\S+(?: \S+)*")  # a run of words with single spaces: one column's title text


def _titles_by_column(header: str) -> str:
    """Layout family: pdftotext -layout notices whose column titles wrap over two lines, side by
    side ('Results for the previous' over 'fiscal year (interim)'): each title's lines joined, in the
    columns' order (a line's text goes to the title starting at or left of it on the first line)."""
    lines = [ln for ln in header.splitlines() if ln.strip()]
    if len(lines) < 2:
        return header
    titles = [[m.start(), m.group(0)] for m in _CHUNK.finditer(lines[0])]
    for line in lines[1:]:
        for m in _CHUNK.finditer(line):
            own = max((t for t in titles if t[0] <= m.start() + 2), key=lambda t: t[0], default=titles[0])
            own[1] += " " + m.group(0)
    return "   ".join(text for _, text in titles)


def _interleaved(header: str) -> bool:
    """Multi-line header cells read line by line: fragments start lower-case or leave a bracket open."""
    lines = [ln.strip() for ln in header.splitlines() if ln.strip()]
    return any(ln[:1].islower() or ln.count("(") != ln.count(")") for ln in lines)


def _check_header_order(header: str, roles: list[str], doc: Doc) -> None:
    """Warn when a cleanly printed header lists the columns in another order than the values show."""
    order = _header_roles(header)
    value_order = []
    for role in roles:
        if role not in value_order:
            value_order.append(role)
    if len(order) == len(value_order) == len(roles) and order != value_order:
        doc.warn(
            f"Dividend table: the header lists the columns as {', '.join(order)} but the values read as "
            f"{', '.join(value_order)} (record dates, blank totals and dates); column identity was taken "
            "from the values."
        )


def _header_roles(header: str) -> list[str]:
    """The column roles a header names, in the order it prints them (each role once)."""
    found: list[tuple[int, str]] = []
    fy = [(m.start(), int(re.sub(r"\D", "", m.group(0)))) for m in re.finditer(r"FY\s?\d{4}", header)]
    if fy:
        top = max(y for _, y in fy)
        found += [(pos, "determined" if y == top else "prior") for pos, y in fy]
    for rx, role in (
        (_FORECAST_HEADER, "forecast"),
        (_DETERMINED_HEADER, "determined"),
        (_PRIOR_HEADER, "prior"),
    ):
        found += [(m.start(), role) for m in rx.finditer(header)]
    order: list[str] = []
    for _, role in sorted(found):
        if role not in order:
            order.append(role)
    return order


def _period_of_record(rec: date | None, header: str, doc: Doc) -> tuple[date | None, str]:
    """Fiscal year and period a record date belongs to: the year end for a year-end dividend, the
    half for an interim, and so on; without a date, the header's words and the current year."""
    if rec is not None and doc.cal.fye_month:
        fy_end = doc.cal.fy_end_for(rec)
        months = (rec.month - doc.cal.fye_month) % 12
        return fy_end, {0: "year_end", 3: "q1", 6: "interim", 9: "q3"}.get(months, "year_end")
    period = strict_period(header) or "year_end"
    return doc.cal.current_fy_end, period


_DIVIDEND_WORD = ci(r"dividend")
_AMOUNT = ci(_YEN_AMOUNT)
# A sentence about a dividend forecast names no share when it lists the amounts ('no change to the
# dividend forecast (interim 15.00 yen, year-end 15.00 yen)').
_PER_SHARE_OR_FORECAST = ci(r"per\s+(?:\w+\s+)?share|dividends?\s+forecasts?")
# A resolution to revise (raise, keep) a forecast decides no dividend.
# A decided or paid dividend ('resolved', 'the interim dividend of ¥40 per share already paid').
_ACTUAL_WORDS = ci(
    r"\b(?:resolved|decided|determined|declared|approved|set\s+at|already\s+paid|was\s+paid)\b"
    r"(?!\s+to\s+(?:revise|raise|lower|reduce|change|amend|maintain|keep|leave))"
)
_FORECAST_WORDS = ci(r"forecast|target|plan|expect|remain|unchanged|no\s+change")
# Words saying a dividend was paid, whole (one amount of a sentence) or in the clause after an amount.
_PAID_WORDS = r"already\s+paid|was\s+paid"
_PAID_PART = ci(_PAID_WORDS)
# Undecided-dividend family in prose ('The year-end dividend is yet to be determined', 'has not yet been
# decided', 'remains undecided'): the verb leaves the dividend open, it decides nothing.
_UNDECIDED_PROSE = ci(r"\b(?:(?:yet\s+)?to\s+be\s+|not\s+(?:yet\s+)?(?:been\s+)?|un)(?:determined|decided)\b")
# A forecast named only as what an amount is measured against ('an increase of JPY 4 from the most
# recent dividend forecast', '(previous forecast: JPY 30)'): it does not make the amount a forecast.
_CITED_FORECAST = ci(
    r"(?:\b(?:from|than|with|against|over|to)\s+(?:the\s+)?|\(\s*)(?:(?:most\s+)?recent|latest|previous(?:ly\s+announced)?"
    r"|initial|original|prior)\s+(?:dividends?\s+)?forecasts?"
)
# Forecast-revision prose: 'revised its year-end dividend forecast from 30 yen to 20 yen per share',
# 'raised ... to ¥25 from ¥20', '... to ¥20 (previous forecast: ¥30)'.
# A revision's verb in any tense ('has decided to raise the year-end dividend forecast to ¥20 from ¥18').
# Bare 'lower', 'increase' and 'change' are left out: as comparisons and nouns ('an increase of ¥5 from
# last year') they revise nothing.
_REVISING = ci(
    r"\brevis(?:e|ed|es|ing|ion)\b|\b(?:raised|lowered|reduced|changed|amended|increased|decreased)\b"
    r"|\b(?:rais(?:e|es|ing)|reduc(?:e|es|ing)|lower(?:s|ing))\b"
)
_KEPT = ci(r"unchanged|no\s+change|not\s+(?:been\s+)?(?:changed|revised)")
# Just before an amount: it is the forecast a revision replaces.
_REPLACED_BEFORE = ci(
    r"(?:\bfrom|(?:previous(?:ly)?(?:\s+(?:announced|published))?|(?:most\s+recent|latest)(?=\s+(?:dividends?\s+)?forecast))"
    r"(?:\s+(?:dividends?\s+)?forecasts?)?\s*(?::|of|was|)"
    r"|initial\s+forecasts?\s*(?::|of|))\s*(?:JPY|¥|\\)?\s?$"
)
# Just before an amount: it is a difference between two dividends.
_CHANGE_BEFORE = ci(r"\b(?:increase|decrease|rise|reduction|up|down)\s+(?:of\s+|by\s+)?(?:JPY|¥|\\)?\s?$")
# Just before an amount: a revising verb, then 'by' ('raised the year-end dividend forecast by ¥5.00',
# 'decided to increase the year-end dividend on common shares by 3.00 yen ... to 15.00 yen').
_BY_CHANGE = ci(
    r"\b(?:raise[ds]?|increase[ds]?|reduce[ds]?|lower(?:ed|s)?|decrease[ds]?|cut|revised\s+(?:up|down)\w*)\b"
    r"[^.;]*?\bby\s*(?:JPY|¥|\\)?\s?$"
)


def _by_change(clause: str) -> bool:
    """Whether the amount after this clause is what a revision changed a dividend by, not a dividend."""
    return " by" in clause[-8:] and _BY_CHANGE.search(clause) is not None


def _only_cited(sentence: str) -> bool:
    """Whether every forecast word of a sentence names a forecast an amount is compared with."""
    return _FORECAST_WORDS.search(_CITED_FORECAST.sub(" ", sentence)) is None


# Just after an amount: it is last year's dividend a comparison cites ('up from ¥30 in the previous year').
_YEAR_AGO_AFTER = ci(
    r"(?:\s*(?:per\s+(?:\w+\s+)?share|yen))?\s*(?:(?:in|for)\s+the\s+(?:previous|prior|preceding|last)"
    r"\s+(?:fiscal\s+)?year|a\s+year\s+(?:earlier|ago))"
)


def prose_dividends(doc: Doc, sentences: list[tuple[str, int]], year: date | None = None) -> list[dict]:
    """'The interim dividend was resolved ... as JPY13.50 per ordinary share' and the like.

    Revision-notice family: a sentence that revises a forecast ('from 30 yen to 20 yen', '(previous
    forecast: 30 yen)') states the replaced amount (previous_forecast, announced when the notice
    says) and the new one (forecast, announced by this document); one that keeps a forecast
    ('no change to the dividend forecast ... announced on May 14, 2024') gives that earlier date.
    Beside a table (`year` given), a sentence naming no year speaks of `year`, and the notice's record
    date, total and source belong to the table's dividend (not filled in from the prose)."""
    out = []
    for sentence, offset in sentences:
        if not (may_hold(sentence, ("dividend",)) and _DIVIDEND_WORD.search(sentence)):
            continue  # the case-folded test first: most sentences do not speak of a dividend
        decided = sentence
        if "ecided" in sentence or "etermined" in sentence:
            decided = _undecided_prose(sentence, doc, year)
        if not _PER_SHARE_OR_FORECAST.search(sentence):
            continue
        if "than" in sentence and _compares_otherwise(sentence):
            continue
        actual = _ACTUAL_WORDS.search(decided)
        forecast = _FORECAST_WORDS.search(sentence)
        if actual and forecast and actual.group(0).lower().startswith("set"):
            actual = None  # 'the dividend forecast has been set at ¥40': a forecast, not a decision
        # Press-release family: 'raised its year-end dividend forecast to 20.00 yen ..., bringing the
        # annual dividend to 35.00 yen including the interim dividend of 15.00 yen already paid': only
        # the amount 'already paid' names is an actual; the rest are the forecast.
        paid_part = bool(actual and forecast and _PAID_PART.match(actual.group(0)) and not _only_cited(sentence))
        if paid_part:
            actual = None
        if actual:
            scenario = "actual"
        elif forecast and not (_title_scenario(doc) == "actual" and _only_cited(sentence)):
            scenario = "forecast"
        else:
            # Decision-notice family: 'The year-end dividend ... will be ¥32 per share.' states the
            # resolution the title announces; under a forecast title the same words forecast.
            scenario = _title_scenario(doc)
            if scenario is None:
                continue
        revising = _REVISING.search(sentence) is not None and not _KEPT.search(sentence)
        period_fy, _ = resolve(sentence, doc.cal)
        fy_end = doc.cal.fy_end_for(period_fy.end) if period_fy else year or doc.cal.current_fy_end
        if fy_end is None:
            continue
        dates = announcement_dates(sentence, doc.published_on)
        cursor = 0
        amounts = list(_AMOUNT.finditer(sentence))
        changes: list[tuple[str, float, bool]] = []  # (period, amount, raised) of differences stated
        for n, m in enumerate(amounts):
            clause = sentence[cursor : m.start()]
            cursor = m.end()
            after = sentence[m.end() : amounts[n + 1].start() if n + 1 < len(amounts) else len(sentence)]
            period = _last_period_word(clause) or _last_period_word(sentence[: m.start()])
            if period is None:
                continue
            if _CHANGE_BEFORE.search(clause) or _by_change(clause) or _DIFFERENCE_AFTER.match(sentence, m.end()):
                # 'an increase of ¥5 from the previous year', 'JPY 4 higher than ...': a difference, not a dividend
                raised = _RAISED.search(f"{clause} {sentence[m.end() : m.end() + 30]}") is not None
                changes.append((period, float(m.group("a") or m.group("b")), raised))
                continue
            replaced = _REPLACED_BEFORE.search(clause)
            if replaced and replaced.group(0).lower().lstrip().startswith("from"):
                if _YEAR_AGO_AFTER.match(sentence, m.end()):
                    continue  # last year's dividend, cited for comparison
                if not revising:
                    replaced = None
            value = float(m.group("a") or m.group("b"))
            start = offset + m.start("a" if m.group("a") else "b")
            cell = Cell(m.group("a") or m.group("b"), start, start + len(m.group("a") or m.group("b")), value)
            paid_here = bool(_ALREADY_PAID.search(after))
            own = "previous_forecast" if replaced else "actual" if paid_part and paid_here else scenario
            announced = None
            if own == "previous_forecast":
                announced = dates[0][0] if dates else None
            elif own == "forecast" and dates and not revising:
                announced = dates[0][0]
            elif own == "forecast":
                # A forecast the sentence keeps ('remains unchanged') dates from when the document says
                # the dividend forecast was announced, else null (the contract: 'where the document
                # states it'); one it issues or revises, from the release.
                kept = not revising and _KEPT.search(_clause_at(sentence, m.start())) is not None
                announced = doc.unchanged_since.get("dividend") if kept else doc.published_on
            dated = (
                {}
                if own != "actual"
                else {
                    "record_date": _date_after(_PROSE_RECORD, sentence),
                    "effective_date": _date_after(_PROSE_EFFECTIVE, sentence),
                }
            )
            out.append(
                dividend_entry(
                    fy_end,
                    period,
                    own,
                    value,
                    cell,
                    doc,
                    sentence[:80],
                    None,
                    status="declared" if own == "actual" else None,
                    announced_on=announced.isoformat() if announced else None,
                    paid=own == "actual" and paid_here,
                    **dated,
                )
            )
            if own == "forecast" and announced is None:
                out[-1]["undated"] = True  # kept 'unchanged', no date given: null, not the document's date
        if changes and _CITED_FORECAST.search(sentence):
            _mark_implied(changes, [d for d in out if d["provenance"]["char_start"] >= offset])
    if year is None:
        _fill_details(out, sentences)
    return out


def _undecided_prose(sentence: str, doc: Doc, year: date | None) -> str:
    """Warn of each dividend the sentence leaves undetermined (the period named last before the words,
    in their clause: 'The record date for the year-end dividend will be December 31, 2025; the amount
    ... is yet to be determined' names no period sure enough to warn of); return the sentence without
    those words, so that 'determined' in them decides no amount."""
    found = list(_UNDECIDED_PROSE.finditer(sentence))
    for m in found:
        period = _last_period_word(sentence[sentence.rfind(";", 0, m.start()) + 1 : m.start()])
        period_fy, _ = resolve(sentence, doc.cal)
        fy_end = doc.cal.fy_end_for(period_fy.end) if period_fy else year or doc.cal.current_fy_end
        if period is not None and fy_end is not None and not _warned_undecided(doc, fy_end, period):
            _warn_undecided(doc, fy_end, [period], _clause_at(sentence, m.start()))
    return _UNDECIDED_PROSE.sub(" ", sentence) if found else sentence


def _warned_undecided(doc: Doc, fy_end: date, period: str) -> bool:
    """Whether a table's warning already names this dividend undetermined (a note restating its cell)."""
    tail = f" for the fiscal year ending {fy_end.isoformat()} undetermined"
    return any(tail in w and _PERIOD_NAMES[period] in w[: w.find(tail)] for w in doc.warnings)


# Just after an amount: it is a difference ('JPY 4 higher than the latest forecast').
_DIFFERENCE_AFTER = ci(r"\s*(?:yen\s+)?(?:per\s+(?:\w+\s+)?share\s+)?(?:higher|lower|more|less|above|below)\s+than\b")
_THAN = ci(r"\b(?:above|below|more|less|higher|lower)\s+than\b")
_AMOUNT_BEFORE = ci(r"(?:" + _YEN_AMOUNT + r"|(?:JPY|¥|\\)?\s?\d+(?:\.\d+)?\s?yen)\s*(?:per\s+(?:\w+\s+)?share\s*)?$")
_RAISED = ci(r"\b(?:increase|higher|rais|rise|up\b|more|above)")


def _compares_otherwise(sentence: str) -> bool:
    """Whether a sentence compares in words other than an amount's difference ('not less than 30 yen',
    'more than 30% of profit'): its amounts are thresholds, not dividends. 'JPY 4 higher than the latest
    forecast' states a difference; the sentence's other amounts are read."""
    return any(not _AMOUNT_BEFORE.search(sentence, max(0, t.start() - 40), t.start()) for t in _THAN.finditer(sentence))


def _mark_implied(changes: list[tuple[str, float, bool]], stated: list[dict]) -> None:
    """Revision-by-difference family ('will be JPY 34 per share, an increase of JPY 4 from the most recent
    forecast'): the earlier forecast is only implied. The contract records what a release states, so it
    is no fact; the stated entry carries it ('implied_previous': amount, change, raised) for
    :func:`implied_forecast_warning` once all the release's dividends are known."""
    for period, change, raised in changes:
        new = next((d for d in stated if d["period"] == period and d["scenario"] != "previous_forecast"), None)
        if new is not None and new["per_share"] is not None:
            implied = round(new["per_share"] - change if raised else new["per_share"] + change, 4)
            new["implied_previous"] = (implied, change, raised)


def implied_forecast_warning(entry: dict, doc: Doc) -> None:
    """The warning for an earlier forecast a release implies by a difference and does not state."""
    implied, change, raised = entry["implied_previous"]
    doc.warn(
        f"The release gives the {_PERIOD_NAMES[entry['period']]} dividend for the fiscal year ending "
        f"{entry['fiscal_year_end']} as {entry['per_share']:g} yen, {change:g} yen {'above' if raised else 'below'} "
        f"an earlier forecast it does not state: that forecast ({implied:g} yen) was not recorded."
    )


def _clause_at(sentence: str, at: int) -> str:
    """The clause of a sentence around an offset, between semicolons ('The year-end dividend forecast
    (44.00 yen) remains unchanged; the annual dividend is expected to be 86.00 yen.')."""
    start = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    return sentence[start : end if end >= 0 else len(sentence)]


# In the clause after the amount; a date's comma ('for the fiscal year ended June 30, 2025 was paid') ends none.
_ALREADY_PAID = ci(rf"^(?:[^,;]|,(?=\s*(?:19|20)\d\d))*?\b(?:{_PAID_WORDS})\b")
_PROSE_TOTAL = ci(
    r"total\s+(?:amount\s+of\s+(?:the\s+)?dividends?|dividends?(?:\s+amount)?)[^.;]{0,20}?(?:JPY|¥|\\)\s?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>million|billion|thousand)\b"
)
_PROSE_RESOURCE = ci(
    r"(?:paid|funded|sourced)\s+(?:out\s+)?from\s+(?P<res>(?:other\s+)?capital\s+surplus|retained\s+earnings)"
)


def _fill_details(dividends: list[dict], sentences: list[tuple[str, int]]) -> None:
    """Prose layout family: a notice deciding one dividend states its effective date, total and source
    in the sentences after the one with the amount ('The dividend will be paid from retained earnings,
    with an effective date of June 5, 2024. The total amount of dividends is ¥2,016 million.'). With
    one decided dividend in the prose, they are its details."""
    decided = [d for d in dividends if d["scenario"] == "actual" and d["period"] != "annual" and not d.get("paid")]
    if len({(d["fiscal_year_end"], d["period"]) for d in decided}) != 1:
        return
    entry = decided[0]  # the first statement of it: the others merge into it
    for sentence, _ in sentences:
        lower = folded(sentence)  # each scan below runs only on a sentence holding its words
        if entry["effective_date"] is None and holds(lower, _EFFECTIVE_WORDS):
            entry["effective_date"] = _date_after(_PROSE_EFFECTIVE, sentence)
        if entry["record_date"] is None and holds(lower, ("record",)):
            entry["record_date"] = _date_after(_PROSE_RECORD, sentence)
        if (entry["resource"] is None and holds(lower, ("surplus", "retained"))
                and (m := _PROSE_RESOURCE.search(sentence))):
            entry["resource"] = "capital_surplus" if "surplus" in m.group("res").lower() else "retained_earnings"
        if entry["total_amount"] is None and holds(lower, ("total",)) and (m := _PROSE_TOTAL.search(sentence)):
            entry["total_amount"] = round(float(m.group("num").replace(",", "")) * scale_of(m.group("unit")))


_PROSE_RECORD = ci(r"record\s+date|date\s+of\s+record|shareholders\s+of\s+record\s+as\s+of")
_PROSE_EFFECTIVE = ci(
    r"effective\s+date|payment\s+(?:start\s+date|starts?\b|date)|payable\s+(?:from|on)|paid\s+(?:from|on)"
    r"|payments?\s+(?:will\s+)?(?:commence|begin)s?\b|commencement\s+of\s+(?:dividend\s+)?payments?"
)
_EFFECTIVE_WORDS = ("effective", "payment", "payable", "paid")  # one in every _PROSE_EFFECTIVE match


def _date_after(label: re.Pattern[str], sentence: str) -> str | None:
    """The date printed just after a label in a sentence ('record date: March 31, 2024'); a label with
    no date after it ('will be paid from retained earnings') gives way to a later one."""
    for m in label.finditer(sentence):
        d = DATE_RE.search(sentence[m.end() : m.end() + 40])
        day = parse_date_match(d) if d else None
        if day:
            return day.isoformat()
    return None


def _last_period_word(text: str) -> str | None:
    best = None
    for period, rx in STRICT:
        for m in rx.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), period)
    return best[1] if best else None


_COMPONENT = ci(
    r"(?P<kind>ordinary|regular|special|commemorative|memorial|extraordinary)\s+dividends?\s+(?:of\s+)?(?:JPY|¥"
    r"|\\)?\s?(?P<a>\d+(?:\.\d+)?)|(?:JPY|¥|\\)?\s?(?P<b>\d+(?:\.\d+)?)\s?(?:yen\s+)?(?:as\s+"
    r"|of\s+)?(?:an?\s+)?(?P<kind2>ordinary|regular|special|commemorative|memorial|extraordinary)\s+dividend"
)
# Spelled out case by case so every alternative starts on a plain letter: the scan then skips ahead
# on those letters alone (an alternative starting on a class such as [Oo] defeats that).
_PART_WORDS = re.compile(
    r"Ordinary|ordinary|Regular|regular|Special|special|Commemorative|commemorative|Memorial|memorial"
    r"|Extraordinary|extraordinary|ORDINARY|SPECIAL"
)
# What every _COMPONENT match holds. re enters _COMPONENT at every character of a text (its second
# form opens on optional parts), this scan only at the kinds' first letters: a sentence with fewer
# than two of these cannot list two parts and is not scanned with _COMPONENT.
_KIND_DIVIDEND = ci(r"(?:ordinary|regular|special|commemorative|memorial|extraordinary)\s+dividend")
_KIND = {"regular": "ordinary", "memorial": "commemorative", "extraordinary": "special"}


def attach_components(dividends: list[dict], doc: Doc, sentences: list[tuple[str, int]]) -> None:
    """'... comprised an ordinary dividend of ¥19.00 and a commemorative dividend of ¥10.00': the parts
    go to the dividend whose amount they add up to, preferring the period and year the sentence names."""
    if not dividends:
        return  # no dividend to attach parts to
    for sentence, _ in sentences:
        if not may_hold(sentence, ("dividend",)) or not _PART_WORDS.search(sentence) or not _two_kinds(sentence):
            continue  # every component names its kind and the word 'dividend' ('ordinary income' is none)
        parts = []
        for m in _COMPONENT.finditer(sentence):
            kind = (m.group("kind") or m.group("kind2")).lower()
            parts.append({"kind": _KIND.get(kind, kind), "per_share": float(m.group("a") or m.group("b"))})
        if len(parts) < 2:
            continue
        total = round(sum(p["per_share"] for p in parts), 4)
        period = _last_period_word(sentence)
        period_fy, _ = resolve(sentence, doc.cal)
        fy = (doc.cal.fy_end_for(period_fy.end) or period_fy.end).isoformat() if period_fy else None
        candidates = [d for d in dividends if d["per_share"] is not None and abs(d["per_share"] - total) < 0.005]
        ranked = sorted(
            candidates,
            key=lambda d: (
                d["period"] != period,
                fy is not None and d["fiscal_year_end"] != fy,
                d["scenario"] != "actual",
            ),
        )
        if ranked:
            ranked[0]["components"] = parts


def _two_kinds(sentence: str) -> bool:
    """Whether the sentence names two dividend kinds ('an ordinary dividend ... a special dividend')."""
    kinds = _KIND_DIVIDEND.finditer(sentence)
    return next(kinds, None) is not None and next(kinds, None) is not None


# Part notes printed one per line under a grid's per-share cell: '(Ordinary dividend 25.00)' /
# '(Commemorative dividend 10.00)'. Only a text with one of these words can hold them.
_NOTE_WORDS = ("ordinary dividend", "regular dividend", "special dividend", "commemorative", "memorial",
               "extraordinary dividend")
_NOTE_GAP = re.compile(r"\s*")


def attach_note_components(dividends: list[dict], doc: Doc) -> None:
    """Grid layout family: part notes printed under a row of a dividend grid (the row's label and
    cells come first, then one note a line). Consecutive notes are one breakdown; it goes to the
    nearest dividend before it whose amount they add up to and that has no parts yet."""
    if not may_hold(doc.text, _NOTE_WORDS):
        return
    groups: list[tuple[int, list[dict]]] = []
    last_end = -1
    for note in _PART_NOTE.finditer(doc.text):
        parts = [
            {"kind": _KIND.get(kind, kind), "per_share": float(m.group("a") or m.group("b"))}
            for m in _COMPONENT.finditer(note.group(0))
            for kind in [(m.group("kind") or m.group("kind2")).lower()]
        ]
        if groups and _NOTE_GAP.fullmatch(doc.text, last_end, note.start()):
            groups[-1][1].extend(parts)
        else:
            groups.append((note.start(), parts))
        last_end = note.end()
    for at, parts in groups:
        if len(parts) < 2:
            continue
        total = round(sum(p["per_share"] for p in parts), 4)
        before = [
            d for d in dividends
            if d["components"] is None and d["per_share"] is not None and abs(d["per_share"] - total) < 0.005
            and d.get("provenance") and d["provenance"]["char_start"] < at
        ]
        if before:
            max(before, key=lambda d: d["provenance"]["char_start"])["components"] = parts


_PAYABLE = ci(
    r"(?:dividend\s+payable\s+date"
    r"|(?:scheduled\s+)?(?:date\s+of\s+)?commencement\s+of\s+dividend\s+payments?"
    r"|(?:scheduled\s+)?date\s+to\s+commence\s+dividend\s+payments?"
    r"|dividend\s+payment\s+(?:start\s+)?date)[^:\n]{0,30}:?\s*(?:\n\s*)?"
)


def payable_date(doc: Doc) -> date | None:
    """A cover-page 'Dividend payable date (as planned)' / 'Scheduled date of commencement of dividend
    payments' / 'Scheduled date to commence dividend payments' (the TSE template's wording): the
    effective date of the year-end dividend the summary reports."""
    head = doc.text[:5000]
    lower = head.lower()
    if "payable" not in lower and "payment" not in lower:
        return None
    m = _PAYABLE.search(head)
    if not m:
        return None
    d = DATE_RE.match(doc.text, m.end())
    return parse_date_match(d) if d else None
