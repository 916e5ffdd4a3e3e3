"""Corpora for the reliability tests: valid releases in many companies, and hostile inputs."""

from __future__ import annotations

import codecs
import json
import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tests.conftest import SAMPLES_DIR
from tests.pdf_factory import make_pdf


@cache
def _sample_texts() -> list[tuple[str, str, str]]:
    """(file stem, text, securities code) of each bundled text sample."""
    from etl.parse import parse_release

    samples = []
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        code = parse_release(text)["document"]["company"]["code"]
        samples.append((path.stem, text, code))
    return samples


def valid_releases(count: int, first_code: int = 2000) -> Iterator[tuple[str, bytes]]:
    """Copies of the samples, each as a company of its own (another securities code)."""
    samples = _sample_texts()
    for index in range(count):
        stem, text, code = samples[index % len(samples)]
        new_code = str(first_code + index)
        yield f"valid-{index:04d}-{stem}.txt", re.sub(rf"\b{code}\b", new_code, text).encode("utf-8")


def hostile_inputs(count: int, *, rng: random.Random, huge: bool) -> Iterator[tuple[str, bytes]]:
    """``count`` inputs cycling through every kind of broken or hostile file."""
    sample = _sample_texts()[0][1]
    makers = [
        lambda i: ("empty.txt", b""),
        lambda i: ("noise.bin", rng.randbytes(rng.randint(1, 4096))),
        lambda i: ("noise.txt", rng.randbytes(rng.randint(1, 4096))),
        lambda i: ("noise.pdf", b"%PDF-1.4\n" + rng.randbytes(2048)),
        lambda i: ("truncated.pdf", make_pdf(["Notice Regarding Dividends", f"case {i}"])[: rng.randint(20, 400)]),
        lambda i: ("locked.pdf", make_pdf([f"Dividend per share JPY{i}.00"], password_protected=True)),
        lambda i: ("scripted.html", (
            "<!DOCTYPE html><html><head><script>document.write('x');</script></head>"
            f"<body onload=\"alert({i})\"><iframe src='javascript:alert(1)'></iframe><nav>Menu</nav>"
            f"<p>Notice of Dividend {i}</p><script>fetch('/steal')</script></body></html>").encode()),
        lambda i: ("utf16-as.html", f"<html><body>Notice {i} 配当</body></html>".encode("utf-16")),
        lambda i: ("cp932.txt", f"配当予想の修正に関するお知らせ {i}\n1株当たり配当金 13.50円".encode("cp932")),
        lambda i: ("latin1.htm", f"<p>Caf\xe9 {i} \xa9 dividend</p>".encode("latin-1")),
        lambda i: ("bogus-bom.txt", codecs.BOM_UTF8 + rng.randbytes(300)),
        lambda i: ("nul-bytes.txt", sample.encode()[:800] + b"\x00" * 50 + sample.encode()[800:]),
        lambda i: ("long-line.txt", ("Dividend per share 13.50 " * (8_000 if not huge else 80_000)).encode()),
        lambda i: ("repeated-tables.txt", (sample * 60).encode()),
        lambda i: ("sql.txt", sample.replace(
            "Internet Initiative Japan Inc.", f"Robert'); DROP TABLE raw.release; --{i}").encode()),
        lambda i: ("$(touch pwned); `id` | & ; > x.txt", f"Notice {i}\nRecord date March 31, 2018\n".encode()),
        lambda i: ("bell\x07and\x1bescape.txt", f"Title with control \x07\x1b[31m chars {i}\n".encode()),
        lambda i: ("json-lookalike.txt", json.dumps({"document": {"kind": "'; DROP SCHEMA mart; --"}}).encode()),
    ]
    for index in range(count):
        name, data = makers[index % len(makers)](index)
        yield f"hostile-{index:04d}-{name}", data
    if huge:
        yield "hostile-huge-50mb.txt", (sample + "\n") .encode() * (50 * 1024 * 1024 // len(sample))


def write(folder: Path, files: Iterator[tuple[str, bytes]]) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, data in files:
        (folder / name).write_bytes(data)
        written[name] = data
    return written
