"""Synthetic corpus throughput on one core, as `name: value unit` lines.

    python benchmarks/bench_synth.py [--releases 10000] [--dir /tmp]

Rates are per CPU-second of this process (user + system), so other work on a shared machine does not
count; the wall-clock rate is printed beside them. synth_releases_per_s is `irwh synth` end to end
(render, expected JSON, two files written per release); synth_render_releases_per_s the same without
any file I/O; write_files_limit_releases_per_s the limit file creation sets: writing the very same
bytes into the same number of new files with nothing else done. synth_peak_rss_mb is this process's
peak RSS before that limit is measured (which holds the files' bytes in memory).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from etl.synth.timeline import events
from etl.synth.writer import render, write_corpus


def _render_rate(releases: int, seed: int) -> float:
    start = time.process_time()
    for event in events(seed, releases):
        render(seed, event)
    return releases / (time.process_time() - start)


def _write_limit(source: Path, target: Path) -> float:
    """Releases per CPU-second when only the files themselves are written (same names, same bytes)."""
    files = [(p.name, p.read_bytes()) for p in source.iterdir()]
    target.mkdir()
    start = time.process_time()
    for name, body in files:
        (target / name).write_bytes(body)
    return len(files) / 2 / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None, help="Where to write (a temporary folder under it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        corpus = Path(tmp) / "corpus"
        cpu = time.process_time()
        stats = write_corpus(corpus, releases=args.releases, seed=args.seed)
        cpu = time.process_time() - cpu
        print(f"synth_releases_per_s: {stats.releases / cpu:.0f} releases/s")
        print(f"synth_wall_releases_per_s: {stats.releases / stats.seconds:.0f} releases/s")
        print(f"synth_render_releases_per_s: {_render_rate(args.releases, args.seed):.0f} releases/s")
        print(f"synth_peak_rss_mb: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        print(f"write_files_limit_releases_per_s: {_write_limit(corpus, Path(tmp) / 'copy'):.0f} releases/s")


if __name__ == "__main__":
    main()
