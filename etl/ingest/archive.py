"""Archive release files into ``raw.release``: content-addressed, idempotent, never lossy.

Files are read in bounded batches. Bytes already archived are not extracted again: they only
bump ``last_seen_at`` and ``seen_count``. A file whose text cannot be extracted is archived all
the same, with the reason, so nothing that arrived is ever lost.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert

from etl.ingest.dateline import dateline_month
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
    """Counts per outcome, and the files a person should look at (those with a reason).

    Counts rather than one entry per file, so a folder of 100,000 releases costs no memory.
    """

    counts: Counter[Outcome] = field(default_factory=Counter)
    notable: list[FileOutcome] = field(default_factory=list)
    unchanged: int = 0
    """Landing-folder files not read at all: the manifest saw them with this size and mtime."""

    def add(self, outcome: FileOutcome) -> None:
        self.counts[outcome.outcome] += 1
        if outcome.reason:
            self.notable.append(outcome)

    def count(self, *outcomes: Outcome) -> int:
        return sum(self.counts[o] for o in outcomes)

    @property
    def new(self) -> int:
        """Contents archived for the first time (readable or not)."""
        return self.count("new", "unreadable_new")

    @property
    def known(self) -> int:
        return self.count("known", "unreadable_known") + self.unchanged

    @property
    def unreadable(self) -> int:
        return self.count("unreadable_new", "unreadable_known")

    @property
    def missing(self) -> int:
        return self.count("missing")

    def summary(self) -> str:
        line = f"new {self.new}, already known {self.known}, unreadable {self.unreadable}"
        return line + (f", missing paths {self.missing}" if self.missing else "")


@dataclass(frozen=True)
class LandingFile:
    """A file found in a folder, with the size and mtime the landing manifest compares."""

    path: str
    size: int
    mtime_ns: int


def walk(folder: Path) -> Iterator[LandingFile]:
    """Regular, non-hidden files under ``folder`` with their size and mtime, in a stable order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            try:
                info = os.stat(path)
            except OSError:
                continue  # vanished mid-walk: the next run sees whatever is there then
            if stat.S_ISREG(info.st_mode):
                yield LandingFile(path, info.st_size, info.st_mtime_ns)


def discover(paths: Iterable[Path]) -> Iterator[Path | FileOutcome]:
    """Every regular, non-hidden file under the given files and folders, in a stable order.

    A path that does not exist yields a ``missing`` outcome rather than an exception.
    """
    for path in paths:
        if path.is_dir():
            yield from (Path(found.path) for found in walk(path))
        elif path.is_file():
            yield path
        else:
            yield FileOutcome(str(path), "missing", reason=f"{path} does not exist or is not a regular file")


def ingest_paths(
    engine: Engine, paths: Iterable[Path], *, count_sightings: bool = True, max_file_bytes: int | None = None
) -> IngestReport:
    """Archive every file under ``paths``.

    ``count_sightings`` bumps ``last_seen_at``/``seen_count`` for content already archived (an
    explicit ``irwh ingest``); the landing-folder asset turns it off, so re-scanning files that
    simply stay in the folder writes nothing. A file above ``max_file_bytes`` (IRWH_MAX_FILE_MB)
    is refused: only its hash, name and size are archived, with the reason.
    """
    report = IngestReport()
    for outcome in archive_files(engine, paths, count_sightings=count_sightings, max_file_bytes=max_file_bytes):
        report.add(outcome)
    return report


def archive_files(
    engine: Engine, paths: Iterable[Path], *, count_sightings: bool = True, max_file_bytes: int | None = None
) -> Iterator[FileOutcome]:
    """``ingest_paths`` one outcome per file, as each batch commits."""
    if max_file_bytes is None:
        from etl.settings import load_settings

        max_file_bytes = load_settings().max_file_bytes
    batch: list[Incoming] = []
    batch_bytes = 0
    for item in discover(paths):
        if isinstance(item, FileOutcome):
            yield item
            continue
        try:
            incoming = _read(item, max_file_bytes)
        except OSError as exc:
            yield FileOutcome(str(item), "missing", reason=f"cannot read {item}: {exc.strerror}")
            continue
        batch.append(incoming)
        batch_bytes += len(incoming.data or b"")
        if len(batch) >= BATCH_FILES or batch_bytes >= BATCH_BYTES:
            yield from _archive_batch(engine, batch, count_sightings)
            batch, batch_bytes = [], 0
    if batch:
        yield from _archive_batch(engine, batch, count_sightings)


@dataclass(frozen=True)
class Incoming:
    path: Path
    data: bytes | None
    """None when the file is above the size limit: it is hashed while streamed, not kept."""
    sha256: str
    size: int
    refusal: str | None = None


def _read(path: Path, max_file_bytes: int) -> Incoming:
    size = path.stat().st_size
    if size <= max_file_bytes:
        data = path.read_bytes()
        return Incoming(path, data, hashlib.sha256(data).hexdigest(), len(data))
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    limit_mb = max_file_bytes / 1024 / 1024
    return Incoming(
        path, None, digest.hexdigest(), size,
        f"the file is {size / 1024 / 1024:.1f} MB, above the {limit_mb:g} MB limit (IRWH_MAX_FILE_MB): only its "
        "hash, name and size are archived; check it is really a release, raise the limit and ingest it again",
    )


def _archive_batch(engine: Engine, batch: list[Incoming], count_sightings: bool) -> list[FileOutcome]:
    with engine.begin() as conn:
        known = dict(
            conn.execute(
                select(Release.sha256, Release.unreadable_reason).where(
                    Release.sha256.in_({item.sha256 for item in batch})
                )
            ).all()
        )
        rows: dict[str, dict] = {}
        outcomes: list[FileOutcome] = []
        seen_again: dict[str, int] = {}
        for item in batch:
            path, digest = item.path, item.sha256
            if digest in known or digest in rows:
                reason = known[digest] if digest in known else rows[digest]["unreadable_reason"]
                seen_again[digest] = seen_again.get(digest, 0) + 1
                outcomes.append(FileOutcome(str(path), "unreadable_known" if reason else "known", digest, reason))
                continue
            result = extract(path.name, item.data) if item.data is not None else Unreadable(item.refusal or "")
            readable = not isinstance(result, Unreadable)
            rows[digest] = {
                "sha256": digest,
                "content": item.data,
                "text": result.text if readable else None,
                "media_type": result.media_type,
                "encoding": result.encoding,
                "unreadable_reason": None if readable else result.reason,
                "file_name": path.name,
                "source_path": str(path.resolve()),
                "byte_size": item.size,
                "dateline_month": dateline_month(result.text) if readable else None,
            }
            outcomes.append(
                FileOutcome(
                    str(path), "new" if readable else "unreadable_new", digest, None if readable else result.reason
                )
            )
        if rows:
            # A concurrent ingest may have archived the same bytes since the lookup above.
            statement = insert(Release).on_conflict_do_update(
                index_elements=[Release.sha256],
                set_={"last_seen_at": func.now(), "seen_count": Release.seen_count + 1},
            )
            conn.execute(statement, list(rows.values()))  # executemany: compiled once, sent in batches
        if seen_again and count_sightings:
            conn.execute(
                update(Release)
                .where(Release.sha256 == bindparam("digest"))
                .values(last_seen_at=func.now(), seen_count=Release.seen_count + bindparam("times")),
                [{"digest": d, "times": n} for d, n in seen_again.items()],
            )
    return outcomes
