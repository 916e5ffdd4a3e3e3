"""The synthetic corpus: deterministic for a seed, streamed in constant memory, shaped like the facts
contract, and read back by the parser with F1 = 1.0 (scored with the shared scorer's own logic)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import tracemalloc
from pathlib import Path

import pytest

from etl.synth.timeline import events
from etl.synth.writer import render, write_corpus

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path: Path) -> None:
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        write_corpus(tmp_path / name, releases=150, seed=seed)
    first = _digest(tmp_path / "a")
    assert len(first) == 300
    assert first == _digest(tmp_path / "b")
    assert first != _digest(tmp_path / "c")


def _peak_bytes(releases: int) -> int:
    tracemalloc.start()
    for event in events(3, releases):
        render(3, event)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_memory_stays_flat_as_the_corpus_grows() -> None:
    small, large = _peak_bytes(800), _peak_bytes(5_000)
    assert large < small + 2_000_000, (small, large)


def test_expected_files_carry_the_contract_required_keys_and_enums(tmp_path: Path) -> None:
    schema = json.loads((SHARED / "contracts" / "facts.schema.json").read_text())
    props = schema["properties"]
    figure_props, dividend_props = props["figures"]["items"]["properties"], props["dividends"]["items"]["properties"]
    write_corpus(tmp_path, releases=400, seed=11)
    for path in tmp_path.glob("*.expected.json"):
        data = json.loads(path.read_text())
        assert set(schema["required"]) <= set(data)
        assert set(props["document"]["required"]) <= set(data["document"])
        assert data["document"]["kind"] in props["document"]["properties"]["kind"]["enum"]
        for row in data["figures"]:
            assert set(props["figures"]["items"]["required"]) <= set(row)
            for key in ("metric", "scenario", "unit"):
                assert row[key] in figure_props[key]["enum"]
            assert (row["value"] is None) == (row["range_low"] is not None)
        for row in data["dividends"]:
            assert set(props["dividends"]["items"]["required"]) <= set(row)
            for key in ("period", "scenario", "status"):
                assert row[key] in dividend_props[key]["enum"]


@pytest.fixture(scope="module")
def score_facts():
    spec = importlib.util.spec_from_file_location("score_facts", SHARED / "tools" / "score_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _key(figure: dict) -> tuple:
    return tuple(figure[k] for k in ("metric", "period_start", "period_end", "scenario", "consolidated"))


@pytest.mark.parametrize("seed", [0, 5, 9])
def test_parser_reads_the_corpus_back_with_f1_one(tmp_path: Path, score_facts, seed: int) -> None:
    from etl.ingest.extract import extract
    from etl.parse import parse_release

    write_corpus(tmp_path, releases=250, seed=seed)
    total, failures = score_facts.Tally(), []
    for path in sorted(p for p in tmp_path.iterdir() if p.suffix in (".txt", ".html")):
        want = json.loads(path.with_suffix(".expected.json").read_text())
        got = parse_release(extract(path.name, path.read_bytes()).text)
        tally, notes = score_facts.score_case(got, want)
        total.add(tally)
        failures += [f"{path.name}: {note}" for note in notes]
        if want["document"].get("is_correction"):
            assert got["document"]["is_correction"] is True, path.name
        # the scorer matches a range forecast on its null value: check the bounds here
        bounds = {_key(f): (f["range_low"], f["range_high"]) for f in got["figures"]}
        failures += [f"{path.name}: range of {_key(f)}" for f in want["figures"]
                     if bounds.get(_key(f)) != (f["range_low"], f["range_high"])]
    assert failures == []
    assert total.f1()[2] == 1.0 and total.attr_ok == total.attr_all and total.doc_ok == total.doc_all
