"""Which server every command talks to: ``IRWH_DATABASE_URL`` when set, else the embedded one."""

from __future__ import annotations

from sqlalchemy import URL, make_url

from etl.settings import Settings


def database_url(settings: Settings) -> str:
    """The libpq URL (``postgresql://...``) of the warehouse database."""
    if settings.database_url:
        return str(sqlalchemy_url(settings.database_url).set(drivername="postgresql").render_as_string(
            hide_password=False))
    from etl.db.embedded import libpq_url

    return libpq_url(settings)


def sqlalchemy_url(url: str) -> URL:
    """A SQLAlchemy URL on the psycopg 3 driver, whatever scheme the user wrote."""
    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def redacted(url: str) -> str:
    """The URL with its password masked, for logs and status output."""
    return make_url(url).render_as_string(hide_password=True)
