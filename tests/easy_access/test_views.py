"""The Leichte-Sprache and sign-language pages as visitors see them: German only, linked
from the header of every German page; query counts pinned."""

import re

import pytest
from django.core.management import call_command

from tests.accessibility.factories import AccessibilityStatementFactory
from tests.demo_pages import published_paths
from tests.easy_access.factories import (
    EasyReadPageFactory,
    EasyReadStartPageFactory,
    SignLanguagePageFactory,
)
from tests.factories import TeaserFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

HEADER_LINKS = re.compile(
    r'<nav class="easy-access" aria-label="Leichte Sprache und Gebärdensprache">.*?'
    r'href="/de/leichte-sprache/">.*?<svg[^>]*aria-hidden="true".*?<span>Leichte Sprache</span>.*?'
    r'href="/de/gebaerdensprache/">.*?<svg[^>]*aria-hidden="true".*?<span>Gebärdensprache</span>',
    re.DOTALL,
)


def test_every_german_page_links_both_in_its_header_and_no_english_page_does(client):
    call_command("load_demo", verbosity=0)
    paths = set(published_paths())
    german = sorted(p for p in paths if p.startswith("/de/")) + ["/de/suche/?q=Leeds"]
    english = sorted(p for p in paths if p.startswith("/en/")) + ["/en/search/?q=Leeds"]

    for path in german:
        html = client.get(path).content.decode()
        header = html.split("<main", 1)[0]
        assert HEADER_LINKS.search(header), path
    for path in english:
        assert 'class="easy-access"' not in client.get(path).content.decode(), path
    # The links lead to the demo's pages.
    assert client.get("/de/leichte-sprache/").status_code == 200
    assert client.get("/de/gebaerdensprache/").status_code == 200


def test_the_easy_read_start_page_shows_what_bitv_asks_for(client, start_page):
    page = EasyReadStartPageFactory(
        site_contents="<p>Hier stehen die Partner·städte.</p>",
        navigation_hints="<p>Oben ist das Menü.</p>",
        accessibility_summary="<p>Manche Dokumente sind nicht barriere·frei.</p>",
    )
    EasyReadPageFactory(parent=page, title_de="Dortmund und Europa")
    EasyReadPageFactory(parent=page, title_de="Entwurf", status="draft")

    html = client.get("/de/leichte-sprache/").content.decode()

    assert '<html lang="de">' in html
    assert "Diese Seite ist in Leichter Sprache." in html
    for heading, text in [
        ("Was steht auf dieser Internet·seite?", "Hier stehen die Partner·städte."),
        ("So finden Sie sich auf der Internet·seite zurecht", "Oben ist das Menü."),
        ("Wie barriere·frei ist diese Internet·seite?", "Manche Dokumente sind nicht"),
    ]:
        assert re.search(f"<h2[^>]*>{re.escape(heading)}</h2>\\s*<div[^>]*>.*{text}", html)
    assert '<a href="/de/hinweise/barrierefreiheit/">Hier lesen Sie die ganze' in html
    assert "Mehr Texte in Leichter Sprache" in html
    assert "Dortmund und Europa" in html and "Entwurf" not in html
    assert 'href="/de/gebaerdensprache/"' in html.split("<main", 1)[1]


def test_the_link_to_the_whole_statement_leads_to_it_wherever_it_lives(client, start_page):
    statement = AccessibilityStatementFactory(slug_de="barrierefreiheit")
    EasyReadStartPageFactory()
    html = client.get("/de/leichte-sprache/").content.decode()
    link = re.search(r'<a href="([^"]+)">Hier lesen Sie die ganze', html).group(1)

    response = client.get(link, follow=True)

    assert response.redirect_chain[-1][0] == statement.url_path_de
    assert response.status_code == 200


