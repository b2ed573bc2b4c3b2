"""The editors' admin in a real browser: an upload kept across a refused form, the
start page with each person's work, change forms and the queue at phone width, the
language tabs, the rich-text menu in German, rows moved without typing numbers."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from dortmund_intl import samples
from dortmund_intl.models import Image, Page, Teaser
from dortmund_intl.roles import EDITORS, TRANSLATORS
from tests.browser.conftest import DESKTOP, screenshot
from tests.factories import TopicPageFactory, start_page
from tests.partnerships.factories import PartnershipFactory, PartnershipIndexPageFactory

PHONE_390 = {"width": 390, "height": 844}
PASSWORD = "ein-langes-passwort-42"


def _login(site, django_user_model, name, role, language="de"):
    user = django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    site.context.add_cookies([{"name": "django_language", "value": language, "url": site.base}])
    site.goto(site.base + "/admin/login/")
    site.fill("#id_username", name)
    site.fill("#id_password", PASSWORD)
    site.locator("input[type=submit]").click()
    site.wait_for_selector("#site-name")
    return user


def _fits(site):
    return site.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_upload_is_kept_when_the_form_is_refused(site, django_user_model):
    _login(site, django_user_model, "anna", EDITORS)
    site.goto(site.base + reverse("admin:dortmund_intl_image_add"))
    site.set_input_files(
        "#id_file",
        {
            "name": "rathaus.jpg",
            "mimeType": "image/jpeg",
            "buffer": samples.sample_image(2, 800, 450),
        },
    )
    site.fill("#id_alt_de", "Das Rathaus am Friedensplatz")
    site.locator("input[name=_save]").click()

    kept = site.locator(".kept-upload")
    kept.wait_for()
    assert "rathaus.jpg" in kept.inner_text()
    preview = kept.locator("img")
    preview.wait_for()
    assert site.evaluate("(img) => img.complete && img.naturalWidth > 0", preview.element_handle())
    assert site.locator("#id_alt_de").input_value() == "Das Rathaus am Friedensplatz"
    screenshot(site, "admin-upload-kept", DESKTOP)

    # Fix the English alt text (its tab) and save without choosing the file again.
    site.locator(".ui-tabs:has(#id_alt_en) a", has_text="EN").click()
    site.fill("#id_alt_en", "The town hall on Friedensplatz")
    site.locator("input[name=_save]").click()
    site.wait_for_url("**/admin/dortmund_intl/image/")

    image = Image.objects.get()
    assert (image.width, image.height) == (800, 450)
    assert image.alt_en == "The town hall on Friedensplatz"


def test_the_start_page_shows_each_person_their_work(site, django_user_model):
    start_page()
    TopicPageFactory(title_de="Entwurf: Europawoche 2027", status=Page.Status.DRAFT)
    TopicPageFactory(
        title_de="Partnerschaftsfest Leeds", go_live_at=timezone.now() + timedelta(days=2)
    )
    TopicPageFactory(title_de="Neu ohne Englisch", title_en="", teaser_en="", body_en="")
    _login(site, django_user_model, "anna", EDITORS)

    site.goto(site.base + reverse("admin:index"))
    assert "Entwurf: Europawoche 2027" in site.locator("#panel-drafts").inner_text()
    scheduled = site.locator("#panel-scheduled").inner_text()
    assert "Partnerschaftsfest Leeds" in scheduled and "geplant ab" in scheduled
    assert "Neu ohne Englisch" in site.locator("#panel-recent").inner_text()
    for viewport in (PHONE_390, DESKTOP):
        screenshot(site, "admin-start-editor", viewport)
        assert _fits(site)
    site.locator("#panel-drafts a", has_text="Entwurf: Europawoche 2027").click()
    site.wait_for_selector("#id_title_de")

    site.context.clear_cookies()
    _login(site, django_user_model, "tom", TRANSLATORS, language="en")
    site.goto(site.base + reverse("admin:index"))
    queue = site.locator("#panel-translations").inner_text()
    assert "Neu ohne Englisch" in queue and "words" in queue
    assert site.locator("#panel-drafts").count() == 0
    screenshot(site, "admin-start-translator-en", DESKTOP)


@pytest.mark.parametrize("language", ["de", "en"])
def test_change_forms_and_the_queue_fit_a_phone(site, django_user_model, language):
    start_page()
    page = TopicPageFactory(
        title_de="Dortmund und Globale Städte-Diplomatie: Wie Kommunen voneinander lernen",
        body_de="<h2>Eine lange Überschrift über Städtediplomatie</h2><p>" + "Text " * 80 + "</p>",
    )
    for n in range(3):
        Teaser.objects.create(page=page, target=TopicPageFactory(), sort_order=n)
    PartnershipIndexPageFactory()
    leeds = PartnershipFactory(title_de="Leeds")
    TopicPageFactory(title_de="Ohne Englisch", title_en="", teaser_en="", body_en="")
    _login(site, django_user_model, "anna", EDITORS, language)
    site.set_viewport_size(PHONE_390)
    _each_fits(
        site,
        language,
        PHONE_390,
        page=reverse("admin:dortmund_intl_topicpage_change", args=[page.pk]),
        partnership=reverse("admin:partnerships_partnership_change", args=[leeds.pk]),
        image_add=reverse("admin:dortmund_intl_image_add"),
        queue=reverse("admin:dortmund_intl_translation_queue"),
        all_pages=reverse("admin:dortmund_intl_page_changelist"),
    )
    site.goto(site.base + reverse("admin:dortmund_intl_topicpage_change", args=[page.pk]))
    screenshot(site, f"admin-page-{language}", DESKTOP)
    # A long title: the buttons beside it do not cover it.
    title = site.locator("#content > h2").bounding_box()
    for box in site.locator(".object-tools li").all():
        tool = box.bounding_box()
        assert tool["y"] >= title["y"] + title["height"] - 1 or (
            tool["x"] >= title["x"] + title["width"]
        )
    # At 1280 px the lists with the most columns fit, or their table scrolls in its box.
    _each_fits(
        site,
        language,
        DESKTOP,
        partnerships=reverse("admin:partnerships_partnership_changelist"),
        all_pages=reverse("admin:dortmund_intl_page_changelist"),
    )


def _each_fits(site, language, viewport, **urls):
    """Each admin page fits the viewport's width (screenshot taken as it looks)."""
    for name, url in urls.items():
        name = name.replace("_", "-")
        site.goto(site.base + url)
        site.wait_for_load_state("networkidle")
        screenshot(site, f"admin-{name}-{language}", viewport)
        assert _fits(site), f"{name} scrolls sideways at {viewport['width']} px"


