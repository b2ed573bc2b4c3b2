"""The RSS feed survives whatever editors paste, and escapes plain text once."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from dortmund_intl.models import Page, TopicPage
from tests.admin_forms import form_data
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def _items(response):
    channel = ET.fromstring(response.content).find("channel")
    return {item.findtext("title"): item.findtext("description") for item in channel.iter("item")}


def test_a_control_character_stored_in_a_title_or_teaser_does_not_break_the_feed(
    client, start_page
):
    """Text stored before saving dropped them (imports, old rows) is cleaned on the way out."""
    page = TopicPageFactory()
    Page.objects.filter(pk=page.pk).update(
        title_de="Partner\x0cschaft\x01", teaser_de="Ein\x0b Satz\x1f."
    )

    response = client.get("/de/feed/")

    assert response.status_code == 200
    assert _items(response)["Partnerschaft"] == "Ein Satz."


def test_plain_text_is_escaped_once(client, start_page):
    TopicPageFactory(title_de="Kunst & Kultur <neu>", teaser_de='Dortmund & "Leeds"')

    response = client.get("/de/feed/")

    assert "&amp;amp;" not in response.content.decode()
    assert _items(response)["Kunst & Kultur <neu>"] == 'Dortmund & "Leeds"'


def test_control_characters_are_dropped_when_an_editor_saves(admin_client, start_page):
    """Silently: they are invisible, an error about them would only puzzle."""
    page = TopicPageFactory(title_de="Alt", slug_de="alt", slug_en="old")
    url = reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    data = form_data(admin_client.get(url))
    data.update(title_de="Städte\x0bpartner\x01schaft", teaser_en="One\x0c sentence.")

    response = admin_client.post(url, data)

    assert response.status_code == 302
    page = TopicPage.objects.get(pk=page.pk)
    assert page.title_de == "Städtepartnerschaft"
    assert page.teaser_en == "One sentence."
