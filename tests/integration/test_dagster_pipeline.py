"""The Dagster graph against a real PostgreSQL: definitions, a full run, checks, schedule, sensor."""

from __future__ import annotations

import shutil
import time
from datetime import datetime
from pathlib import Path

import dagster as dg
import pytest
from sqlalchemy import text

from dagster_project.automation import landing_sensor, nightly_schedule
from dagster_project.definitions import defs
from dagster_project.resources import WarehouseResource
from etl.checks import CHECKS, check_outcomes, run_checks
from etl.settings import load_settings
from tests.conftest import SAMPLES_DIR

ASSETS = {
    "raw/release", "staging/release_parse", "warehouse/star", "warehouse/forecast_outcome", "mart/latest_forecasts"
}


def run_job(name: str = "ingest_and_load") -> dg.ExecuteInProcessResult:
    return defs.resolve_job_def(name).execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)


def land(settings, *names: str) -> None:
    for name in names:
        shutil.copy(SAMPLES_DIR / name, settings.landing_dir / name)


def test_definitions_hold_every_asset_check_job_schedule_and_sensor() -> None:
    assert {k.to_user_string() for k in defs.resolve_all_asset_keys()} == ASSETS
    check_names = {key.name for key in defs.resolve_asset_graph().asset_check_keys}
    assert check_names == {c.name for c in CHECKS}
    assert {j.name for j in defs.resolve_all_job_defs()} >= {"ingest_and_load", "reparse_all"}
    assert defs.resolve_schedule_def("nightly").cron_schedule == "0 2 * * *"
    assert defs.resolve_schedule_def("nightly").execution_timezone == "Asia/Tokyo"
    assert defs.resolve_sensor_def("landing_folder") is not None
    assert isinstance(defs.resources["warehouse"], WarehouseResource)


def test_a_full_run_loads_the_landing_folder_and_every_check_passes(warehouse_env, engine) -> None:
    land(warehouse_env, *(p.name for p in SAMPLES_DIR.iterdir()))
    (warehouse_env.landing_dir / "empty.txt").write_bytes(b"")

    result = run_job()

    assert result.success
    materialized = {
        e.asset_key.to_user_string(): e.step_materialization_data.materialization.metadata
        for e in result.get_asset_materialization_events()
    }
    assert set(materialized) == ASSETS
    assert materialized["raw/release"]["releases_new"].value == 11
    assert materialized["staging/release_parse"]["releases_unreadable"].value == 1
    assert materialized["warehouse/star"]["rows_fct_actual"].value > 0
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert set(evaluations) == {c.name for c in CHECKS}
    failing = {name for name, e in evaluations.items() if not e.passed}
    assert failing == {"releases_parsed"}  # the empty file, named in the metadata
    assert evaluations["releases_parsed"].severity == dg.AssetCheckSeverity.WARN
    assert "empty.txt" in str(evaluations["releases_parsed"].metadata["offending_rows"].value)

    again = run_job()
    assert again.success
    metadata = {
        e.asset_key.to_user_string(): e.step_materialization_data.materialization.metadata
        for e in again.get_asset_materialization_events()
    }
    assert metadata["raw/release"]["releases_new"].value == 0
    assert metadata["staging/release_parse"]["releases_staged"].value == 0
    assert metadata["warehouse/star"]["releases_loaded"].value == 0
    # nothing was written to the star: its checks' verdicts stand and say when they were reached
    reused = {e.check_name for e in again.get_asset_check_evaluations() if "verdict_reached_at" in e.metadata}
    assert reused == {c.name for c in CHECKS if c.layer == "warehouse"}


def test_reparse_all_rebuilds_staging_and_star_from_raw(warehouse_env, engine) -> None:
    land(warehouse_env, "iij-2018-05-24-dividend.txt", "iij-2019-11-08-targets.txt")
    assert run_job().success
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM warehouse.fct_dividend")).scalar_one()
    result = run_job("reparse_all")
    assert result.success
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM warehouse.fct_dividend")).scalar_one() == before
        assert conn.execute(text("SELECT count(*) FROM raw.release")).scalar_one() == 2


CRAFTED = {
    "forecast_reconciliation": [
        "UPDATE warehouse.fct_forecast_statement SET value = value + 1 WHERE fact_no = (SELECT min(fact_no) FROM "
        "warehouse.fct_forecast_statement WHERE stated_announced_on IS NOT NULL) AND stated_announced_on IS NOT NULL",
    ],
    "annual_dividend_equals_parts": [
        "UPDATE warehouse.fct_dividend SET per_share = per_share + 1 WHERE dividend_period = 'annual'",
    ],
    "facts_have_release_and_provenance": [
        "UPDATE warehouse.fct_actual SET char_start = NULL WHERE actual_key = (SELECT min(actual_key) FROM "
        "warehouse.fct_actual)",
    ],
    "no_orphan_keys": [
        "ALTER TABLE warehouse.fct_actual DROP CONSTRAINT fk_fct_actual_release_key",
        "UPDATE warehouse.fct_actual SET release_key = 999999 WHERE actual_key = (SELECT min(actual_key) FROM "
        "warehouse.fct_actual)",
    ],
    "natural_keys_unique": [
        "ALTER TABLE warehouse.fct_dividend DROP CONSTRAINT uq_fct_dividend_natural_key",
        "INSERT INTO warehouse.fct_dividend (company_key, fiscal_period_key, release_key, dividend_period, scenario, "
        "currency, record_date_key, effective_date_key, announcement_date_key, fact_no, char_start, source_text) "
        "SELECT company_key, fiscal_period_key, release_key, dividend_period, scenario, currency, record_date_key, "
        "effective_date_key, announcement_date_key, fact_no, char_start, source_text FROM warehouse.fct_dividend "
        "LIMIT 1",
    ],
    "standing_forecasts_do_not_overlap": [
        "UPDATE warehouse.fct_forecast SET is_latest = true, valid_to = NULL",
    ],
}


