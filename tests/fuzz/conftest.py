"""The fuzz tests run against the demo content, loaded once per test module.

Loading the demo takes seconds, and each admin form is fuzzed in a test of its own, so
the demo is loaded inside a transaction that stays open for the module and is rolled
back when the module ends: every test's own transaction (pytest-django's ``db``) is a
savepoint inside it, and every generated example another savepoint inside that (see
``isolated``), so examples never see each other's writes.
"""

import os
from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from django.utils import translation
from hypothesis import HealthCheck, Phase, settings

# `FUZZ_SCALE=20 pytest tests/fuzz` explores twenty times as many examples per test.
SCALE = max(1, int(os.environ.get("FUZZ_SCALE", "1")))
# Shrinking a failing example to the smallest one re-runs it hundreds of times (minutes
# for an admin form); the suite reports the example as found. `FUZZ_SHRINK=1` shrinks.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target]
if os.environ.get("FUZZ_SHRINK"):
    PHASES.append(Phase.shrink)


def fuzz_settings(examples: int):
    """Bounded examples, no per-example deadline (this machine's speed drifts).

    The function-scoped fixtures (client, users) are shared by the examples on purpose:
    they are created once, and each example runs in a savepoint that is rolled back.
    """
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        phases=PHASES,
        print_blob=True,
    )


@contextmanager
def isolated():
    """One example's writes, rolled back when it ends (also after a database error)."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-media")


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, demo_media):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=demo_media),
        translation.override("de"),
        transaction.atomic(),
    ):
        call_command("load_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _media_root(settings, demo_media, demo_site):
    """The demo's images stay where the module's demo content put them; the static files
    are served from the apps' folders, as WhiteNoise serves them collected in production."""
    settings.MEDIA_ROOT = demo_media
    settings.WHITENOISE_USE_FINDERS = True
