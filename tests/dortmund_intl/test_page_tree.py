"""The page tree refuses what cannot work, as form errors in German and English that
keep the input: an external topic as parent, an address the site itself uses,
"publish from" after "publish until", a page deeper than the site answers."""

import pytest
from django.conf import settings
from django.urls import reverse

from dortmund_intl.models import TopicPage
from tests.admin_forms import form_data
from tests.factories import ExternalTopicFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

MESSAGES = {
    "external": {
        "de": "führt zu einer anderen Website und kann keine Seiten unter sich haben",
        "en": "leads to another website and cannot have pages under it",
    },
    "route": {"de": "gehört der Website selbst", "en": "belongs to the site itself"},
    "dates": {
        "de": "„Veröffentlichen bis“ muss nach „Veröffentlichen ab“ liegen.",
        "en": "“Publish until” must be later than “publish from”.",
    },
    "depth": {"de": "Ebenen unter der Startseite", "en": "levels below the start page"},
}


def _add(client, language, **fields):
    client.cookies["django_language"] = language
    url = reverse("admin:dortmund_intl_topicpage_add")
    data = form_data(client.get(url))
    data.update(title_de="Mein Titel", title_en="My title", teaser_de="Mein getippter Satz.")
    data.update(fields)
    return client.post(url, data)


def _refused(response, message):
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html, message
    assert "Mein getippter Satz." in html  # the input is kept
    assert 'value="Mein Titel"' in html
    return html


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_external_topic_cannot_be_a_parent(admin_client, start_page, language):
    election = ExternalTopicFactory(title_de="Bundestagswahl")

    response = _add(
        admin_client, language, parent=str(election.pk), slug_de="unter", slug_en="below"
    )

    _refused(response, MESSAGES["external"][language])
    assert not TopicPage.objects.filter(slug_de="unter").exists()


def test_the_parent_search_offers_no_external_topic(admin_client, start_page):
    ExternalTopicFactory(title_de="Bundestagswahl extern")
    TopicPageFactory(title_de="Bundestagswahl intern")

    response = admin_client.get(
        "/admin/autocomplete/",
        {
            "term": "Bundestagswahl",
            "app_label": "dortmund_intl",
            "model_name": "topicpage",
            "field_name": "parent",
        },
    )

    # Each candidate shows its place in the site: "Internationales › Bundestagswahl intern".
    titles = [result["text"].split(" › ")[-1] for result in response.json()["results"]]
    assert titles == ["Bundestagswahl intern"]


@pytest.mark.parametrize(
    ("slug_de", "slug_en", "field"),
    [
        ("suche", "finden", "slug_de"),
        ("finden", "search", "slug_en"),
        ("feed", "news", "slug_de"),
        ("neuigkeiten", "feed", "slug_en"),
        ("admin", "administration", "slug_de"),
        ("medien", "media", "slug_en"),
        ("static", "statisch", "slug_de"),
    ],
)
@pytest.mark.parametrize("language", ["de", "en"])
def test_an_address_of_the_site_itself_is_refused(
    admin_client, start_page, slug_de, slug_en, field, language
):
    response = _add(
        admin_client, language, parent=str(start_page.pk), slug_de=slug_de, slug_en=slug_en
    )

    _refused(response, MESSAGES["route"][language])
    assert response.context["adminform"].form.errors[field]
    assert f'value="{slug_de}"' in response.content.decode()
    assert not TopicPage.objects.filter(slug_de=slug_de).exists()


def test_the_same_words_are_fine_further_down(admin_client, start_page):
    """/de/europa/admin/ is no address of the site; only the top level is reserved."""
    europe = TopicPageFactory(slug_de="europa", slug_en="europe")

    response = _add(admin_client, "de", parent=str(europe.pk), slug_de="admin", slug_en="media")

    assert response.status_code == 302
    assert TopicPage.objects.get(slug_de="admin").url_path_de == "/de/europa/admin/"


@pytest.mark.urls("tests.dortmund_intl.nested_route_urls")
def test_a_route_at_a_deeper_level_is_refused_at_that_level(admin_client, start_page):
    """The URLconf decides: a route at /de/partnerschaften/karte/ takes that address."""
    partnerships = TopicPageFactory(slug_de="partnerschaften", slug_en="partnerships")

    response = _add(admin_client, "de", parent=str(partnerships.pk), slug_de="karte", slug_en="map")

    _refused(response, "/de/partnerschaften/karte/")
    assert response.context["adminform"].form.errors["slug_de"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_publish_from_after_publish_until_is_refused(admin_client, start_page, language):
    response = _add(
        admin_client,
        language,
        parent=str(start_page.pk),
        slug_de="termin",
        slug_en="date",
        go_live_at_0="2026-12-20",
        go_live_at_1="10:00:00",
        expire_at_0="2026-12-10",
        expire_at_1="10:00:00",
    )

    _refused(response, MESSAGES["dates"][language])
    assert response.context["adminform"].form.errors["expire_at"]
    assert 'value="2026-12-20"' in response.content.decode() or "20.12.2026" in (
        response.content.decode()
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_page_deeper_than_the_site_answers_is_refused(admin_client, start_page, language):
    parent = start_page
    for level in range(settings.PAGE_MAX_DEPTH):
        parent = TopicPageFactory(parent=parent, slug_de=f"ebene-{level}", slug_en=f"level-{level}")

    response = _add(admin_client, language, parent=str(parent.pk), slug_de="tief", slug_en="deep")

    _refused(response, MESSAGES["depth"][language])
    assert not TopicPage.objects.filter(slug_de="tief").exists()


def test_a_move_that_would_push_the_pages_below_too_deep_is_refused(admin_client, start_page):
    chain = [start_page]
    for level in range(settings.PAGE_MAX_DEPTH - 1):
        chain.append(TopicPageFactory(parent=chain[-1], slug_de=f"a{level}", slug_en=f"a{level}"))
    branch = TopicPageFactory(slug_de="zweig", slug_en="branch")
    TopicPageFactory(parent=branch, slug_de="blatt", slug_en="leaf")
    url = reverse("admin:dortmund_intl_topicpage_change", args=[branch.pk])
    data = form_data(admin_client.get(url))
    data["parent"] = str(chain[-1].pk)  # branch at the deepest level, its leaf one below

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["parent"]
    branch.refresh_from_db()
    assert branch.url_path_de == "/de/zweig/"


def test_every_problem_is_named_at_once(admin_client, start_page):
    response = _add(
        admin_client,
        "en",
        parent=str(start_page.pk),
        slug_de="suche",
        slug_en="looking",
        go_live_at_0="2026-12-20",
        go_live_at_1="10:00:00",
        expire_at_0="2026-12-10",
        expire_at_1="10:00:00",
    )

    errors = response.context["adminform"].form.errors
    assert set(errors) >= {"slug_de", "expire_at"}
