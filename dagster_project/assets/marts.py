"""The marts: views over the star, and the materialized ones refreshed after each load."""

import time

import dagster as dg

from dagster_project.resources import DB_RETRY, WarehouseResource
from etl.load.star import refresh_materialized_marts, star_watermark


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
def mart_latest_forecasts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    started = time.monotonic()
    engine = warehouse.get_engine()
    watermark = star_watermark(engine)
    last = context.instance.get_latest_materialization_event(context.asset_key)
    last_mark = (
        last.asset_materialization.metadata.get("star_watermark") if last and last.asset_materialization else None
    )
    if last_mark is not None and last_mark.value == watermark:
        # nothing was loaded since the last refresh: a no-op run writes nothing
        return dg.MaterializeResult(
            metadata={
                "refreshed": False,
                "star_watermark": watermark,
                "duration_s": round(time.monotonic() - started, 3),
            }
        )
    counts = refresh_materialized_marts(engine)
    return dg.MaterializeResult(
        metadata={
            "refreshed": True,
            "star_watermark": watermark,
            "dagster/row_count": counts["mart.latest_forecasts"],
            "duration_s": round(time.monotonic() - started, 3),
        }
    )
