import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerships.models import Partnership, Section
from tests.factories import GalleryImageFactory, ImageFactory, TeaserFactory, TopicPageFactory
from tests.partnerships.factories import (
    MilestoneFactory,
    PartnerOrganisationFactory,
    PartnershipFactory,
    PartnershipIndexPageFactory,
)

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def text(html: str) -> str:
    """The page's text with tags removed and white space folded, as a reader sees it."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def map_points(html: str) -> list[tuple[str, str]]:
    """(link, label) of every partnership point on the page's map."""
    svg = ET.fromstring(re.search(r"<svg viewBox.*?</svg>", html, re.S).group(0))
    return [(link.get("href"), link.find(f"{SVG}text").text) for link in svg.iter(f"{SVG}a")]


@pytest.fixture
def city_index(start_page):
    return PartnershipIndexPageFactory(section=Section.CITY)


@pytest.fixture
def project_index(start_page):
    return PartnershipIndexPageFactory(section=Section.PROJECT)


@pytest.fixture
def leeds(city_index):
    leeds = PartnershipFactory(
        title_de="Leeds",
        title_en="Leeds",
        slug_de="leeds",
        slug_en="leeds",
        municipality_de="Leeds",
        municipality_en="Leeds",
        country="GB",
        since=1969,
        latitude=53.7997,
        longitude=-1.5492,
        wikidata_id="Q39121",
        body_de="<p>Seit 1969 Partnerstadt.</p>",
        body_en="<p>Partner city since 1969.</p>",
    )
    MilestoneFactory(
        partnership=leeds,
        year=1979,
        text_de="Ehrenfahne des Europarates.",
        text_en="Flag of Honour of the Council of Europe.",
    )
    MilestoneFactory(
        partnership=leeds,
        year=1969,
        text_de="Beginn der Partnerschaft.",
        text_en="The partnership begins.",
    )
    PartnerOrganisationFactory(
        partnership=leeds,
        name_de="Auslandsgesellschaft",
        name_en="Auslandsgesellschaft",
        role="association",
        link="https://www.auslandsgesellschaft.de/",
    )
    PartnerOrganisationFactory(
        partnership=leeds, name_de="Stadtbibliothek", name_en="City library", link=""
    )
    return leeds


@pytest.fixture
def dura(project_index):
    return PartnershipFactory(
        title_de="Dura, Palästina",
        title_en="Dura, Palestine",
        slug_de="dura",
        slug_en="dura",
        municipality_de="Dura",
        municipality_en="Dura",
        country="PS",
        kind=Partnership.Kind.PROJECT,
        since=2018,
        latitude=31.5069,
        longitude=35.0289,
    )


# --- Overview pages -------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "heading", "facts", "dormant", "rostov"),
    [
        (
            "/de/staedtepartnerschaften/",
            "Städtepartnerschaften",
            "Vereinigtes Königreich · seit 1969",
            "Kontakt ruht",
            "Rostow am Don",
        ),
        (
            "/en/city-partnerships/",
            "City partnerships",
            "United Kingdom · since 1969",
            "Contact dormant",
            "Rostov-on-Don",
        ),
    ],
)
def test_city_index_lists_partner_cities_with_country_year_and_state(
    client, leeds, path, heading, facts, dormant, rostov
):
    PartnershipFactory(
        municipality_de="Rostow am Don",
        municipality_en="Rostov-on-Don",
        country="RU",
        since=1977,
        state=Partnership.State.DORMANT,
    )
    PartnershipFactory(municipality_de="Amiens", municipality_en="Amiens", since=1960)

    response = client.get(path)

    html = response.content.decode()
    page_text = text(html)
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in html
    assert facts in page_text
    assert dormant in page_text
    # Ordered by year: Amiens (1960), Leeds (1969), Rostow (1977).
    list_html = html[html.index('class="partnership-list__items"') :]
    names = re.findall(r'class="partnership-list__name"[^>]*>([^<]+)<', list_html)
    assert names == ["Amiens", "Leeds", rostov]


@pytest.mark.parametrize(
    ("path", "crumbs", "facts"),
    [
        (
            "/de/dortmund-international/projektpartnerschaften/",
            ["Internationales", "Dortmund International", "Internationale Projektpartnerschaften"],
            "Palästina, Staat · seit 2018",
        ),
        (
            "/en/dortmund-international/project-partnerships/",
            ["International", "Dortmund International", "International project partnerships"],
            "Palestine, State of · since 2018",
        ),
    ],
)
def test_project_index_lists_project_partnerships_only(client, dura, leeds, path, crumbs, facts):
    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 200
    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert text(breadcrumbs) == " ".join(crumbs)
    assert facts in text(html)
    assert [label for _link, label in map_points(html)] == ["Dura"]
    assert "Leeds" not in html


