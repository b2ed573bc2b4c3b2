"""The site search as a visitor uses it: stemmed, ranked, highlighted, paged, filtered."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from dortmund_intl.models import Page
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="typo suggestions need pg_trgm (PostgreSQL)"
)


def titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="search-result__title"><a href="[^"]*"[^>]*>([^<]*)<', html)


def search(client, query, language="de", **params):
    path = "/de/suche/" if language == "de" else "/en/search/"
    return client.get(path, {"q": query, **params})


def test_german_words_are_found_by_their_other_forms(client, start_page):
    TopicPageFactory(title_de="Die Partnerschaft mit Leeds", body_de="<p>Seit 1969.</p>")

    assert titles(search(client, "Partnerschaften")) == ["Die Partnerschaft mit Leeds"]


def test_english_words_are_found_by_their_other_forms(client, start_page):
    TopicPageFactory(title_en="Our partnership with Leeds", body_en="<p>Since 1969.</p>")

    assert titles(search(client, "partnerships", "en")) == ["Our partnership with Leeds"]


def test_the_text_is_searched_without_its_markup(client, start_page):
    TopicPageFactory(
        title_de="Amiens", body_de='<p><strong>Fest</strong> <a href="/x/">der Städte</a></p>'
    )

    assert titles(search(client, "strong")) == []
    assert titles(search(client, "href")) == []
    assert titles(search(client, "Fest")) == ["Amiens"]


def test_a_match_in_the_title_ranks_above_the_teaser_above_the_text(client, start_page):
    common = {"body_de": "<p>Nichts.</p>", "teaser_de": "Nichts."}
    TopicPageFactory(**{**common, "title_de": "C-Seite", "body_de": "<p>Über Kumasi.</p>"})
    TopicPageFactory(**{**common, "title_de": "B-Seite", "teaser_de": "Über Kumasi."})
    TopicPageFactory(**{**common, "title_de": "A über Kumasi"})

    assert titles(search(client, "Kumasi")) == ["A über Kumasi", "B-Seite", "C-Seite"]


def test_only_published_pages_are_found(client, start_page):
    now = timezone.now()
    TopicPageFactory(title_de="Novi Sad offen")
    TopicPageFactory(title_de="Novi Sad Entwurf", status=Page.Status.DRAFT)
    TopicPageFactory(title_de="Novi Sad abgelaufen", expire_at=now - timedelta(days=1))
    TopicPageFactory(title_de="Novi Sad geplant", go_live_at=now + timedelta(days=1))

    assert titles(search(client, "Novi Sad")) == ["Novi Sad offen"]


def test_the_index_follows_saves_and_deletions(client, start_page):
    page = TopicPageFactory(title_de="Trabzon", teaser_de="")
    page.title_de = "Rostow am Don"
    page.save()

    assert titles(search(client, "Trabzon")) == []
    assert titles(search(client, "Rostow")) == ["Rostow am Don"]
    page.delete()
    assert titles(search(client, "Rostow")) == []


def test_excerpts_are_escaped_and_mark_the_words_found(client, start_page):
    TopicPageFactory(
        title_de="Xi'an",
        teaser_de="",
        body_de="<p>Kultur &amp; Austausch &lt;script&gt;alert(1)&lt;/script&gt; mit Partnerschaften.</p>",
    )

    html = search(client, "Partnerschaft").content.decode()

    assert "<mark>Partnerschaften</mark>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_each_hit_names_its_kind_and_section_and_the_sections_filter(client, start_page):
    europe = TopicPageFactory(title_de="Europa", slug_de="europa")
    partners = TopicPageFactory(title_de="Städtepartnerschaften", slug_de="partner")
    TopicPageFactory(parent=europe, title_de="Europapreis für Dortmund")
    TopicPageFactory(parent=partners, title_de="Amiens und der Europapreis")

    html = search(client, "Europapreis").content.decode()
    assert "Themenseite · Europa" in html
    assert "Themenseite · Städtepartnerschaften" in html

    filtered = search(client, "Europapreis", section=europe.pk)
    assert titles(filtered) == ["Europapreis für Dortmund"]
    assert f'<option value="{europe.pk}" selected>' in filtered.content.decode()


def test_results_are_paged_without_a_cap(client, start_page):
    for i in range(25):
        TopicPageFactory(title_de=f"Bericht Nummer {i}")

    first = search(client, "Bericht")
    last = search(client, "Bericht", page=3)

    assert "25 Treffer" in first.content.decode()
    assert len(titles(first)) == 10
    assert len(titles(last)) == 5
    assert 'rel="next"' in first.content.decode()
    assert search(client, "Bericht", page="x").status_code == 200  # an odd page: page 1


def test_an_empty_or_too_long_query_says_what_to_do_and_keeps_the_input(client, start_page):
    empty = search(client, "   ").content.decode()
    long_query = "Partnerschaft " * 20
    too_long = search(client, long_query).content.decode()

    assert "Bitte geben Sie einen Suchbegriff ein." in empty
    assert "Ihr Suchbegriff ist zu lang" in too_long
    assert f'value="{long_query}"' in too_long


def test_the_search_form_sends_to_the_search_address(client, start_page):
    html = search(client, "Leeds").content.decode()

    assert 'action=""' not in html
    assert 'action="/de/suche/"' in html


@pytest.mark.parametrize("n", [5, 60])
def test_a_results_page_costs_the_same_queries_with_few_and_many_hits(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the search results page."""
    for i in range(n):
        TopicPageFactory(title_de=f"Partnerschaft {i}")
    search(client, "Partnerschaft")  # warm the site caches, as a running site has

    with django_assert_num_queries(4):  # frame, sections, count, the page of hits
        response = search(client, "Partnerschaft")

    assert len(titles(response)) == min(n, 10)


def test_rebuilding_the_index_finds_every_page_again(client, start_page):
    TopicPageFactory(title_de="Dnipro")
    from dortmund_intl.findability.models import SearchDocument

    SearchDocument.objects.all().delete()
    assert titles(search(client, "Dnipro")) == []

    call_command("rebuild_search_index", verbosity=0)

    response = search(client, "Dnipro")
    assert titles(response) == ["Dnipro"]
    assert "Themenseite" in response.content.decode()  # the page's kind, not "Seite"


@on_postgresql
def test_a_typo_gets_a_suggestion_that_finds_the_page(client, start_page):
    TopicPageFactory(title_de="Partnerschaft mit Zhytomyr")

    html = search(client, "Partnershaft").content.decode()

    assert "Meinten Sie" in html
    assert "?q=Partnerschaft" in html


def test_without_a_typo_no_suggestion_is_made(client, start_page):
    TopicPageFactory(title_de="Partnerschaft mit Zhytomyr")

    assert "Meinten Sie" not in search(client, "Zhytomyr").content.decode()
