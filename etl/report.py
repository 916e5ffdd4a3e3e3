"""What the CLI prints: tables and summaries for people, CSV for tools."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from etl.ingest.archive import IngestReport
from etl.settings import DATABASE_NAME, OWNER_ROLE, Settings
from etl.status import WarehouseStatus

console = Console()


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def print_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = Table(*columns, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    console.print(table)
    console.print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def write_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_cell(v) for v in row] for row in rows])


def print_status(status: WarehouseStatus) -> None:
    console.print(f"server:   {status.server} ({'embedded' if status.embedded else 'external'})")
    state = "up to date" if status.up_to_date else f"behind head {status.head}: run `irwh db upgrade`"
    console.print(f"revision: {status.revision or 'none'} ({state})")
    table = Table("table", "rows", header_style="bold")
    for name, count in status.row_counts.items():
        table.add_row(name, f"{count:,}")
    console.print(table)


def print_parse_result(result: dict) -> None:
    document = result["document"]
    company = document.get("company") or {}
    console.print(f"[bold]{document.get('title')}[/bold]")
    console.print(f"{document.get('kind')} · {company.get('code')} {company.get('name')} · "
                  f"published {document.get('published_on')}")
    if result["dividends"]:
        table = Table("fiscal year end", "period", "scenario", "per share", "record date", "effective",
                      header_style="bold", title="Dividends")
        for d in result["dividends"]:
            table.add_row(*(_cell(d.get(k)) for k in ("fiscal_year_end", "period", "scenario", "per_share",
                                                       "record_date", "effective_date")))
        console.print(table)
    if result["figures"]:
        table = Table("metric", "period", "scenario", "value", "unit", "standard", header_style="bold",
                      title="Figures")
        for f in result["figures"]:
            value = f.get("value")
            if value is None and f.get("range_low") is not None:
                value = f"{f['range_low']:,}~{f['range_high']:,}"
            elif isinstance(value, (int, float)):
                value = f"{value:,}"
            table.add_row(f.get("metric"), f"{f.get('period_start')}..{f.get('period_end')}",
                          f.get("scenario"), _cell(value), f.get("unit"), _cell(f.get("accounting_standard")))
        console.print(table)
    for warning in result["warnings"]:
        console.print(f"[yellow]warning:[/yellow] {warning}")


def print_demo_summary(settings: Settings, ingest: IngestReport, status: WarehouseStatus) -> None:
    console.rule("[bold]irwh demo")
    console.print(f"Ingested {settings.samples_dir}: {ingest.summary()}")
    table = Table("table", "rows", header_style="bold", title="Loaded")
    for name, count in status.row_counts.items():
        table.add_row(name, f"{count:,}")
    console.print(table)
    console.print(f"Schema revision {status.revision}; server {status.server}")
    if settings.uses_embedded_server:
        console.print("\n[bold]Connect[/bold]")
        console.print('  psql:      psql "$(.venv/bin/irwh db url)"')
        console.print(f"  BI tools:  host 127.0.0.1  port {settings.pg_port}  database {DATABASE_NAME}  "
                      f"user {OWNER_ROLE}  password: `.venv/bin/irwh db url` prints it")
        console.print('  SQL:       .venv/bin/irwh sql "SELECT * FROM raw.release"')
        console.print("\n[bold]Stop the server[/bold]: .venv/bin/irwh db stop")
