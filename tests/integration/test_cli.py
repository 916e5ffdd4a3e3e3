"""The ``irwh`` command against a real database: ingest, sql, status, and clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from etl.cli import app
from tests.conftest import SAMPLES_DIR
from tests.pdf_factory import make_pdf

runner = CliRunner()


def test_ingest_reports_counts_and_exits_zero_with_bad_files(warehouse_env, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "empty.txt").write_bytes(b"")
    (drop / "junk.bin").write_bytes(os.urandom(1000))
    (drop / "notice.pdf").write_bytes(make_pdf(["Dividend per share JPY13.50"]))

    result = runner.invoke(app, ["ingest", str(drop)])
    assert result.exit_code == 0, result.output
    assert "new 3, already known 0, unreadable 2" in result.stdout
    assert "empty.txt" in result.stderr and "junk.bin" in result.stderr
    again = runner.invoke(app, ["ingest", str(drop)])
    assert "new 0, already known 3, unreadable 2" in again.stdout


def test_sql_prints_a_table_and_csv_and_refuses_writes(warehouse_env) -> None:
    runner.invoke(app, ["ingest", str(SAMPLES_DIR / "iij-2018-05-24-dividend.txt")])

    table = runner.invoke(app, ["sql", "SELECT file_name, byte_size FROM raw.release"])
    assert table.exit_code == 0 and "iij-2018-05-24-dividend.txt" in table.stdout and "(1 row)" in table.stdout

    csv = runner.invoke(app, ["sql", "SELECT file_name, byte_size FROM raw.release", "--csv"])
    size = (SAMPLES_DIR / "iij-2018-05-24-dividend.txt").stat().st_size
    assert csv.stdout.splitlines() == ["file_name,byte_size", f"iij-2018-05-24-dividend.txt,{size}"]

    write = runner.invoke(app, ["sql", "DELETE FROM raw.release"])
    assert write.exit_code == 1 and "read-only transaction" in write.stderr
    assert runner.invoke(app, ["sql", "SELECT count(*) FROM raw.release", "--csv"]).stdout.endswith("1\n")


def test_status_shows_revision_and_row_counts_without_the_password(warehouse_env, db_url: str) -> None:
    runner.invoke(app, ["ingest", str(SAMPLES_DIR)])
    result = runner.invoke(app, ["status"])
    assert result.exit_code == 0
    assert "up to date" in result.stdout and "raw.release" in result.stdout
    assert "standing_forecasts_do_not_overlap" in result.stdout and "passed" in result.stdout
    password = db_url.split(":")[2].split("@")[0]
    assert password not in result.stdout


def test_a_server_that_is_down_gives_one_clear_line(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("IRWH_DATABASE_URL", "postgresql://irwh:secret-pw@127.0.0.1:1/irwh")
    result = runner.invoke(app, ["status"])
    assert result.exit_code == 1
    assert "cannot connect to postgresql://irwh:***@127.0.0.1:1/irwh" in result.stderr
    assert "secret-pw" not in result.stderr


def test_parse_runs_without_loading_the_database_or_dagster_stack() -> None:
    sample = SAMPLES_DIR / "iij-2018-05-24-dividend.txt"
    code = (
        "import sys; from typer.testing import CliRunner; from etl.cli import app\n"
        f"result = CliRunner().invoke(app, ['parse', {str(sample)!r}, '--json'])\n"
        "assert result.exit_code == 0 and '13.5' in result.stdout, result.output\n"
        "heavy = [m for m in ('sqlalchemy', 'pandas', 'dagster', 'psycopg') if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
