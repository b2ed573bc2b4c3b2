"""/healthz: 200 while database and cache answer, 503 (never an error page) when one of
them is down; not cached, no cookie, not indexed, not a page of the site."""

import json
import subprocess

import pytest

from tests.operations.conftest import PYTHON, ROOT, project_environment

pytestmark = pytest.mark.django_db

# A request to /healthz in a fresh process whose settings point at a server that is down.
ASK = """
import json, django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(json.dumps({"status": response.status_code, "body": response.content.decode(),
                  "cookies": list(response.cookies), "cache": response.get("Cache-Control")}))
"""


def _ask_in_process_with(**environment) -> dict:
    result = subprocess.run(
        [PYTHON, "-c", ASK],
        cwd=ROOT,
        env=project_environment(**environment),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_healthy_server_answers_200_uncached_without_cookie_or_index(
    client, django_assert_num_queries
):
    """One query: the health check must stay cheap for a load balancer asking every second."""
    with django_assert_num_queries(1):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert not response.cookies


def test_the_health_check_is_not_under_a_language_or_in_the_sitemap(client, start_page):
    assert client.get("/de/healthz").status_code == 404
    assert client.get("/en/healthz").status_code == 404
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>" in sitemap
    assert "healthz" not in sitemap


def test_a_plain_http_check_is_not_redirected_to_https(client, settings):
    """The load balancer asks the app server directly, without the TLS proxy's header."""
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
    assert client.get("/de/").status_code == 301


def test_with_the_cache_server_down_it_answers_503(client, settings, closed_port):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "unavailable",
        "database": "ok",
        "cache": "failed",
    }
    assert "no-store" in response["Cache-Control"]


def test_with_the_database_server_down_it_answers_503_not_an_error_page(closed_port):
    answer = _ask_in_process_with(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port}/dortmund",
    )

    assert answer["status"] == 503
    assert json.loads(answer["body"]) == {
        "status": "unavailable",
        "database": "failed",
        "cache": "ok",
    }
    assert answer["cookies"] == []
    assert "no-store" in answer["cache"]


def test_with_both_down_it_still_answers_503(closed_port):
    answer = _ask_in_process_with(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port}/dortmund",
        REDIS_URL=f"redis://127.0.0.1:{closed_port}/0",
    )

    assert answer["status"] == 503
    assert json.loads(answer["body"])["database"] == "failed"
    assert json.loads(answer["body"])["cache"] == "failed"
