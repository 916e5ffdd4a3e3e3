"""raw.landing_file: the landing folder's manifest, so a run does not re-read unchanged files.

The raw asset used to read and hash every file in the landing folder on every run; at 100,000
files that alone took ~8 s of a run with nothing new. With the manifest a file whose size and
modification time are unchanged is known without being opened.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "landing_file",
        sa.Column("path", sa.Text(), nullable=False, comment="Absolute path in the landing folder."),
        sa.Column("byte_size", sa.BigInteger(), nullable=False, comment="Size when last read."),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False,
                  comment="Modification time (ns since the epoch) when last read."),
        sa.Column("sha256", sa.Text(), nullable=False, comment="Content hash of the bytes read (raw.release)."),
        sa.Column("read_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False,
                  comment="When the file was last read."),
        sa.ForeignKeyConstraint(["sha256"], ["raw.release.sha256"], name=op.f("fk_landing_file_sha256")),
        sa.PrimaryKeyConstraint("path", name=op.f("pk_landing_file")),
        schema="raw",
        comment="Landing-folder manifest: size, modification time and content hash last seen at each path; files "
                "unchanged since are not read again.",
    )


def downgrade() -> None:
    op.drop_table("landing_file", schema="raw")
