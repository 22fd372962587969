# kg: set-up, run, test. `make run` and `make test` work from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KG_STORE ?= ./kg-data
HOST ?= 127.0.0.1
PORT ?= 8000
# `make bench BENCH_SIZES=10000,100000` for a quick run; BENCHMARKS.md comes from all three.
BENCH_SIZES ?= 10000,100000,1000000
BENCH_RUNS ?= 3
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: install run ingest serve test lint format bench bench-cluster clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Build the example graph in the embedded store and serve the API and the viewer.
run: ingest
	@echo "kg viewer: http://$(HOST):$(PORT)/  (API docs: http://$(HOST):$(PORT)/docs)"
	$(BIN)/kg serve --store $(KG_STORE) --host $(HOST) --port $(PORT)

ingest: install
	$(BIN)/kg ingest examples --store $(KG_STORE)

test: install
	$(BIN)/ruff check kg api tests
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check kg api tests bench
	$(BIN)/ruff format --check kg api tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff format kg api tests bench
	$(BIN)/ruff check --fix kg api tests bench

## Benchmarks: write BENCHMARKS.md and bench/growth.png (data under /tmp/kg-bench).
bench: $(BENCH_STAMP)
	$(BIN)/python -m bench.run --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS)

## Section 6 of BENCHMARKS.md: ingest on Dask (1 and 2 workers) against the process pool.
bench-cluster: $(BENCH_STAMP)
	$(BIN)/python -m bench.cluster --runs $(BENCH_RUNS)
	$(BIN)/python -m bench.report

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

clean:
	rm -rf $(VENV) kg-data .pytest_cache .mypy_cache .ruff_cache
