"""Archive release files into ``raw.release``: content-addressed, idempotent, never lossy.

Files are read in bounded batches. Bytes already archived are not extracted again: they only
bump ``last_seen_at`` and ``seen_count``. A file whose text cannot be extracted is archived all
the same, with the reason, so nothing that arrived is ever lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert

from etl.ingest.extract import Unreadable, extract
from models.raw import Release

Outcome = Literal["new", "known", "unreadable_new", "unreadable_known", "missing"]
BATCH_FILES = 200
BATCH_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FileOutcome:
    path: str
    outcome: Outcome
    sha256: str | None = None
    reason: str | None = None


@dataclass
class IngestReport:
    files: list[FileOutcome] = field(default_factory=list)

    def count(self, *outcomes: Outcome) -> int:
        return sum(f.outcome in outcomes for f in self.files)

    @property
    def new(self) -> int:
        """Contents archived for the first time (readable or not)."""
        return self.count("new", "unreadable_new")

    @property
    def known(self) -> int:
        return self.count("known", "unreadable_known")

    @property
    def unreadable(self) -> int:
        return self.count("unreadable_new", "unreadable_known")

    @property
    def missing(self) -> int:
        return self.count("missing")

    def summary(self) -> str:
        line = f"new {self.new}, already known {self.known}, unreadable {self.unreadable}"
        return line + (f", missing paths {self.missing}" if self.missing else "")


def discover(paths: Iterable[Path]) -> Iterator[Path | FileOutcome]:
    """Every regular, non-hidden file under the given files and folders, in a stable order.

    A path that does not exist yields a ``missing`` outcome rather than an exception.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield FileOutcome(str(path), "missing", reason=f"{path} does not exist or is not a regular file")


def ingest_paths(engine: Engine, paths: Iterable[Path], *, count_sightings: bool = True) -> IngestReport:
    """Archive every file under ``paths``.

    ``count_sightings`` bumps ``last_seen_at``/``seen_count`` for content already archived (an
    explicit ``irwh ingest``); the landing-folder asset turns it off, so re-scanning files that
    simply stay in the folder writes nothing.
    """
    report = IngestReport()
    batch: list[tuple[Path, bytes]] = []
    batch_bytes = 0
    for item in discover(paths):
        if isinstance(item, FileOutcome):
            report.files.append(item)
            continue
        try:
            data = item.read_bytes()
        except OSError as exc:
            report.files.append(FileOutcome(str(item), "missing", reason=f"cannot read {item}: {exc.strerror}"))
            continue
        batch.append((item, data))
        batch_bytes += len(data)
        if len(batch) >= BATCH_FILES or batch_bytes >= BATCH_BYTES:
            report.files.extend(_archive_batch(engine, batch, count_sightings))
            batch, batch_bytes = [], 0
    if batch:
        report.files.extend(_archive_batch(engine, batch, count_sightings))
    return report


def _archive_batch(engine: Engine, batch: list[tuple[Path, bytes]], count_sightings: bool) -> list[FileOutcome]:
    hashed = [(path, data, hashlib.sha256(data).hexdigest()) for path, data in batch]
    with engine.begin() as conn:
        known = dict(
            conn.execute(
                select(Release.sha256, Release.unreadable_reason).where(
                    Release.sha256.in_({digest for _, _, digest in hashed})
                )
            ).all()
        )
        rows: dict[str, dict] = {}
        outcomes: list[FileOutcome] = []
        seen_again: dict[str, int] = {}
        for path, data, digest in hashed:
            if digest in known or digest in rows:
                reason = known[digest] if digest in known else rows[digest]["unreadable_reason"]
                seen_again[digest] = seen_again.get(digest, 0) + 1
                outcomes.append(FileOutcome(str(path), "unreadable_known" if reason else "known", digest, reason))
                continue
            result = extract(path.name, data)
            readable = not isinstance(result, Unreadable)
            rows[digest] = {
                "sha256": digest,
                "content": data,
                "text": result.text if readable else None,
                "media_type": result.media_type,
                "encoding": result.encoding,
                "unreadable_reason": None if readable else result.reason,
                "file_name": path.name,
                "source_path": str(path.resolve()),
                "byte_size": len(data),
            }
            outcomes.append(
                FileOutcome(
                    str(path), "new" if readable else "unreadable_new", digest, None if readable else result.reason
                )
            )
        if rows:
            statement = insert(Release).values(list(rows.values()))
            # A concurrent ingest may have archived the same bytes since the lookup above.
            statement = statement.on_conflict_do_update(
                index_elements=[Release.sha256],
                set_={"last_seen_at": func.now(), "seen_count": Release.seen_count + 1},
            )
            conn.execute(statement)
        if seen_again and count_sightings:
            conn.execute(
                update(Release)
                .where(Release.sha256 == bindparam("digest"))
                .values(last_seen_at=func.now(), seen_count=Release.seen_count + bindparam("times")),
                [{"digest": d, "times": n} for d, n in seen_again.items()],
            )
    return outcomes
