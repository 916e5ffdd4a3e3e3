# The README's two commands: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed

.PHONY: demo test lint lock bench bench-quick bench-parse bench-load bench-backfill bench-marts reliability fuzz

# Bytecode is compiled at install: where PYTHONDONTWRITEBYTECODE is set (CI images often do) every
# cold start (irwh run, each parser worker, the Dagster run worker) would otherwise recompile
# every imported module, ~2-3 s of CPU for Dagster alone.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m compileall -q etl dagster_project models >/dev/null
	touch $(STAMP)

## Start the embedded PostgreSQL, migrate, ingest the bundled samples, run the pipeline, print a summary.
demo: $(STAMP)
	$(BIN)/irwh demo

## Lint, then the whole test suite against a real PostgreSQL the session starts itself.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -p no:cacheprovider

## Every reliability promise at full size; prints `name: tried N, bad M` per promise.
reliability: $(STAMP)
	IRWH_RELIABILITY_FULL=1 $(BIN)/python -m pytest tests/reliability -q -p no:cacheprovider

## Opt-in coverage-guided fuzzing of the parser (atheris), FUZZ_SECONDS long.
FUZZ_SECONDS ?= 300
fuzz: $(STAMP)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements-fuzz.lock
	$(BIN)/python benchmarks/fuzz_parser.py -max_total_time=$(FUZZ_SECONDS)

lint: $(STAMP)
	$(BIN)/ruff check .

## Re-resolve requirements.lock from pyproject.toml (commit the result).
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra fuzz --python-version 3.11 -o requirements-fuzz.lock

## Benchmarks: scripts that print `name: value unit` lines (not part of the test suite).
## `make bench` runs them all at the targets' sizes (10M-fact marts, 100k-release backfill: ~30 min);
## `make bench-quick` at small sizes in under 3 minutes. Both end with the figures against the targets.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.suite

bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.suite --quick

bench-parse: $(STAMP)
	$(BIN)/python benchmarks/bench_parse.py

bench-load: $(STAMP)
	$(BIN)/python -m benchmarks.bench_load

bench-marts: $(STAMP)
	$(BIN)/python -m benchmarks.bench_marts

BACKFILL_RELEASES ?= 10000
bench-backfill: $(STAMP)
	$(BIN)/python -m benchmarks.bench_backfill --releases $(BACKFILL_RELEASES)
