"""The star: staged slices loaded into dimensions and versioned facts."""

import time

import dagster as dg

from dagster_project.resources import DB_RETRY, WarehouseResource
from etl.load.outcomes import refresh_outcomes
from etl.load.star import LoadReport, load_pending


@dg.asset(
    group_name="warehouse",
    key=["warehouse", "star"],
    deps=[dg.AssetKey(["staging", "release_parse"])],
    description="Dimensions (company, fiscal period, date, metric, standard, release) and facts (dividends, "
    "forecast versions with knowledge intervals, actuals), loaded set-based one batch per transaction.",
    kinds={"postgres"},
    retry_policy=DB_RETRY,
)
def warehouse_star(warehouse: WarehouseResource) -> dg.MaterializeResult:
    started = time.monotonic()
    report = load_pending(warehouse.get_engine())
    return dg.MaterializeResult(metadata=load_metadata(report, started))


def load_metadata(report: LoadReport, started: float) -> dict[str, int | float]:
    """What a load step reports, here and per partition in the backfill job."""
    return {
        "releases_loaded": report.releases,
        **{f"rows_{table}": count for table, count in sorted(report.rows.items())},
        "duration_s": round(time.monotonic() - started, 3),
    }


@dg.asset(
    group_name="warehouse",
    key=["warehouse", "forecast_outcome"],
    deps=[dg.AssetKey(["warehouse", "star"])],
    description="Accumulating snapshot behind mart.forecast_vs_actual (first and last forecast before each "
    "result, and the result), rebuilt only for the keys loaded since its last refresh.",
    kinds={"postgres"},
    retry_policy=DB_RETRY,
)
def warehouse_forecast_outcome(warehouse: WarehouseResource) -> dg.MaterializeResult:
    started = time.monotonic()
    rebuilt = refresh_outcomes(warehouse.get_engine())
    return dg.MaterializeResult(
        metadata={"rebuilt_keys": rebuilt, "duration_s": round(time.monotonic() - started, 3)}
    )
