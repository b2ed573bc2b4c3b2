"""The accessibility statement as visitors read it, and the barrier report form end to end:
stored, e-mailed, confirmed; spam, floods and bad input refused with the text kept."""

import re
import socket
import time
from html import unescape

import pytest
from django.core import signing
from django.core.cache import caches
from django.utils import translation

from dortmund_intl.accessibility.forms import TOKEN_SALT
from dortmund_intl.accessibility.models import (
    AccessibilityStatement,
    BarrierReport,
    NonAccessiblePart,
)
from tests.accessibility.factories import AccessibilityStatementFactory, NonAccessiblePartFactory
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

DESCRIPTION = "Die Karte lässt sich nicht mit der Tastatur bedienen."


@pytest.fixture(autouse=True)
def _feedback_settings(settings):
    settings.FEEDBACK_EMAIL = "barrierefreiheit@example.org"
    settings.FEEDBACK_RETENTION_DAYS = 180


def token(age=60, nonce=None):
    """A form token as the form hands it out, issued ``age`` seconds ago."""
    nonce = nonce or f"n{time.monotonic_ns()}"
    return signing.dumps({"t": int(time.time()) - age, "n": nonce}, salt=TOKEN_SALT)


def report_data(**fields):
    data = {
        "name": "Erika Muster",
        "email": "erika@example.org",
        "page": "/de/partnerschaften/",
        "description": DESCRIPTION,
        "website": "",
        "token": token(),
    }
    data.update(fields)
    return data


def text(response) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


def field_value(response, name) -> str:
    html = response.content.decode()
    if name == "description":
        match = re.search(r'<textarea name="description"[^>]*>(.*?)</textarea>', html, re.S)
        return unescape(match.group(1)).strip("\n")
    match = re.search(rf'<input type="\w+" name="{name}"(?: value="([^"]*)")?', html)
    return unescape(match.group(1) or "")


# --- The statement ---------------------------------------------------------------


def test_statement_shows_every_field_of_the_eu_model_in_german(client, start_page):
    statement = AccessibilityStatementFactory(
        method=AccessibilityStatement.Method.THIRD_PARTY, assessor="Prüfstelle Beispiel"
    )
    NonAccessiblePartFactory(
        statement=statement,
        description_de="Die PDF-Dokumente sind nicht getaggt.",
        alternative_de="Wir senden den Text per E-Mail.",
    )
    NonAccessiblePartFactory(
        statement=statement,
        description_de="Verlinkte Seiten Dritter.",
        reason="out_of_scope",
        alternative_de="",
    )

    page = text(client.get(statement.url_path_de))

    assert "Diese Erklärung gilt für die Website Dortmund International." in page
    assert "Diese Website ist mit BITV 2.0 teilweise vereinbar." in page
    assert "Die PDF-Dokumente sind nicht getaggt." in page
    assert "Begründung Unvereinbarkeit mit den Anforderungen" in page
    assert "Barrierefreie Alternative Wir senden den Text per E-Mail." in page
    assert "Begründung nicht im Anwendungsbereich der Vorschriften" in page
    assert "Diese Erklärung wurde am 2. März 2026 erstellt." in page
    assert "Bewertung durch Dritte: Prüfstelle Beispiel." in page
    assert "Die Erklärung wurde zuletzt am" in page
    assert "Betenstraße 19 44135 Dortmund" in page
    assert "barrierefreiheit@example.org" in page
    assert "Wenden Sie sich an die Ombudsstelle für barrierefreie IT." in page
    html = client.get(statement.url_path_de).content.decode()
    assert (
        '<a href="https://www.lbbp.nrw.de/ombudsstelle" rel="external">Ombudsstelle NRW</a>' in html
    )
    assert f'href="/de/barriere-melden/?page={statement.url_path_de.replace("/", "%2F")}"' in html


def test_statement_in_english(client, start_page):
    statement = AccessibilityStatementFactory(
        compliance=AccessibilityStatement.Compliance.FULLY,
        standard=AccessibilityStatement.Standard.WCAG_21_AA,
    )
    with translation.override("en"):
        page = text(client.get(statement.url_path_en))

    assert "This website is fully compliant with WCAG 2.1, level AA." in page
    assert "This statement applies to the website Dortmund International." in page
    assert "It is based on a self-assessment by the City of Dortmund." in page
    assert "Enforcement procedure Turn to the ombudsman's office for accessible IT." in page
    assert "Content that is not accessible" not in page  # none listed


