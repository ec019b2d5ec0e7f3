# Campaign Console: `make run` opens the console, `make test` runs ruff (lint and format),
# the import contracts (lint-imports, see pyproject.toml) and the suite twice: on SQLite,
# then on a throwaway PostgreSQL cluster (scripts/test_postgresql.py).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
QM      = $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test lint system-deps test-deps install translations lupdate wheel bench clean

run: install
	$(BIN)/campaign-console

test: install test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/test_postgresql.py

install: system-deps $(STAMP) translations

# What a minimal Debian/Ubuntu lacks: the venv's ensurepip (python3.X-venv), and the few
# shared libraries Qt needs; installs them when root, else prints the apt-get line.
system-deps:
	@$(PYTHON) scripts/system_deps.py

# What only the tests use (SpamAssassin, which scores the demo's messages; PostgreSQL, for
# the suite's second run); installs it when root.
test-deps:
	@$(PYTHON) scripts/system_deps.py --test

# After system-deps (order only: it runs first, even with -j, and forces no rebuild):
# without python3.X-venv, `python3 -m venv` fails on a fresh Debian.
$(STAMP): pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Every .ts file, English's plural forms included, compiled to the .qm the GUI loads.
translations: $(STAMP) $(QM)

# Extracts the GUI's strings into the .ts files, keeping the translations already made;
# strings from data (spec labels, choice words) are written out as literals first.
# English gets only the messages with a %n (campaign_console_en.ts): their two forms,
# "1 step waits" / "2 steps wait", where the source says "%n step(s) wait".
lupdate: $(STAMP)
	$(BIN)/python scripts/extract_data_strings.py
	$(BIN)/python scripts/update_translations.py

resources/translations/%.qm: resources/translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# A wheel in dist/ that carries resources/ with the compiled translations.
wheel: translations
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Every benchmark in turn; each prints its figures and ratios (minutes: they build big data).
bench: install
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) resources/translations/*.qm dist
