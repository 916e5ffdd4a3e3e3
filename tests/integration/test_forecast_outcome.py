"""The accumulating snapshot behind mart.forecast_vs_actual equals the answer computed from the star.

The reference is the live query the view used before the snapshot (migration 0006): after loads
in several steps, after a release is reloaded with facts removed, and after a rebuild from raw,
the view over the snapshot must give exactly what that query gives on the same star.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from etl.ingest.archive import ingest_paths
from etl.load.outcomes import refresh_outcomes
from etl.pipeline import reset_derived_layers, run_pipeline
from etl.synth.writer import write_corpus

REFERENCE = importlib.import_module("migrations.versions.0006_forecast_vs_actual_by_index").NEW_SELECT
COLUMNS = ("company_code, metric, period_start, period_end, fiscal_year_end, period_label, consolidated, "
           "first_forecast, first_announced_on, latest_forecast, latest_announced_on, actual, reported_on, "
           "surprise_pct, revisions")


def snapshot_and_reference(engine: Engine) -> tuple[list[tuple], list[tuple]]:
    with engine.connect() as conn:
        served = conn.execute(text(f"SELECT {COLUMNS} FROM mart.forecast_vs_actual ORDER BY 1, 2, 3, 4, 7")).all()
        live = conn.execute(text(f"SELECT {COLUMNS} FROM ({REFERENCE}) AS live ORDER BY 1, 2, 3, 4, 7")).all()
    return served, live


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("synth")
    write_corpus(folder, releases=120, seed=7)
    return sorted(p for p in folder.iterdir() if not p.name.endswith(".expected.json"))


def test_loaded_in_steps_the_snapshot_matches_the_star(engine: Engine, corpus: list[Path]) -> None:
    for step in (corpus[:40], corpus[40:41], corpus[41:]):
        ingest_paths(engine, step)
        run_pipeline(engine)
        served, live = snapshot_and_reference(engine)
        assert served == live
    assert len(served) > 20, "the corpus should give results that meet their forecasts"


def test_a_reloaded_release_that_no_longer_states_a_figure_updates_the_snapshot(
        engine: Engine, corpus: list[Path]) -> None:
    ingest_paths(engine, corpus)
    run_pipeline(engine)
    with engine.begin() as conn:
        # the release behind some result: drop its figures from staging, as a new parser reading
        # less would, and mark the slice newer than the star's copy
        release_id = conn.execute(text(
            "SELECT rel.release_id FROM warehouse.fct_forecast_outcome o "
            "JOIN warehouse.dim_release rel ON rel.release_key = o.actual_release_key LIMIT 1")).scalar_one()
        conn.execute(text("DELETE FROM staging.figure_fact WHERE release_id = :id"), {"id": release_id})
        conn.execute(text("UPDATE staging.release_parse SET parsed_at = now() + interval '1 second' "
                          "WHERE release_id = :id"), {"id": release_id})
    before, _ = snapshot_and_reference(engine)
    run_pipeline(engine)
    served, live = snapshot_and_reference(engine)
    assert served == live
    assert served != before


def test_a_refresh_with_nothing_loaded_writes_nothing(engine: Engine, corpus: list[Path]) -> None:
    ingest_paths(engine, corpus[:30])
    run_pipeline(engine)
    with engine.connect() as conn:
        xmins = conn.execute(text("SELECT xmin::text FROM warehouse.fct_forecast_outcome ORDER BY 1")).all()
    assert refresh_outcomes(engine) == 0
    with engine.connect() as conn:
        assert conn.execute(text("SELECT xmin::text FROM warehouse.fct_forecast_outcome ORDER BY 1")).all() == xmins


def test_a_rebuild_from_raw_rebuilds_the_snapshot(engine: Engine, corpus: list[Path]) -> None:
    ingest_paths(engine, corpus)
    run_pipeline(engine)
    first, _ = snapshot_and_reference(engine)
    reset_derived_layers(engine)
    assert snapshot_and_reference(engine) == ([], [])
    run_pipeline(engine)
    served, live = snapshot_and_reference(engine)
    assert served == live == first
