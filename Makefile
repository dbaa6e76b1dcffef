# kamdesk: `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-packages bench demo forms translations clean
# Debian packages the tests run: LibreOffice recalculates the Excel offer, poppler renders and reads PDFs,
# PostgreSQL is the throwaway team server the server tests start (tests/pg_server.py)
TEST_PACKAGES := libreoffice-calc libreoffice-writer poppler-utils postgresql

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# on Linux/X11 kamdesk first names the system libraries Qt's xcb plugin lacks, with the apt-get command
run: $(STAMP)
	$(BIN)/kamdesk

# the slowest set-ups and tests are listed at the end (with how often the team templates were built), to keep
# the whole run within CI's 10 minutes; the tests run in TEST_JOBS processes (pytest-xdist; 1: in this one)
TEST_JOBS ?= 2
test: $(STAMP) test-packages
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --durations=20 $(if $(filter 1,$(TEST_JOBS)),,-n $(TEST_JOBS))

# installs the missing ones when run as root (CI), prints the command otherwise
test-packages:
	sh tests/debian-packages.sh $(TEST_PACKAGES)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

demo: $(STAMP)
	$(BIN)/kamdesk demo

forms: $(STAMP)
	$(BIN)/python -m kamdesk.gui.forms.compile

# refresh the .ts sources from the code and forms, then compile them to the .qm files the app loads
translations: $(STAMP)
	$(BIN)/python -m kamdesk.gui.message_catalogue_build
	$(BIN)/pyside6-lupdate $$(find kamdesk/gui -name '*.py' ! -name '*_ui.py') ui/*.ui \
		-no-obsolete -ts resources/translations/kamdesk_hu.ts resources/translations/kamdesk_ru.ts
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) build dist *.egg-info
