"""Materialize the whole graph once, in this process (``irwh run``), and say what changed.

Runs are recorded in the persistent Dagster instance under ``IRWH_HOME`` so ``irwh ui`` shows
them beside the scheduled ones.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import dagster as dg

from etl.settings import Settings

QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


@dataclass(frozen=True)
class RunSummary:
    success: bool
    run_id: str
    materializations: dict[str, dict[str, object]]
    """asset key -> its metadata values."""
    checks: list[tuple[str, bool, int, bool]]
    """(check name, passed, failures, blocking)."""
    failure: str | None


def prepare_dagster_home(settings: Settings) -> None:
    """A persistent instance under IRWH_HOME (local storage, no telemetry), made current for this process."""
    settings.dagster_home.mkdir(parents=True, exist_ok=True)
    config = settings.dagster_home / "dagster.yaml"
    if not config.exists():
        config.write_text("# Dagster instance for `irwh run` and `irwh ui`: local storage under IRWH_HOME.\n"
                          "telemetry:\n  enabled: false\n")
    os.environ["DAGSTER_HOME"] = str(settings.dagster_home)


@contextmanager
def _instance(settings: Settings) -> Iterator[dg.DagsterInstance]:
    """The instance under IRWH_HOME, its local storage created by one process at a time.

    Two ``irwh run``s started together would otherwise both create the SQLite run storage and one
    would fail; the file lock only covers opening the instance, not the runs themselves (those are
    serialised in the database by the pipeline's advisory locks).
    """
    with (settings.dagster_home / ".instance.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        instance = dg.DagsterInstance.get()
        instance.get_runs(limit=1)  # creates and migrates the storage now, under the lock
        fcntl.flock(lock, fcntl.LOCK_UN)
    with instance:
        yield instance


def run_graph(settings: Settings, job_name: str = "ingest_and_load") -> RunSummary:
    prepare_dagster_home(settings)
    from dagster_project.definitions import defs

    job = defs.resolve_job_def(job_name)
    with _instance(settings) as instance:
        result = job.execute_in_process(instance=instance, run_config=QUIET_LOGS, raise_on_error=False)
    materializations = {
        event.asset_key.to_user_string(): {k: v.value for k, v in event.step_materialization_data.materialization
                                           .metadata.items()}
        for event in result.get_asset_materialization_events()
    }
    checks = [
        (e.check_name, e.passed, int(e.metadata["failures"].value) if "failures" in e.metadata else 0,
         e.severity == dg.AssetCheckSeverity.ERROR)
        for e in result.get_asset_check_evaluations()
    ]
    failure = None
    if not result.success:
        messages = [
            f"{event.step_key}: {event.step_failure_data.error.message.strip()}"
            for event in result.all_events
            if event.is_step_failure and event.step_failure_data.error
        ]
        failure = "; ".join(messages) or "the run failed"
    return RunSummary(result.success, result.run_id, materializations, checks, failure)
