"""Parse throughput on one core: the dev corpus repeated, as `name: value unit` lines.

    python benchmarks/bench_parse.py [--seconds 3]

read_files_per_s times reading and decoding the text files; parse_releases_per_s times
parse_release on the decoded texts (repair, identity, tables, facts), which is pure CPU. Rates are
per CPU-second of this process, best round of several. The parser's memo caches are cleared per
release, so repeating the corpus does not flatter the figure.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from etl.parse import parse_release

BAND_BYTES = (3 * 1024, 5 * 1024)
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def _rate(work, seconds: float) -> tuple[float, int]:
    """Items per CPU-second of `work()` (which returns how many items it did): the best of repeated
    rounds within about `seconds`, so other processes on a shared machine do not count."""
    best, done, deadline = 0.0, 0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.process_time()
        items = work()
        elapsed = time.process_time() - start
        done += items
        if elapsed > 0:
            best = max(best, items / elapsed)
    return best, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt releases in {args.corpus}")
    texts = [p.read_text(encoding="utf-8") for p in paths]

    def read() -> int:
        for p in paths:
            p.read_bytes().decode("utf-8")
        return len(paths)

    def parser_of(batch: list[str]) -> Callable[[], int]:
        def parse() -> int:
            for _ in range(5):
                for text in batch:
                    parse_release(text)
            return 5 * len(batch)
        return parse

    parse = parser_of(texts)
    parse()  # warm regex caches once, as a long-running batch would be
    read_rate, _ = _rate(read, args.seconds / 3)
    parse_rate, parsed = _rate(parse, args.seconds)
    kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024
    print(f"releases_in_corpus: {len(texts)} releases")
    print(f"mean_release_size: {kb:.1f} KB")
    print(f"read_files_per_s: {read_rate:.0f} files/s")
    print(f"parse_releases_per_s: {parse_rate:.0f} releases/s")
    print(f"parsed_total: {parsed} releases")
    # the floor is stated for 3-5 KB releases; parsing costs about the same per character,
    # so the corpus's releases in that band are timed on their own as well
    band = [t for t in texts if BAND_BYTES[0] <= len(t.encode()) <= BAND_BYTES[1]]
    if band:
        band_rate, _ = _rate(parser_of(band), args.seconds / 2)
        print(f"parse_releases_per_s[3-5KB]: {band_rate:.0f} releases/s ({len(band)} releases)")


if __name__ == "__main__":
    main()
