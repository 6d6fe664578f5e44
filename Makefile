# Two entry points (see README "Quick start"): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench clean

# Set up once: a virtualenv with the package and its test tools, and the gazetteer index.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(BIN)/captions gazetteer build
	touch $(STAMP)

# The main job: normalise every caption batch in samples/ to JSON Lines on stdout.
run: $(STAMP)
	$(BIN)/captions normalize samples/

# The whole test suite: lint, strict typing, tests.
test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) out .mypy_cache .pytest_cache .ruff_cache
