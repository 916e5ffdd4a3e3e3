"""Promise 6: no single release takes more than a bounded time or memory; oversized files are refused."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from etl.ingest.archive import ingest_paths
from etl.stage.run import PARSER_PATH
from etl.stage.workers import ParsePool
from tests.reliability.conftest import FULL
from tests.reliability.corpus import valid_releases

TIMEOUT_S = 10.0
SLACK_S = 5.0
SIZE = 4 if FULL else 1  # megabytes of pathological text per input


def pathological_texts() -> list[str]:
    sample = next(valid_releases(1))[1].decode()
    mb = SIZE * 1024 * 1024
    return [
        "1," * (mb // 2),                                              # one endless number
        "(" * mb,                                                       # unbalanced nesting
        ("Previous forecast (A) " + "1,234 " * 40 + "\n") * (mb // 280),  # an endless table
        ("JPY13.50 " * 20 + "\n") * (mb // 180),                        # dividends everywhere
        "March 31, 2018 " * (mb // 15),                                 # dates everywhere
        "△" * (mb // 3),                                                # negative signs only
        sample * (mb // len(sample)),                                   # a release repeated
        "\n" * mb,                                                      # blank lines
        "Fiscal year ending " * (mb // 19),                             # period phrases without dates
        "".join(chr(0x3000 + i % 256) for i in range(mb // 3)),        # full-width noise
    ]


@pytest.mark.promise("resource_bounds")
def test_every_pathological_release_finishes_or_fails_within_the_bound(tally) -> None:
    texts = pathological_texts()
    durations: dict[int, float] = {}
    outcomes: dict[int, str] = {}
    started = time.monotonic()

    def record(release_id: int, outcome: str, value: object) -> None:
        durations[release_id] = time.monotonic() - started
        outcomes[release_id] = outcome

    with ParsePool(PARSER_PATH, processes=1, timeout_s=TIMEOUT_S, memory_mb=1024, registry={}) as pool:
        pool.map(list(enumerate(texts)), record)
    finish_times = [durations[i] for i in range(len(texts))]
    per_release = [b - a for a, b in zip([0.0, *finish_times], finish_times, strict=False)]
    tally.tried(len(texts))
    over = [i for i, seconds in enumerate(per_release) if seconds > TIMEOUT_S + SLACK_S]
    tally.bad(len(over) + (len(outcomes) != len(texts)))
    assert len(outcomes) == len(texts)
    assert over == [], per_release


@pytest.mark.promise("resource_bounds")
def test_files_above_the_size_limit_are_refused_with_hash_and_reason(tally, engine, tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    sizes = [1, 2, 3]  # megabytes, against a 1 MB limit
    for mb in sizes:
        (folder / f"release-{mb}mb.txt").write_bytes(b"Dividend per share 13.50\n" * (mb * 1024 * 1024 // 25 + 1))
    report = ingest_paths(engine, [folder], max_file_bytes=1024 * 1024)
    tally.tried(len(sizes))
    refused = [f for f in report.notable if "IRWH_MAX_FILE_MB" in f.reason]
    hashes_ok = all(f.sha256 == hashlib.sha256(Path(f.path).read_bytes()).hexdigest() for f in refused)
    tally.bad(len(sizes) - len(refused) + (not hashes_ok))
    assert len(refused) == len(sizes) and hashes_ok
