# geomap: the two commands a new user needs.
#   make map    set everything up and build the example map (output/map.html)
#   make test   set everything up and run the test suite
# Both are idempotent: with .venv up to date they skip straight to the work.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geomap-installed

.PHONY: map test setup lint bench clean help

help:
	@echo "make map    set up .venv and build output/map.html from examples/"
	@echo "make test   set up .venv (with test tools) and run the tests"
	@echo "make lint   ruff over the package, tests and benchmarks"
	@echo "make bench  run the benchmarks in benchmarks/"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "geomap needs Python >= 3.11; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

map: $(STAMP)
	$(BIN)/geomap build examples --out output

test: $(STAMP)
	$(BIN)/python -m pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check geomap tests benchmarks scripts
	$(BIN)/ruff format --check geomap tests benchmarks scripts

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) output/map.html output/*.geojson
