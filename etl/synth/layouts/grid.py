"""The scenario table of notices: metrics across, one row per scenario (previous forecast, revised
forecast or results, change, reference results), printed in the shapes releases come in."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from etl.synth.companies import Company
from etl.synth.text import amount, per_share, rows, signed, unit_heading

ROW_PER_LINE, CELL_PER_LINE, METRICS_AS_ROWS, HTML = "rows", "cells", "metric_rows", "html"


@dataclass(frozen=True)
class Row:
    label: str
    values: dict  # metric -> amount in the company's unit (eps in yen), None printed as '―'


def _change(c: Company, a: dict, b: dict, with_eps: bool) -> tuple[list[str], list[str]]:
    """Change rows; notices print no per-share change unless metrics run down the rows."""
    diff, pct = [], []
    for m in a:
        if m == "eps_basic" and not with_eps:
            continue
        if a[m] is None or b[m] is None:
            diff.append("―")
            pct.append("―")
            continue
        diff.append(per_share(c, round(b[m] - a[m], 2)) if m == "eps_basic" else amount(c, b[m] - a[m]))
        pct.append("―" if a[m] <= 0 or b[m] < 0 else _pct(c, a[m], b[m]))
    return diff, pct


def _pct(c: Company, a: float, b: float) -> str:
    change = round((b / a - 1) * 100, 1)
    return signed(c, f"{abs(change):.1f}", change < 0)


def cells(c: Company, values: dict) -> list[str]:
    return [per_share(c, v) if m == "eps_basic" else amount(c, v) for m, v in values.items()]


def render(c: Company, labels: list[str], first: Row, second: Row, reference: Row | None, shape: str) -> list[str]:
    """The table: first (A), second (B), change rows, then the reference results (if any)."""
    diff, pct = _change(c, first.values, second.values, shape == METRICS_AS_ROWS)
    body = [
        [first.label, *cells(c, first.values)],
        [second.label, *cells(c, second.values)],
        ["Change (B-A)", *diff],
        ["Change (%)", *pct],
    ]
    if reference:
        body.append([reference.label, *cells(c, reference.values)])
    body = [["―" if cell == "-" else cell for cell in row] for row in body]
    head = f"({unit_heading(c)}, except per-share data)"
    if shape == METRICS_AS_ROWS:
        lines = [head, " ".join([first.label, second.label, "Change (B-A)", "Change (%)",
                                 *([reference.label] if reference else [])])]
        for i, label in enumerate(labels):
            row = [label, *(r[i + 1] if i + 1 < len(r) else "" for r in body)]
            lines.append(" ".join(cell for cell in row if cell))
        return lines
    header = [*labels[:-1], f"{labels[-1]} (Yen)"]
    if shape == HTML:
        out = [f"<p>{escape(head)}</p>", "<table>", "<tr><th></th>" + "".join(f"<th>{escape(h)}</th>" for h in header)
               + "</tr>"]
        for row in body:
            padded = row + [""] * (len(header) + 1 - len(row))
            out.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in padded) + "</tr>")
        return [*out, "</table>"]
    if shape == CELL_PER_LINE:
        return [head, *header, *rows(body, True)]
    return [head, " ".join(header), *rows(body, False)]
