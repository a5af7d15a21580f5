# Reading Health Claims: two commands for everyone, a few more for maintainers.
#   make lab    install what is needed (once) and open JupyterLab on the first notebook
#   make test   install what is needed (once) and run every test
# Works with GNU make 3.81+ (macOS) and Python 3.11+. Use another Python with: make lab PYTHON=python3.12

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8888
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: help lab test lint unit notebooks execute environment student site test-browser clean

help:
	@echo "make lab        install (first time only) and open JupyterLab on notebooks/00_start_here.ipynb"
	@echo "make test       install (first time only) and run unit, data, lint and notebook tests"
	@echo "make student    (instructors) write learner notebooks without solutions to student/"
	@echo "make execute    (maintainers) re-run every notebook and store its outputs"
	@echo "make environment (maintainers) regenerate environment.yml from requirements.txt"
	@echo "make site       build the course website (Jupyter Book 1, offline) into build/book/_build/html"
	@echo "make test-browser  check the website and JupyterLab in headless Chromium (needs Debian's chromium)"
	@echo "make clean      remove the virtual environments and build/ (your notebooks and my_work/ are kept)"

# The environment is (re)built only when requirements.txt or pyproject.toml change.
$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null || \
	  { echo "Python 3.11 or newer is needed, and '$(PYTHON)' is not. Try: make $(MAKECMDGOALS) PYTHON=python3.12"; exit 1; }
	@test -x $(BIN)/python || { echo "Creating $(VENV) with $(PYTHON) ..."; $(PYTHON) -m venv $(VENV); }
	@echo "Installing pinned packages into $(VENV) (about a minute the first time) ..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@# rfc3987-syntax only slows every Jupyter start by ~2.5 s; nothing here needs it.
	@$(BIN)/python -m pip uninstall --quiet --yes rfc3987-syntax >/dev/null 2>&1 || true
	@touch $(STAMP)

# JupyterLab keeps its token and listens on this computer only. Notebooks are opened, never rewritten.
# Nothing is fetched from the internet while it runs: no news feed, no update check, no extension catalogue.
# LAB_ROOT and LAB_ARGS exist for the browser test, which serves a temporary copy of the course.
LAB_ROOT ?= $(CURDIR)
LAB_ARGS ?=
OFFLINE  := --LabApp.news_url=None --LabApp.extension_manager=readonly \
  --LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate \
  --LabApp.app_settings_dir="$(CURDIR)/lab-settings"
lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) $(ROOT_FLAG) $(OFFLINE) \
	  --ServerApp.root_dir="$(LAB_ROOT)" --LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb $(LAB_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests tests_browser tools notebooks
	$(BIN)/ruff format --check src tests tests_browser tools notebooks

# Unit and data tests, then every notebook under nbval in strict mode (two workers, one notebook per worker).
unit: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile tests

notebooks: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile --nbval --nbval-current-env \
	  --nbval-sanitize-with tests/sanitize.cfg notebooks

# Learner versions are checked too: regenerated into .student_check/, they must run without errors.
test: lint
	@rm -rf .student_check && $(BIN)/python tools/make_student.py .student_check > /dev/null
	$(BIN)/python -m pytest -n 2 --dist loadfile --nbval --nbval-current-env \
	  --nbval-sanitize-with tests/sanitize.cfg tests notebooks .student_check

# Learner notebooks for a class: solutions replaced by placeholders, outputs cleared.
# An existing file in student/ is never overwritten (delete it to regenerate).
student: $(STAMP)
	$(BIN)/python tools/make_student.py student

execute: $(STAMP)
	$(BIN)/python tools/execute_notebooks.py

environment: $(STAMP)
	$(BIN)/python tools/sync_environment.py

# The website: notebooks with their stored outputs (nothing re-executed); any Sphinx warning fails the build.
SITE_VENV  := .venv-site
SITE_STAMP := $(SITE_VENV)/.installed
REPO_URL   ?= $(shell git remote get-url origin 2>/dev/null | grep -E '^https://github.com/' | sed 's/\.git$$//')

$(SITE_STAMP): requirements-site.txt
	@test -x $(SITE_VENV)/bin/python || $(PYTHON) -m venv $(SITE_VENV)
	@$(SITE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	@$(SITE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-site.txt
	@touch $(SITE_STAMP)

site: $(SITE_STAMP)
	$(SITE_VENV)/bin/python tools/build_site.py $(REPO_URL)
	$(SITE_VENV)/bin/jupyter-book build --warningiserror --keep-going build/book

test-browser: site $(STAMP)
	$(SITE_VENV)/bin/python -m pytest -p no:cacheprovider tests_browser

clean:
	rm -rf $(VENV) $(SITE_VENV) build .student_check
