"""The bulk backfill path against a real PostgreSQL: same star as the batched path, constraints back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import Engine, make_url, text
from sqlalchemy.exc import IntegrityError

from etl.db.engine import make_engine
from etl.ingest.archive import ingest_paths
from etl.load.star import BULK_POSSIBLE, PENDING, load_batch, load_pending
from etl.stage.run import stage_pending
from etl.synth.writer import write_corpus
from tests.conftest import migrated_database

RELEASES = 120

# Every table of the star with its surrogate keys replaced by what they stand for.
STAR = {
    "dim_company": "SELECT company_code, company_name, name_variants, fiscal_year_end_month "
                   "FROM warehouse.dim_company",
    "dim_date": "SELECT count(*), min(date_key), max(date_key) FROM warehouse.dim_date",
    "dim_release": "SELECT r.sha256, r.file_name, r.kind, r.title, c.company_code, r.published_date_key, "
                   "r.published_on, r.is_correction, r.stated_company_name, r.fiscal_year_end_month, "
                   "r.parser_version FROM warehouse.dim_release r JOIN warehouse.dim_company c USING (company_key)",
    "dim_fiscal_period": "SELECT c.company_code, p.fiscal_year_end, p.period_type, p.start_date, p.end_date, "
                         "p.is_start_assumed, p.company_label, p.neutral_label "
                         "FROM warehouse.dim_fiscal_period p JOIN warehouse.dim_company c USING (company_key)",
    "fct_dividend": "SELECT r.sha256, p.start_date, p.end_date, to_jsonb(f) - 'dividend_key' - 'company_key' "
                    "- 'fiscal_period_key' - 'release_key' FROM warehouse.fct_dividend f "
                    "JOIN warehouse.dim_release r USING (release_key) "
                    "JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)",
    "fct_actual": "SELECT r.sha256, p.start_date, p.end_date, to_jsonb(f) - 'actual_key' - 'company_key' "
                  "- 'fiscal_period_key' - 'release_key' FROM warehouse.fct_actual f "
                  "JOIN warehouse.dim_release r USING (release_key) "
                  "JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)",
    "fct_forecast": "SELECT c.company_code, p.start_date, p.end_date, r.sha256, prev.revision_no, "
                    "to_jsonb(f) - 'forecast_key' - 'company_key' - 'fiscal_period_key' - 'source_release_key' "
                    "- 'previous_forecast_key' FROM warehouse.fct_forecast f "
                    "JOIN warehouse.dim_company c USING (company_key) "
                    "JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key) "
                    "JOIN warehouse.dim_release r ON r.release_key = f.source_release_key "
                    "LEFT JOIN warehouse.fct_forecast prev ON prev.forecast_key = f.previous_forecast_key",
    "fct_forecast_statement": "SELECT r.sha256, p.start_date, p.end_date, f.metric_key, f.consolidation, "
                              "f.revision_no, to_jsonb(s) - 'release_key' - 'forecast_key' "
                              "FROM warehouse.fct_forecast_statement s "
                              "JOIN warehouse.dim_release r USING (release_key) "
                              "JOIN warehouse.fct_forecast f USING (forecast_key) "
                              "JOIN warehouse.dim_fiscal_period p ON p.fiscal_period_key = f.fiscal_period_key",
}
CATALOG = text(
    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint "
    "WHERE connamespace = 'warehouse'::regnamespace "
    "UNION ALL SELECT indrelid::regclass::text, indexrelid::regclass::text, pg_get_indexdef(indexrelid), "
    "indisvalid FROM pg_index WHERE indrelid::regclass::text LIKE 'warehouse.%' ORDER BY 1, 2"
)


def star_contents(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        return {table: sorted(map(repr, conn.execute(text(query)).all())) for table, query in STAR.items()}


def catalog(engine: Engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(CATALOG)]


def fact_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT (SELECT count(*) FROM warehouse.fct_dividend) + (SELECT count(*) FROM warehouse.fct_actual) "
            "+ (SELECT count(*) FROM warehouse.fct_forecast) "
            "+ (SELECT count(*) FROM warehouse.fct_forecast_statement)")).scalar_one()


@pytest.fixture(scope="module")
def staged(pg_admin_url: str, template_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Name of a database holding a synthetic corpus (forecast revisions, corrections) staged, not loaded."""
    corpus = tmp_path_factory.mktemp("corpus")
    write_corpus(corpus, releases=RELEASES, seed=5)
    with migrated_database(pg_admin_url) as url:
        engine = make_engine(url=url)
        ingest_paths(engine, sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".pdf")))
        stage_pending(engine)
        engine.dispose()
        yield make_url(url).database


