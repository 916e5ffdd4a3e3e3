"""The expected facts in the contract's shape (facts.schema.json), built from the generator's own model."""

from __future__ import annotations

from datetime import date

from etl.synth.companies import Company, fiscal_year_start
from etl.synth.model import UNIT_YEN


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def document(kind: str, title: str, c: Company, published: date) -> dict:
    return {
        "kind": kind,
        "title": title,
        "company": {"code": c.code, "name": c.name},
        "published_on": published.isoformat(),
        "fiscal_year_end_month": c.fye_month,
    }


def figure(
    c: Company,
    metric: str,
    start: date,
    end: date,
    scenario: str,
    value: int | float | tuple | None,
    *,
    announced: date | None = None,
    standard: str | None = None,
    consolidated: bool | None = True,
) -> dict:
    """One figure; money arrives in the company's unit, a tuple is a (low, high) range."""
    scale = 1 if metric == "eps_basic" else UNIT_YEN[c.unit]
    low = high = None
    if isinstance(value, tuple):
        low, high = (round(v * scale, 2) if metric == "eps_basic" else v * scale for v in value)
        value = None
    elif value is not None:
        value = round(value * scale, 2) if metric == "eps_basic" else value * scale
    return {
        "metric": metric,
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "scenario": scenario,
        "announced_on": iso(announced),
        "value": value,
        "unit": "JPY_per_share" if metric == "eps_basic" else "JPY",
        "accounting_standard": standard,
        "consolidated": consolidated,
        "range_low": low,
        "range_high": high,
    }


def figures(c: Company, values: dict, year: int, end: date, scenario: str, **attrs) -> list[dict]:
    """Every stated figure of one row (a period's values), blanks left out as the contract says."""
    start = fiscal_year_start(c, year)
    return [figure(c, m, start, end, scenario, v, **attrs) for m, v in values.items() if v is not None]


def dividend(
    fye: date,
    period: str,
    scenario: str,
    per_share: float,
    *,
    status: str | None = None,
    announced: date | None = None,
    record: date | None = None,
    effective: date | None = None,
    total: int | None = None,
    resource: str | None = None,
    components: list[dict] | None = None,
) -> dict:
    return {
        "fiscal_year_end": fye.isoformat(),
        "period": period,
        "scenario": scenario,
        "status": status if scenario == "actual" else None,
        "announced_on": iso(announced),
        "per_share": per_share,
        "currency": "JPY",
        "record_date": iso(record),
        "effective_date": iso(effective),
        "total_amount": total,
        "resource": resource,
        "components": components,
    }


def release(document_: dict, dividends: list[dict], figures_: list[dict]) -> dict:
    return {"document": document_, "dividends": dividends, "figures": figures_, "warnings": []}
