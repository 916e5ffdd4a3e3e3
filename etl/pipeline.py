"""The pipeline below ingestion, as plain functions: raw -> staging -> star.

The Dagster assets call these steps one per asset; ``irwh`` commands and tests call them
directly. Each step is incremental: it only touches releases that need it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

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
