"""Cluster-wide mutual exclusion for pipeline steps: PostgreSQL session advisory locks.

Two ``irwh run``s, or the sensor's run during the nightly one, would otherwise parse and load
the same releases at once. Each step holds its own lock on a dedicated connection for its whole
duration; a second caller waits for it, then finds the work already done. The lock goes with
the connection, so a killed process never leaves it held.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

# Stable lock keys, one per step (advisory locks share one 64-bit space per database).
LOCK_KEYS = {"stage": 0x1A11_0001, "load": 0x1A11_0002}


@contextmanager
def advisory_lock(engine: Engine, step: str) -> Iterator[None]:
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEYS[step]})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEYS[step]})
            conn.commit()
