"""The pipeline below ingestion, as plain functions: raw -> staging -> star.

The Dagster assets call these steps one per asset; ``irwh`` commands and tests call them
directly. Each step is incremental: it only touches releases that need it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from etl.load.outcomes import forget_outcomes
from etl.load.star import LoadReport, load_pending, refresh_marts
from etl.stage.run import StageReport, stage_pending


@dataclass(frozen=True)
class PipelineReport:
    staged: StageReport
    loaded: LoadReport
    marts: dict[str, int]


def run_pipeline(engine: Engine) -> PipelineReport:
    """Parse every release that needs it, load every staged slice the star lacks, refresh the marts."""
    staged = stage_pending(engine)
    loaded = load_pending(engine)
    return PipelineReport(staged=staged, loaded=loaded, marts=refresh_marts(engine))


def reset_derived_layers(engine: Engine) -> None:
    """Empty staging and the star (keeping the seeded rows) so everything is rebuilt from raw.

    Raw is the archive and is never touched. One transaction: readers see the old warehouse until
    the reset commits.
    """
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text(
            "TRUNCATE staging.release_parse, warehouse.fct_forecast_statement, warehouse.fct_forecast, "
            "warehouse.fct_actual, warehouse.fct_dividend CASCADE"
        ))
        forget_outcomes(conn)
        for table, key in (("dim_fiscal_period", "fiscal_period_key"), ("dim_release", "release_key"),
                           ("dim_company", "company_key")):
            conn.execute(text(f"DELETE FROM warehouse.{table} WHERE {key} > 0"))
