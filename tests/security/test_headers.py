"""Security headers on every response: Content-Security-Policy (no inline script
anywhere, no inline style on public pages), Permissions-Policy, frames refused, HSTS and
the TLS proxy only when configured (issue 9, point 5)."""

import base64
import hashlib
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script a browser would run (import maps included, data
    blocks such as application/json left out)."""
    found = []
    for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S):
        if "src=" in attributes:
            continue
        kind = re.search(r'type="([^"]+)"', attributes)
        if kind and kind.group(1) not in ("module", "importmap", "text/javascript"):
            continue
        found.append(body)
    return found


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_public_pages_allow_only_the_sites_own_scripts_and_styles(client, start_page):
    response = client.get("/de/")
    csp = policy(response)

    assert response.status_code == 200
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    html = response.content.decode()
    assert inline_scripts(html) == []
    assert "style=" not in html and "<style" not in html


@pytest.mark.parametrize("path", ["/de/gibt-es-nicht/", "/sitemap.xml", "/static/css/site.css"])
def test_every_response_carries_the_policies(client, start_page, path):
    response = client.get(path)

    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]


def test_no_page_can_be_framed(client, start_page):
    response = client.get("/de/")

    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_admin_allows_its_import_map_by_hash_and_no_other_inline_script(
    admin_client, start_page
):
    """The prose editor's <script type="importmap"> is the admin's one inline script; the
    policy names its hash, never 'unsafe-inline'."""
    response = admin_client.get(reverse("admin:dortmund_intl_topicpage_add"))
    csp = policy(response)
    scripts = inline_scripts(response.content.decode())

    assert any('"django-prose-editor/editor"' in script for script in scripts)
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    for script in scripts:
        assert sha256(script) in csp["script-src"]
    assert "'unsafe-inline'" in csp["style-src"]  # Django's admin writes style attributes


def test_the_admin_login_has_the_policy_too(client):
    csp = policy(client.get(reverse("admin:login")))

    assert csp["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in csp["script-src"]


def test_a_client_cannot_claim_https_unless_the_site_sits_behind_a_tls_proxy(settings):
    settings.SECURE_SSL_REDIRECT = True
    claims_https = {"HTTP_X_FORWARDED_PROTO": "https"}

    response = Client().get("/de/", **claims_https)
    assert response.status_code == 301 and response["Location"].startswith("https://")

    with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")):
        assert Client().get("/de/", **claims_https).status_code != 301


def test_hsts_is_sent_on_secure_requests_when_configured(settings, start_page):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True

    response = Client().get("/de/", secure=True)

    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


# --- the settings from the environment --------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def _clean_environment(**env) -> dict:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DJANGO_") and k not in ("DATABASE_URL", "REDIS_URL")
    }
    environment.update(env)
    return environment


def _setting(expression: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); from django.conf import settings; print({expression})",
        ],
        cwd=ROOT,
        env={**_clean_environment(**env), "DJANGO_SETTINGS_MODULE": "dortmund_intl.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_forwarded_proto_header_is_believed_only_behind_a_tls_proxy():
    assert _setting("settings.SECURE_PROXY_SSL_HEADER").stdout.strip() == "None"
    behind = _setting("settings.SECURE_PROXY_SSL_HEADER", DJANGO_BEHIND_TLS_PROXY="true")
    assert behind.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_hsts_comes_from_the_environment():
    expression = (
        "settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "settings.SECURE_HSTS_PRELOAD"
    )
    assert _setting(expression).stdout.strip() == "0 False False"
    configured = _setting(
        expression,
        DJANGO_HSTS_SECONDS="31536000",
        DJANGO_HSTS_INCLUDE_SUBDOMAINS="true",
        DJANGO_HSTS_PRELOAD="true",
    )
    assert configured.stdout.strip() == "31536000 True True"


def test_a_mistyped_setting_stops_the_site_with_a_clear_message():
    wrong = _setting("settings.ADMIN_2FA", DJANGO_ADMIN_2FA="always")
    assert wrong.returncode != 0
    assert "DJANGO_ADMIN_2FA must be one of optional, required" in wrong.stderr
    assert "whole number" in _setting("1", DJANGO_HSTS_SECONDS="a year").stderr


def _readme_deployment_environment() -> dict[str, str]:
    """The KEY=value block of the README's "Deploying" section; ``<…>`` placeholders
    (the city's own secret, password and host names) filled with stand-ins."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Deploying", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    environment = {}
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, value = line.split("=", 1)
        if name == "DJANGO_SECRET_KEY":
            value = secrets.token_urlsafe(50)
        environment[name] = re.sub(r"<[^>]*>", "example", value)
    return environment


def test_check_deploy_reports_nothing_with_the_readmes_production_environment():
    environment = _readme_deployment_environment()
    assert environment["DJANGO_DEBUG"] == "false"
    assert environment["DJANGO_BEHIND_TLS_PROXY"] == "true"

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_clean_environment(**environment),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
