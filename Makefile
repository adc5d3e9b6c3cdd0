# Two commands: `make run` serves the demo, `make test` runs the whole suite. Both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint translations i18n-update bench clean

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/pybabel compile -d msc/translations

# Maintainers: collect new strings into the catalogs (then translate fr and ar).
i18n-update: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k lazy_gettext -k _l -o msc/translations/messages.pot .
	$(BIN)/pybabel update -i msc/translations/messages.pot -d msc/translations --no-fuzzy-matching

run: setup
	$(BIN)/msc db upgrade
	$(BIN)/msc demo --if-empty
	$(BIN)/msc run --host 127.0.0.1 --port 5000

# Four workers (a file's tests stay together, so module fixtures are built once): on two cores the suite waits
# much of the time on servers, browsers and subprocesses, so a fourth worker fills it. Files are handed out in
# collection order (--no-loadscope-reorder), where tests/conftest.py puts the slowest first, so that no long
# file starts last. TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 4
test: setup
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(if $(filter 0,$(TEST_WORKERS)),,--no-loadscope-reorder)

# ruff: pyflakes, bugbear, import order, pycodestyle, pyupgrade (configured in pyproject.toml).
lint: setup
	$(BIN)/ruff check msc tests bench migrations

bench: setup
	for b in bench/*.py; do PYTHONPATH=. $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache
