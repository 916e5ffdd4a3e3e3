"""Dagster wiring for irwh: assets call into ``etl``; no SQL or parsing lives here."""
