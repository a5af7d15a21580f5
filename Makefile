# Reading Health Claims: two commands for everyone, a few more for maintainers.
#   make lab    install what is needed (once) and open JupyterLab on the first notebook
#   make test   install what is needed (once) and run every test
# A thin wrapper over start.py, which does every step (and works without make: python start.py lab).
# Works with GNU make 3.81+ (macOS) and Python 3.11+. Use another Python with: make lab PYTHON=python3.12

PYTHON ?= python3
START  := $(PYTHON) start.py
PORT   ?= 8888

.PHONY: help install lab test lint unit notebooks execute student environment lock site test-browser test-hub clean

help:
	@echo "make lab        install (first time only) and open JupyterLab on notebooks/00_start_here.ipynb"
	@echo "make test       install (first time only) and run unit, data, lint and notebook tests"
	@echo "make student    (instructors) write learner notebooks without solutions to student/"
	@echo "make execute    (maintainers) re-run every notebook and store its outputs"
	@echo "make lock       (maintainers) regenerate requirements.lock, requirements-site.lock, environment.yml"
	@echo "make environment (maintainers) regenerate environment.yml from requirements.lock"
	@echo "make site       build the course website (Jupyter Book 1, offline) into build/book/_build/html"
	@echo "make test-browser  check the website and JupyterLab in headless Chromium (needs Debian's chromium)"
	@echo "make test-hub   the class path on a local JupyterHub (Linux, as root: it creates three test accounts)"
	@echo "make clean      remove the virtual environments and build/ (your notebooks and my_work/ are kept)"
	@echo "Without make: python start.py --help"

# start.py (re)builds .venv from requirements.lock only when the lock or pyproject.toml changed.
install lint unit notebooks student execute:
	$(START) $@

test:
	$(START) test

# JupyterLab keeps its token and listens on this computer only (see start.py for every flag).
# LAB_ROOT and LAB_ARGS exist for the browser test, which serves a temporary copy of the course.
LAB_ROOT ?= $(CURDIR)
LAB_ARGS ?=
lab:
	$(START) lab --port $(PORT) --root "$(LAB_ROOT)" -- $(LAB_ARGS)

environment:
	$(PYTHON) tools/sync_environment.py

# uv resolves the locks; it lives in its own environment, never in the course's.
UV_VERSION := 0.13.9
TOOLS      := .venv-tools
lock:
	@test -x $(TOOLS)/bin/uv || { $(PYTHON) -m venv $(TOOLS) && $(TOOLS)/bin/python -m pip install --quiet \
	  --disable-pip-version-check uv==$(UV_VERSION); }
	$(PYTHON) tools/lock.py $(TOOLS)/bin/uv

# The website: notebooks with their stored outputs (nothing re-executed); any Sphinx warning fails the build.
SITE_VENV  := .venv-site
SITE_STAMP := $(SITE_VENV)/.installed
REPO_URL   ?= $(shell git remote get-url origin 2>/dev/null | grep -E '^https://github.com/' | sed 's/\.git$$//')

$(SITE_STAMP): requirements-site.lock
	@test -x $(SITE_VENV)/bin/python || $(PYTHON) -m venv $(SITE_VENV)
	@$(SITE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	@$(SITE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
	  -r requirements-site.lock
	@touch $(SITE_STAMP)

site: $(SITE_STAMP)
	$(SITE_VENV)/bin/python tools/build_site.py $(REPO_URL)
	$(SITE_VENV)/bin/jupyter-book build --warningiserror --keep-going build/book

test-browser: site install
	$(SITE_VENV)/bin/python -m pytest -p no:cacheprovider tests_browser

# The class path on a JupyterHub (instructor/hub/): Linux only, as root. The hub's environment is built from a
# Python every account can run (learners' servers run as the learners), with the proxy from npm.
HUB_VENV   := .venv-hub
HUB_STAMP  := $(HUB_VENV)/.installed
HUB_PYTHON ?= /usr/bin/python3
$(HUB_STAMP): requirements.lock requirements-hub.lock tests_hub/package-lock.json lab-settings/overrides.json
	@test -x $(HUB_VENV)/bin/python || $(HUB_PYTHON) -m venv $(HUB_VENV)
	@$(HUB_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
	  -r requirements.lock -r requirements-hub.lock
	@$(HUB_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@mkdir -p $(HUB_VENV)/share/jupyter/lab/settings && cp lab-settings/overrides.json $(HUB_VENV)/share/jupyter/lab/settings/
	@cd tests_hub && npm ci --silent --no-audit --no-fund
	@touch $(HUB_STAMP)

test-hub: $(HUB_STAMP) $(SITE_STAMP)
	$(SITE_VENV)/bin/python -m pytest -p no:cacheprovider tests_hub

clean:
	rm -rf .venv $(SITE_VENV) $(TOOLS) $(HUB_VENV) tests_hub/node_modules build .student_check