@contextmanager
def copy_of(pg_admin_url: str, database: str, role: tuple[str, str] | None = None) -> Iterator[Engine]:
    """An engine on a fresh copy of ``database``, connecting as ``role`` (name, password) if given."""
    name = f"{database}_copy"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{database}"')
    url = make_url(pg_admin_url).set(database=name)
    if role:
        url = url.set(username=role[0], password=role[1])
    engine = make_engine(url=url.render_as_string(hide_password=False))
    try:
        yield engine
    finally:
        engine.dispose()
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def load_in_reverse(engine: Engine, batch_size: int) -> None:
    with engine.connect() as conn:
        ids = list(conn.execute(PENDING, {"limit": None}).scalars())[::-1]
    for start in range(0, len(ids), batch_size):
        with engine.begin() as conn:
            load_batch(conn, ids[start:start + batch_size])


def test_bulk_gives_the_star_of_the_batched_path_in_either_order(pg_admin_url: str, staged: str) -> None:
    with copy_of(pg_admin_url, staged) as engine:
        report = load_pending(engine, bulk_from=RELEASES)  # chosen: enough releases, a star without facts
        assert report.bulk and report.releases == RELEASES
        bulk = star_contents(engine)
    assert sum(len(rows) for rows in bulk.values()) > 1000
    with copy_of(pg_admin_url, staged) as engine:
        assert not load_pending(engine, batch_size=17, bulk_from=RELEASES + 1).bulk  # not chosen: too few
        assert star_contents(engine) == bulk
        with engine.connect() as conn:
            assert not conn.execute(BULK_POSSIBLE).scalar()  # nor once the star holds facts
    with copy_of(pg_admin_url, staged) as engine:
        load_in_reverse(engine, batch_size=23)
        assert star_contents(engine) == bulk
    with copy_of(pg_admin_url, staged) as engine:  # half loaded in reverse, the rest in one forced bulk pass
        with engine.connect() as conn:
            newest = list(conn.execute(PENDING, {"limit": None}).scalars())[RELEASES // 2:][::-1]
        with engine.begin() as conn:
            load_batch(conn, newest)
        assert load_pending(engine, bulk=True).bulk
        assert star_contents(engine) == bulk


def test_every_constraint_is_back_and_enforced_after_a_bulk_load(pg_admin_url: str, staged: str) -> None:
    with copy_of(pg_admin_url, staged) as engine:
        before = catalog(engine)
        load_pending(engine, bulk=True)
        assert catalog(engine) == before
        assert all(valid for *_, valid in before)
        with engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM warehouse.fct_actual LIMIT 1")).mappings().one()
        columns = [c for c in row if c != "actual_key"]
        insert = text(f"INSERT INTO warehouse.fct_actual ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})")
        with pytest.raises(IntegrityError, match="fk_fct_actual_release_key"), engine.begin() as conn:
            conn.execute(insert, {**row, "release_key": 987_654_321})
        with pytest.raises(IntegrityError, match="uq_fct_actual_natural_key"), engine.begin() as conn:
            conn.execute(insert, dict(row))
        with pytest.raises(IntegrityError, match="consolidation_known"), engine.begin() as conn:
            conn.execute(insert, {**row, "consolidation": "group", "release_key": row["release_key"]})


def test_a_failed_bulk_load_leaves_the_star_as_it_was(pg_admin_url: str, staged: str) -> None:
    with copy_of(pg_admin_url, staged) as engine:
        before = catalog(engine)
        with engine.begin() as conn:  # a staged dividend the star's CHECK refuses, found mid-load
            assert conn.execute(text("UPDATE staging.dividend_fact SET per_share = -per_share "
                                     "WHERE per_share > 0")).rowcount > 0
        with pytest.raises(psycopg.errors.CheckViolation, match="per_share_non_negative"):
            load_pending(engine, bulk=True)
        assert catalog(engine) == before
        assert fact_rows(engine) == 0
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM warehouse.dim_release WHERE release_key > 0")).scalar() == 0


@pytest.fixture
def roles(pg_admin_url: str) -> Iterator[dict[str, tuple[str, str]]]:
    """Two login roles without superuser: one a member of the tables' owner, one with row privileges only."""
    owner = make_url(pg_admin_url).username
    made = {"owner_member": ("irwh_test_loader", "loader-pw"), "writer": ("irwh_test_writer", "writer-pw")}
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        for name, password in made.values():
            conn.execute(f"DROP ROLE IF EXISTS {name}")
            conn.execute(f"CREATE ROLE {name} LOGIN NOSUPERUSER PASSWORD '{password}'")
        conn.execute(f"GRANT {owner} TO irwh_test_loader")
    yield made
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        for name, _ in made.values():
            conn.execute(f"DROP ROLE {name}")


def grant_row_privileges(engine: Engine, role: str) -> None:
    with engine.begin() as conn:
        conn.execute(text(f"GRANT TEMPORARY ON DATABASE {engine.url.database} TO {role}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA raw, staging, warehouse TO {role}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA raw, staging TO {role}"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA warehouse TO {role}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA warehouse TO {role}"))


def test_roles_without_superuser_load_the_same_star(
        pg_admin_url: str, staged: str, roles: dict[str, tuple[str, str]]) -> None:
    with copy_of(pg_admin_url, staged) as engine:
        load_pending(engine, bulk=True)
        expected = star_contents(engine)
    with copy_of(pg_admin_url, staged, roles["owner_member"]) as engine:
        assert load_pending(engine, bulk_from=10).bulk  # owns the tables: drops and rebuilds keys
        assert star_contents(engine) == expected
    with copy_of(pg_admin_url, staged) as admin:
        grant_row_privileges(admin, roles["writer"][0])
        writer = make_engine(url=admin.url.set(username=roles["writer"][0], password=roles["writer"][1])
                             .render_as_string(hide_password=False))
        try:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="must be owner"):
                load_pending(writer, bulk=True)
            assert not load_pending(writer, bulk_from=10).bulk  # cannot alter the tables: batched, triggers on
        finally:
            writer.dispose()
        assert star_contents(admin) == expected


def test_every_fact_carries_its_periods_fiscal_year_end_on_either_path(pg_admin_url: str, staged: str) -> None:
    """The partition key (docs/scaling.md) is written with each fact, by the bulk and the batched path."""
    for bulk in (True, False):
        with copy_of(pg_admin_url, staged) as engine:
            load_pending(engine, bulk=bulk)
            with engine.connect() as conn:
                for table in ("fct_dividend", "fct_actual", "fct_forecast"):
                    rows, wrong = conn.execute(text(
                        "SELECT count(*), count(*) FILTER (WHERE f.fiscal_year_end IS DISTINCT FROM p.fiscal_year_end) "
                        f"FROM warehouse.{table} f JOIN warehouse.dim_fiscal_period p USING (fiscal_period_key)")).one()
                    assert rows > 0 and wrong == 0, (table, bulk)
                rows, wrong = conn.execute(text(
                    "SELECT count(*), count(*) FILTER (WHERE s.fiscal_year_end IS DISTINCT FROM f.fiscal_year_end) "
                    "FROM warehouse.fct_forecast_statement s JOIN warehouse.fct_forecast f USING (forecast_key)")).one()
                assert rows > 0 and wrong == 0, ("fct_forecast_statement", bulk)