def test_statement_parts_in_english_in_order_with_untranslated_text_marked_german(
    client, start_page
):
    statement = AccessibilityStatementFactory()
    NonAccessiblePartFactory(
        statement=statement,
        sort_order=2,
        description_en="PDF documents are not tagged.",
        reason=NonAccessiblePart.Reason.DISPROPORTIONATE_BURDEN,
        alternative_en="",
    )
    NonAccessiblePartFactory(
        statement=statement,
        sort_order=1,
        description_de="Karten sind nicht beschrieben.",
        description_en="",
        alternative_de="",
        alternative_en="",
    )

    html = client.get(statement.url_path_en).content.decode()

    parts = re.findall(r'<li class="statement-part">(.*?)</li>', html, re.S)
    shown = [" ".join(unescape(re.sub(r"<[^>]+>", " ", part)).split()) for part in parts]
    assert shown == [
        "Karten sind nicht beschrieben. Reason non-compliance",
        "PDF documents are not tagged. Reason disproportionate burden"
        " Accessible alternative Wir senden den Text per E-Mail.",
    ]
    # Shown in German where the English text is missing, and marked as German.
    assert '<p class="statement-part__description" lang="de">Karten sind' in parts[0]
    assert '<dd lang="de">Wir senden den Text per E-Mail.</dd>' in parts[1]


def test_footer_link_leads_to_the_published_statement(client, start_page):
    statement = AccessibilityStatementFactory()

    assert client.get("/de/hinweise/barrierefreiheit/")["Location"] == statement.url_path_de
    assert client.get("/en/site/accessibility/")["Location"] == statement.url_path_en


def test_footer_link_answers_404_while_no_statement_is_published(client, start_page):
    AccessibilityStatementFactory(status="draft")

    assert client.get("/de/hinweise/barrierefreiheit/").status_code == 404


# --- The form --------------------------------------------------------------------


def test_form_prefills_the_page_concerned_from_the_footer_link(client, start_page):
    response = client.get("/de/barriere-melden/", {"page": "/de/partnerschaften/leeds/"})

    assert response.status_code == 200
    assert field_value(response, "page") == "/de/partnerschaften/leeds/"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.parametrize(
    "value", ["https://evil.example/", "//evil.example/", '/de/"><script>x</script>', "x"]
)
def test_form_prefills_only_an_address_on_this_site(client, start_page, value):
    response = client.get("/de/barriere-melden/", {"page": value})

    assert field_value(response, "page") == ""
    assert "<script>x" not in response.content.decode()


def test_report_is_stored_mailed_and_confirmed_in_german(client, start_page, mailoutbox):
    response = client.post("/de/barriere-melden/", report_data())

    assert response.status_code == 303
    assert response["Location"] == "/de/barriere-melden/gesendet/?page=%2Fde%2Fpartnerschaften%2F"
    assert "no-store" in response["Cache-Control"] and not response.cookies
    report = BarrierReport.objects.get()
    assert (report.name, report.email, report.page, report.description, report.language) == (
        "Erika Muster",
        "erika@example.org",
        "/de/partnerschaften/",
        DESCRIPTION,
        "de",
    )
    assert report.status == BarrierReport.Status.NEW
    [mail] = mailoutbox
    assert mail.to == ["barrierefreiheit@example.org"]
    assert mail.reply_to == ["erika@example.org"]
    assert mail.subject == "Barriere gemeldet: /de/partnerschaften/"
    assert DESCRIPTION in mail.body
    assert f"/admin/accessibility/barrierreport/{report.pk}/change/" in mail.body

    confirmation = client.get(response["Location"])
    assert "Vielen Dank für Ihre Meldung" in text(confirmation)
    assert 'href="/de/partnerschaften/"' in confirmation.content.decode()
    assert "no-store" in confirmation["Cache-Control"]


def test_report_in_english_is_confirmed_in_english(client, start_page, mailoutbox):
    with translation.override("en"):
        response = client.post("/en/report-a-barrier/", report_data(name="", email=""))
        confirmation = client.get(response["Location"])

    assert "Thank you for your report" in text(confirmation)
    report = BarrierReport.objects.get()
    assert report.language == "en" and report.email == ""
    [mail] = mailoutbox
    assert mail.reply_to == []
    assert "Sprache: Englisch" in mail.body  # the office reads it in German