@pytest.mark.parametrize("check_name", sorted(CRAFTED))
def test_each_warehouse_check_fails_on_crafted_bad_data(warehouse_env, engine, check_name: str) -> None:
    land(warehouse_env, "iij-2018-05-24-dividend.txt", "iij-2019-11-08-targets.txt")
    assert run_job().success
    with engine.begin() as conn:
        for statement in CRAFTED[check_name]:
            conn.execute(text(statement))
    with engine.connect() as conn:
        outcomes = {o.check.name: o for o in run_checks(conn, "warehouse")}
    assert not outcomes[check_name].passed, outcomes[check_name]


def test_a_failing_blocking_check_keeps_bad_data_from_the_marts(warehouse_env, engine) -> None:
    land(warehouse_env, "iij-2019-11-08-targets.txt")
    assert run_job().success
    with engine.begin() as conn:
        conn.execute(text(CRAFTED["standing_forecasts_do_not_overlap"][0]))
    result = run_job()
    assert not result.success
    refreshed = [e.asset_key.to_user_string() for e in result.get_asset_materialization_events()]
    assert "mart/latest_forecasts" not in refreshed
    assert "warehouse/forecast_outcome" not in refreshed


def test_the_schedule_runs_nightly_in_tokyo_time_and_is_configurable(monkeypatch) -> None:
    schedule = defs.resolve_schedule_def("nightly")
    context = dg.build_schedule_context(scheduled_execution_time=datetime(2026, 11, 23, 2, 0))
    requests = schedule.evaluate_tick(context).run_requests
    assert requests and requests[0].job_name in (None, "ingest_and_load")

    monkeypatch.setenv("IRWH_SCHEDULE_CRON", "30 6 * * 1-5")
    monkeypatch.setenv("IRWH_SCHEDULE_TIMEZONE", "UTC")
    monkeypatch.setenv("IRWH_SCHEDULE_ENABLED", "false")
    custom = nightly_schedule(load_settings())
    assert (custom.cron_schedule, custom.execution_timezone) == ("30 6 * * 1-5", "UTC")
    assert custom.default_status == dg.DefaultScheduleStatus.STOPPED


def test_the_sensor_starts_a_run_for_new_content_and_nothing_for_a_copy(warehouse_env, engine, tmp_path: Path) -> None:
    sensor = landing_sensor(warehouse_env)
    resources = {"warehouse": WarehouseResource()}

    with dg.build_sensor_context(resources=resources) as context:
        assert isinstance(sensor(context), dg.SkipReason)  # empty landing folder

    land(warehouse_env, "iij-2018-05-24-dividend.txt")
    with dg.build_sensor_context(resources=resources) as context:
        request = sensor(context)
        cursor = context.cursor
    assert isinstance(request, dg.RunRequest) and request.run_key.startswith("landing:")

    assert run_job().success  # the run the sensor asked for
    shutil.copy(
        warehouse_env.landing_dir / "iij-2018-05-24-dividend.txt",
        warehouse_env.landing_dir / "copy-of-the-same-release.txt",
    )
    with dg.build_sensor_context(resources=resources, cursor=cursor) as context:
        assert isinstance(sensor(context), dg.SkipReason)


def test_a_run_with_nothing_new_writes_nothing(warehouse_env, engine) -> None:
    land(warehouse_env, "iij-2018-05-24-dividend.txt", "riso-kagaku-2020-07-31-forecast-revision.txt")
    instance = dg.DagsterInstance.ephemeral()
    job = defs.resolve_job_def("ingest_and_load")
    assert job.execute_in_process(instance=instance).success

    def writes() -> int:
        time.sleep(0.7)  # backends report table statistics at most every 500 ms
        with engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables "
                    "WHERE schemaname IN ('raw', 'staging', 'warehouse', 'mart')"
                )
            ).scalar_one()

    conn_stats_before = writes()
    again = job.execute_in_process(instance=instance)
    assert again.success
    assert writes() == conn_stats_before
    marts = [
        e for e in again.get_asset_materialization_events() if e.asset_key.to_user_string() == "mart/latest_forecasts"
    ]
    assert marts[0].step_materialization_data.materialization.metadata["refreshed"].value is False


def test_a_verdict_is_reached_again_after_any_write_to_the_star_or_a_change_of_the_check(
        warehouse_env, engine) -> None:
    land(warehouse_env, "iij-2019-11-08-targets.txt")
    assert run_job().success
    assert all(o.evaluated_at is not None for o in check_outcomes(engine, "warehouse"))
    with engine.begin() as conn:  # a write outside the pipeline, in replica mode as the loader runs
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text(CRAFTED["standing_forecasts_do_not_overlap"][0]))
    outcomes = {o.check.name: o for o in check_outcomes(engine, "warehouse")}
    assert all(o.evaluated_at is None for o in outcomes.values())
    assert not outcomes["standing_forecasts_do_not_overlap"].passed
    with engine.begin() as conn:
        conn.execute(text("UPDATE warehouse.check_verdict SET sql_sha256 = 'an older check' "
                          "WHERE check_name = 'no_orphan_keys'"))
    again = {o.check.name: o for o in check_outcomes(engine, "warehouse")}
    assert again["no_orphan_keys"].evaluated_at is None
    assert again["standing_forecasts_do_not_overlap"].evaluated_at is not None
    assert not again["standing_forecasts_do_not_overlap"].passed
