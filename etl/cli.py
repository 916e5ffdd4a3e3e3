"""The ``irwh`` command: thin over the functions the Dagster assets call.

Imports are deferred into each command so ``irwh parse`` starts without loading SQLAlchemy,
pandas or Dagster.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="irwh: a warehouse for Japanese investor-relations releases.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A release: .txt, .pdf or .html")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the facts contract as JSON")] = False,
) -> None:
    """Parse one release file into facts (no database needed)."""
    from etl.ingest.extract import Unreadable, extract
    from etl.parse import parse_release

    try:
        data = file.read_bytes()
    except OSError as exc:
        _fail(f"cannot read {file}: {exc.strerror}")
    extracted = extract(file.name, data)
    if isinstance(extracted, Unreadable):
        _fail(f"{file}: {extracted.reason}")
    result = parse_release(extracted.text)
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        from etl.cli_render import render_parse_result

        render_parse_result(result)


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"irwh: {message}", err=True)
    raise typer.Exit(code)
