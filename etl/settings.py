"""The one place the environment is read.

Every setting comes from an environment variable, with a ``.env`` file in the working
directory (or the project root) honoured for values the environment does not already set.
Secrets are never defaults: the embedded server's password is generated on first start and
kept under ``IRWH_HOME``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_PORT = 54329
DATABASE_NAME = "irwh"
OWNER_ROLE = "irwh"
READER_ROLE = "irwh_reader"


@dataclass(frozen=True)
class Settings:
    home: Path
    """State folder: embedded PostgreSQL data, Dagster home, logs (``IRWH_HOME``)."""
    database_url: str | None
    """An external server's SQLAlchemy/libpq URL (``IRWH_DATABASE_URL``); None means embedded."""
    pg_port: int
    """TCP port of the embedded server on 127.0.0.1 (``IRWH_PG_PORT``)."""
    landing_dir: Path
    """Folder the ingestion asset and the sensor read new releases from (``IRWH_LANDING_DIR``)."""
    samples_dir: Path
    """Releases bundled with the project, ingested by ``make demo``."""
    db_password: str | None
    """Owner password given to the embedded server at initialisation (``IRWH_DB_PASSWORD``); generated
    when unset. docker-compose uses the same variable for its server."""
    reader_password: str | None
    """Password for the read-only BI role ``irwh_reader`` (``IRWH_READER_PASSWORD``); the embedded
    server generates one when this is unset."""

    schedule_cron: str
    """When the nightly run starts (``IRWH_SCHEDULE_CRON``, default 02:00)."""
    schedule_timezone: str
    """Time zone of the schedule (``IRWH_SCHEDULE_TIMEZONE``, default Asia/Tokyo)."""
    schedule_enabled: bool
    """Whether the nightly schedule starts switched on (``IRWH_SCHEDULE_ENABLED``)."""
    sensor_enabled: bool
    """Whether the landing-folder sensor starts switched on (``IRWH_SENSOR_ENABLED``)."""

    parse_workers: int
    """Parser processes (``IRWH_PARSE_WORKERS``; default: one per core)."""
    parse_timeout_s: float
    """Longest a single release may take to parse before it is failed (``IRWH_PARSE_TIMEOUT_S``)."""
    parse_memory_mb: int
    """Address-space limit of a parser process (``IRWH_PARSE_MEMORY_MB``)."""
    max_file_bytes: int
    """Largest file the raw layer archives whole; larger ones keep only hash and name (``IRWH_MAX_FILE_MB``)."""
    backfill_start: date
    """First publication month of the partitioned backfill job (``IRWH_BACKFILL_START``, YYYY-MM, default 2010-01)."""

    @property
    def uses_embedded_server(self) -> bool:
        return self.database_url is None

    @property
    def pg_dir(self) -> Path:
        return self.home / "pg"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"


def load_settings() -> Settings:
    """Read the settings afresh (tests change the environment between calls)."""
    load_dotenv(Path.cwd() / ".env", override=False)
    load_dotenv(PROJECT_ROOT / ".env", override=False)
    env = os.environ
    home = Path(env.get("IRWH_HOME") or PROJECT_ROOT / ".irwh").expanduser().resolve()
    port_text = env.get("IRWH_PG_PORT") or str(DEFAULT_PG_PORT)
    try:
        port = int(port_text)
    except ValueError:
        raise SystemExit(f"IRWH_PG_PORT must be a port number, not {port_text!r}") from None
    landing = Path(env.get("IRWH_LANDING_DIR") or PROJECT_ROOT / "data" / "landing").expanduser()
    return Settings(
        home=home,
        database_url=env.get("IRWH_DATABASE_URL") or None,
        pg_port=port,
        landing_dir=landing.resolve(),
        samples_dir=PROJECT_ROOT / "data" / "samples",
        db_password=env.get("IRWH_DB_PASSWORD") or None,
        reader_password=env.get("IRWH_READER_PASSWORD") or None,
        schedule_cron=env.get("IRWH_SCHEDULE_CRON") or "0 2 * * *",
        schedule_timezone=env.get("IRWH_SCHEDULE_TIMEZONE") or "Asia/Tokyo",
        schedule_enabled=_flag(env.get("IRWH_SCHEDULE_ENABLED"), default=True),
        sensor_enabled=_flag(env.get("IRWH_SENSOR_ENABLED"), default=True),
        parse_workers=_number(env, "IRWH_PARSE_WORKERS", os.cpu_count() or 1, int),
        parse_timeout_s=_number(env, "IRWH_PARSE_TIMEOUT_S", 30.0, float),
        parse_memory_mb=_number(env, "IRWH_PARSE_MEMORY_MB", 2048, int),
        max_file_bytes=_number(env, "IRWH_MAX_FILE_MB", 64, int) * 1024 * 1024,
        backfill_start=_month(env.get("IRWH_BACKFILL_START") or "2010-01"),
    )


def _month(text: str) -> date:
    try:
        return date.fromisoformat(f"{text.strip()}-01")
    except ValueError:
        raise SystemExit(f"IRWH_BACKFILL_START must be a month as YYYY-MM, not {text!r}") from None


def _number(env: os._Environ, name: str, default, kind: type):
    text = env.get(name)
    if not text:
        return default
    try:
        return kind(text)
    except ValueError:
        raise SystemExit(f"{name} must be a number, not {text!r}") from None


def _flag(value: str | None, *, default: bool) -> bool:
    if value is None or not value.strip():
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")
