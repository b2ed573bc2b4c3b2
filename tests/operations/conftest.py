import os
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed_port():
    """A port on 127.0.0.1 that nothing listens on (held bound, so nothing can take it):
    a database or cache server there is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def project_environment(**overrides) -> dict[str, str]:
    """This process's environment for a subprocess of the project, without the settings
    a test may have changed, plus ``overrides``."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "MEDIA_ROOT"))
    }
    environment["DJANGO_SETTINGS_MODULE"] = "dortmund_intl.settings"
    environment["PYTHONPATH"] = str(ROOT)
    environment.update(overrides)
    return environment


PYTHON = sys.executable
