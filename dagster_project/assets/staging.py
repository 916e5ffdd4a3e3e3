"""The staging layer: every release that needs it parsed into facts, one slice per release."""

import time

import dagster as dg

from dagster_project.resources import DB_RETRY, WarehouseResource
from etl.pipeline import reset_derived_layers
from etl.stage.run import StageReport, stage_pending


class StagingConfig(dg.Config):
    reparse_all: bool = False
    """Rebuild staging and the star from the raw layer (the `reparse_all` job sets this)."""


@dg.asset(
    group_name="staging",
    key=["staging", "release_parse"],
    deps=[dg.AssetKey(["raw", "release"])],
    description="Parse results per release (status, identity, facts with provenance, warnings). Only new "
    "releases and releases parsed by an older parser version are parsed.",
    kinds={"postgres", "python"},
    retry_policy=DB_RETRY,
)
def staging_release_parse(
    context: dg.AssetExecutionContext, config: StagingConfig, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    started = time.monotonic()
    engine = warehouse.get_engine()
    if config.reparse_all:
        context.log.info("reparse_all: clearing staging and the star; raw stays as it is")
        reset_derived_layers(engine)
    report = stage_pending(engine)
    for release_id, status, reason in report.not_parsed:
        context.log.warning(f"release {release_id} {status}: {reason}")
    return dg.MaterializeResult(metadata=stage_metadata(report, started))


def stage_metadata(report: StageReport, started: float) -> dict[str, int | float]:
    """What a staging step reports, here and per partition in the backfill job."""
    return {
        "releases_staged": report.staged,
        "releases_parsed": report.by_status.get("parsed", 0),
        "releases_unparsed": report.by_status.get("unparsed", 0),
        "releases_failed": report.by_status.get("failed", 0),
        "releases_unreadable": report.by_status.get("unreadable", 0),
        "facts_staged": report.facts,
        "warnings": report.warnings,
        "duration_s": round(time.monotonic() - started, 3),
    }
