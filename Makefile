# Two commands for a new machine: `make demo` (install + run the demo) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check

.PHONY: install install-test demo test serve bench lint

$(VENV)/bin/python:
	python3 -m venv $(VENV)

# torch first, pinned: the CPU wheel, so nothing pulls the multi-GB CUDA build.
install: $(VENV)/bin/python
	$(PIP) torch==2.13.0
	$(PIP) -e .

install-test: $(VENV)/bin/python
	$(PIP) torch==2.13.0
	$(PIP) -e '.[test]'

demo: install
	$(VENV)/bin/throughline demo

test: install-test
	$(PY) -m pytest

serve: install
	$(VENV)/bin/throughline serve

bench: install
	$(PY) bench/api_latency.py

lint:
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
