"""The read-only role may not create or change large objects (PUBLIC can, by default).

Large objects are the one write PostgreSQL allows any role through plain function calls. The
project stores none, so the functions that create or change them are revoked from PUBLIC.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WRITING_FUNCTIONS = (
    "lo_create(oid)",
    "lo_creat(integer)",
    "lo_from_bytea(oid, bytea)",
    "lo_import(text)",
    "lo_import(text, oid)",
    "lo_put(oid, bigint, bytea)",
    "lo_unlink(oid)",
    "lowrite(integer, bytea)",
    "lo_truncate(integer, integer)",
    "lo_truncate64(integer, bigint)",
)


def upgrade() -> None:
    for function in WRITING_FUNCTIONS:
        op.execute(f"REVOKE EXECUTE ON FUNCTION pg_catalog.{function} FROM PUBLIC")


def downgrade() -> None:
    for function in WRITING_FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION pg_catalog.{function} TO PUBLIC")
