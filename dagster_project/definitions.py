"""The one place the Dagster definitions are assembled."""

import dagster as dg

from dagster_project.assets import marts, raw, staging, warehouse
from dagster_project.automation import landing_sensor, nightly_schedule, pipeline_job, reparse_all_job
from dagster_project.backfill import backfill_job
from dagster_project.checks import asset_checks
from dagster_project.resources import WarehouseResource
from etl.settings import load_settings

settings = load_settings()

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([raw, staging, warehouse, marts]),
    asset_checks=asset_checks,
    jobs=[pipeline_job, reparse_all_job, backfill_job()],
    schedules=[nightly_schedule(settings)],
    sensors=[landing_sensor(settings)],
    resources={"warehouse": WarehouseResource()},
)
