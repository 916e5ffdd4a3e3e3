"""Jobs, the nightly schedule and the landing-folder sensor."""

import dagster as dg

from dagster_project.resources import WarehouseResource
from etl.ingest.landing import scan_landing, unarchived
from etl.settings import Settings, load_settings

pipeline_job = dg.define_asset_job(
    "ingest_and_load",
    selection=dg.AssetSelection.all(),
    description="Archive what landed, parse what is new, load the star, refresh the marts; checks included.",
)

reparse_all_job = dg.define_asset_job(
    "reparse_all",
    selection=dg.AssetSelection.assets(
        ["staging", "release_parse"], ["warehouse", "star"], ["warehouse", "forecast_outcome"],
        ["mart", "latest_forecasts"],
    ),
    description="Rebuild staging and the star from the raw archive with the current parser (raw is never rebuilt).",
    config={"ops": {"staging__release_parse": {"config": {"reparse_all": True}}}},
)


def _status(enabled: bool) -> dg.DefaultScheduleStatus:
    return dg.DefaultScheduleStatus.RUNNING if enabled else dg.DefaultScheduleStatus.STOPPED


def nightly_schedule(settings: Settings) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name="nightly",
        job=pipeline_job,
        cron_schedule=settings.schedule_cron,
        execution_timezone=settings.schedule_timezone,
        default_status=_status(settings.schedule_enabled),
        description="Ingest whatever arrived and load it (IRWH_SCHEDULE_CRON / IRWH_SCHEDULE_TIMEZONE).",
    )


def landing_sensor(settings: Settings) -> dg.SensorDefinition:
    @dg.sensor(
        name="landing_folder",
        job=pipeline_job,
        minimum_interval_seconds=30,
        default_status=dg.DefaultSensorStatus.RUNNING if settings.sensor_enabled else dg.DefaultSensorStatus.STOPPED,
        description="Starts a run when files with new content appear in IRWH_LANDING_DIR; the run key is the "
        "content hash, so a copy of a file already seen starts nothing.",
    )
    def _sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
        scan = scan_landing(load_settings().landing_dir, context.cursor)
        new = sorted(unarchived(warehouse.get_engine(), scan.hashes))
        context.update_cursor(scan.cursor)
        if not new:
            return dg.SkipReason("no new content in the landing folder")
        return dg.RunRequest(
            run_key="landing:" + ",".join(new),
            tags={"irwh/new_files": str(len(new))},
        )

    return _sensor
