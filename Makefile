# sitrep: `make demo` and `make test` work on a fresh machine (Python 3.11 + the package registries).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup demo test bench score eval clean

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Extract events from our own example articles (fr/en/ar), store them in SQLite, list them.
demo: setup
	$(BIN)/sitrep extract examples --format table
	rm -f demo.db
	$(BIN)/sitrep ingest examples --db demo.db
	$(BIN)/sitrep events --db demo.db --format table

test: setup
	$(BIN)/pytest

# Seed article against its gold, with the shared scorer.
score: setup
	$(BIN)/python ../shared/tools/score.py --run "$(BIN)/sitrep extract" ../shared/seed

# The dev gold set, per language, tuning and test splits.
eval: setup
	$(BIN)/sitrep eval eval/fr/tune eval/en/tune eval/ar/tune --by-language
	$(BIN)/sitrep eval eval/fr/test eval/en/test eval/ar/test --by-language

bench: setup
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_gazetteer.py

clean:
	rm -rf $(VENV) demo.db bench-out .pytest_cache
