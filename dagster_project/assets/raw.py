"""The raw layer: release files from the landing folder into the ``raw.release`` archive."""

import time

import dagster as dg

from dagster_project.resources import DB_RETRY, WarehouseResource
from etl.ingest.manifest import ingest_landing
from etl.settings import load_settings


@dg.asset(
    group_name="raw",
    key_prefix="raw",
    name="release",
    description="Every release file that reached the landing folder (IRWH_LANDING_DIR), archived by content "
    "hash with its bytes and text; unreadable files are archived with the reason. Files unchanged since the "
    "last run (raw.landing_file) are not read again.",
    kinds={"postgres"},
    retry_policy=DB_RETRY,
)
def raw_release(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    landing = load_settings().landing_dir
    landing.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    report = ingest_landing(warehouse.get_engine(), landing)
    for item in report.notable:
        context.log.warning(f"{item.path}: {item.reason}")
    return dg.MaterializeResult(
        metadata={
            "landing_dir": dg.MetadataValue.path(str(landing)),
            "releases_new": report.new,
            "releases_known": report.known,
            "releases_unreadable": report.unreadable,
            "duration_s": round(time.monotonic() - started, 3),
            "unreadable_files": dg.MetadataValue.md(
                "\n".join(f"- `{f.path}`: {f.reason}" for f in report.notable) or "none"
            ),
        }
    )
