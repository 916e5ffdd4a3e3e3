"""Foundation: the four layer schemas and the raw release archive.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA_COMMENTS = {
    "raw": "Archive of release files exactly as they arrived; never overwritten, never deleted.",
    "staging": "What the parser read from each release: one replaceable slice per release.",
    "warehouse": "The star schema: conformed dimensions and versioned facts.",
    "mart": "Stable views for BI tools and SQL users; the documented interface.",
}


def upgrade() -> None:
    for schema, comment in SCHEMA_COMMENTS.items():
        op.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        op.execute(f"COMMENT ON SCHEMA {schema} IS '{comment}'")
    op.create_table(
        "release",
        sa.Column("release_id", sa.BigInteger(), autoincrement=True, nullable=False,
                  comment="Surrogate key of the archived content."),
        sa.Column("sha256", sa.Text(), nullable=False,
                  comment="SHA-256 of the original bytes, hex: the content's identity."),
        sa.Column("content", sa.LargeBinary(), nullable=False, comment="The original bytes, unchanged."),
        sa.Column("text", sa.Text(), nullable=True,
                  comment="Text extracted from the bytes (decoded, PDF text layer, HTML visible text); "
                          "NULL when unreadable."),
        sa.Column("media_type", sa.Text(), nullable=False,
                  comment="Media type detected from the bytes and file name (text/plain, application/pdf, "
                          "text/html)."),
        sa.Column("encoding", sa.Text(), nullable=True,
                  comment="Character encoding the text was decoded from (utf-8, cp932, ...); NULL for PDFs."),
        sa.Column("unreadable_reason", sa.Text(), nullable=True,
                  comment="Why no text could be extracted, in words a person can act on; NULL when readable."),
        sa.Column("file_name", sa.Text(), nullable=False, comment="File name when first seen."),
        sa.Column("source_path", sa.Text(), nullable=False,
                  comment="Absolute path the file was first ingested from."),
        sa.Column("byte_size", sa.BigInteger(), nullable=False, comment="Size of the original bytes."),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
                  nullable=False, comment="When this content was first ingested."),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
                  nullable=False, comment="When this content was last ingested."),
        sa.Column("seen_count", sa.Integer(), server_default="1", nullable=False,
                  comment="How many times this content has been ingested."),
        sa.CheckConstraint("(text IS NULL) = (unreadable_reason IS NOT NULL)",
                           name=op.f("ck_release_text_or_reason")),
        sa.CheckConstraint("byte_size >= 0", name=op.f("ck_release_byte_size_non_negative")),
        sa.CheckConstraint("char_length(sha256) = 64", name=op.f("ck_release_sha256_length")),
        sa.CheckConstraint("seen_count >= 1", name=op.f("ck_release_seen_count_positive")),
        sa.PrimaryKeyConstraint("release_id", name=op.f("pk_release")),
        sa.UniqueConstraint("sha256", name=op.f("uq_release_sha256")),
        schema="raw",
        comment="Archive of every release file: one row per distinct content (sha256), original bytes "
                "kept for ever.",
    )


def downgrade() -> None:
    op.drop_table("release", schema="raw")
    for schema in reversed(SCHEMA_COMMENTS):
        op.execute(f"DROP SCHEMA IF EXISTS {schema}")