def test_map_has_one_labelled_linked_point_per_published_partnership(client, city_index):
    partnerships = PartnershipFactory.create_batch(11)
    PartnershipFactory(status=Partnership.Status.DRAFT, municipality_de="Entwurfsstadt")
    PartnershipFactory(kind=Partnership.Kind.PROJECT, municipality_de="Projektstadt")

    html = client.get("/de/staedtepartnerschaften/").content.decode()

    assert sorted(map_points(html)) == sorted(
        (p.url_path_de, p.municipality_de) for p in partnerships
    )
    # Dortmund is marked too, but as the home point: not a link, not a partnership.
    assert ">Dortmund</text>" in html


def test_map_and_list_escape_what_editors_write(client, city_index):
    PartnershipFactory(municipality_de='<b>Neu</b> & "Alt"', municipality_en="")

    for path in ("/de/staedtepartnerschaften/", "/en/city-partnerships/"):
        html = client.get(path).content.decode()
        figure = re.search(r'<figure class="partnership-map">.*?</figure>', html, re.S).group(0)
        assert "<b>Neu</b>" not in html
        assert "&lt;b&gt;Neu&lt;/b&gt; &amp; &#34;Alt&#34;</text>" in figure
    # On the English map the German name is marked as German.
    assert 'lang="de">&lt;b&gt;Neu' in figure


def test_map_is_drawn_by_the_site_without_scripts_or_other_hosts(client, leeds):
    html = client.get("/de/staedtepartnerschaften/").content.decode()

    figure = re.search(r'<figure class="partnership-map">.*?</figure>', html, re.S).group(0)
    # JSON-LD is a data block, not a script the browser runs.
    assert "<script" not in re.sub(r'<script type="application/ld\+json">[^<]*</script>', "", html)
    assert "<image" not in figure and "http://" not in figure.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert "https://" not in figure
    assert 'class="partnership-map__land" d="M' in figure


def test_index_links_the_open_data(client, leeds):
    html = client.get("/en/city-partnerships/").content.decode()

    assert 'href="/en/partnerships/data.csv"' in html
    assert 'href="/en/partnerships/data.json"' in html


def test_index_without_partnerships_says_so(client, city_index):
    response = client.get("/en/city-partnerships/")

    assert "No partnerships are published in this section yet." in response.content.decode()


def _index_queries(client, path: str) -> int:
    client.get(path)  # warm the content-type cache, as on a running site
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_city_index_query_count_does_not_grow_with_partnerships(
    client, city_index, django_assert_num_queries
):
    """Intended to prevent an n+1 issue on the city partnerships overview (list and map)."""
    PartnershipFactory.create_batch(11)
    TeaserFactory(page=city_index)
    few = _index_queries(client, "/de/staedtepartnerschaften/")

    PartnershipFactory.create_batch(49)
    client.get("/de/staedtepartnerschaften/")
    with django_assert_num_queries(few):
        response = client.get("/de/staedtepartnerschaften/")

    assert response.content.decode().count('class="partnership-list__name"') == 60


def test_project_index_query_count_does_not_grow_with_partnerships(
    client, project_index, django_assert_num_queries
):
    """Intended to prevent an n+1 issue on the project partnerships overview (list and map)."""
    path = "/en/dortmund-international/project-partnerships/"
    PartnershipFactory.create_batch(11, kind=Partnership.Kind.PROJECT)
    few = _index_queries(client, path)

    PartnershipFactory.create_batch(49, kind=Partnership.Kind.PROJECT)
    client.get(path)
    with django_assert_num_queries(few):
        response = client.get(path)

    assert len(map_points(response.content.decode())) == 60