def test_a_report_is_kept_when_the_mail_server_fails(client, start_page, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there

    response = client.post("/de/barriere-melden/", report_data())

    assert response.status_code == 303
    assert BarrierReport.objects.count() == 1


def test_no_mail_without_a_feedback_address(client, start_page, settings, mailoutbox):
    settings.FEEDBACK_EMAIL = ""

    client.post("/de/barriere-melden/", report_data())

    assert BarrierReport.objects.count() == 1 and mailoutbox == []


def test_the_same_form_sent_twice_is_stored_once(client, start_page, mailoutbox):
    data = report_data(token=token(nonce="double-click"))

    first = client.post("/de/barriere-melden/", data)
    second = client.post("/de/barriere-melden/", data)

    assert first.status_code == 303 and second.status_code == 303
    assert BarrierReport.objects.count() == 1 and len(mailoutbox) == 1


# --- Refused, with the text kept -----------------------------------------------------


def assert_refused(response, message, status=200):
    assert response.status_code == status
    assert message in text(response)
    assert BarrierReport.objects.count() == 0
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_empty_description_is_refused_and_the_rest_is_kept(client, start_page, mailoutbox):
    response = client.post("/de/barriere-melden/", report_data(description="   "))

    assert_refused(response, "Bitte beschreiben Sie die Barriere, auf die Sie gestoßen sind.")
    assert field_value(response, "name") == "Erika Muster"
    assert field_value(response, "email") == "erika@example.org"
    assert field_value(response, "page") == "/de/partnerschaften/"
    assert 'aria-invalid="true"' in response.content.decode()
    assert mailoutbox == []


def test_an_invalid_email_is_refused_and_the_description_kept(client, start_page):
    response = client.post("/de/barriere-melden/", report_data(email="erika(at)example"))

    assert_refused(response, "Bitte gültige E-Mail-Adresse eingeben.")
    assert field_value(response, "description") == DESCRIPTION


def test_a_description_over_5000_characters_is_refused_and_kept(client, start_page):
    long_text = "Barriere " * 600

    response = client.post("/de/barriere-melden/", report_data(description=long_text))

    assert_refused(response, "Bitte kürzen Sie Ihre Beschreibung auf höchstens 5000 Zeichen")
    assert field_value(response, "description") == long_text


def test_control_characters_are_refused_and_the_text_kept_without_them(client, start_page):
    response = client.post(
        "/de/barriere-melden/", report_data(description="Die Karte\x00 ist\x1b kaputt.")
    )

    assert_refused(response, "Dieser Text enthält unsichtbare Steuerzeichen")
    assert field_value(response, "description") == "Die Karte ist kaputt."


def test_a_10_mb_body_is_refused_with_a_clear_message(client, start_page):
    response = client.post(
        "/de/barriere-melden/", report_data(description="x" * (10 * 1024 * 1024))
    )

    assert_refused(response, "Ihre Meldung ist länger, als dieses Formular annimmt.", status=413)
    assert "5.000 Zeichen" in text(response)


def test_the_honeypot_refuses_a_filled_in_trap_field(client, start_page, mailoutbox):
    response = client.post("/de/barriere-melden/", report_data(website="http://spam.example/"))

    assert_refused(response, "Ihre Meldung konnte nicht gesendet werden.")
    assert field_value(response, "description") == DESCRIPTION
    assert field_value(response, "website") == ""
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("form_token", "message"),
    [
        ("", "Das Formular konnte nicht geprüft werden."),
        ("forged:token", "Das Formular konnte nicht geprüft werden."),
        (signing.dumps({"t": 0, "n": "x"}, salt="another"), "konnte nicht geprüft werden"),
        (None, "Das ging sehr schnell."),  # issued a moment ago: a bot
    ],
)
def test_a_missing_forged_or_too_fresh_token_is_refused(client, start_page, form_token, message):
    data = report_data(token=token(age=0) if form_token is None else form_token)

    response = client.post("/de/barriere-melden/", data)

    assert_refused(response, message)
    assert field_value(response, "description") == DESCRIPTION


def test_an_expired_token_is_refused_and_a_fresh_one_lets_the_visitor_send(client, start_page):
    response = client.post("/de/barriere-melden/", report_data(token=token(age=3 * 60 * 60)))

    assert_refused(response, "Das Formular war lange geöffnet")
    fresh = field_value(response, "token")
    assert signing.loads(fresh, salt=TOKEN_SALT)["t"] >= int(time.time()) - 5


