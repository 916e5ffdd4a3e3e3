"""Raw ingestion into a real PostgreSQL: content-addressed, idempotent, nothing lost."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from sqlalchemy import select

from etl.ingest.archive import ingest_paths
from models.raw import Release
from tests.conftest import SAMPLES_DIR
from tests.pdf_factory import make_pdf


def _rows(engine) -> list[Release]:
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        return list(session.scalars(select(Release).order_by(Release.file_name)))


def test_the_sample_folder_twice_leaves_one_row_per_file(engine) -> None:
    files = sorted(p for p in SAMPLES_DIR.iterdir() if p.is_file())
    first = ingest_paths(engine, [SAMPLES_DIR])
    second = ingest_paths(engine, [SAMPLES_DIR])

    assert (first.new, first.known, first.unreadable) == (len(files), 0, 0)
    assert (second.new, second.known, second.unreadable) == (0, len(files), 0)
    rows = _rows(engine)
    assert [r.file_name for r in rows] == [p.name for p in files]
    for row, path in zip(rows, files, strict=True):
        data = path.read_bytes()
        assert row.sha256 == hashlib.sha256(data).hexdigest()
        assert row.content == data and row.byte_size == len(data)
        assert row.seen_count == 2 and row.last_seen_at >= row.first_seen_at
        assert row.text and row.unreadable_reason is None


def test_a_folder_with_bad_files_archives_everything_and_reads_the_pdf(engine, tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.bin").write_bytes(os.urandom(2048))
    (folder / "notice.pdf").write_bytes(make_pdf(["Notice Regarding Dividends", "Dividend per share JPY13.50"]))
    shutil.copy(SAMPLES_DIR / "iij-2018-05-24-dividend.txt", folder / "copy-a.txt")
    shutil.copy(SAMPLES_DIR / "iij-2018-05-24-dividend.txt", folder / "copy-b.txt")  # same bytes, other name
    (folder / ".hidden").write_text("editor swap file")

    report = ingest_paths(engine, [folder, tmp_path / "does-not-exist"])

    assert (report.new, report.known, report.unreadable, report.missing) == (4, 1, 2, 1)
    by_name = {r.file_name: r for r in _rows(engine)}
    assert set(by_name) == {"empty.txt", "noise.bin", "notice.pdf", "copy-a.txt"}
    assert by_name["copy-a.txt"].seen_count == 2
    assert by_name["notice.pdf"].text.splitlines() == ["Notice Regarding Dividends", "Dividend per share JPY13.50"]
    assert by_name["notice.pdf"].media_type == "application/pdf"
    assert "empty" in by_name["empty.txt"].unreadable_reason
    assert by_name["empty.txt"].content == b""
    assert "not text" in by_name["noise.bin"].unreadable_reason
    assert by_name["noise.bin"].content == (folder / "noise.bin").read_bytes()
    assert by_name["noise.bin"].text is None


def test_a_file_above_the_size_limit_keeps_hash_name_and_reason(engine, tmp_path: Path) -> None:
    big = tmp_path / "huge-release.txt"
    big.write_bytes(b"Dividend per share JPY13.50\n" * 50_000)  # 1.4 MB
    report = ingest_paths(engine, [big], max_file_bytes=1024 * 1024)
    assert (report.new, report.unreadable) == (1, 1)
    (row,) = _rows(engine)
    assert row.sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    assert row.content is None and row.text is None and row.byte_size == big.stat().st_size
    assert "above the 1 MB limit (IRWH_MAX_FILE_MB)" in row.unreadable_reason
    again = ingest_paths(engine, [big], max_file_bytes=1024 * 1024)
    assert (again.new, again.known) == (0, 1)
