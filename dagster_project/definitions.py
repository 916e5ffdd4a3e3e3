"""The one place the Dagster definitions are assembled."""

from __future__ import annotations

import dagster as dg

from dagster_project.assets import raw
from dagster_project.resources import WarehouseResource

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([raw]),
    resources={"warehouse": WarehouseResource()},
)
