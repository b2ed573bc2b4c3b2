import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _django_check(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_debug_the_site_refuses_to_start_without_a_secret_key():
    result = _django_check(DJANGO_DEBUG="false")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_without_debug_and_with_a_real_key_the_site_starts():
    result = _django_check(DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr


def _database_settings(**env) -> str:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    code = (
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['ENGINE'], sorted(d.get('OPTIONS', {}).items()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "dortmund_intl.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_postgresql_runs_the_page_reads_as_prepared_statements_unless_turned_off():
    url = "postgres://postgres@127.0.0.1:5432/example"

    assert _database_settings(DATABASE_URL=url) == (
        "django.db.backends.postgresql [('prepare_threshold', 5), ('server_side_binding', True)]"
    )
    assert _database_settings(DATABASE_URL=url, DJANGO_DB_PREPARED_STATEMENTS="false") == (
        "django.db.backends.postgresql []"
    )


def test_sqlite_uses_the_backend_that_remembers_its_statement_rewriting():
    assert _database_settings(DATABASE_URL="sqlite:///example.sqlite3").startswith(
        "dortmund_intl.sqlite3 "
    )
