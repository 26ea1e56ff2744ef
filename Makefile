# The two set-up commands of the README:
#   make run   installs frontlines and runs the main job on the bundled sample articles
#   make test  installs frontlines with its test tools and runs the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	bash scripts/install-web-deps.sh $(BIN)/python
	$(BIN)/frontlines extract samples/ --format table
	$(BIN)/frontlines ingest samples/ --skip-bad --db sqlite:///frontlines.db
	$(BIN)/frontlines serve --db sqlite:///frontlines.db

test: install
	bash scripts/install-web-deps.sh $(BIN)/python
	bash scripts/test-services.sh $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
