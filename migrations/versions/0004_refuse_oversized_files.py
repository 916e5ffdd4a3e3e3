"""Oversized files: the raw layer keeps their hash, name and size with the reason, not their bytes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.alter_column(
        "release", "content", existing_type=sa.LargeBinary(), nullable=True, schema="raw",
        comment="The original bytes, unchanged; NULL only for a file refused as too large.",
        existing_comment="The original bytes, unchanged.",
    )
    op.create_check_constraint(
        "content_or_reason", "release", "content IS NOT NULL OR unreadable_reason IS NOT NULL", schema="raw"
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_release_content_or_reason"), "release", schema="raw", type_="check")
    # keep the refused files' hash, name and reason; their bytes were never stored
    op.execute("UPDATE raw.release SET content = '' WHERE content IS NULL")
    op.alter_column(
        "release", "content", existing_type=sa.LargeBinary(), nullable=False, schema="raw",
        comment="The original bytes, unchanged.",
        existing_comment="The original bytes, unchanged; NULL only for a file refused as too large.",
    )
