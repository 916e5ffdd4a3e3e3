"""Staging and the star against a real PostgreSQL, end to end on the sample releases."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from etl.ingest.archive import ingest_paths
from etl.ingest.extract import extract
from etl.load.contract import release_contract
from etl.parse import parse_release
from etl.pipeline import run_pipeline
from etl.stage.run import stage_pending
from tests.conftest import SAMPLES_DIR, SHARED_DIR, migrated_engine
from tests.marts import mart_contents

DEV_CORPUS = SHARED_DIR / "corpus" / "dev"


def release_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".pdf", ".html"))


def load(engine, files: list[Path]) -> None:
    ingest_paths(engine, files)
    run_pipeline(engine)


def test_iij_forecast_versions_restated_actuals_and_dividends(engine) -> None:
    load(engine, release_files(SAMPLES_DIR))
    with engine.connect() as conn:
        versions = conn.execute(text(
            "SELECT value, announced_on, is_latest FROM mart.forecasts WHERE company_code = '3774' "
            "AND metric = 'operating_profit' AND period_end = '2020-03-31' AND period_start = '2019-04-01' "
            "ORDER BY revision_no")).all()
        assert versions == [(Decimal("7000000000"), date(2019, 5, 14), False),
                            (Decimal("7600000000"), date(2019, 11, 8), True)]

        first_half_2018 = conn.execute(text(
            "SELECT DISTINCT is_adjusted, accounting_standard FROM mart.actuals WHERE company_code = '3774' "
            "AND period_start = '2018-04-01' AND period_end = '2018-09-30' AND metric = 'operating_profit'")).all()
        assert sorted(first_half_2018) == [(False, "IFRS"), (True, "IFRS")]

        year_ends = conn.execute(text(
            "SELECT fiscal_year_end, per_share, record_date, effective_date, total_amount FROM mart.dividends "
            "WHERE company_code = '3774' AND period = 'year_end' AND fiscal_year_end < '2019-01-01' "
            "ORDER BY fiscal_year_end")).all()
        assert year_ends == [
            (date(2017, 3, 31), Decimal("13.5"), date(2017, 3, 31), date(2017, 6, 29), Decimal(608_000_000)),
            (date(2018, 3, 31), Decimal("13.5"), date(2018, 3, 31), date(2018, 6, 29), Decimal(608_000_000)),
        ]


def _numbers_as_floats(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, list):
        return [_numbers_as_floats(v) for v in value]
    if isinstance(value, dict):
        return {k: _numbers_as_floats(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("path", release_files(DEV_CORPUS), ids=lambda p: p.name)
def test_round_trip_through_the_star_equals_the_parser(engine, path: Path) -> None:
    load(engine, [path])
    parsed = parse_release(extract(path.name, path.read_bytes()).text)
    parsed["document"] = {k: v for k, v in parsed["document"].items()
                          if k in ("kind", "title", "company", "published_on", "fiscal_year_end_month",
                                   "is_correction")}
    with engine.connect() as conn:
        stored = release_contract(conn, hashlib.sha256(path.read_bytes()).hexdigest())
    assert _numbers_as_floats(stored) == _numbers_as_floats(parsed)


def test_loading_twice_or_in_reverse_order_gives_identical_marts(engine, db_url, pg_admin_url) -> None:
    files = release_files(SAMPLES_DIR)
    load(engine, files)
    once = mart_contents(engine)
    load(engine, files)
    assert mart_contents(engine) == once

    with migrated_engine(pg_admin_url) as reverse:
        for path in reversed(files):
            load(reverse, [path])
        assert mart_contents(reverse) == once


def test_a_parser_failure_is_staged_as_failed_and_the_rest_loads(engine) -> None:
    ingest_paths(engine, release_files(SAMPLES_DIR)[:3])

    def flaky(body: str, registry=None) -> dict:
        if "IIJ" in body or "11J" in body:
            raise ValueError("table header not understood")
        return parse_release(body, registry=registry)

    report = stage_pending(engine, parser=flaky, version="test-1")
    assert report.by_status.get("failed") == 1
    run = run_pipeline(engine)  # the real parser version re-stages all three
    assert run.staged.staged == 3 and run.loaded.releases == 3
    with engine.connect() as conn:
        statuses = conn.execute(text("SELECT parse_status, count(*) FROM mart.releases GROUP BY 1")).all()
    assert dict(statuses) == {"parsed": 3}


def test_reparse_replaces_only_that_release_slice(engine) -> None:
    files = release_files(SAMPLES_DIR)
    load(engine, files)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT release_id, parsed_at FROM staging.release_parse ORDER BY 1")).all()
        target = before[0].release_id
    with engine.begin() as conn:
        conn.execute(text("UPDATE staging.release_parse SET parser_version = 'old' WHERE release_id = :id"),
                     {"id": target})
    run = run_pipeline(engine)
    assert run.staged.staged == 1 and run.loaded.releases == 1
    with engine.connect() as conn:
        after = dict(conn.execute(text("SELECT release_id, parsed_at FROM staging.release_parse")).all())
    for row in before:
        assert (after[row.release_id] == row.parsed_at) == (row.release_id != target)


def test_a_second_run_with_nothing_new_changes_nothing(engine) -> None:
    load(engine, release_files(SAMPLES_DIR))
    again = run_pipeline(engine)
    assert again.staged.staged == 0 and again.loaded.releases == 0


def test_a_summary_citing_a_corrected_forecast_by_its_first_date_passes_the_checks(engine, tmp_path: Path) -> None:
    """Found by the backfill benchmark: a forecast revision, its correction two weeks later, then
    quarterly summaries saying the forecast is 'the one announced on <revision date>' with the
    corrected values. Citing the announcement as corrected is not a misread."""
    from etl.checks import run_checks
    from etl.synth.writer import write_corpus

    write_corpus(tmp_path, releases=1000, seed=1)
    company = sorted(p for p in tmp_path.glob("*-130a-*") if not p.name.endswith(".expected.json"))
    assert any("correction" in p.name for p in company), "the synth corpus no longer has this case"
    load(engine, company)
    with engine.connect() as conn:
        cited_as_corrected = conn.execute(text(
            "SELECT count(*) FROM warehouse.fct_forecast_statement s JOIN warehouse.fct_forecast f "
            "USING (forecast_key) WHERE s.stated_announced_on IS NOT NULL AND s.value <> f.value")).scalar_one()
        outcomes = {o.check.name: o.passed for o in run_checks(conn)}
    assert cited_as_corrected > 0
    assert all(outcomes.values()), outcomes


def test_a_renamed_company_takes_the_name_its_latest_release_states(engine, tmp_path: Path) -> None:
    """The parser is given the warehouse's names as a registry; a release stating a new name for a
    known code must still rename the company (the registry only repairs damaged spellings)."""
    load(engine, release_files(SAMPLES_DIR))
    original = (SAMPLES_DIR / "iij-2019-11-08-targets.txt").read_text(encoding="utf-8")
    renamed = tmp_path / "iij-renamed.txt"
    renamed.write_text(original.replace("November 8, 2019", "November 9, 2020", 1)
                       .replace("Internet Initiative Japan Inc.", "IIJ Holdings Inc."), encoding="utf-8")
    load(engine, [renamed])
    with engine.connect() as conn:
        name, variants = conn.execute(text(
            "SELECT company_name, name_variants FROM warehouse.dim_company WHERE company_code = '3774'")).one()
        warnings = conn.execute(text(
            "SELECT w.message FROM staging.parse_warning w JOIN raw.release r USING (release_id) "
            "WHERE r.file_name = 'iij-renamed.txt'")).scalars().all()
    assert name == "IIJ Holdings Inc."
    assert {"Internet Initiative Japan Inc.", "IIJ Holdings Inc."} <= set(variants)
    assert any("registry 'Internet Initiative Japan Inc.'" in w for w in warnings)