def test_an_easy_read_page_has_no_english_address_and_its_switcher_leads_to_the_english_start(
    client, start_page
):
    page = EasyReadPageFactory(slug_de="europa")

    assert page.url_path_de == page.url_path_en == "/de/leichte-sprache/europa/"
    html = client.get(page.url_path_de).content.decode()
    assert 'href="/de/leichte-sprache/">Zurück zur Start·seite in Leichter Sprache' in html
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in switcher
    head = html.split("</head>", 1)[0]
    assert 'hreflang="de" href="http://testserver/de/leichte-sprache/europa/"' in head
    assert 'rel="alternate" hreflang="en"' not in head
    assert client.get("/en/leichte-sprache/europa/").status_code == 404
    assert client.get("/en/leichte-sprache/").status_code == 404


def test_the_sign_language_page_plays_the_video_with_german_captions(client, start_page):
    page = SignLanguagePageFactory(transcript="<p>Willkommen in Dortmund.</p>")

    html = client.get(page.url_path_de).content.decode()

    video = re.search(r"<video [^>]*controls[^>]*>(.*?)</video>", html, re.DOTALL)
    assert video, html
    assert f'<source src="{page.video.url}" type="video/mp4">' in video.group(1)
    assert (
        f'<track kind="captions" srclang="de" label="Deutsch" src="{page.captions.url}" default>'
        in video.group(1)
    )
    assert f'poster="{page.poster.get_absolute_url()}"' in html or "poster=" in html
    assert f'<a href="{page.video.url}" download>Video herunterladen</a>' in html
    assert "(MP4, 57 KB, 0:09 Minuten)" in html
    assert '<h2 id="transcript-heading">Der Text zum Video</h2>' in html
    assert "Willkommen in Dortmund." in html
    # The browser's own player: no script needed (JSON-LD is data, not a script).
    assert "<script" not in re.sub(r'<script type="application/ld\+json">[^<]*</script>', "", html)


def test_german_only_pages_stay_out_of_the_translation_queue(admin_client_de, start_page):
    EasyReadPageFactory(title_de="Ein Text in Leichter Sprache")
    TopicPageFactory(title_de="Ohne Englisch", title_en="", body_en="", teaser_en="")

    html = admin_client_de.get("/admin/dortmund_intl/page/translations/").content.decode()

    assert "Ohne Englisch" in html
    assert "Ein Text in Leichter Sprache" not in html


# frame (address lookup) + the page as its kind + the contact box (contacts of the
# page's ancestors) + the list of pages under it (tests/dortmund_intl/test_queries.py).
START_PAGE_QUERIES = 4


@pytest.mark.parametrize("n", [1, 12])
def test_easy_read_start_page_queries_do_not_grow_with_its_pages(
    client, start_page, django_assert_num_queries, n
):
    """Intended to prevent an n+1 on the list of Leichte-Sprache pages."""
    page = EasyReadStartPageFactory()
    for _ in range(n):
        EasyReadPageFactory(parent=page)
        TeaserFactory(page=page, target=TopicPageFactory())
    client.get(page.url_path_de)  # warm the content-type cache, as a running site has

    with django_assert_num_queries(START_PAGE_QUERIES + 1):  # + the teasers
        response = client.get(page.url_path_de)

    assert response.content.decode().count('class="teaser"') >= n


@pytest.mark.parametrize("n", [1, 12])
def test_sign_language_page_queries_do_not_grow(client, start_page, django_assert_num_queries, n):
    """Intended to keep the poster image joined to the page, not read per use."""
    page = SignLanguagePageFactory()
    for _ in range(n):
        TeaserFactory(page=page, target=TopicPageFactory())
    client.get(page.url_path_de)

    with django_assert_num_queries(START_PAGE_QUERIES + 1):  # + the teasers
        client.get(page.url_path_de)


def test_the_sitemap_lists_german_only_pages_once_in_german(client, start_page):
    EasyReadPageFactory(slug_de="europa")

    xml = client.get("/sitemap.xml").content.decode()

    assert xml.count("/de/leichte-sprache/europa/</loc>") == 1
    assert xml.count('hreflang="de" href="http://testserver/de/leichte-sprache/europa/"') == 1
    assert 'hreflang="en" href="http://testserver/de/' not in xml
