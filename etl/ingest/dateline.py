"""The publication month of a release, sniffed from its dateline when it is archived.

A partitioned backfill needs to know each release's publication month before it is parsed, so
the archive stores the month read with the parser's own dateline function. Only the start of the
text is read (the dateline is near the top; ``published_on`` looks at the first 3,000 characters
of the repaired text), which keeps the sniff at a fraction of a millisecond per release. The
month is a routing key only: parsing still reads the date itself, so a month sniffed wrongly
sends a release to another partition but never changes what the warehouse holds.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, text

from etl.parse.identity import published_on
from etl.text import repair_text

HEAD_CHARS = 8192
"""Raw characters handed to the sniff: repair may shorten the text (CRLF, mojibake), never below
the 3,000 characters ``published_on`` reads."""


def dateline_month(body: str | None) -> date | None:
    """The first day of the release's publication month; None when there is no text or no dateline."""
    if not body:
        return None
    published = published_on(repair_text(body[:HEAD_CHARS]))
    return published.replace(day=1) if published else None


PAGE = 1000
MISSING = text(
    """
    SELECT release_id, left(text, :head) AS head FROM raw.release
    WHERE dateline_month IS NULL AND text IS NOT NULL AND release_id > :after
    ORDER BY release_id LIMIT :limit
    """
)
SET_MONTH = text("UPDATE raw.release SET dateline_month = :month WHERE release_id = :release_id")


def fill_missing_months(engine: Engine) -> int:
    """Sniff the month of every readable release that has none; returns how many were found.

    For releases archived before the month was recorded (migration 0010 cannot sniff in SQL).
    Releases without a dateline stay NULL and are read again by the next call: at a fraction of a
    millisecond each that costs less than a marker column would.
    """
    found, after = 0, 0
    while True:
        with engine.begin() as conn:
            rows = conn.execute(MISSING, {"head": HEAD_CHARS, "after": after, "limit": PAGE}).all()
            if not rows:
                return found
            months = [{"release_id": r.release_id, "month": m} for r in rows if (m := dateline_month(r.head))]
            if months:
                conn.execute(SET_MONTH, months)
        found += len(months)
        after = rows[-1].release_id


def releases_per_month(engine: Engine) -> list[tuple[date | None, int]]:
    """Readable releases archived per dateline month (None: no dateline), oldest first: what a
    backfill's partition range should cover."""
    with engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(
            "SELECT dateline_month, count(*) FROM raw.release WHERE text IS NOT NULL "
            "GROUP BY 1 ORDER BY 1 NULLS LAST").all()]
