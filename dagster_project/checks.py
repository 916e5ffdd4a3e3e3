"""Asset checks beside the assets they guard, one per check in ``etl.checks``.

Blocking checks stop a run before bad data reaches the marts; the staging check only warns and
names the releases that were not parsed.
"""

import json

import dagster as dg

from dagster_project.resources import WarehouseResource
from etl.checks import CHECKS, Check, run_check

GUARDED_ASSET = {
    "staging": dg.AssetKey(["staging", "release_parse"]),
    "warehouse": dg.AssetKey(["warehouse", "star"]),
}


def build_check(check: Check) -> dg.AssetChecksDefinition:
    severity = dg.AssetCheckSeverity.ERROR if check.blocking else dg.AssetCheckSeverity.WARN

    @dg.asset_check(asset=GUARDED_ASSET[check.layer], name=check.name, description=check.description,
                    blocking=check.blocking)
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.get_engine().connect() as conn:
            outcome = run_check(conn, check)
        return dg.AssetCheckResult(
            passed=outcome.passed,
            severity=severity,
            metadata={
                "failures": outcome.failures,
                "offending_rows": dg.MetadataValue.json(json.loads(json.dumps(outcome.sample, default=str))),
            },
        )

    return _check


asset_checks = [build_check(check) for check in CHECKS]
