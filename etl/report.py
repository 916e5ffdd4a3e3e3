"""What the CLI prints: tables and summaries for people, CSV for tools."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from etl.ingest.archive import IngestReport
from etl.settings import DATABASE_NAME, OWNER_ROLE, READER_ROLE, Settings
from etl.status import WarehouseStatus

# wide enough for SQL results when piped; a terminal uses its own width
console = Console(width=None if sys.stdout.isatty() else 200)


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
    checks = Table("check", "result", "on", header_style="bold", title="Data-quality checks")
    for outcome in status.checks:
        if outcome.passed:
            verdict = "[green]passed[/green]"
        else:
            colour = "red" if outcome.check.blocking else "yellow"
            verdict = f"[{colour}]{outcome.failures} offending rows[/{colour}]"
        checks.add_row(outcome.check.name, verdict, outcome.check.layer)
    console.print(checks)
    for outcome in status.checks:
        for row in outcome.sample[:5] if not outcome.passed else ():
            console.print(f"  {outcome.check.name}: " + ", ".join(f"{k}={v}" for k, v in row.items()))


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
    table = Table("table", "rows", header_style="bold", title="What the warehouse holds")
    for name, count in status.row_counts.items():
        table.add_row(name, f"{count:,}")
    console.print(table)
    console.print(f"Schema revision {status.revision}; server {status.server}")
    console.print("\n[bold]Try[/bold]")
    console.print('  .venv/bin/irwh sql "SELECT * FROM mart.dividends WHERE company_code = \'3774\'"')
    console.print('  .venv/bin/irwh sql "SELECT company_code, metric, period_label, value, announced_on, is_latest '
                  'FROM mart.forecasts ORDER BY 1, 2, 3, announced_on"')
    console.print("  .venv/bin/irwh ui      (Dagster UI on http://127.0.0.1:3000)")
    if settings.uses_embedded_server:
        console.print("\n[bold]Connect[/bold]")
        console.print('  psql:      psql "$(.venv/bin/irwh db url)"')
        console.print(f"  BI tools:  host 127.0.0.1  port {settings.pg_port}  database {DATABASE_NAME}")
        console.print(f"             read-only user {READER_ROLE}, password in {settings.pg_dir / 'reader.password'}")
        console.print(f"             owner user {OWNER_ROLE}, password in {settings.pg_dir / 'owner.password'}")
        console.print("\n[bold]Stop the server[/bold]: .venv/bin/irwh db stop")


def print_run_summary(summary) -> None:
    """The final table of ``irwh run``: what each asset changed and how each check went."""
    table = Table("asset", "what changed", "seconds", header_style="bold", title=f"Run {summary.run_id[:8]}")
    for asset, metadata in summary.materializations.items():
        shown = ", ".join(
            "refreshed" if v is True else f"{k.removeprefix('dagster/').replace('_', ' ')} {v}"
            for k, v in metadata.items()
            if ((isinstance(v, int) and v) and k != "refreshed") or (k == "refreshed" and v is True)
        )
        table.add_row(asset, shown or "nothing new", _cell(metadata.get("duration_s")))
    console.print(table)
    failed = [(name, failures, blocking) for name, passed, failures, blocking in summary.checks if not passed]
    console.print(f"checks: {len(summary.checks) - len(failed)} of {len(summary.checks)} passed")
    for name, failures, blocking in failed:
        console.print(f"  [{'red' if blocking else 'yellow'}]{name}[/]: {failures} offending rows "
                      "(details in `irwh ui` or `irwh status`)")
