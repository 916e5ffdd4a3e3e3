"""Parse the releases that need it and stage the results, a bounded batch per transaction.

A release needs parsing when it has no staging slice yet or its slice came from another parser
version. An exception inside the parser marks that one release ``failed`` with the reason; it
never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, text

from etl.stage.write import StagedRelease, write_slices

BATCH_SIZE = 500
Parser = Callable[..., dict[str, Any]]

PENDING = text(
    """
    SELECT r.release_id, r.text, r.unreadable_reason
    FROM raw.release r
    LEFT JOIN staging.release_parse p USING (release_id)
    WHERE (p.release_id IS NULL OR p.parser_version <> :version) AND r.release_id > :after
    ORDER BY r.release_id
    LIMIT :limit
    """
)
REGISTRY = text("SELECT company_code, company_name FROM warehouse.dim_company WHERE company_key > 0")


@dataclass
class StageReport:
    staged: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    not_parsed: list[tuple[int, str, str]] = field(default_factory=list)
    """(release_id, status, reason) of every release staged without facts."""
    warnings: int = 0
    facts: int = 0

    def add(self, item: StagedRelease) -> None:
        self.staged += 1
        self.by_status[item.status] = self.by_status.get(item.status, 0) + 1
        if item.status != "parsed":
            self.not_parsed.append((item.release_id, item.status, item.status_reason or ""))
        result = item.result or {}
        self.warnings += len(result.get("warnings") or [])
        self.facts += len(result.get("dividends") or []) + len(result.get("figures") or [])


def parse_one(release_id: int, body: str | None, unreadable_reason: str | None, parser: Parser,
              version: str, registry: Mapping[str, str]) -> StagedRelease:
    if body is None:
        return StagedRelease(release_id, version, "unreadable", unreadable_reason or "no text was extracted")
    try:
        result = parser(body, registry=registry)
    except Exception as exc:  # one bad release must never stop the batch
        return StagedRelease(
            release_id, version, "failed",
            f"the parser raised {type(exc).__name__}: {str(exc)[:300]}. The raw release is kept; report it "
            "with its release_id so the parser can be fixed, and it is re-parsed after the next parser version.",
        )
    status = result.get("status") or "parsed"
    return StagedRelease(release_id, version, status, result.get("status_reason"), result)


def stage_pending(engine: Engine, *, batch_size: int = BATCH_SIZE, parser: Parser | None = None,
                  version: str | None = None) -> StageReport:
    """Parse and stage every release that needs it; returns what was staged."""
    if parser is None:
        from etl.parse import PARSER_VERSION, parse_release

        parser, version = parse_release, PARSER_VERSION
    assert version is not None
    report = StageReport()
    after = 0
    with engine.connect() as conn:
        registry = dict(conn.execute(REGISTRY).all())
    while True:
        with engine.begin() as conn:
            rows = conn.execute(PENDING, {"version": version, "after": after, "limit": batch_size}).all()
            if not rows:
                return report
            slices = [parse_one(r.release_id, r.text, r.unreadable_reason, parser, version, registry) for r in rows]
            write_slices(conn, slices)
        for item in slices:
            report.add(item)
        after = rows[-1].release_id
