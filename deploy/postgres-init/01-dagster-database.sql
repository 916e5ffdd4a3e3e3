-- Dagster's run, event and schedule storage, kept apart from the warehouse database.
CREATE DATABASE dagster;
