"""Parse the releases that need it and stage the results, a bounded batch per transaction.

A release needs parsing when it has no staging slice yet or its slice came from another parser
version; ``month`` narrows that to one dateline month (``raw.release.dateline_month``), so a
backfill can run a month per partition. Parses run in worker processes (``etl.stage.workers``)
under a time and memory bound per release; a parser exception, timeout or crash marks that one
release ``failed`` with the reason and never stops the batch. Only one staging run works at a
time (a PostgreSQL advisory lock); a second one waits, then finds nothing left to do. Runs for
different months share that lock and work side by side; a run for everything waits for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, TextClause, text

from etl.db.locks import advisory_lock
from etl.settings import Settings, load_settings
from etl.stage.workers import ParsePool
from etl.stage.write import StagedRelease, write_slices

BATCH_SIZE = 500
PARSER_PATH = "etl.parse:parse_release"
Parser = Callable[..., dict[str, Any]]

PENDING = """
    SELECT r.release_id, r.text, r.unreadable_reason
    FROM raw.release r
    LEFT JOIN staging.release_parse p USING (release_id)
    WHERE (p.release_id IS NULL OR p.parser_version <> :version) AND r.release_id > :after {month_filter}
    ORDER BY r.release_id
    LIMIT :limit
"""
REGISTRY = text("SELECT company_code, company_name FROM warehouse.dim_company WHERE company_key > 0")
KEEP_RAW = "The raw release is kept; report it with its release_id, and it is re-parsed after the next parser version."


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


def staged_result(release_id: int, version: str, result: dict[str, Any]) -> StagedRelease:
    return StagedRelease(release_id, version, result.get("status") or "parsed", result.get("status_reason"), result)


def failed(release_id: int, version: str, why: str) -> StagedRelease:
    return StagedRelease(release_id, version, "failed", f"{why}. {KEEP_RAW}")


def pending_query(month: date | None) -> TextClause:
    """The releases to parse, all of them or one dateline month's (an index on the month finds them)."""
    if month is None:
        return text(PENDING.format(month_filter=""))
    return text(PENDING.format(month_filter="AND r.dateline_month = :month")).bindparams(month=month)


@contextmanager
def stage_lock(engine: Engine, month: date | None) -> Iterator[None]:
    """One run at a time over everything; runs for different months at once (each month alone)."""
    if month is None:
        with advisory_lock(engine, "stage"):
            yield
    else:
        with advisory_lock(engine, "stage", shared=True), advisory_lock(engine, "stage", part=str(month)):
            yield


def stage_pending(engine: Engine, *, batch_size: int = BATCH_SIZE, parser: Parser | None = None,
                  version: str | None = None, settings: Settings | None = None,
                  month: date | None = None) -> StageReport:
    """Parse and stage every release that needs it (of ``month`` only, when given); returns what was staged.

    ``parser``/``version`` replace the real parser (tests); it then runs in this process.
    """
    if parser is None:
        from etl.parse import PARSER_VERSION

        version = PARSER_VERSION
    assert version is not None
    settings = settings or load_settings()
    report = StageReport()
    pending = pending_query(month)
    with stage_lock(engine, month):
        with engine.connect() as conn:
            registry = dict(conn.execute(REGISTRY).all())
        pool: ParsePool | None = None  # started with the first pending batch: a no-op run starts no process
        try:
            after = 0
            while True:
                with engine.connect() as conn:
                    rows = conn.execute(pending, {"version": version, "after": after, "limit": batch_size}).all()
                if not rows:
                    return report
                if pool is None and parser is None:
                    pool = ParsePool(PARSER_PATH, processes=settings.parse_workers, timeout_s=settings.parse_timeout_s,
                                     memory_mb=settings.parse_memory_mb, registry=registry)
                slices = _parse_batch(rows, version, parser, pool, registry)
                with engine.begin() as conn:
                    write_slices(conn, slices)
                for item in slices:
                    report.add(item)
                after = rows[-1].release_id
        finally:
            if pool is not None:
                pool.close()


def _parse_batch(rows: list, version: str, parser: Parser | None, pool: ParsePool | None,
                 registry: Mapping[str, str]) -> list[StagedRelease]:
    done: dict[int, StagedRelease] = {}
    for row in rows:
        if row.text is None:
            done[row.release_id] = StagedRelease(row.release_id, version, "unreadable",
                                                 row.unreadable_reason or "no text was extracted")
    readable = [(row.release_id, row.text) for row in rows if row.text is not None]
    if pool is None:
        assert parser is not None
        for release_id, body in readable:
            try:
                done[release_id] = staged_result(release_id, version, parser(body, registry=registry))
            except Exception as exc:  # one bad release must never stop the batch
                done[release_id] = failed(release_id, version, f"the parser raised {type(exc).__name__}: {exc}")
    else:
        def collect(release_id: int, outcome: str, value: Any) -> None:
            done[release_id] = (staged_result(release_id, version, value) if outcome == "ok"
                                else failed(release_id, version, f"the parser {outcome}: {value}"))

        pool.map(readable, collect)
    return [done[row.release_id] for row in rows]
