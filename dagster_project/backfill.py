"""The partitioned backfill: one run per publication month, months running side by side.

The nightly job ingests whatever landed and stays unpartitioned. A backfill of years of releases
is split by the month each release's dateline names (``raw.release.dateline_month``, sniffed at
archive time), so several months parse at once: one run per partition, each run parsing with a
single worker process because the partitions are what runs in parallel. Each run then loads
whatever is staged; the load is order-free and serialised by its own lock, so months finishing
in any order give the same star. Releases with no dateline month are not in any partition: the
unpartitioned ``ingest_and_load`` run that finishes a backfill parses them, and refreshes the
forecast-outcome snapshot and the materialized marts once instead of once per month.

Time-window partitions rather than dynamic ones: they exist before anything is archived, so a
range can be launched from the CLI or the UI with nothing registered first, and ``--from/--to``
ranges follow the calendar. A month with no releases costs a run that finds nothing to parse.
"""

import os
import time
from dataclasses import replace
from datetime import date

import dagster as dg

from dagster_project.assets.staging import stage_metadata
from dagster_project.assets.warehouse import load_metadata
from dagster_project.resources import DB_RETRY, WarehouseResource
from etl.load.star import load_pending
from etl.settings import Settings, load_settings
from etl.stage.run import stage_pending

MONTH_FORMAT = "%Y-%m"
JOB_NAME = "backfill_by_month"


def month_partitions(settings: Settings) -> dg.MonthlyPartitionsDefinition:
    """Every month from IRWH_BACKFILL_START up to and including the current one."""
    return dg.MonthlyPartitionsDefinition(
        start_date=settings.backfill_start.strftime(MONTH_FORMAT), fmt=MONTH_FORMAT, end_offset=1
    )


def partition_month(context: dg.OpExecutionContext) -> date:
    return date.fromisoformat(f"{context.partition_key}-01")


@dg.op(retry_policy=DB_RETRY)
def backfill_month(context: dg.OpExecutionContext, warehouse: WarehouseResource) -> None:
    """Parse the partition's month with one parser process (the months themselves run in parallel),
    then load every staged slice the star lacks, this month's and any other partition's.

    One step rather than a parse step and a load step: each step of a multiprocess (or Kubernetes)
    run starts a process (or pod) of its own, seconds per step, and the two never overlap anyway.
    """
    engine = warehouse.get_engine()
    started = time.monotonic()
    one_worker = replace(load_settings(), parse_workers=1)
    staged = stage_pending(engine, month=partition_month(context), settings=one_worker)
    for release_id, status, reason in staged.not_parsed:
        context.log.warning(f"release {release_id} {status}: {reason}")
    # The assets are unpartitioned (the nightly job materializes them whole); a backfill run
    # materializes them too, for its month, which the metadata says.
    context.log_event(dg.AssetMaterialization(
        asset_key=["staging", "release_parse"], metadata={"month": context.partition_key,
                                                          **stage_metadata(staged, started)},
    ))
    started = time.monotonic()
    loaded = load_pending(engine)
    context.log_event(dg.AssetMaterialization(
        asset_key=["warehouse", "star"], metadata={"month": context.partition_key, **load_metadata(loaded, started)},
    ))


def backfill_job() -> dg.JobDefinition:
    """The job, built by a module-level function so ``dg.reconstructable`` can rebuild it in another process."""

    @dg.job(
        name=JOB_NAME,
        partitions_def=month_partitions(load_settings()),
        executor_def=dg.multiprocess_executor.configured({"max_concurrent": os.cpu_count() or 1}),
        resource_defs={"warehouse": WarehouseResource()},
        tags={"irwh/backfill": "by_month"},
        description="Parse and load the releases of one publication month per partition (a backfill); finish "
        "with one ingest_and_load run for the undated releases and the marts.",
    )
    def _job() -> None:
        backfill_month()

    return _job

