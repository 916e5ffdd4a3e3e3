"""Write parse results into the staging tables with COPY, one slice per release.

A slice is replaced whole: the release's old rows are deleted (cascading to its facts and
warnings) and the new ones copied in, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from psycopg.types.json import Jsonb
from sqlalchemy import Connection, text

DIVIDEND_FIELDS = (
    "fiscal_year_end", "period", "scenario", "status", "announced_on", "per_share", "currency", "record_date",
    "effective_date", "total_amount", "resource", "range_low", "range_high", "components", "fiscal_year_label",
)
FIGURE_FIELDS = (
    "metric", "period_start", "period_end", "scenario", "announced_on", "value", "unit", "accounting_standard",
    "accounting_standard_evidence", "consolidated", "range_low", "range_high", "period_label",
)
PROVENANCE_FIELDS = ("line_start", "line_end", "char_start", "char_end", "text", "row_label", "column_label")
PROVENANCE_COLUMNS = ("line_start", "line_end", "char_start", "char_end", "source_text", "row_label", "column_label")
PARSE_COLUMNS = (
    "release_id", "parser_version", "status", "status_reason", "kind", "title", "company_code", "company_name",
    "published_on", "fiscal_year_end_month", "is_correction", "document", "fact_count", "warning_count",
)


@dataclass(frozen=True)
class StagedRelease:
    """The outcome of parsing one release: a contract dict, or a status without facts."""

    release_id: int
    parser_version: str
    status: str
    status_reason: str | None = None
    result: dict[str, Any] | None = None


def write_slices(conn: Connection, slices: Sequence[StagedRelease]) -> None:
    if not slices:
        return
    conn.execute(text("DELETE FROM staging.release_parse WHERE release_id = ANY(:ids)"),
                 {"ids": [s.release_id for s in slices]})
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f"COPY staging.release_parse ({', '.join(PARSE_COLUMNS)}) FROM STDIN") as copy:
        for item in slices:
            copy.write_row(_parse_row(item))
    _copy_facts(cursor, "dividend_fact", DIVIDEND_FIELDS, slices, "dividends")
    _copy_facts(cursor, "figure_fact", FIGURE_FIELDS, slices, "figures")
    with cursor.copy("COPY staging.parse_warning (release_id, warning_no, message) FROM STDIN") as copy:
        for item in slices:
            for number, message in enumerate((item.result or {}).get("warnings") or [], start=1):
                copy.write_row((item.release_id, number, str(message)))


def _parse_row(item: StagedRelease) -> tuple:
    result = item.result or {}
    document = result.get("document") or {}
    company = document.get("company") or {}
    facts = len(result.get("dividends") or []) + len(result.get("figures") or [])
    return (
        item.release_id, item.parser_version, item.status, item.status_reason, document.get("kind"),
        document.get("title"), company.get("code"), company.get("name"), document.get("published_on"),
        document.get("fiscal_year_end_month"), document.get("is_correction"),
        Jsonb(document) if document else None, facts, len(result.get("warnings") or []),
    )


def _copy_facts(cursor: Any, table: str, fields: Sequence[str], slices: Sequence[StagedRelease], key: str) -> None:
    columns = ("release_id", "fact_no", *fields, *PROVENANCE_COLUMNS)
    with cursor.copy(f"COPY staging.{table} ({', '.join(columns)}) FROM STDIN") as copy:
        for item in slices:
            for number, fact in enumerate((item.result or {}).get(key) or [], start=1):
                provenance = fact.get("provenance") or {}
                values = [Jsonb(fact[f]) if f == "components" and fact.get(f) is not None else fact.get(f)
                          for f in fields]
                copy.write_row((item.release_id, number, *values, *(provenance.get(p) for p in PROVENANCE_FIELDS)))
