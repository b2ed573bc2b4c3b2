"""The site's icon on public pages and in the admin, and the translator's German text
rendered (dortmund_intl/editor_ux)."""

import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

from dortmund_intl.roles import TRANSLATORS
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def _icons(html):
    return re.findall(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"', html)


def test_public_pages_and_the_admin_link_a_local_favicon(client, admin_client_de, start_page):
    public = _icons(client.get(start_page.url_path_de).content.decode())
    admin_pages = _icons(admin_client_de.get(reverse("admin:index")).content.decode())
    for icons in (public, admin_pages):
        assert [icon.rsplit("/", 1)[1] for icon in icons] == [
            "favicon.svg",
            "favicon.ico",
            "apple-touch-icon.png",
        ]
        assert all(icon.startswith("/static/") for icon in icons)
    with Image.open(finders.find("img/favicon.ico")) as ico:
        assert ico.format == "ICO" and (32, 32) in ico.info["sizes"]
    with Image.open(finders.find("img/apple-touch-icon.png")) as png:
        assert png.size == (180, 180)


def test_translators_read_the_german_text_rendered(client, django_user_model, start_page):
    page = TopicPageFactory(
        body_de='<h2>Hilfe</h2><ul><li>Unterkunft</li></ul><p><a href="https://example.org/">Mehr</a></p>',
        body_en="",
    )
    translator = django_user_model.objects.create_user("tom", password="x" * 20, is_staff=True)
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    client.force_login(translator)
    client.cookies["django_language"] = "de"

    html = client.get(
        reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    ).content.decode()

    rendered = re.search(r'<div class="ux-richtext" lang="de">(.*?)</div>', html, re.S).group(1)
    assert "<h2>Hilfe</h2>" in rendered and "<li>Unterkunft</li>" in rendered
    assert '<a href="https://example.org/"' in rendered
    assert "&lt;h2&gt;" not in html
    assert 'name="body_de"' not in html  # still no German field in the translator's form
    assert 'name="body_en"' in html


def test_the_german_text_shown_to_translators_is_sanitised(client, django_user_model, start_page):
    page = TopicPageFactory()
    # Written around the model's cleaning, as a data import might.
    type(page).objects.filter(pk=page.pk).update(
        body_de='<p>Text</p><script>alert(1)</script><img src=x onerror="alert(2)">'
    )
    translator = django_user_model.objects.create_user("tom", password="x" * 20, is_staff=True)
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    client.force_login(translator)

    html = client.get(
        reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    ).content.decode()

    rendered = re.search(r'<div class="ux-richtext" lang="de">(.*?)</div>', html, re.S).group(1)
    assert "<p>Text</p>" in rendered
    assert "<script" not in rendered and "onerror" not in rendered
