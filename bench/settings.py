"""Production settings plus one trivial view, for `make bench` only."""

from dortmund_intl.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
