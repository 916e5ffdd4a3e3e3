"""Promise 1: hostile and broken input loses nothing and stops nothing."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from etl.cli import app
from etl.ingest.archive import ingest_paths
from etl.load.contract import release_contract
from etl.pipeline import run_pipeline
from tests.conftest import migrated_engine
from tests.reliability.conftest import FULL
from tests.reliability.corpus import hostile_inputs, valid_releases, write

HOSTILE = 2000 if FULL else 1000
VALID = 100 if FULL else 30


@pytest.mark.promise("hostile_input")
def test_hostile_corpus_is_archived_reported_and_leaves_valid_releases_intact(
    tally, warehouse_env, engine, pg_admin_url, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    files = write(folder, hostile_inputs(HOSTILE, rng=random.Random(7), huge=FULL))
    valid = write(folder, valid_releases(VALID))
    files |= valid
    tally.tried(len(files))

    result = CliRunner().invoke(app, ["ingest", str(folder)])
    if result.exit_code != 0 or result.exception is not None:
        tally.bad()
    report = run_pipeline(engine)

    with engine.connect() as conn:
        archived = dict(conn.execute(text("SELECT sha256, content FROM raw.release")).all())
        unexplained = conn.execute(text(
            "SELECT file_name FROM mart.releases WHERE parse_status IN ('unreadable', 'unparsed', 'failed', "
            "'pending') AND coalesce(status_reason, '') = ''")).scalars().all()
        tables = conn.execute(text("SELECT count(*) FROM information_schema.tables WHERE table_schema IN "
                                   "('raw', 'staging', 'warehouse', 'mart')")).scalar_one()
    lost = [name for name, data in files.items()
            if archived.get(hashlib.sha256(data).hexdigest(), b"?") not in (data, None)]
    tally.bad(len(lost) + len(unexplained))
    assert lost == [] and unexplained == [] and tables > 15
    assert report.staged.staged > 0

    # the valid releases, loaded without the hostile ones, read back identically
    clean_folder = tmp_path / "valid-only"
    write(clean_folder, iter(valid.items()))
    with migrated_engine(pg_admin_url) as clean:
        ingest_paths(clean, [clean_folder])
        run_pipeline(clean)
        differing = []
        with engine.connect() as mixed_conn, clean.connect() as clean_conn:
            for file_name, data in valid.items():
                digest = hashlib.sha256(data).hexdigest()
                mixed = release_contract(mixed_conn, digest)
                if mixed is None or not (mixed["dividends"] or mixed["figures"]) or (
                    mixed != release_contract(clean_conn, digest)
                ):
                    differing.append(file_name)
    tally.bad(len(differing))
    assert differing == []
