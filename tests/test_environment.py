"""One locked environment: requirements.txt pins the direct dependencies, requirements.lock every package.

environment.yml (conda, Binder) must agree with the lock, the lock must be newer than requirements.txt, and
the environment these tests run in must hold exactly the lock's packages.
"""

import importlib.metadata
import json
import re
import sys
from pathlib import Path

import yaml
from packaging.markers import Marker
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))
from lock import LOCKS, input_digest, recorded_digest  # noqa: E402
from sync_environment import locked_requirements, pinned_requirements, render  # noqa: E402

import start  # noqa: E402

SCHEMAS = "share/jupyter/lab/schemas/@jupyterlab"
DIRECT = {"jupyterlab", "ipykernel", "pandas", "numpy", "matplotlib", "pytest", "pytest-xdist", "nbval", "ruff"}


def lock_entries(path: Path) -> list[tuple[str, str, str, int]]:
    """Return (name, version, marker, number of hashes) for each package entry of a lock."""
    entries, text = [], path.read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[^\s#])", text):
        head = block.split("\\", 1)[0].strip()
        if head.startswith("#") or not head:
            continue
        requirement, _, marker = head.partition(";")
        name, version = requirement.strip().split("==")
        entries.append((canonicalize_name(name), version, marker.strip(), block.count("--hash=sha256:")))
    return entries


def test_every_requirement_is_pinned_exactly(root):
    reqs = pinned_requirements(root / "requirements.txt")
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.]*", r) for r in reqs), reqs
    assert DIRECT <= {r.split("==")[0].lower() for r in reqs}


def test_each_lock_records_the_hash_of_its_current_input(root):
    for source, lock in LOCKS.items():
        assert recorded_digest(root / lock, source) == input_digest(root / source), f"{lock} is stale: make lock"


def test_the_input_hash_changes_with_a_pin_but_not_with_a_comment(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("pandas==3.1.1\nnumpy==2.4.6\n", encoding="utf-8")
    before = input_digest(path)
    path.write_text("# a comment\r\npandas==3.1.1  # why\r\nnumpy==2.4.6\r\n", encoding="utf-8")
    assert input_digest(path) == before
    path.write_text("pandas==3.1.2\nnumpy==2.4.6\n", encoding="utf-8")
    assert input_digest(path) != before


def test_every_top_level_pin_is_in_its_lock_at_the_same_version(root):
    for source, lock in LOCKS.items():
        locked = {(name, version) for name, version, _, _ in lock_entries(root / lock)}
        for requirement in pinned_requirements(root / source):
            name, version = requirement.split("==")
            assert (canonicalize_name(name), version) in locked, f"{requirement} is not in {lock}: make lock"


def test_every_locked_package_has_a_version_and_its_hashes(root):
    entries = lock_entries(root / "requirements.lock")
    assert len({name for name, *_ in entries}) >= 100  # the 14 pins pull in about a hundred more
    assert all(hashes >= 1 for *_, hashes in entries)
    text = (root / "requirements.lock").read_text(encoding="utf-8")
    assert start.locked_names(text) == {name for name, *_ in entries}  # start.py reads the names the same way
    assert {"jupyterlab", "soupsieve", "rfc3987-syntax", "colorama", "pywinpty", "appnope"} <= {e[0] for e in entries}


def test_the_lock_covers_every_platform_and_python_from_311(root):
    text = (root / "requirements.lock").read_text(encoding="utf-8")
    assert "Python 3.11 and newer" in text.splitlines()[0]
    markers = {marker for *_, marker, _ in lock_entries(root / "requirements.lock")}
    assert "sys_platform == 'win32'" in markers and "sys_platform == 'darwin'" in markers  # colorama, appnope


def test_this_environment_holds_exactly_the_lock(root):
    """Every package installed here is in the lock at its version, and every package the lock names for
    this platform and Python is installed, except the one start.py removes on purpose."""
    wanted = {
        name: version
        for name, version, marker, _ in lock_entries(root / "requirements.lock")
        if not marker or Marker(marker).evaluate()
    }
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()}
    installed = {name: version for name, version in installed.items() if name not in start.KEPT}
    removed = {canonicalize_name(name) for name in start.NOT_INSTALLED}
    assert removed & set(wanted) == removed and not removed & set(installed)
    assert installed == {name: version for name, version in wanted.items() if name not in removed}