# --- Detail page ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/de/staedtepartnerschaften/leeds/",
            [
                "Internationales Städtepartnerschaften Leeds",
                "Land Vereinigtes Königreich",
                "Partner seit 1969",
                "Art Städtepartnerschaft",
                "Status aktiv",
                "Meilensteine 1969 Beginn der Partnerschaft. 1979 Ehrenfahne des Europarates.",
                "Partner vor Ort Stadtbibliothek",
                "Partnerschaftsvereine Auslandsgesellschaft",
                "Seit 1969 Partnerstadt.",
            ],
        ),
        (
            "/en/city-partnerships/leeds/",
            [
                "International City partnerships Leeds",
                "Country United Kingdom",
                "Partner since 1969",
                "Kind City partnership",
                "Status Active",
                "Milestones 1969 The partnership begins. 1979 Flag of Honour of the Council of "
                "Europe.",
                "Local partners City library",
                "Twinning associations Auslandsgesellschaft",
                "Partner city since 1969.",
            ],
        ),
    ],
)
def test_partnership_page_shows_facts_history_milestones_and_partners(
    client, leeds, path, expected
):
    response = client.get(path)

    page_text = text(response.content.decode())
    assert response.status_code == 200
    for snippet in expected:
        assert snippet in page_text
    assert 'href="https://www.wikidata.org/wiki/Q39121"' in response.content.decode()


def test_project_partnership_breadcrumbs_follow_the_sections(client, dura):
    html = client.get("/de/dortmund-international/projektpartnerschaften/dura/").content.decode()

    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert text(breadcrumbs) == (
        "Internationales Dortmund International Internationale Projektpartnerschaften "
        "Dura, Palästina"
    )


def test_partnership_page_shows_gallery_with_credits_and_related_topics(client, leeds):
    GalleryImageFactory(page=leeds, image=ImageFactory(credit="Stadt Leeds"))
    TeaserFactory(page=leeds, target=TopicPageFactory(title_de="Europa"))

    page_text = text(client.get(leeds.url_path_de).content.decode())

    assert "Bild: Stadt Leeds" in page_text
    assert "Mehr zum Thema Europa" in page_text


def test_english_page_without_english_municipality_marks_german_fallback(client, city_index):
    PartnershipFactory(
        municipality_de="Schytomyr",
        municipality_en="",
        slug_en="zhytomyr",
        since=2025,
        latitude=50.25,
        longitude=28.66,
    )

    html = client.get("/en/city-partnerships/").content.decode()

    assert '<text x="' in html and 'lang="de">Schytomyr</text>' in html
    assert 'lang="de">Schytomyr</a>' in html


def test_draft_partnership_is_not_public(client, city_index):
    draft = PartnershipFactory(status=Partnership.Status.DRAFT)

    assert client.get(draft.url_path_de).status_code == 404
    assert draft.municipality_de not in client.get("/de/staedtepartnerschaften/").content.decode()


def test_partnership_page_query_count_does_not_grow_with_milestones(
    client, leeds, django_assert_num_queries
):
    """Intended to prevent an n+1 issue on a partnership page (milestones and partners)."""
    MilestoneFactory(partnership=leeds)
    PartnerOrganisationFactory(partnership=leeds)
    GalleryImageFactory(page=leeds)
    few = _index_queries(client, leeds.url_path_de)

    MilestoneFactory.create_batch(20, partnership=leeds)
    PartnerOrganisationFactory.create_batch(10, partnership=leeds)
    GalleryImageFactory.create_batch(3, page=leeds)
    client.get(leeds.url_path_de)
    with django_assert_num_queries(few):
        client.get(leeds.url_path_de)


@pytest.mark.parametrize("language", ["de", "en"])
def test_milestones_and_partners_read_as_cards_show_what_the_models_hold(leeds, language):
    """The partnership page reads its milestones and organisations as plain cards: the
    same texts in the same order, German (marked) where the English is missing."""
    from django.utils import translation

    from partnerships.models import Milestone, PartnerOrganisation
    from partnerships.selectors import partnership_details

    Milestone.objects.create(partnership=leeds, year=1950, text_de="Nur deutsch", text_en="")
    PartnerOrganisation.objects.create(
        partnership=leeds, role=PartnerOrganisation.Role.ASSOCIATION, name_de="Verein", name_en=""
    )
    with translation.override(language):
        details = partnership_details(leeds)
        milestones = Milestone.objects.filter(partnership=leeds)
        organisations = PartnerOrganisation.objects.filter(partnership=leeds)

        assert [(m.year, m.text, m.fallback_language("text")) for m in details["milestones"]] == [
            (m.year, m.text, m.fallback_language("text")) for m in milestones
        ]
        for key, role in (
            ("local_partners", PartnerOrganisation.Role.LOCAL_PARTNER),
            ("associations", PartnerOrganisation.Role.ASSOCIATION),
        ):
            assert [(o.name, o.link, o.fallback_language("name")) for o in details[key]] == [
                (o.name, o.link, o.fallback_language("name"))
                for o in organisations.filter(role=role)
            ]
    assert len(details["milestones"]) > 1 and details["associations"]
