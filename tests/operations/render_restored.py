"""Prints the snapshot (tests/operations/snapshot.py) of the database the environment
points at, as JSON: run by test_backup.py against the restored database."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# As under pytest-django, which renders the other side of the comparison.
settings.DEBUG = False

from tests.operations.snapshot import site_snapshot  # noqa: E402

json.dump(site_snapshot(), sys.stdout)
