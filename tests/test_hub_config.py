"""The teaching hub's configuration: no default sign-in, limits from the sizing, culler permissions, course settings."""

import os
import runpy
from pathlib import Path

import pytest
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "instructor" / "hub" / "jupyterhub_config.py"


def load(auth: str | None) -> Config:
    """Run the configuration file as JupyterHub would, with HUB_AUTH set to ``auth`` (or unset)."""
    config = Config()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
    if auth is not None:
        env["HUB_AUTH"] = auth
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        runpy.run_path(str(CONFIG), init_globals={"get_config": lambda: config})
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return config


def test_no_sign_in_means_no_hub():
    with pytest.raises(SystemExit, match="Set HUB_AUTH"):
        load(None)
    with pytest.raises(SystemExit, match="Set HUB_AUTH"):
        load("dummy")


@pytest.mark.parametrize(
    ("auth", "authenticator"),
    [("lti13", "ltiauthenticator.lti13.auth.LTI13Authenticator"), ("oauth", "generic")],
)
def test_sign_in_is_the_schools(auth, authenticator):
    config = load(auth)
    assert config.JupyterHub.authenticator_class == authenticator
    assert "dummy" not in CONFIG.read_text(encoding="utf-8").lower()


def test_limits_and_lab_follow_the_sizing_and_start_py():
    import start

    config = load("lti13")
    assert config.Spawner.mem_limit == "1G" and config.Spawner.cpu_limit == 1.0
    assert config.Spawner.default_url == "/lab"
    assert config.Spawner.args == start.OFFLINE
    assert config.JupyterHub.bind_url == "http://127.0.0.1:8000"


def test_the_culler_has_the_permissions_it_needs():
    config = load("oauth")
    (role,) = config.JupyterHub.load_roles
    (service,) = config.JupyterHub.services
    assert set(role["scopes"]) == {"list:users", "read:users:activity", "read:servers", "delete:servers"}
    assert role["services"] == [service["name"]]
    assert service["command"][1:3] == ["-m", "jupyterhub_idle_culler"] and "--timeout=3600" in service["command"]
