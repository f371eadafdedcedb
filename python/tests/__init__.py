# Local runs test this checkout's CLI; CI sets BULWARK_CLI itself (and tests the installed package).
import os

_REPO_CLI = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "dist", "cli", "main.js")
if os.path.isfile(_REPO_CLI):
    os.environ.setdefault("BULWARK_CLI", _REPO_CLI)
