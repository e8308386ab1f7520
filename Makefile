# basma: the two commands a new user runs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= basma.duckdb

.PHONY: demo test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installing compiles the text layer's rule modules (setup.py), so it is redone only when they, the
# list of them or the package metadata change; a stamp file in the virtual environment records it.
BUILD_INPUTS := pyproject.toml setup.py $(wildcard src/basma/build.py src/basma/text/*.py src/basma/dates/*.py)

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/.installed: $(BIN)/python $(BUILD_INPUTS)
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python $(BUILD_INPUTS)
	$(BIN)/python -m pip install --quiet -e '.[dev,web,spark]'
	touch $@ $(VENV)/.installed

## Set up and run basma's main job on the bundled sample corpus.
demo: install
	$(BIN)/basma run --db $(DB)
	$(BIN)/basma events --db $(DB) --limit 15

## Install what the tests need and run the whole suite (lint, types, tests, evaluation floors).
test: install-dev
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: install-dev
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/ruff format --check src tests bench setup.py

bench: install-dev
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(DB)
	find src -name "*.so" -delete
