"""The ``irwh`` command: thin over the functions the Dagster assets call.

Imports are deferred into each command so ``irwh parse`` starts without loading SQLAlchemy,
pandas or Dagster. Expected failures (bad input, a server that is down) end with one line
saying what to do and a non-zero status, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

app = typer.Typer(
    help="irwh: a warehouse for Japanese investor-relations releases.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
db_app = typer.Typer(help="The database server: embedded by default, IRWH_DATABASE_URL when set.",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"irwh: {message}", err=True)
    raise typer.Exit(code)


def _settings():
    from etl.settings import load_settings

    return load_settings()


def _engine():
    """An engine on the warehouse; a clear message when there is no server to talk to."""
    from sqlalchemy.exc import OperationalError

    from etl.db.embedded import EmbeddedServerError
    from etl.db.engine import make_engine

    settings = _settings()
    try:
        engine = make_engine(settings)
        with engine.connect():
            pass
    except EmbeddedServerError as exc:
        _fail(str(exc))
    except OperationalError as exc:
        from etl.db.urls import database_url, redacted

        where = redacted(database_url(settings))
        hint = "run `irwh db start`" if settings.uses_embedded_server else "check IRWH_DATABASE_URL"
        _fail(f"cannot connect to {where}: {str(exc.orig).strip().splitlines()[0]} ({hint})")
    return engine


# --- db ---------------------------------------------------------------------------------------


@db_app.command("start")
def db_start() -> None:
    """Start the embedded PostgreSQL (initialising it on first use) and create the database."""
    from etl.db import embedded

    settings = _settings()
    if not settings.uses_embedded_server:
        typer.echo("IRWH_DATABASE_URL is set: using that server, nothing to start.")
        return
    try:
        state = embedded.start(settings)
    except embedded.EmbeddedServerError as exc:
        _fail(str(exc))
    typer.echo(f"PostgreSQL running on 127.0.0.1:{state.port} (pid {state.pid}, data {state.data_dir})")


@db_app.command("stop")
def db_stop() -> None:
    """Stop the embedded PostgreSQL."""
    from etl.db import embedded

    settings = _settings()
    if not settings.uses_embedded_server:
        typer.echo("IRWH_DATABASE_URL is set: that server is not ours to stop.")
        return
    typer.echo("stopped" if embedded.stop(settings) else "not running")


@db_app.command("status")
def db_status() -> None:
    """Say whether the server is up and where."""
    from etl.db import embedded
    from etl.db.urls import redacted

    settings = _settings()
    if not settings.uses_embedded_server:
        typer.echo(f"external server: {redacted(settings.database_url)}")
        return
    state = embedded.status(settings)
    if state.running:
        typer.echo(f"running on 127.0.0.1:{state.port} (pid {state.pid}, data {state.data_dir})")
    else:
        typer.echo(f"not running (data {state.data_dir}); start it with `irwh db start`")
        raise typer.Exit(3)


@db_app.command("url")
def db_url() -> None:
    """Print the connection URL (with its password) for psql and BI tools."""
    from etl.db.embedded import EmbeddedServerError
    from etl.db.urls import database_url

    try:
        typer.echo(database_url(_settings()))
    except EmbeddedServerError as exc:
        _fail(str(exc))


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply the alembic migrations (to head by default)."""
    from etl.db import migrate
    from etl.db.embedded import reader_password
    from etl.db.urls import database_url

    settings = _settings()
    engine = _engine()
    migrate.upgrade(database_url(settings), revision, reader_password(settings))
    typer.echo(f"schema at revision {migrate.current_revision(engine)}")


# --- data -------------------------------------------------------------------------------------


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help="Release files and folders")]) -> None:
    """Archive release files (txt, pdf, html) into raw.release; unreadable ones with a reason."""
    from etl.ingest.archive import ingest_paths

    report = ingest_paths(_engine(), paths)
    for item in report.notable:
        typer.echo(f"  {item.outcome:17s} {item.path}: {item.reason}", err=True)
    typer.echo(report.summary())


