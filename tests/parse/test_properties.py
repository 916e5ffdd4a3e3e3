"""Properties: the parser never raises, and every fact's provenance holds the number as printed."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.parse import parse_release, repair_text
from tests.parse.test_dividends import INTERIM_NOTICE_COMMEMORATIVE
from tests.parse.test_figures import DECEMBER_REVISION, DECEMBER_TANSHIN, RANGE_FORECAST

SAMPLES = [DECEMBER_REVISION, DECEMBER_TANSHIN, RANGE_FORECAST, INTERIM_NOTICE_COMMEMORATIVE]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    result = parse_release(text)
    assert set(result) >= {"document", "dividends", "figures", "warnings", "status", "parser_version"}


@FAST
@given(st.sampled_from(SAMPLES), st.integers(0, 4000), st.integers(0, 4000), st.text(max_size=40))
def test_never_raises_on_damaged_releases(sample: str, cut: int, at: int, noise: str) -> None:
    damaged = sample[:at] + noise + sample[at:]
    parse_release(damaged[: max(cut, 1)] if cut % 2 else damaged)


def _check_provenance(text: str) -> None:
    repaired = repair_text(text)
    result = parse_release(text)
    for fact in result["figures"] + result["dividends"]:
        p = fact["provenance"]
        assert repaired[p["char_start"] : p["char_end"]] == p["text"]
        assert re.search(r"\d", p["text"])


@FAST
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.sampled_from([" ", "\n", "  ", "\n\n", "ã€€", "ï¼ˆ"]), max_size=6),
    st.integers(0, 10_000),
)
def test_provenance_spans_hold_the_printed_number(sample: str, noise: list[str], seed: int) -> None:
    positions = sorted((seed * (i + 7)) % max(len(sample), 1) for i in range(len(noise)))
    text = sample
    for pos, bit in zip(reversed(positions), noise, strict=False):
        text = text[:pos] + bit + text[pos:]
    _check_provenance(text)
