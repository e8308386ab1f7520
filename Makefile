# basma: the two commands a new user runs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= basma.duckdb

.PHONY: demo test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,web,spark]'

## Set up and run basma's main job on the bundled sample corpus.
demo: install
	$(BIN)/basma run --db $(DB)
	$(BIN)/basma events --db $(DB) --limit 15

## Install what the tests need and run the whole suite (lint, types, tests, evaluation floors).
test: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: install-dev
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(DB)
