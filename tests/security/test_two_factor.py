"""The TOTP second factor (django-otp): enrolment on the account's own admin page with a
QR code drawn by the site, the code asked at sign-in, and DJANGO_ADMIN_2FA=required
(issue 9, point 4)."""

import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

SETUP = reverse("security:setup")
VERIFY = reverse("security:verify")
INDEX = reverse("admin:index")


def code(device, at=None) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    if at is not None:
        totp.time = at.timestamp()
    return f"{totp.token():06d}"


def sign_in(client, user):
    return client.post(
        reverse("admin:login"),
        {"username": user.username, "password": PASSWORD, "next": INDEX},
    )


@pytest.fixture
def editor(make_user):
    return make_user("anna", "Redaktion")


@pytest.fixture
def enrolled(editor):
    return TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)


def test_enrolment_shows_a_qr_code_of_its_own_and_confirms_with_a_code(client, editor):
    client.force_login(editor)
    page = client.get(SETUP)
    html = page.content.decode()

    assert page.status_code == 200
    assert "<svg" in html and "<path" in html  # the QR code, drawn inline
    assert not re.search(r'<img[^>]+src="https?://', html)  # no image service sees the key
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    secret = page.context["secret"].replace(" ", "")
    assert secret in html.replace(" ", "")

    confirmed = client.post(SETUP, {"code": code(device), "next": INDEX})

    assert confirmed.status_code == 302 and confirmed["Location"] == INDEX
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(INDEX).status_code == 200
    assert "eingerichtet" in client.get(SETUP).content.decode()


def test_a_wrong_code_at_enrolment_switches_nothing_on(client, editor):
    client.force_login(editor)
    first = client.get(SETUP).context["secret"]
    device = TOTPDevice.objects.get(user=editor)
    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"

    refused = client.post(SETUP, {"code": wrong})

    assert refused.status_code == 200
    assert "Dieser Code ist nicht gültig" in refused.content.decode()
    assert refused.context["secret"] == first  # the same key: what the app scanned stays right
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_sign_in_asks_for_the_code_and_refuses_a_wrong_one(client, enrolled):
    signed = sign_in(client, enrolled.user)
    assert signed.status_code == 302

    detour = client.get(INDEX)
    assert detour.status_code == 302 and detour["Location"].startswith(VERIFY)
    page = reverse("admin:dortmund_intl_topicpage_changelist")
    assert client.get(page).status_code == 302  # no admin page before the code

    wrong = f"{(int(code(enrolled)) + 1) % 1_000_000:06d}"
    refused = client.post(VERIFY, {"code": wrong, "next": INDEX})
    assert refused.status_code == 200
    assert "Dieser Code ist nicht gültig" in refused.content.decode()
    assert client.get(INDEX).status_code == 302


def test_sign_in_with_the_right_code_opens_the_admin(client, enrolled):
    later = timezone.now() + timezone.timedelta(minutes=5)  # past the throttle of a wrong try
    sign_in(client, enrolled.user)
    with time_machine.travel(later, tick=False):
        accepted = client.post(VERIFY, {"code": code(enrolled, later), "next": INDEX})

        assert accepted.status_code == 302 and accepted["Location"] == INDEX
        assert client.get(INDEX).status_code == 200
        # A code is good once: the same code cannot open a second session.
        from django.test import Client

        other = Client()
        sign_in(other, enrolled.user)
        again = other.post(VERIFY, {"code": code(enrolled, later), "next": INDEX})
        assert again.status_code == 200


def test_without_a_device_optional_mode_lets_staff_in(client, editor, settings):
    assert settings.ADMIN_2FA == "optional"
    sign_in(client, editor)

    assert client.get(INDEX).status_code == 200


def test_required_mode_sends_staff_without_a_device_to_enrolment_first(client, editor, settings):
    settings.ADMIN_2FA = "required"
    sign_in(client, editor)

    detour = client.get(reverse("admin:dortmund_intl_topicpage_changelist"))
    assert detour.status_code == 302 and detour["Location"].startswith(SETUP)
    page = client.get(detour["Location"])
    assert "vorgeschrieben" in page.content.decode()

    device = TOTPDevice.objects.get(user=editor)
    next_url = page.context["next"]
    assert client.post(SETUP, {"code": code(device), "next": next_url}).status_code == 302
    assert client.get(reverse("admin:dortmund_intl_topicpage_changelist")).status_code == 200


def test_administration_resets_a_lost_second_factor(client, enrolled, as_administrator):
    response = as_administrator.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_second_factor", "_selected_action": [str(enrolled.user.pk)]},
        follow=True,
    )

    assert "1 Authenticator entfernt" in response.content.decode()
    assert not TOTPDevice.objects.exists()


def test_nobody_reads_a_device_key_in_the_admin(admin_client, enrolled):
    """django-otp's device admin (key and QR code of every device) is not installed."""
    from django.contrib import admin
    from django.urls import NoReverseMatch

    assert not admin.site.is_registered(TOTPDevice)
    with pytest.raises(NoReverseMatch):
        reverse("admin:otp_totp_totpdevice_change", args=[enrolled.pk])
    assert enrolled.key not in admin_client.get(INDEX).content.decode()


def test_an_account_without_a_device_is_not_asked_for_a_code(client, editor):
    client.force_login(editor)

    response = client.get(VERIFY, {"next": "https://elsewhere.example/"})

    assert response.status_code == 302 and response["Location"] == INDEX  # and not elsewhere
