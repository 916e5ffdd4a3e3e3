"""Coverage-guided fuzzing of the parser with atheris (opt-in: ``make fuzz``; not part of the tests).

Feeds byte strings through the same path as a release file (text extraction, then
``parse_release``) and fails on any exception or on a fact whose provenance span does not hold
its printed number. Seeds are the bundled samples. A crash it finds is written by atheris as
``crash-*``: add that input to ``tests/parse/`` as a regression test.

    .venv/bin/python benchmarks/fuzz_parser.py -max_total_time=600
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from etl.ingest.extract import Extracted, extract
    from etl.parse import parse_release, repair_text

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def check(data: bytes) -> None:
    extracted = extract("fuzz.txt", data)
    if not isinstance(extracted, Extracted):
        return
    result = parse_release(extracted.text)
    if result["status"] == "failed":
        raise AssertionError(result["status_reason"])
    repaired = repair_text(extracted.text)
    for fact in [*result["dividends"], *result["figures"]]:
        span = fact["provenance"]
        if repaired[span["char_start"]:span["char_end"]] != span["text"]:
            raise AssertionError(f"provenance span does not hold {span['text']!r}")


def main() -> None:
    corpus = Path(sys.argv[-1]) if len(sys.argv) > 1 and Path(sys.argv[-1]).is_dir() else None
    if corpus is None:
        seeds = Path("/tmp/irwh-fuzz-seeds")
        seeds.mkdir(exist_ok=True)
        for sample in SAMPLES.glob("*.txt"):
            (seeds / sample.name).write_bytes(sample.read_bytes())
        sys.argv.append(str(seeds))
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
