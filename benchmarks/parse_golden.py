"""Golden outputs of the parser: record them before a change, check them after (byte-identical JSON).

    python -m benchmarks.parse_golden record GOLDEN.jsonl PATH...   # files or folders of releases
    python -m benchmarks.parse_golden check GOLDEN.jsonl

A speed change must not change a single fact, warning or provenance span; this compares every
release's whole result as serialised JSON. Texts are extracted once at record time and stored with
the result, so a check times and exercises the parser alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from etl.ingest.extract import Unreadable, extract
from etl.parse import parse_release

_SKIP_SUFFIXES = (".expected.json",)


def _files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.endswith(_SKIP_SUFFIXES))
        else:
            yield path


def _serialised(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, sort_keys=False)


def record(golden: Path, paths: list[Path]) -> None:
    count = 0
    with golden.open("w", encoding="utf-8") as out:
        for path in _files(paths):
            extracted = extract(path.name, path.read_bytes())
            if isinstance(extracted, Unreadable):
                continue
            result = _serialised(parse_release(extracted.text))
            out.write(json.dumps({"name": str(path), "text": extracted.text, "result": result}, ensure_ascii=False))
            out.write("\n")
            count += 1
    print(f"recorded: {count} releases")


def check(golden: Path) -> int:
    compared = differing = 0
    with golden.open(encoding="utf-8") as lines:
        for line in lines:
            case = json.loads(line)
            compared += 1
            if _serialised(parse_release(case["text"])) != case["result"]:
                differing += 1
                if differing <= 20:
                    print(f"differs: {case['name']}")
    print(f"compared: {compared} releases")
    print(f"differences: {differing}")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("golden", type=Path)
    rec.add_argument("paths", type=Path, nargs="+")
    chk = sub.add_parser("check")
    chk.add_argument("golden", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.golden, args.paths)
    else:
        sys.exit(check(args.golden))


if __name__ == "__main__":
    main()
