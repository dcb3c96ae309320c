# The two commands of README.md. Both set up everything they need on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: demo test install install-dev lint typecheck unit bench model clean

demo: install
	$(BIN)/sweetie demo $(ARGS)

test: install-dev lint typecheck unit

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	scripts/install-system-deps
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .

install-dev: $(BIN)/python
	scripts/install-system-deps --test
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'

lint:
	$(BIN)/ruff check src tests benchmarks data/corpus
	$(BIN)/ruff format --check src

typecheck:
	$(BIN)/mypy

unit:
	$(BIN)/pytest -q $(ARGS)

# Retrain the model that ships in the package from the training split.
model: install
	$(BIN)/sweetie train data/train --out src/sweetie/detect/models/default.model.json.gz

bench: install
	$(BIN)/python benchmarks/bench_detect.py $(ARGS)

clean:
	rm -rf $(VENV) sweetie-data .pytest_cache .mypy_cache .ruff_cache
