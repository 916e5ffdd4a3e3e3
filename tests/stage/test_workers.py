"""Parser worker processes: a release that hangs, eats memory, crashes or raises fails alone."""

from __future__ import annotations

import time

from etl.stage.workers import ParsePool

PARSER = "tests.stage.pathological:behave"


def run(tasks: list[tuple[int, str]], **options) -> dict[int, tuple[str, object]]:
    results: dict[int, tuple[str, object]] = {}
    settings = {"processes": 2, "timeout_s": 2.0, "memory_mb": 512, "registry": {"3774": "IIJ"}} | options
    with ParsePool(PARSER, **settings) as pool:
        pool.map(tasks, lambda release_id, outcome, value: results.__setitem__(release_id, (outcome, value)))
    return results


def test_good_releases_parse_and_get_the_registry() -> None:
    results = run([(i, f"release {i}") for i in range(20)])
    assert results == {i: ("ok", {"echo": f"release {i}", "registry": {"3774": "IIJ"}}) for i in range(20)}


def test_each_misbehaving_release_fails_alone_with_a_reason() -> None:
    started = time.monotonic()
    results = run([(1, "ok-1"), (2, "hang"), (3, "eat"), (4, "die"), (5, "raise"), (6, "ok-6")])
    assert time.monotonic() - started < 20
    assert results[1][0] == "ok" and results[6][0] == "ok"
    assert results[2] == ("timeout", "the parse took longer than 2 s")
    assert results[3][0] == "error" and "memory" in results[3][1]
    assert results[4] == ("error", "the parser process died")
    assert results[5] == ("error", "ValueError: cannot read this table")


def test_a_single_worker_recovers_after_a_timeout() -> None:
    results = run([(1, "hang"), (2, "after"), (3, "hang"), (4, "after again")], processes=1, timeout_s=1.0)
    assert [results[i][0] for i in (1, 2, 3, 4)] == ["timeout", "ok", "timeout", "ok"]
