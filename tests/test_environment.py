"""One pinned environment: requirements.txt is the source, environment.yml must agree with it."""

import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "tools"))
from sync_environment import pinned_requirements, render  # noqa: E402

SCHEMAS = "share/jupyter/lab/schemas/@jupyterlab"
DIRECT = {"jupyterlab", "ipykernel", "pandas", "numpy", "matplotlib", "pytest", "pytest-xdist", "nbval", "ruff"}


def test_every_requirement_is_pinned_exactly(root):
    reqs = pinned_requirements(root / "requirements.txt")
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.]*", r) for r in reqs), reqs
    assert DIRECT <= {r.split("==")[0].lower() for r in reqs}


def test_environment_yml_agrees_with_requirements(root):
    env = yaml.safe_load((root / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip == pinned_requirements(root / "requirements.txt")
    python = next(d for d in conda if d.startswith("python"))
    assert tuple(int(x) for x in python.split("=")[1].split(".")) >= (3, 11)


def test_environment_yml_is_exactly_what_the_generator_writes(root):
    assert (root / "environment.yml").read_text(encoding="utf-8") == render()


def test_python_requirement_is_311_or_newer(root):
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11"' in text


def test_lab_keeps_its_token_and_listens_on_localhost_only(root):
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    lab = makefile.split("\nlab:", 1)[1].split("\n\n", 1)[0]
    assert "--ServerApp.ip=127.0.0.1" in lab
    assert "notebooks/00_start_here.ipynb" in lab
    assert not re.search(r"token\s*=\s*(''|\"\"|\s|$)", lab)
    assert "password" not in lab.lower() and "0.0.0.0" not in makefile


def test_lab_fetches_nothing_at_run_time(root):
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    lab = makefile.split("\nlab:", 1)[1].split("\n\n", 1)[0]
    offline = makefile.split("\nOFFLINE", 1)[1].split("\nlab:", 1)[0]
    assert "$(OFFLINE)" in lab
    assert "--LabApp.news_url=None" in offline
    assert "--LabApp.extension_manager=readonly" in offline
    assert "NeverCheckForUpdate" in offline


def test_lab_settings_turn_off_the_news_prompt_and_update_check(root):
    overrides = json.loads((root / "lab-settings" / "overrides.json").read_text(encoding="utf-8"))
    notification = overrides["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}
    schema = json.loads(Path(sys.prefix, SCHEMAS, "apputils-extension", "notification.json").read_text("utf-8"))
    never = [c["const"] for c in schema["properties"]["fetchNews"]["oneOf"] if c["title"] == "Never"]
    assert never == ["false"]  # the value this JupyterLab means by "Never"
    assert '--LabApp.app_settings_dir="$(CURDIR)/lab-settings"' in (root / "Makefile").read_text(encoding="utf-8")
    assert "cp lab-settings/overrides.json" in (root / "postBuild").read_text(encoding="utf-8")  # Binder


def test_ci_runs_make_test(root):
    lines = [ln.strip() for ln in (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert "make test" in lines


def test_site_requirements_are_pinned_and_jupyter_book_1(root):
    reqs = pinned_requirements(root / "requirements-site.txt")
    assert all("==" in r for r in reqs)
    assert any(r.startswith("jupyter-book==1.") for r in reqs)  # Jupyter Book 2 needs the internet to build


def test_ci_installs_chromium_and_runs_the_browser_tests(root):
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install -y -qq chromium" in ci and ci.strip().endswith("make test-browser")
