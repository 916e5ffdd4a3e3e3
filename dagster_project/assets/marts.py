"""The marts: views over the star, and the materialized ones refreshed after each load."""

import time

import dagster as dg

from dagster_project.resources import DB_RETRY, WarehouseResource
from etl.load.star import refresh_marts


@dg.asset(
    group_name="marts",
    key=["mart", "latest_forecasts"],
    deps=[dg.AssetKey(["warehouse", "star"])],
    description="The standing forecast per company, period and metric, materialized for BI queries; the other "
    "mart views (dividends, dividend_history, forecasts, actuals, forecast_vs_actual, releases) read the star "
    "live.",
    kinds={"postgres"},
    retry_policy=DB_RETRY,
)
def mart_latest_forecasts(warehouse: WarehouseResource) -> dg.MaterializeResult:
    started = time.monotonic()
    counts = refresh_marts(warehouse.get_engine())
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": counts["mart.latest_forecasts"],
            "duration_s": round(time.monotonic() - started, 3),
        }
    )
