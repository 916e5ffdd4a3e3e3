"""The declarative base and its naming convention (stable constraint names for migrations)."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}

SCHEMAS = ("raw", "staging", "warehouse", "mart")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """For alembic: compare only the project's schemas (its version table lives in public)."""
    if type_ == "schema":
        return name in SCHEMAS
    return True
