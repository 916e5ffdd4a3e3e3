"""raw.release.dateline_month: the publication month sniffed at archive time, to route backfills.

A backfill partitioned by publication month has to pick a month's releases before they are
parsed, so ``etl.ingest.archive`` stores the month of each release's dateline as it archives it.
Rows archived before this revision are left NULL: the dateline rules (the parser's own, run on
repaired text) cannot be restated faithfully in SQL. ``irwh datelines`` fills them in.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMMENT = (
    "First day of the publication month read from the release's dateline when it was archived: a routing "
    "key for partitioned backfills; NULL when no dateline was found (or the release was archived before the "
    "month was recorded and `irwh datelines` has not run)."
)


def upgrade() -> None:
    op.add_column("release", sa.Column("dateline_month", sa.Date(), nullable=True, comment=COMMENT), schema="raw")
    op.create_check_constraint(
        "dateline_month_first_day", "release", "extract(day FROM dateline_month) = 1", schema="raw"
    )
    op.create_index(
        op.f("ix_release_dateline_month_release_id"), "release", ["dateline_month", "release_id"], schema="raw"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_release_dateline_month_release_id"), "release", schema="raw")
    op.drop_constraint(op.f("ck_release_dateline_month_first_day"), "release", schema="raw", type_="check")
    op.drop_column("release", "dateline_month", schema="raw")
