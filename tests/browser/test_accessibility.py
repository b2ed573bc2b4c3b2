"""The accessibility statement, the legal notice, the privacy notice and the barrier report
form (empty, with errors, confirmed) in a real browser: axe-core finds no violation in
German and English at 320 px and 1280 px, nothing scrolls sideways, and the form works
with the keyboard alone."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from dortmund_intl.accessibility.models import BarrierReport
from tests.browser.conftest import DESKTOP, assert_accessible, screenshot

NARROW = {"width": 320, "height": 700}
VIEWPORTS = (NARROW, DESKTOP)


@pytest.fixture
def demo(transactional_db, settings):
    call_command("load_demo", verbosity=0)
    settings.FEEDBACK_FORM_TOKEN = {"min_age": 0, "max_age": 3600}  # the test types fast
    settings.FEEDBACK_EMAIL = "barrierefreiheit@example.org"
    cache.clear()


def check(site, name):
    for viewport in VIEWPORTS:
        site.set_viewport_size(viewport)
        assert_accessible(site)
        overflow = site.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {viewport['width']}"
        screenshot(site, name, viewport)


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/de/erklaerung-zur-barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
        ("/en/accessibility-statement/", "Accessibility statement"),
        ("/de/impressum/", "Impressum"),
        ("/en/legal-notice/", "Legal notice"),
        ("/de/datenschutz/", "Datenschutz"),
        ("/en/privacy/", "Privacy"),
    ],
)
def test_legal_pages_are_accessible(site, demo, path, heading):
    site.goto(site.base + path)

    assert site.locator("h1").inner_text() == heading
    check(site, "legal-" + path.strip("/").replace("/", "-"))


@pytest.mark.parametrize(
    ("start", "footer_link", "send", "error", "thanks"),
    [
        (
            "/de/staedtepartnerschaften/",
            "Barriere melden",
            "Meldung senden",
            "Bitte beschreiben Sie die Barriere",
            "Vielen Dank für Ihre Meldung",
        ),
        (
            "/en/city-partnerships/",
            "Report a barrier",
            "Send report",
            "Please describe the barrier",
            "Thank you for your report",
        ),
    ],
)
def test_report_a_barrier_from_the_footer_with_the_keyboard(
    site, demo, start, footer_link, send, error, thanks
):
    language = start.split("/")[1]
    site.goto(site.base + start)
    site.locator(".site-footer").get_by_role("link", name=footer_link).click()
    # The form's stylesheet hides the honeypot: wait until it is applied.
    site.wait_for_load_state("load")

    page_field = site.locator("#id_page")
    assert page_field.input_value() == start
    assert site.locator("#id_website").is_hidden()  # the honeypot
    check(site, f"barrier-form-{language}")

    # Sent without a description: the error is announced, linked and the input kept.
    site.locator("#id_name").fill("Erika Muster")
    site.get_by_role("button", name=send).press("Enter")
    summary = site.locator(".form-errors")
    assert error in summary.inner_text()
    assert site.locator("#id_name").input_value() == "Erika Muster"
    assert site.locator("#id_description").get_attribute("aria-invalid") == "true"
    check(site, f"barrier-form-error-{language}")
    summary.get_by_role("link").first.press("Enter")
    assert site.evaluate("document.activeElement.id") == "id_description"

    site.keyboard.type("Die Karte lässt sich nicht mit der Tastatur bedienen.")
    site.get_by_role("button", name=send).press("Enter")

    site.wait_for_url(
        f"**/{'barriere-melden/gesendet' if language == 'de' else 'report-a-barrier/sent'}/**"
    )
    assert site.locator("h1").inner_text() == thanks
    assert BarrierReport.objects.get().page == start
    check(site, f"barrier-form-sent-{language}")
    assert site.context.cookies() == []
