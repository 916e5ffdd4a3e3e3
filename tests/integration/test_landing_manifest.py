"""The landing folder's manifest: unchanged files are known without being read; changes are not missed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import text

from etl.ingest.manifest import ingest_landing
from tests.conftest import SAMPLES_DIR


def _landing(tmp_path: Path) -> Path:
    landing = tmp_path / "landing"
    shutil.copytree(SAMPLES_DIR, landing)
    (landing / ".hidden").write_text("not a release")
    return landing


def _manifest(engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT path, sha256 FROM raw.landing_file")).all())


def test_a_second_run_reads_nothing_and_knows_everything(engine, tmp_path: Path) -> None:
    landing = _landing(tmp_path)
    files = sorted(p for p in landing.iterdir() if not p.name.startswith("."))
    first = ingest_landing(engine, landing)
    second = ingest_landing(engine, landing)
    assert (first.new, first.unchanged) == (len(files), 0)
    assert (second.new, second.known, second.unchanged, sum(second.counts.values())) == (0, len(files), len(files), 0)
    assert sorted(_manifest(engine)) == [str(p) for p in files]


def test_a_file_changed_in_place_is_read_again_and_both_contents_are_kept(engine, tmp_path: Path) -> None:
    landing = _landing(tmp_path)
    ingest_landing(engine, landing)
    target = sorted(landing.glob("*.txt"))[0]
    before = _manifest(engine)[str(target)]
    target.write_text(target.read_text() + "\nAddendum.\n")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 1_000_000))
    again = ingest_landing(engine, landing)
    assert (again.new, again.unchanged) == (1, len(list(landing.iterdir())) - 2)
    after = _manifest(engine)[str(target)]
    assert after != before
    with engine.connect() as conn:
        kept = conn.execute(text("SELECT count(*) FROM raw.release WHERE sha256 IN (:a, :b)"),
                            {"a": before, "b": after}).scalar_one()
    assert kept == 2


def test_a_copy_is_read_once_and_a_removed_file_is_forgotten(engine, tmp_path: Path) -> None:
    landing = _landing(tmp_path)
    ingest_landing(engine, landing)
    original = sorted(landing.glob("*.txt"))[0]
    copy = landing / "sub" / "copy.txt"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    original.unlink()
    report = ingest_landing(engine, landing)
    assert (report.new, report.count("known")) == (0, 1)
    manifest = _manifest(engine)
    assert str(copy) in manifest and str(original) not in manifest
