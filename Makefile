# kg: set-up, run, test. `make run` and `make test` work from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KG_STORE ?= ./kg-data
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run ingest serve test lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Build the example graph in the embedded store and serve the API.
run: ingest
	$(BIN)/kg serve --store $(KG_STORE) --host $(HOST) --port $(PORT)

ingest: install
	$(BIN)/kg ingest examples --store $(KG_STORE)

test: install
	$(BIN)/ruff check kg api tests
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check kg api tests
	$(BIN)/ruff format --check kg api tests
	$(BIN)/mypy

format: install
	$(BIN)/ruff format kg api tests
	$(BIN)/ruff check --fix kg api tests

clean:
	rm -rf $(VENV) kg-data .pytest_cache .mypy_cache .ruff_cache
