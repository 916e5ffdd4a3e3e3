"""Read one release back out of the star in the facts contract's shape.

``irwh parse FILE --json --from-warehouse`` prints this; it must equal the parser's own output
for the same file (the round trip proves nothing is lost or bent between staging and the star).
Facts come from the fact tables, not from staging; warnings and status from staging, which is
where the warehouse keeps them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text

PROVENANCE = ("line_start", "line_end", "char_start", "char_end", "row_label", "column_label")

RELEASE = text(
    """
    SELECT d.release_key, d.kind, d.title, nullif(c.company_code, 'unknown') AS code, d.stated_company_name,
           d.published_on, d.fiscal_year_end_month, d.is_correction, p.parser_version, p.status, p.status_reason
    FROM warehouse.dim_release d
    JOIN warehouse.dim_company c USING (company_key)
    JOIN staging.release_parse p USING (release_id)
    WHERE d.sha256 = :sha256
    """
)
DIVIDENDS = text(
    """
    SELECT f.fact_no, p.end_date AS fiscal_year_end, f.dividend_period AS period, f.scenario, f.status,
           ad.calendar_date AS announced_on, f.per_share, f.currency, rd.calendar_date AS record_date,
           ed.calendar_date AS effective_date, f.total_amount, f.resource, f.range_low, f.range_high,
           f.ordinary_per_share, f.special_per_share, f.commemorative_per_share, f.fiscal_year_label,
           f.line_start, f.line_end, f.char_start, f.char_end, f.source_text, f.row_label, f.column_label
    FROM warehouse.fct_dividend f
    JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)
    JOIN warehouse.dim_date ad ON ad.date_key = f.announcement_date_key
    JOIN warehouse.dim_date rd ON rd.date_key = f.record_date_key
    JOIN warehouse.dim_date ed ON ed.date_key = f.effective_date_key
    WHERE f.release_key = :release_key
    ORDER BY f.fact_no
    """
)
FIGURES = text(
    """
    SELECT a.fact_no, m.metric_code AS metric, p.start_date AS period_start, p.end_date AS period_end,
           a.period_label, CASE WHEN a.is_adjusted THEN 'adjusted_actual' ELSE 'actual' END AS scenario,
           NULL::date AS announced_on, a.value, a.unit, nullif(s.standard_code, 'unknown') AS accounting_standard,
           a.accounting_standard_evidence, a.consolidation, NULL::numeric AS range_low, NULL::numeric AS range_high,
           a.line_start, a.line_end, a.char_start, a.char_end, a.source_text, a.row_label, a.column_label
    FROM warehouse.fct_actual a
    JOIN warehouse.dim_metric m USING (metric_key)
    JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)
    JOIN warehouse.dim_accounting_standard s USING (accounting_standard_key)
    WHERE a.release_key = :release_key
    UNION ALL
    SELECT st.fact_no, m.metric_code, p.start_date, p.end_date, st.period_label, st.stated_scenario,
           st.stated_announced_on, st.value, st.unit, nullif(s.standard_code, 'unknown'),
           st.accounting_standard_evidence, f.consolidation, st.range_low, st.range_high,
           st.line_start, st.line_end, st.char_start, st.char_end, st.source_text, st.row_label, st.column_label
    FROM warehouse.fct_forecast_statement st
    JOIN warehouse.fct_forecast f USING (forecast_key)
    JOIN warehouse.dim_metric m USING (metric_key)
    JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)
    JOIN warehouse.dim_accounting_standard s ON s.accounting_standard_key = st.accounting_standard_key
    WHERE st.release_key = :release_key
    ORDER BY 1
    """
)
WARNINGS = text(
    """
    SELECT w.message FROM staging.parse_warning w JOIN warehouse.dim_release d USING (release_id)
    WHERE d.release_key = :release_key ORDER BY w.warning_no
    """
)


def json_value(value: Any) -> Any:
    """Dates as ISO strings; decimals as JSON numbers (whole ones as integers)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _provenance(row: dict[str, Any]) -> dict[str, Any]:
    return {**{key: row[key] for key in PROVENANCE}, "text": row["source_text"]}


def release_contract(conn: Connection, sha256: str) -> dict[str, Any] | None:
    """The contract dict for the release with these bytes, or None when the star does not hold it."""
    release = conn.execute(RELEASE, {"sha256": sha256}).mappings().first()
    if release is None:
        return None
    key = {"release_key": release["release_key"]}
    dividends = []
    for row in conn.execute(DIVIDENDS, key).mappings():
        parts = [{"kind": kind, "per_share": json_value(row[f"{kind}_per_share"])}
                 for kind in ("ordinary", "special", "commemorative") if row[f"{kind}_per_share"] is not None]
        dividends.append({
            **{name: json_value(row[name]) for name in (
                "fiscal_year_end", "period", "scenario", "status", "announced_on", "per_share", "currency",
                "record_date", "effective_date", "total_amount", "resource", "range_low", "range_high",
                "fiscal_year_label")},
            "components": parts or None,
            "provenance": _provenance(row),
        })
    figures = []
    for row in conn.execute(FIGURES, key).mappings():
        figures.append({
            **{name: json_value(row[name]) for name in (
                "metric", "period_start", "period_end", "period_label", "scenario", "announced_on", "value", "unit",
                "accounting_standard", "accounting_standard_evidence", "range_low", "range_high")},
            "consolidated": {"consolidated": True, "parent": False}.get(row["consolidation"]),
            "provenance": _provenance(row),
        })
    return {
        "document": {
            "kind": release["kind"],
            "title": release["title"],
            "company": {"code": release["code"], "name": release["stated_company_name"]},
            "published_on": json_value(release["published_on"]),
            "fiscal_year_end_month": release["fiscal_year_end_month"],
            "is_correction": release["is_correction"],
        },
        "dividends": dividends,
        "figures": figures,
        "warnings": list(conn.execute(WARNINGS, key).scalars()),
        "parser_version": release["parser_version"],
        "status": release["status"],
        "status_reason": release["status_reason"],
    }