def test_environment_yml_is_the_lock(root):
    env = yaml.safe_load((root / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip == locked_requirements(root / "requirements.lock")
    assert len(pip) == len(lock_entries(root / "requirements.lock"))
    assert "soupsieve==4.1.3 ; python_full_version >= '3.11.5'" in pip
    python = next(d for d in conda if d.startswith("python"))
    assert tuple(int(x) for x in python.split("=")[1].split(".")) >= (3, 11)


def test_environment_yml_is_exactly_what_the_generator_writes(root):
    assert (root / "environment.yml").read_text(encoding="utf-8") == render()


def test_python_requirement_is_311_or_newer(root):
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11"' in text
    assert start.MINIMUM == (3, 11)


def test_every_install_reads_the_lock_and_never_requirements_txt(root):
    steps = [" ".join(c) for c in start.install_commands(Path("py"))]
    assert "py -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock" in steps
    assert not any("requirements.txt" in step for step in steps)
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    assert (
        "--require-hashes \\\n\t  -r requirements-site.lock" in makefile and "-r requirements-site.txt" not in makefile
    )
    assert "pip uninstall --yes rfc3987-syntax" in (root / "postBuild").read_text(encoding="utf-8")


def test_lab_keeps_its_token_and_listens_on_localhost_only(root):
    lab = start.lab_command(Path("py"), root, 8888, root, False, [])
    assert "--ServerApp.ip=127.0.0.1" in lab
    assert "--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb" in lab
    text = (root / "start.py").read_text(encoding="utf-8") + (root / "Makefile").read_text(encoding="utf-8")
    assert not re.search(r"token\s*=\s*(''|\"\"|\s|$)", text)
    assert "password" not in text.lower() and "0.0.0.0" not in text


def test_lab_fetches_nothing_at_run_time(root):
    lab = start.lab_command(Path("py"), root, 8888, root, False, [])
    assert "--LabApp.news_url=None" in lab
    assert "--LabApp.extension_manager=readonly" in lab
    assert "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate" in lab


def test_lab_settings_turn_off_the_news_prompt_and_update_check(root):
    overrides = json.loads((root / "lab-settings" / "overrides.json").read_text(encoding="utf-8"))
    notification = overrides["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}
    schema = json.loads(Path(sys.prefix, SCHEMAS, "apputils-extension", "notification.json").read_text("utf-8"))
    never = [c["const"] for c in schema["properties"]["fetchNews"]["oneOf"] if c["title"] == "Never"]
    assert never == ["false"]  # the value this JupyterLab means by "Never"
    lab = start.lab_command(Path("py"), root, 8888, root, False, [])
    assert f"--LabApp.app_settings_dir={root / 'lab-settings'}" in lab
    assert "cp lab-settings/overrides.json" in (root / "postBuild").read_text(encoding="utf-8")  # Binder


def test_the_makefile_only_calls_start_py_for_the_two_commands(root):
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    recipe = {t: makefile.split(f"\n{t}:", 1)[1].split("\n\n", 1)[0] for t in ("lab", "test")}
    assert recipe["test"].strip() == "$(START) test"
    assert recipe["lab"].strip() == '$(START) lab --port $(PORT) --root "$(LAB_ROOT)" -- $(LAB_ARGS)'
    assert "START  := $(PYTHON) start.py" in makefile
    assert "pytest" not in makefile.split("\nsite:", 1)[0] and "ruff" not in makefile


def test_ci_runs_make_test(root):
    lines = [ln.strip() for ln in (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert "make test" in lines


def test_site_requirements_are_pinned_and_jupyter_book_1(root):
    reqs = pinned_requirements(root / "requirements-site.txt")
    assert all("==" in r for r in reqs)
    assert any(r.startswith("jupyter-book==1.") for r in reqs)  # Jupyter Book 2 needs the internet to build


def test_ci_installs_chromium_and_runs_the_browser_then_the_hub_tests(root):
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install -y -qq chromium" in ci and ci.strip().endswith("make test-hub")
    assert ci.index("make test\n") < ci.index("make test-browser") < ci.index("make test-hub")


def test_the_hub_lock_is_current_and_adds_only_what_the_course_lock_lacks(root):
    """requirements-hub.lock records the digests of its inputs; it pins nothing requirements.lock already pins."""
    import hashlib

    from lock import HASH_LINE, input_digest, lock_names

    text = (root / "requirements-hub.lock").read_text(encoding="utf-8")
    assert HASH_LINE.format(source="requirements-hub.txt") + input_digest(root / "requirements-hub.txt") in text
    course_lock = hashlib.sha256((root / "requirements.lock").read_bytes()).hexdigest()
    assert f"# sha256 of requirements.lock: {course_lock}" in text, "run make lock: requirements.lock changed"
    hub, course = lock_names(root / "requirements-hub.lock"), lock_names(root / "requirements.lock")
    assert {"jupyterhub", "nbgitpuller", "jupyterhub-idle-culler"} <= hub and not hub & course
    assert all("--hash=sha256:" in block for block in text.split("==")[1:])