def test_a_flood_of_posts_from_one_address_is_refused(client, start_page, settings):
    settings.FEEDBACK_RATE_LIMIT = (3, 3600)
    for number in range(3):
        client.post("/de/barriere-melden/", report_data(description=f"Meldung {number}"))

    response = client.post("/de/barriere-melden/", report_data(description="Noch eine"))

    assert response.status_code == 429
    assert "Von Ihrem Anschluss sind in kurzer Zeit viele Meldungen eingegangen." in text(response)
    assert field_value(response, "description") == "Noch eine"
    assert BarrierReport.objects.count() == 3
    # Another visitor is not affected.
    other = client.post("/de/barriere-melden/", report_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 303


def test_behind_a_proxy_the_configured_header_tells_visitors_apart(client, start_page, settings):
    settings.FEEDBACK_RATE_LIMIT = (1, 3600)
    settings.PROXY_IP_HEADER = "X-Forwarded-For"
    settings.TRUSTED_PROXIES = ["127.0.0.1"]

    first = client.post("/de/barriere-melden/", report_data(), HTTP_X_FORWARDED_FOR="198.51.100.1")
    second = client.post(
        "/de/barriere-melden/", report_data(), HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.2"
    )
    third = client.post("/de/barriere-melden/", report_data(), HTTP_X_FORWARDED_FOR="198.51.100.1")

    assert (first.status_code, second.status_code, third.status_code) == (303, 303, 429)


def test_the_rate_limit_keeps_no_client_address_in_the_cache(client, start_page):
    client.post("/de/barriere-melden/", report_data(), REMOTE_ADDR="203.0.113.9")

    keys = list(caches["feedback"]._cache.keys())
    assert keys and not any("203.0.113.9" in key for key in keys)


@pytest.fixture
def small_page_cache(settings):
    """The page cache on, in a local memory cache as small as a test can fill (the real
    bound is DJANGO_CACHE_MAX_ENTRIES, 1000 pages)."""
    settings.PAGE_CACHE = True
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "small-page-cache",
            "OPTIONS": {"MAX_ENTRIES": 20},
        },
    }
    return TopicPageFactory.create_batch(30)


def test_pages_stored_in_between_do_not_lift_the_rate_limit(
    client, start_page, settings, small_page_cache
):
    """Browsing many pages between two posts fills the page cache, and must not push the
    count of posts out of it."""
    settings.FEEDBACK_RATE_LIMIT = (1, 3600)
    assert client.post("/de/barriere-melden/", report_data()).status_code == 303
    for page in small_page_cache:
        assert client.get(page.url_path_de).status_code == 200

    response = client.post("/de/barriere-melden/", report_data(description="Noch eine"))

    assert response.status_code == 429
    assert BarrierReport.objects.count() == 1


def test_pages_stored_in_between_do_not_let_a_token_be_used_twice(
    client, start_page, small_page_cache
):
    data = report_data(token=token(nonce="replayed"))
    client.post("/de/barriere-melden/", data)
    for page in small_page_cache:
        client.get(page.url_path_de)

    client.post("/de/barriere-melden/", data)

    assert BarrierReport.objects.count() == 1


@pytest.fixture
def cache_server_down(settings):
    """Every cache is a Redis nothing listens on (the port held bound, so nothing takes it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        down = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{sock.getsockname()[1]}/0",
        }
        settings.CACHES = dict.fromkeys(settings.CACHES, down)
        yield


def test_with_the_cache_server_down_a_report_is_still_stored_mailed_and_confirmed(
    client, start_page, mailoutbox, cache_server_down
):
    """The rate limit and the used tokens live in the cache: without it the form still
    takes reports (the honeypot and the token's signature and age still apply)."""
    form = client.get("/de/barriere-melden/")
    response = client.post("/de/barriere-melden/", report_data(token=field_value(form, "token")))

    assert form.status_code == 200
    assert response.status_code == 200  # the token is fresh: "That was very fast."
    response = client.post("/de/barriere-melden/", report_data())

    assert response.status_code == 303
    assert BarrierReport.objects.get().description == DESCRIPTION
    assert len(mailoutbox) == 1
    assert "Vielen Dank für Ihre Meldung" in text(client.get(response["Location"]))
