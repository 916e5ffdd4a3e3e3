"""The partitioned backfill against a real PostgreSQL and real Dagster runs in subprocesses.

Partitions run as separate runs side by side, as a daemon launches a backfill, each with the
multiprocess executor (which needs an on-disk instance: its step processes read the run's events
from storage). The star and marts afterwards must equal those of one unpartitioned run.
"""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path

import dagster as dg
import pytest
from sqlalchemy import text

from dagster_project.backfill import backfill_job
from dagster_project.definitions import defs
from etl.ingest.archive import ingest_paths
from etl.ingest.dateline import dateline_month, fill_missing_months
from etl.ingest.extract import extract
from etl.stage.run import stage_pending
from tests.conftest import SAMPLES_DIR, SHARED_DIR, migrated_database
from tests.marts import mart_contents

DEV_CORPUS = SHARED_DIR / "corpus" / "dev"
# Two publication months, one with a PDF and a text of the same release.
MONTHS = {
    "2019-11": ["iij-2019-11-08-targets.txt", "iij-2019-11-08-targets.pdf"],
    "2021-05": ["agc-2021-05-07-q1-summary.txt", "sumitomo-warehouse-2021-05-13-fy-summary.txt"],
}


def release_files() -> list[Path]:
    return sorted(DEV_CORPUS.glob("*.txt")) + sorted(DEV_CORPUS.glob("*.pdf"))


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="the shared dev corpus is not here")
@pytest.mark.parametrize("path", release_files(), ids=lambda p: p.name)
def test_the_sniffed_month_is_the_month_the_parser_reads(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text())["document"]["published_on"]
    month = dateline_month(extract(path.name, path.read_bytes()).text)
    assert month == date.fromisoformat(expected).replace(day=1)


def land(settings, names: list[str]) -> None:
    for name in names:
        shutil.copy(SAMPLES_DIR / name, settings.landing_dir / name)
    (settings.landing_dir / "empty.txt").write_bytes(b"")  # unreadable: no month, left to the finishing run


def run_partition(instance: dg.DagsterInstance, key: str) -> dg.JobExecutionResult:
    return dg.execute_job(dg.reconstructable(backfill_job), instance=instance,
                          tags={"dagster/partition": key})


def materializations(result) -> dict[str, dict[str, object]]:
    return {e.asset_key.to_user_string(): {k: v.value for k, v in
            e.step_materialization_data.materialization.metadata.items()}
            for e in result.get_asset_materialization_events()}


def test_a_backfill_by_month_builds_the_star_one_unpartitioned_run_builds(
    warehouse_env, engine, pg_admin_url, tmp_path, monkeypatch
) -> None:
    land(warehouse_env, [name for names in MONTHS.values() for name in names])
    with migrated_database(pg_admin_url) as reference_url:
        monkeypatch.setenv("IRWH_DATABASE_URL", reference_url)
        assert defs.resolve_job_def("ingest_and_load").execute_in_process(
            instance=dg.DagsterInstance.ephemeral()).success
        from etl.db.engine import make_engine

        reference = make_engine(url=reference_url)
        expected = mart_contents(reference)
        reference.dispose()
    monkeypatch.setenv("IRWH_DATABASE_URL", str(engine.url.render_as_string(hide_password=False)))

    ingest_paths(engine, [warehouse_env.landing_dir])  # what `irwh ingest` does before a backfill
    with engine.connect() as conn:
        archived = dict(conn.execute(text(
            "SELECT to_char(dateline_month, 'YYYY-MM'), count(*) FROM raw.release GROUP BY 1")).all())
    assert archived == {**{month: len(names) for month, names in MONTHS.items()}, None: 1}

    (tmp_path / "dagster").mkdir()
    with dg.DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = dict(zip(MONTHS, pool.map(lambda key: run_partition(instance, key), MONTHS), strict=True))
        for month, result in results.items():
            assert result.success, month
            staged = materializations(result)["staging/release_parse"]
            assert staged["releases_staged"] == len(MONTHS[month])
            # the assets are unpartitioned: the month is the run's partition and the events' metadata
            events = result.get_asset_materialization_events()
            assert {e.asset_key.to_user_string(): e.partition for e in events} == {
                "staging/release_parse": None, "warehouse/star": None}
            assert {e.materialization.metadata["month"].value for e in events} == {month}

    empty = backfill_job().execute_in_process(partition_key="2012-01", instance=dg.DagsterInstance.ephemeral())
    for metadata in materializations(empty).values():
        assert metadata["duration_s"] < 0.5 and metadata.get("releases_staged", 0) == 0

    finish = defs.resolve_job_def("ingest_and_load").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert finish.success
    finished = materializations(finish)
    assert finished["staging/release_parse"]["releases_staged"] == 1  # only the undated (unreadable) file
    assert finished["warehouse/star"]["releases_loaded"] == 1
    assert mart_contents(engine) == expected


def test_stage_pending_takes_one_month_and_fills_missing_months(engine, tmp_path) -> None:
    for names in MONTHS.values():
        for name in names:
            shutil.copy(SAMPLES_DIR / name, tmp_path / name)
    (tmp_path / "no-dateline.txt").write_text("Notice of nothing in particular\n")
    ingest_paths(engine, [tmp_path])
    with engine.begin() as conn:  # as if archived before the month was recorded
        conn.execute(text("UPDATE raw.release SET dateline_month = NULL WHERE file_name LIKE 'agc-%'"))
    assert fill_missing_months(engine) == 1

    def fake(body: str, *, registry) -> dict:
        return {"status": "unparsed", "status_reason": "test"}

    def staged(month) -> int:
        return stage_pending(engine, parser=fake, version="t", month=month).staged

    assert staged(date(2019, 11, 1)) == 2
    assert staged(date(2019, 11, 1)) == 0
    assert staged(date(2012, 1, 1)) == 0
    assert staged(None) == 3  # the other month and the undated file: the default takes everything pending


def test_the_partitions_run_from_the_configured_month_through_this_one(monkeypatch) -> None:
    monkeypatch.setenv("IRWH_BACKFILL_START", "2015-04")
    job = backfill_job()
    keys = job.partitions_def.get_partition_keys()
    assert keys[0] == "2015-04" and keys[-1] == datetime.now(UTC).strftime("%Y-%m")  # UTC months
    assert defs.resolve_job_def("backfill_by_month").executor_def.name == "multiprocess"
