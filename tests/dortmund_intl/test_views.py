import pytest
from django.contrib.redirects.models import Redirect

from dortmund_intl.models import Page
from tests.factories import (
    DocumentFactory,
    ExternalTopicFactory,
    GalleryImageFactory,
    PageDocumentFactory,
    TeaserFactory,
    TopicPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(start_page):
    section = TopicPageFactory(
        title_de="Dortmund International",
        title_en="Dortmund International",
        slug_de="dortmund-international",
        slug_en="dortmund-international",
        show_in_menus=True,
    )
    return TopicPageFactory(
        parent=section,
        title_de="Globale Städte-Diplomatie",
        title_en="Global city diplomacy",
        slug_de="staedte-diplomatie",
        slug_en="city-diplomacy",
        teaser_de="Starke Städte sorgen für Stabilität.",
        teaser_en="Strong cities ensure stability.",
        body_de="<p>Deutscher Artikeltext.</p>",
        body_en="<p>English article text.</p>",
    )


@pytest.mark.parametrize(
    ("path", "title", "text", "crumb", "other"),
    [
        (
            "/de/dortmund-international/staedte-diplomatie/",
            "Globale Städte-Diplomatie",
            "Deutscher Artikeltext.",
            "Internationales",
            "/en/dortmund-international/city-diplomacy/",
        ),
        (
            "/en/dortmund-international/city-diplomacy/",
            "Global city diplomacy",
            "English article text.",
            "International",
            "/de/dortmund-international/staedte-diplomatie/",
        ),
    ],
)
def test_topic_page_in_both_languages(client, topic, path, title, text, crumb, other):
    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in html
    assert text in html
    assert f'<a href="{path.split("/")[0] or ""}/{path.split("/")[1]}/">{crumb}</a>' in html
    assert 'aria-current="page">' + title in html.replace("\n", "")
    assert f'href="{other}"' in html  # the language switcher leads to the same page


def test_start_page_lists_its_sections(client, start_page):
    start_page.list_children = True
    start_page.save()
    TopicPageFactory(title_de="Europa", title_en="Europe", slug_de="europa", slug_en="europe")

    response = client.get("/en/")

    assert response.status_code == 200
    assert "Europe" in response.content.decode()


def test_teasers_downloads_and_gallery_are_shown(client, topic):
    target = TopicPageFactory(title_de="Ziel 15: Leben an Land", teaser_de="Eine Übersicht.")
    external = ExternalTopicFactory(title_de="Bundestagswahl")
    TeaserFactory(page=topic, target=target, sort_order=1)
    TeaserFactory(page=topic, target=external, sort_order=2)
    PageDocumentFactory(
        page=topic,
        document=DocumentFactory(title_de="Starke Städte", language="de"),
    )
    GalleryImageFactory(page=topic)

    html = client.get(topic.url_path_de).content.decode()

    assert "Mehr zum Thema" in html
    assert html.index("Ziel 15: Leben an Land") < html.index("Bundestagswahl")
    assert 'href="https://www.dortmund.de/themen/wahlen/"' in html
    assert "Starke Städte" in html
    assert "(PDF, 1 KB, Deutsch)" in html
    assert "Bild: Stadt Dortmund" in html


def test_teasers_to_pages_that_are_not_public_are_not_shown(client, topic):
    TeaserFactory(
        page=topic, target=TopicPageFactory(title_de="Entwurfsseite", status=Page.Status.DRAFT)
    )
    assert "Entwurfsseite" not in client.get(topic.url_path_de).content.decode()


def test_draft_pages_are_not_found(client, start_page):
    draft = TopicPageFactory(status=Page.Status.DRAFT)
    assert client.get(draft.url_path_de).status_code == 404


def test_missing_english_shows_german_marked_with_a_note(client, start_page):
    page = TopicPageFactory(
        title_de="Nur Deutsch",
        title_en="",
        teaser_en="",
        body_de="<p>Nur deutscher Text.</p>",
        body_en="",
    )

    html = client.get(page.url_path_en).content.decode()

    assert '<h1 lang="de">Nur Deutsch</h1>' in html
    assert '<div class="richtext" lang="de"><p>Nur deutscher Text.</p></div>' in html
    assert "has not been translated into English yet" in html


def test_old_address_answers_with_a_permanent_redirect(client, topic):
    topic.slug_de = "globale-staedte-diplomatie"
    topic.save()

    response = client.get("/de/dortmund-international/staedte-diplomatie/")

    assert response.status_code == 301
    assert response["Location"] == "/de/dortmund-international/globale-staedte-diplomatie/"
    assert Redirect.objects.count() == 1  # the English address did not change


@pytest.mark.parametrize(
    ("accept", "target"), [("en-GB,en;q=0.9", "/en/"), ("de-DE,de;q=0.9", "/de/"), ("fr", "/de/")]
)
def test_root_redirects_by_the_browsers_language(client, start_page, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize(
    ("path", "text"),
    [("/de/gibt-es-nicht/", "Seite nicht gefunden"), ("/en/does-not-exist/", "Page not found")],
)
def test_unknown_address_gets_the_designed_404_in_its_language(client, start_page, path, text):
    response = client.get(path)
    assert response.status_code == 404
    assert text in response.content.decode()
    assert 'class="site-header"' in response.content.decode()


def test_server_error_gets_a_designed_page(client, start_page, monkeypatch):
    from dortmund_intl import selectors

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(selectors, "page_frame", broken)
    client.raise_request_exception = False

    response = client.get("/en/anything/")

    assert response.status_code == 500
    assert "Technical problem" in response.content.decode()


def test_search_finds_published_pages_in_either_language(client, topic):
    TopicPageFactory(
        title_de="Geheimer Entwurf Diplomatie",
        title_en="Secret draft on diplomacy",
        status=Page.Status.DRAFT,
    )

    response = client.get("/en/search/", {"q": "diplomacy"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Global city diplomacy" in html
    assert "Secret draft" not in html


def test_search_survives_odd_input(client, start_page):
    for query in ["", "   ", "'\"<script>", "a" * 5000, "&&||!!", "\x00", "Amiens\x00"]:
        response = client.get("/de/suche/", {"q": query})
        assert response.status_code == 200
        assert "<script>" not in response.content.decode().split("</header>")[1]


def test_sitemap_lists_published_pages_in_both_languages(client, topic):
    TopicPageFactory(slug_de="entwurf", status=Page.Status.DRAFT)
    ExternalTopicFactory()

    xml = client.get("/sitemap.xml").content.decode()

    assert "/de/dortmund-international/staedte-diplomatie/" in xml
    assert "/en/dortmund-international/city-diplomacy/" in xml
    assert "/entwurf/" not in xml
    assert "dortmund.de/themen/wahlen" not in xml


def test_feed_lists_published_pages_in_the_visitors_language(client, topic):
    TopicPageFactory(title_de="Geheimer Entwurf", status=Page.Status.DRAFT)

    german = client.get("/de/feed/")
    english = client.get("/en/feed/")

    assert german["Content-Type"].startswith("application/rss+xml")
    assert "Globale Städte-Diplomatie" in german.content.decode()
    assert "Global city diplomacy" in english.content.decode()
    assert "Geheimer Entwurf" not in german.content.decode()


def test_an_address_without_its_trailing_slash_forwards(client, topic):
    response = client.get("/de/dortmund-international/staedte-diplomatie?x=1")
    assert response.status_code == 301
    assert response["Location"] == "/de/dortmund-international/staedte-diplomatie/?x=1"


def test_an_address_with_a_nul_byte_is_not_found(client, start_page):
    assert client.get("/de/%00/").status_code == 404


@pytest.mark.parametrize("name", ["9" * 300 + ".jpg", "images/" + "a" * 256 + "/x.jpg"])
def test_a_media_address_with_a_too_long_name_is_not_found(client, settings, tmp_path, name):
    """The file system refuses names over 255 bytes (ENAMETOOLONG): that is no file here,
    not a server error (found by tests/fuzz/test_public.py)."""
    settings.SERVE_MEDIA, settings.MEDIA_ROOT = True, tmp_path
    (tmp_path / "images").mkdir()

    assert client.get(f"/media/{name}").status_code == 404


@pytest.mark.parametrize(
    "german, english",
    [("/de/suche/", "/en/search/"), ("/de/barriere-melden/", "/en/report-a-barrier/")],
)
def test_pages_outside_the_page_tree_switch_to_their_own_address(
    client, start_page, german, english
):
    for shown, other, code in ((german, english, "en"), (english, german, "de")):
        html = client.get(shown, {"q": "Leeds"}).content.decode()
        assert f'<a href="{other}" hreflang="{code}" lang="{code}">' in html
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{other}">' in html
