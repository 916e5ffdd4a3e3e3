"""Asset checks beside the assets they guard: the checks of ``etl.checks``, one step per asset.

Blocking checks stop a run before bad data reaches the marts; the staging check only warns and
names the releases that were not parsed. The checks of one asset run as one step on one
connection (as separate steps their events were a third of a no-op run's time), and a warehouse
check is not evaluated again while the star is unchanged (``etl.checks.check_outcomes``).
"""

import json
from collections.abc import Iterator

import dagster as dg

from dagster_project.resources import WarehouseResource
from etl.checks import CHECKS, check_outcomes

GUARDED_ASSET = {
    "staging": dg.AssetKey(["staging", "release_parse"]),
    "warehouse": dg.AssetKey(["warehouse", "star"]),
}


def build_checks(layer: str) -> dg.AssetChecksDefinition:
    checks = [check for check in CHECKS if check.layer == layer]
    asset = GUARDED_ASSET[layer]

    @dg.multi_asset_check(
        name=f"{layer}_checks",
        specs=[dg.AssetCheckSpec(check.name, asset=asset, description=check.description, blocking=check.blocking)
               for check in checks],
    )
    def _checks(warehouse: WarehouseResource) -> Iterator[dg.AssetCheckResult]:
        for outcome in check_outcomes(warehouse.get_engine(), layer):
            reused = {"verdict_reached_at": outcome.evaluated_at.isoformat()} if outcome.evaluated_at else {}
            yield dg.AssetCheckResult(
                asset_key=asset,
                check_name=outcome.check.name,
                passed=outcome.passed,
                severity=dg.AssetCheckSeverity.ERROR if outcome.check.blocking else dg.AssetCheckSeverity.WARN,
                metadata={
                    "failures": outcome.failures,
                    "offending_rows": dg.MetadataValue.json(json.loads(json.dumps(outcome.sample, default=str))),
                    **reused,
                },
            )

    return _checks


asset_checks = [build_checks(layer) for layer in GUARDED_ASSET]
