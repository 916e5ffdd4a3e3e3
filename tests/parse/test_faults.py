"""A fault inside the parser is reported on the release, never raised to the batch."""

from __future__ import annotations

import pytest

import etl.parse


def test_a_parser_fault_is_a_failed_release_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, registry: object) -> dict:
        raise IndexError("header row shorter than value row")

    monkeypatch.setattr(etl.parse, "parse", broken)
    result = etl.parse.parse_release("Notice Regarding Dividends")
    assert result["status"] == "failed"
    assert "IndexError: header row shorter than value row" in result["status_reason"]
    assert result["dividends"] == [] and result["figures"] == []