def test_tabs_menu_and_row_order(site, django_user_model):
    start_page()
    page = TopicPageFactory(title_de="Ukraine")
    first, second = TopicPageFactory(title_de="Erste"), TopicPageFactory(title_de="Zweite")
    Teaser.objects.create(page=page, target=first, sort_order=1)
    Teaser.objects.create(page=page, target=second, sort_order=2)
    _login(site, django_user_model, "anna", EDITORS)
    site.goto(site.base + reverse("admin:dortmund_intl_topicpage_change", args=[page.pk]))
    switch = site.locator("#modeltranslation-main-switch")

    # One field's EN tab: the form-wide selector stays on DE.
    site.locator(".ui-tabs:has(#id_title_de) a", has_text="EN").click()
    assert site.locator("#id_title_en").is_visible()
    assert switch.evaluate("(s) => s.options[s.selectedIndex].text") == "de"
    assert site.locator("#id_teaser_de").is_visible()
    # The selector still switches every field.
    switch.select_option(index=1)
    assert site.locator("#id_teaser_en").is_visible() and site.locator("#id_slug_en").is_visible()
    assert switch.evaluate("(s) => s.options[s.selectedIndex].text") == "en"

    # The rich-text editor's menu speaks German.
    menubar = site.locator(".prose-menubar").first
    menubar.wait_for(state="attached")
    titles = menubar.evaluate(
        "(m) => Array.from(m.querySelectorAll('[title]')).map((e) => e.title)"
    )
    assert "fett" in titles and "Link einfügen" in titles
    assert "bold" not in titles and "insert link" not in titles

    # Rows move with buttons, from the keyboard; the positions follow.
    rows = site.locator("#teaser_links-group tr.form-row.has_original")
    down = rows.nth(0).locator("button.ux-move").nth(1)
    assert down.get_attribute("aria-label") == "Nach unten"
    down.focus()
    site.keyboard.press("Enter")
    assert (
        site.locator("#teaser_links-group tr.form-row.has_original")
        .nth(0)
        .inner_text()
        .find("Zweite")
        >= 0
    )
    # A new row starts at the end of the list.
    site.locator("#teaser_links-group .add-row a").click()
    new_row = site.locator("#teaser_links-group tr.form-row.dynamic-teaser_links").last
    assert new_row.locator("td.field-sort_order input").input_value() == "3"
    assert new_row.locator("button.ux-move").count() == 2
    new_row.locator(".inline-deletelink").click()
    site.locator("input[name=_continue]").first.click()
    site.wait_for_selector(".messagelist")
    order = list(
        Teaser.objects.filter(page=page)
        .order_by("sort_order")
        .values_list("target__title_de", flat=True)
    )
    assert order == ["Zweite", "Erste"]
