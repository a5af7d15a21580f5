"""JupyterHub configuration for a class taking Reading Health Claims: a starting point (see README.md here).

Start it with `jupyterhub -f jupyterhub_config.py` after setting HUB_AUTH (and the values of your sign-in below).
On The Littlest JupyterHub or Zero to JupyterHub, use their own settings instead: README.md maps each one.
"""

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821 (JupyterHub provides get_config when it loads this file)

# Listen on this machine only; put the hub behind your institution's HTTPS front end.
c.JupyterHub.bind_url = os.environ.get("HUB_BIND_URL", "http://127.0.0.1:8000")

# Sign-in: the school's learning management system (LTI 1.3) or its single sign-on (OAuth 2 / OpenID Connect).
# There is deliberately no default: a test authenticator that lets anyone in must never be the fallback.
AUTHENTICATORS = {
    "lti13": "ltiauthenticator.lti13.auth.LTI13Authenticator",  # package jupyterhub-ltiauthenticator
    "oauth": "generic",  # oauthenticator's GenericOAuthenticator, package oauthenticator
}
choice = os.environ.get("HUB_AUTH", "")
if choice not in AUTHENTICATORS:
    raise SystemExit(f"Set HUB_AUTH to one of {', '.join(AUTHENTICATORS)} (see instructor/hub/README.md).")
c.JupyterHub.authenticator_class = AUTHENTICATORS[choice]
# Then your IT department's values, for example:
#   LTI 1.3: c.LTI13Authenticator.issuer, .authorize_url, .jwks_endpoint, .client_id
#   OAuth:   c.GenericOAuthenticator.client_id, .client_secret, .authorize_url, .token_url, .userdata_url,
#            .oauth_callback_url, .scope, .username_claim

# Each learner's server: JupyterLab, with the limits the measurements support (README.md, "Sizing a hub").
# The spawner must support limits for them to apply; the default LocalProcessSpawner does not.
c.Spawner.default_url = "/lab"
c.Spawner.mem_limit = "1G"
c.Spawner.cpu_limit = 1.0
# The course's JupyterLab settings, as start.py uses them: nothing is fetched from the internet while it runs.
c.Spawner.args = [
    "--LabApp.news_url=None",
    "--LabApp.extension_manager=readonly",
    "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
]
# (Also copy lab-settings/overrides.json into <environment>/share/jupyter/lab/settings/, as postBuild does.)

# Stop servers idle for an hour; the learner's files stay, and the next click starts a fresh server.
CULL_SECONDS = int(os.environ.get("HUB_CULL_SECONDS", "3600"))
c.JupyterHub.load_roles = [
    {
        "name": "jupyterhub-idle-culler-role",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["jupyterhub-idle-culler-service"],
    }
]
c.JupyterHub.services = [
    {
        "name": "jupyterhub-idle-culler-service",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={CULL_SECONDS}"],
    }
]

# Keep the hub's own state beside this file unless told otherwise.
c.JupyterHub.cookie_secret_file = os.environ.get("HUB_COOKIE_SECRET", str(Path(__file__).with_name("cookie_secret")))
c.JupyterHub.db_url = os.environ.get("HUB_DB_URL", f"sqlite:///{Path(__file__).with_name('jupyterhub.sqlite')}")
