"""Where parse time goes: CPU per step of ``etl.parse.release.parse`` for the dev releases of 3-5 KB.

    .venv/bin/python -m benchmarks.profile_parse [--rounds 200] [--corpus DIR]

Every function ``parse`` calls by its module-level name (repair, identify, learn_calendar, blocks,
tables, figures_from_table, ...) is timed where ``parse`` calls it; what each calls inside is part
of its figure, and the rest is ``parse``'s own. Prints ``phase_ms[name]: value ms (share %)`` per
release, largest first, then the total (timing each step costs a little: a few percent above what
bench_parse's rate implies).
"""

from __future__ import annotations

import argparse
import inspect
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_parse import BAND_BYTES, CORPUS
from etl.parse import release


def _timed(name: str, spent: Counter[str], depth: list[int], function: Callable) -> Callable:
    """`function`, its CPU time added to `spent[name]` when ``parse`` itself called it (a step that
    another step calls back, such as a table filter, counts in the caller's figure only)."""

    def timed(*args, **kwargs):
        depth[0] += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            depth[0] -= 1
            if not depth[0]:
                spent[name] += time.process_time() - start

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    texts = [t for t in (p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt")))
             if BAND_BYTES[0] <= len(t.encode()) <= BAND_BYTES[1]]
    if not texts:
        raise SystemExit(f"no 3-5 KB releases in {args.corpus}")
    spent: Counter[str] = Counter()
    depth = [0]
    steps = [name for name, value in vars(release).items()
             if inspect.isfunction(value) and value.__module__.startswith(("etl.parse", "etl.text"))
             and name != "parse"]
    for name in steps:
        setattr(release, name, _timed(name, spent, depth, getattr(release, name)))
    for text in texts:
        release.parse(text, None)  # warm the regex caches
    spent.clear()
    start = time.process_time()
    for _ in range(args.rounds):
        for text in texts:
            release.parse(text, None)
    count = args.rounds * len(texts)
    total = (time.process_time() - start) / count * 1000
    for name, seconds in spent.most_common():
        ms = seconds / count * 1000
        print(f"phase_ms[{name}]: {ms:.3f} ms ({ms / total:.1%})")
    print(f"parse_ms_per_release[3-5KB]: {total:.3f} ms ({len(texts)} releases)")


if __name__ == "__main__":
    main()
