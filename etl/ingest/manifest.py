"""Ingest the landing folder without re-reading files already archived.

``raw.landing_file`` remembers the size, modification time and content hash last read at each
path. A run stats every file (cheap) and reads only those new or changed since; the rest are
known without being opened. At 100,000 files that is the difference between ~8 s and well under
a second for a run with nothing new. A file rewritten in place with the same size and mtime
would be missed until either changes; `irwh ingest` on it, which never consults the manifest,
archives it.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, text

from etl.ingest.archive import BATCH_FILES, IngestReport, LandingFile, archive_files, walk

SEEN = text("SELECT path, byte_size, mtime_ns FROM raw.landing_file WHERE starts_with(path, :root)")
RECORD = text(
    """
    INSERT INTO raw.landing_file (path, byte_size, mtime_ns, sha256)
    SELECT * FROM unnest(CAST(:paths AS text[]), CAST(:sizes AS bigint[]), CAST(:mtimes AS bigint[]),
                         CAST(:hashes AS text[]))
    ON CONFLICT (path) DO UPDATE SET byte_size = excluded.byte_size, mtime_ns = excluded.mtime_ns,
                                     sha256 = excluded.sha256, read_at = now()
    """
)
FORGET = text("DELETE FROM raw.landing_file WHERE path = ANY(:paths)")


def ingest_landing(engine: Engine, folder: Path) -> IngestReport:
    """Archive what is new or changed in ``folder`` (sightings are not counted: files simply stay there)."""
    root = str(folder.resolve())
    with engine.connect() as conn:
        seen = {path: (size, mtime) for path, size, mtime in conn.execute(SEEN, {"root": root + os.sep})}
    report = IngestReport()
    present: set[str] = set()
    batch: list[LandingFile] = []
    for item in walk(Path(root)):
        present.add(item.path)
        if seen.get(item.path) == (item.size, item.mtime_ns):
            report.unchanged += 1
            continue
        batch.append(item)
        if len(batch) >= BATCH_FILES:
            _ingest(engine, batch, report)
            batch = []
    if batch:
        _ingest(engine, batch, report)
    if vanished := [path for path in seen if path not in present]:
        with engine.begin() as conn:
            conn.execute(FORGET, {"paths": vanished})
    return report


def _ingest(engine: Engine, batch: list[LandingFile], report: IngestReport) -> None:
    hashes: dict[str, str] = {}
    for outcome in archive_files(engine, [Path(item.path) for item in batch], count_sightings=False):
        report.add(outcome)
        if outcome.sha256:
            hashes[outcome.path] = outcome.sha256
    read = [item for item in batch if item.path in hashes]
    if read:
        with engine.begin() as conn:
            conn.execute(RECORD, {"paths": [i.path for i in read], "sizes": [i.size for i in read],
                                  "mtimes": [i.mtime_ns for i in read], "hashes": [hashes[i.path] for i in read]})
