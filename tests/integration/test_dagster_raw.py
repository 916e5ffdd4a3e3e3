"""The Dagster definitions load, and the raw asset archives the landing folder into a real PostgreSQL."""

from __future__ import annotations

import shutil

import dagster as dg
from sqlalchemy import text

from dagster_project.definitions import defs
from dagster_project.resources import WarehouseResource
from tests.conftest import SAMPLES_DIR


def test_definitions_load_with_the_warehouse_resource_and_raw_asset() -> None:
    keys = {key.to_user_string() for key in defs.resolve_all_asset_keys()}
    assert "raw/release" in keys
    assert isinstance(defs.resources["warehouse"], WarehouseResource)


def test_raw_asset_archives_the_landing_folder_once(warehouse_env, engine) -> None:
    for name in ("iij-2018-05-24-dividend.txt", "agc-2021-05-07-q1-summary.pdf"):
        shutil.copy(SAMPLES_DIR / name, warehouse_env.landing_dir / name)
    (warehouse_env.landing_dir / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    assets = [defs.get_assets_def(dg.AssetKey(["raw", "release"]))]

    first = dg.materialize(assets, resources={"warehouse": WarehouseResource()})
    second = dg.materialize(assets, resources={"warehouse": WarehouseResource()})

    assert first.success and second.success
    meta = first.asset_materializations_for_node("raw__release")[0].metadata
    assert (meta["releases_new"].value, meta["releases_unreadable"].value) == (3, 1)
    again = second.asset_materializations_for_node("raw__release")[0].metadata
    assert (again["releases_new"].value, again["releases_known"].value) == (0, 3)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM raw.release")).scalar_one() == 3
