"""Asset checks beside the assets they guard: the checks of ``etl.checks``, one step per asset.

Blocking checks stop a run before bad data reaches the marts; the staging check only warns and
names the releases that were not parsed. The checks of one asset run as one step on one
connection: as separate steps they cost a process-wide event round trip each, a third of a
no-op run's time.
"""

import json
from collections.abc import Iterator

import dagster as dg

from dagster_project.resources import WarehouseResource
from etl.checks import CHECKS, run_check

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
        with warehouse.get_engine().connect() as conn:
            for check in checks:
                outcome = run_check(conn, check)
                yield dg.AssetCheckResult(
                    asset_key=asset,
                    check_name=check.name,
                    passed=outcome.passed,
                    severity=dg.AssetCheckSeverity.ERROR if check.blocking else dg.AssetCheckSeverity.WARN,
                    metadata={
                        "failures": outcome.failures,
                        "offending_rows": dg.MetadataValue.json(json.loads(json.dumps(outcome.sample, default=str))),
                    },
                )

    return _checks


asset_checks = [build_checks(layer) for layer in GUARDED_ASSET]
