# The two Quick start commands (README.md): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run install install-test test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	bash tests/setup-system.sh
	$(BIN)/pip install --quiet -e '.[test,bench]'
	bash tests/browser/setup.sh

# Install, ingest the sample corpus, serve the search page on http://127.0.0.1:5000
run: install
	$(BIN)/lessons ingest --quiet corpus
	$(BIN)/lessons serve

# Install what the tests need (Python packages and system tools) and run them.
test: install-test
	$(BIN)/python -m pytest

# Lint, format check, types and the dependency directions between the stages (pyproject.toml).
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: install-test
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) data
