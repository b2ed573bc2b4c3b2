"""Sign-in throttling with django-axes: lockout per account and per client address, a
clear message in both languages, unlock by Administration, and the client address from
a proxy header only when the settings say so (issue 9, point 4)."""

import pytest
from axes.models import AccessAttempt
from django.test import override_settings
from django.urls import reverse

from dortmund_intl.security.clientip import client_ip

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

LIMIT = 5


def sign_in(client, username, password, address="192.0.2.10", **headers):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def fail(client, username, times, address="192.0.2.10", **headers):
    for _ in range(times):
        response = sign_in(client, username, "falsch", address, **headers)
    return response


def signed_in(client) -> bool:
    return client.get(reverse("admin:index")).status_code == 200


@pytest.fixture
def editor(make_user):
    return make_user("anna", "Redaktion")


def test_an_account_is_locked_after_too_many_failures_even_with_the_right_password(
    client, editor, settings
):
    assert settings.AXES_FAILURE_LIMIT == LIMIT
    assert fail(client, "anna", LIMIT - 1).status_code == 200  # the form again, with an error

    locked = fail(client, "anna", 1)
    assert locked.status_code == 429

    right = sign_in(client, "anna", PASSWORD)
    assert right.status_code == 429
    assert not signed_in(client)


def test_the_lock_holds_for_the_account_from_another_address(client, editor):
    fail(client, "anna", LIMIT, address="192.0.2.10")

    assert sign_in(client, "anna", PASSWORD, address="198.51.100.7").status_code == 429


def test_the_lock_holds_for_the_address_with_another_account(client, editor, make_user):
    make_user("tom", "Übersetzung")
    for name in ("a", "b", "c", "d", "e"):
        fail(client, name, 1, address="192.0.2.99")

    assert sign_in(client, "tom", PASSWORD, address="192.0.2.99").status_code == 429
    assert sign_in(client, "tom", PASSWORD, address="192.0.2.100").status_code == 302


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Zu viele fehlgeschlagene Anmeldeversuche"),
        ("en", "Too many failed sign-in attempts"),
    ],
)
def test_the_lockout_message_is_clear_in_both_languages(client, editor, language, text):
    client.cookies["django_language"] = language
    locked = fail(client, "anna", LIMIT)

    html = locked.content.decode()
    assert text in html
    assert ("15 Minuten" if language == "de" else "15 minutes") in html
    assert f'<html lang="{language}"' in html


def test_administration_sees_the_attempts_and_unlocks_the_account(client, editor, as_administrator):
    from django.test import Client

    visitor = Client()
    fail(visitor, "anna", LIMIT)
    assert sign_in(visitor, "anna", PASSWORD).status_code == 429

    attempts = as_administrator.get(reverse("admin:axes_accessattempt_changelist"))
    assert attempts.status_code == 200
    assert "anna" in attempts.content.decode()
    unlocked = as_administrator.post(
        reverse("admin:auth_user_changelist"),
        {"action": "unlock_sign_in", "_selected_action": [str(editor.pk)]},
        follow=True,
    )
    assert "1 gesperrter Anmeldeversuch entfernt." in unlocked.content.decode()

    assert not AccessAttempt.objects.filter(username="anna").exists()
    assert sign_in(visitor, "anna", PASSWORD).status_code == 302
    assert signed_in(visitor)


def test_administration_can_also_unlock_by_deleting_the_attempt(client, editor, as_administrator):
    from django.test import Client

    fail(Client(), "anna", LIMIT)
    attempt = AccessAttempt.objects.get(username="anna")

    deleted = as_administrator.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}
    )

    assert deleted.status_code == 302
    assert not AccessAttempt.objects.exists()


def test_a_client_cannot_dodge_the_lock_with_a_forwarded_header(client, editor):
    """Without DJANGO_PROXY_IP_HEADER, X-Forwarded-For is whatever the client wants."""
    for number in range(LIMIT):
        fail(client, f"user{number}", 1, HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")

    locked = sign_in(client, "anna", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.200")
    assert locked.status_code == 429


def _request(rf, remote, **headers):
    return rf.get("/", REMOTE_ADDR=remote, **headers)


def test_the_client_address_is_the_connection_unless_a_proxy_header_is_configured(rf):
    request = _request(rf, "192.0.2.10", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert client_ip(request) == "192.0.2.10"

    with override_settings(PROXY_IP_HEADER="X-Forwarded-For", TRUSTED_PROXIES=["192.0.2.10"]):
        assert client_ip(request) == "203.0.113.5"


@override_settings(PROXY_IP_HEADER="X-Forwarded-For", TRUSTED_PROXIES=["10.0.0.0/8"])
def test_the_proxy_header_is_believed_only_from_a_trusted_proxy(rf):
    # Straight from a client: the header is ignored.
    assert client_ip(_request(rf, "198.51.100.7", HTTP_X_FORWARDED_FOR="1.2.3.4")) == (
        "198.51.100.7"
    )
    # Through the proxy: the address the proxy saw, not what the client wrote in front.
    spoofed = _request(rf, "10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    assert client_ip(spoofed) == "198.51.100.7"
    # Garbage in the header: the proxy's own address, never the garbage.
    assert client_ip(_request(rf, "10.0.0.2", HTTP_X_FORWARDED_FOR="<script>")) == "10.0.0.2"


@override_settings(PROXY_IP_HEADER="X-Real-IP", TRUSTED_PROXIES=["127.0.0.1"])
def test_behind_a_configured_proxy_the_lock_follows_the_real_client(client, editor, make_user):
    make_user("tom", "Übersetzung")
    for name in ("a", "b", "c", "d", "e"):
        fail(client, name, 1, address="127.0.0.1", HTTP_X_REAL_IP="192.0.2.50")

    blocked = sign_in(client, "tom", PASSWORD, address="127.0.0.1", HTTP_X_REAL_IP="192.0.2.50")
    assert blocked.status_code == 429
    other = sign_in(client, "tom", PASSWORD, address="127.0.0.1", HTTP_X_REAL_IP="192.0.2.51")
    assert other.status_code == 302
