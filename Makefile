# jvdesk: `make run` starts the app on the shipped pack; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint unit bench schema clean screenshots deck-screenshots package translations

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "jvdesk needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version)"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
	  { echo "Could not create $(VENV): on Debian or Ubuntu, install python3-venv (sudo apt-get install python3-venv)"; exit 1; }

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	@touch $@ $(VENV)/.app-installed

# The catalogues jvdesk reads (.qm, .mo) are built from the committed .ts and .po files.
CATALOGUES := $(wildcard resources/translations/*.ts resources/locale/*/LC_MESSAGES/*.po)
$(VENV)/.catalogues: $(CATALOGUES) tools/translations.py | $(VENV)/.app-installed
	$(BIN)/python tools/translations.py compile
	@touch $@

# Refresh the catalogues from the code (docs/translating.md), then build them.
translations: $(VENV)/.app-installed
	$(BIN)/python tools/translations.py update
	@touch $(VENV)/.catalogues

run: $(VENV)/.app-installed $(VENV)/.catalogues
	$(BIN)/jvdesk

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(VENV)/.test-installed $(VENV)/.catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint unit

bench: $(VENV)/.test-installed $(VENV)/.catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

schema: $(VENV)/.test-installed
	$(BIN)/python -m jvdesk.core.schema --write
	$(BIN)/python -m jvdesk.export.own_templates --write
	$(BIN)/python tools/substitute_metrics.py
	$(BIN)/jvdesk validate --snapshot resources/packs/joint-vision-2025.snapshot.json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

screenshots: $(VENV)/.app-installed $(VENV)/.catalogues
	tools/app_screenshots.sh docs/screenshots

package: $(VENV)/.test-installed $(VENV)/.catalogues
	packaging/linux/build.sh $(BIN) dist

deck-screenshots: $(VENV)/.app-installed $(VENV)/.catalogues
	$(BIN)/python tools/deck_screenshots.py
