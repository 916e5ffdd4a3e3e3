"""No Docker engine runs here: check the compose stack by reading it."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_file_parses_and_names_the_stack() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "migrate", "dagster-webserver", "dagster-daemon"} <= set(services)

    postgres = services["postgres"]
    assert postgres["image"] == "postgres:16"
    assert "healthcheck" in postgres and any("pgdata" in v for v in postgres["volumes"])
    assert "pgdata" in compose["volumes"]

    migrate = services["migrate"]
    assert migrate["command"] == ["irwh", "db", "upgrade"]
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in ("dagster-webserver", "dagster-daemon"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        env = services[name]["environment"]
        assert env["DAGSTER_PG_DB"] == "dagster" and "@postgres:5432/irwh" in env["IRWH_DATABASE_URL"]


def test_dagster_storage_is_a_separate_database() -> None:
    instance = yaml.safe_load((ROOT / "deploy" / "dagster.yaml").read_text())
    assert instance["storage"]["postgres"]["postgres_db"]["db_name"] == {"env": "DAGSTER_PG_DB"}
    init_sql = (ROOT / "deploy" / "postgres-init" / "01-dagster-database.sql").read_text()
    assert "CREATE DATABASE dagster" in init_sql


def test_no_secret_is_committed_in_the_compose_file() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    assert "${IRWH_DB_PASSWORD:?" in text and "POSTGRES_PASSWORD: ${" in text
