"""Cluster-wide mutual exclusion for pipeline steps: PostgreSQL session advisory locks.

Two ``irwh run``s, or the sensor's run during the nightly one, would otherwise parse and load
the same releases at once. Each step holds its own lock on a dedicated connection for its whole
duration; a second caller waits for it, then finds the work already done. The lock goes with
the connection, so a killed process never leaves it held.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

# Stable lock keys, one per step (advisory locks share one 64-bit space per database).
LOCK_KEYS = {"stage": 0x1A11_0001, "load": 0x1A11_0002}


@contextmanager
def advisory_lock(engine: Engine, step: str, *, shared: bool = False, part: str | None = None) -> Iterator[None]:
    """Hold the step's lock, or with ``part`` the lock of one part of the step (e.g. one month).

    A ``shared`` holder excludes only the exclusive ones: runs that each work on their own part
    share the step's lock, and a run over everything waits for all of them (and they for it).
    """
    key = LOCK_KEYS[step] if part is None else (LOCK_KEYS[step] << 32) | zlib.crc32(part.encode())
    mode = "_shared" if shared else ""
    with engine.connect() as conn:
        conn.execute(text(f"SELECT pg_advisory_lock{mode}(:key)"), {"key": key})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text(f"SELECT pg_advisory_unlock{mode}(:key)"), {"key": key})
            conn.commit()