@app.command()
def datelines() -> None:
    """Read the publication month of archived releases that have none yet; list releases per month.

    Releases archived before the month was recorded at ingest have none; the partitioned backfill
    (`backfill_by_month`) only finds a release through its month.
    """
    from etl.ingest.dateline import fill_missing_months, releases_per_month

    engine = _engine()
    typer.echo(f"months found for {fill_missing_months(engine)} releases that had none")
    for month, count in releases_per_month(engine):
        typer.echo(f"  {month.strftime('%Y-%m') if month else 'undated'}  {count}")


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A release: .txt, .pdf or .html")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the facts contract as JSON")] = False,
    from_warehouse: Annotated[
        bool, typer.Option("--from-warehouse", help="Print what the warehouse holds for this file instead")
    ] = False,
) -> None:
    """Parse one release file into facts (no database needed unless --from-warehouse)."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        _fail(f"cannot read {file}: {exc.strerror}")
    if from_warehouse:
        result = _release_from_warehouse(file, data)
    else:
        from etl.ingest.extract import Unreadable, extract
        from etl.parse import parse_release

        extracted = extract(file.name, data)
        if isinstance(extracted, Unreadable):
            _fail(f"{file}: {extracted.reason}")
        result = parse_release(extracted.text)
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        from etl.report import print_parse_result

        print_parse_result(result)


def _release_from_warehouse(file: Path, data: bytes) -> dict:
    import hashlib

    from etl.load.contract import release_contract

    with _engine().connect() as conn:
        result = release_contract(conn, hashlib.sha256(data).hexdigest())
    if result is None:
        _fail(f"the warehouse holds no loaded release with the bytes of {file}: run `irwh ingest {file}` "
              "and `irwh run` first")
    return result


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="One SQL statement, run read-only")],
    csv: Annotated[bool, typer.Option("--csv", help="Write CSV instead of a table")] = False,
) -> None:
    """Run a query in a read-only transaction and print the result."""
    from sqlalchemy.exc import DBAPIError

    from etl.report import print_rows, write_csv
    from etl.sql import run_read_only

    try:
        columns, rows = run_read_only(_engine(), query)
    except DBAPIError as exc:
        _fail(str(exc.orig).strip())
    if csv:
        write_csv(columns, rows)
    else:
        print_rows(columns, rows)


@app.command()
def status() -> None:
    """Show the server, the migration revision and row counts per layer."""
    from etl.report import print_status
    from etl.status import collect_status

    print_status(collect_status(_settings(), _engine()))


@app.command()
def run() -> None:
    """Materialize the whole pipeline once, in process: raw -> staging -> star -> marts, with checks."""
    from rich.console import Console

    from dagster_project.run import run_graph
    from etl.report import print_run_summary

    settings = _settings()
    _engine()  # a clear message now if the server is down, rather than a failed run
    with Console(stderr=True).status("Running raw -> staging -> star -> marts ..."):
        summary = run_graph(settings)
    print_run_summary(summary)
    if not summary.success:
        _fail(f"the run failed: {summary.failure}")


@app.command()
def docs(
    output: Annotated[Path, typer.Option(help="Where to write the Markdown")] = Path("docs/data-dictionary.md"),
) -> None:
    """Write the data dictionary (every table, view and column with its comment) as Markdown."""
    from etl.db.dictionary import data_dictionary

    with _engine().connect() as conn:
        markdown = data_dictionary(conn)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(markdown)
    typer.echo(f"wrote {output} ({markdown.count(chr(10))} lines)")


@app.command()
def demo() -> None:
    """Start the server, migrate, ingest the bundled samples, run the pipeline, print a summary."""
    from rich.console import Console

    from dagster_project.run import run_graph
    from etl.db import embedded, migrate
    from etl.db.urls import database_url
    from etl.ingest.archive import ingest_paths
    from etl.report import print_demo_summary, print_run_summary
    from etl.status import collect_status

    settings = _settings()
    if settings.uses_embedded_server:
        try:
            embedded.start(settings)
        except embedded.EmbeddedServerError as exc:
            _fail(str(exc))
    engine = _engine()
    migrate.upgrade(database_url(settings), reader_password=embedded.reader_password(settings))
    report = ingest_paths(engine, [settings.samples_dir])
    with Console(stderr=True).status("Running raw -> staging -> star -> marts ..."):
        summary = run_graph(settings)
    print_run_summary(summary)
    print_demo_summary(settings, report, collect_status(settings, engine))
    if not summary.success:
        _fail(f"the run failed: {summary.failure}")


@app.command()
def ui(port: Annotated[int, typer.Option(help="Port of the Dagster UI")] = 3000) -> None:
    """Start `dagster dev` on the project, with a persistent DAGSTER_HOME under IRWH_HOME."""
    import os

    from dagster_project.run import prepare_dagster_home

    prepare_dagster_home(_settings())
    env = dict(os.environ)
    dagster = Path(sys.executable).with_name("dagster")
    argv = [str(dagster), "dev", "-m", "dagster_project.definitions", "-h", "127.0.0.1", "-p", str(port)]
    os.execvpe(argv[0], argv, env)


@app.command()
def synth(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write releases and their .expected.json into")],
    releases: Annotated[int, typer.Option("--releases", help="How many releases")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same seed, same files)")] = 0,
) -> None:
    """Write a synthetic release corpus with expected facts, deterministic for a seed."""
    from etl.synth.writer import write_corpus

    stats = write_corpus(out_dir, releases=releases, seed=seed)
    typer.echo(stats.summary())
