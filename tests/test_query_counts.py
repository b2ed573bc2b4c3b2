"""Query counts of one page of every public kind, on the demo content, pinned.

The targets (docs/benchmark.md): at most 8 queries per page, the same in both languages,
and not growing with the length of any list a page shows. The kinds' own test modules
pin their counts on small factory-built pages; this one pins them on the demo content,
the pages `make bench` measures, and then lengthens every list at once.
"""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contacts.models import ContactPage, PageContact
from dortmund_intl.accessibility.models import AccessibilityStatement
from dortmund_intl.easy_access.models import EasyReadStartPage
from dortmund_intl.legal.models import PrivacyNotice
from dortmund_intl.models import GalleryImage, Image, Page, PageDocument, Teaser
from europe.models import AwardIndexPage, NetworkIndexPage, ProjectIndexPage
from partnerships.models import Partnership
from sdg.models import Goal, GoalTag
from tests.accessibility.factories import NonAccessiblePartFactory
from tests.contacts.factories import PersonFactory
from tests.easy_access.factories import EasyReadPageFactory
from tests.europe.factories import AwardFactory, EUProjectFactory, NetworkFactory
from tests.factories import DocumentFactory
from tests.legal.factories import ProcessingActivityFactory
from tests.news.factories import NewsArticleFactory
from tests.partnerships.factories import (
    MilestoneFactory,
    PartnerOrganisationFactory,
    PartnershipFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _uncached(settings):
    """What a page costs when it is rendered: a page cache hit would count 0 queries."""
    settings.PAGE_CACHE = False


# One page of every public kind: (kind, German address, English address or None for
# the German-only kinds, queries). A new kind is one more line.
KINDS = [
    ("start page", "/de/", "/en/", 6),
    ("topic page", "/de/dortmund-international/", "/en/dortmund-international/", 4),
    (
        "city-partnerships overview (map)",
        "/de/staedtepartnerschaften/",
        "/en/city-partnerships/",
        5,
    ),
    ("city partnership", "/de/staedtepartnerschaften/leeds/", "/en/city-partnerships/leeds/", 7),
    (
        "project-partnerships overview",
        "/de/dortmund-international/projektpartnerschaften/",
        "/en/dortmund-international/project-partnerships/",
        5,
    ),
    (
        "project partnership",
        "/de/dortmund-international/projektpartnerschaften/dura/",
        "/en/dortmund-international/project-partnerships/dura/",
        7,
    ),
    ("SDG overview", "/de/nachhaltigkeitsziele/", "/en/sustainable-development-goals/", 5),
    (
        "goal page",
        "/de/nachhaltigkeitsziele/ziel-11/",
        "/en/sustainable-development-goals/goal-11/",
        6,
    ),
    ("awards overview", "/de/europa/auszeichnungen/", "/en/europe/awards/", 5),
    (
        "award",
        "/de/europa/auszeichnungen/ehrenfahne/",
        "/en/europe/awards/flag-of-honour/",
        5,
    ),
    ("networks overview", "/de/europa/netzwerke/", "/en/europe/networks/", 5),
    ("network", "/de/europa/netzwerke/eurocities/", "/en/europe/networks/eurocities/", 3),
    ("EU projects overview", "/de/europa/eu-projekte/", "/en/europe/eu-projects/", 5),
    (
        "EU project",
        "/de/europa/eu-projekte/eu-mission-klimaneutrale-staedte/",
        "/en/europe/eu-projects/eu-mission-climate-neutral-cities/",
        4,
    ),
    ("EU information page", "/de/europa/europe-direct/", "/en/europe/europe-direct/", 4),
    ("contacts page", "/de/kontakt/", "/en/contact/", 3),
    (
        "accessibility statement",
        "/de/erklaerung-zur-barrierefreiheit/",
        "/en/accessibility-statement/",
        4,
    ),
    ("Impressum", "/de/impressum/", "/en/legal-notice/", 3),
    ("privacy notice", "/de/datenschutz/", "/en/privacy/", 4),
    ("Leichte Sprache start page", "/de/leichte-sprache/", None, 4),
    ("Leichte Sprache page", "/de/leichte-sprache/partner-staedte/", None, 3),
    ("DGS page", "/de/gebaerdensprache/", None, 4),
    ("news listing", "/de/aktuelles/", "/en/news/", 5),
    (
        "news article",
        "/de/aktuelles/ehrenplakette-des-europarates/",
        "/en/news/council-of-europe-plaque-of-honour/",
        4,
    ),
    ("news feed (RSS)", "/de/aktuelles/feed/rss/", "/en/news/feed/rss/", 1),
    ("news feed (Atom)", "/de/aktuelles/feed/atom/", "/en/news/feed/atom/", 1),
    ("search with a query", "/de/suche/?q=Partnerschaft", "/en/search/?q=partnership", 4),
    ("feed", "/de/feed/", "/en/feed/", 1),
    ("sitemap", "/sitemap.xml", None, 2),
]
MAX_QUERIES = 8
MORE = 8  # how many entries each list grows by


def _addresses():
    for kind, german, english, queries in KINDS:
        for address in (german, english):
            if address:
                yield kind, address, queries


def _counts(client) -> dict[str, int]:
    """{address: queries} for every address of KINDS, each read once before it is
    counted (a running site has its content types cached and its queries compiled)."""
    counts = {}
    for _kind, address, _queries in _addresses():
        client.get(address)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address)
        assert response.status_code == 200, address
        counts[address] = len(queries)
    return counts


def _page(address: str) -> Page:
    return Page.objects.get(url_path_de=address)


def _content_pages() -> list[Page]:
    """The pages of KINDS (the search, the feed and the sitemap are not pages)."""
    not_pages = (
        "/de/suche/?q=Partnerschaft",
        "/de/feed/",
        "/sitemap.xml",
        "/de/aktuelles/feed/rss/",
        "/de/aktuelles/feed/atom/",
    )
    return [_page(german) for _kind, german, _en, _q in KINDS if german not in not_pages]


def test_every_kind_has_its_pinned_query_count_in_both_languages(client, django_assert_num_queries):
    """Intended to show at once which page kind gained a query, and that none needs
    more than eight."""
    call_command("load_demo", verbosity=0)
    for kind, address, queries in _addresses():
        assert queries <= MAX_QUERIES, kind
        client.get(address)  # warm the content-type cache, as a running site has
        with django_assert_num_queries(queries):
            response = client.get(address)
        assert response.status_code == 200, address


def _one_of_each(pages: list[Page], documents, images) -> None:
    """Every list a page may show gets its first entry: a page that lacks a list
    skips its query (docs/benchmark.md), so "few" starts at one."""
    for page in pages:
        if not Teaser.objects.filter(page=page).exists():
            target = Page.objects.published().exclude(pk=page.pk).exclude(teased_by__page=page)
            Teaser.objects.create(page=page, target=target.first(), sort_order=0)
        PageDocument.objects.get_or_create(page=page, document=documents[0])
        GalleryImage.objects.get_or_create(page=page, image=images[0])


def _many_more(pages: list[Page], documents, images) -> list[Page]:
    """MORE entries on every list the pages of KINDS show; returns the pages newly
    tagged with goal 11."""
    for page in pages:
        targets = (
            Page.objects.published()
            .exclude(pk=page.pk)
            .exclude(teased_by__page=page)
            .order_by("pk")[:MORE]
        )
        for i, target in enumerate(targets, start=100):
            Teaser.objects.create(page=page, target=target, sort_order=i)
        for i, document in enumerate(documents[1:], start=100):
            PageDocument.objects.get_or_create(
                page=page, document=document, defaults={"sort_order": i}
            )
        for i, image in enumerate(images[1:], start=100):
            GalleryImage.objects.get_or_create(page=page, image=image, defaults={"sort_order": i})
    start = _page("/de/")
    office = ContactPage.objects.get().office
    portrait = Image.objects.first()
    for i in range(MORE):
        person = PersonFactory(office=office, portrait=portrait, family_name=f"Mehr{i}")
        PageContact.objects.create(page=start, person=person, sort_order=100 + i)
    for i in range(MORE):
        PartnershipFactory(kind=Partnership.Kind.CITY, municipality_de=f"Neustadt {i}")
        PartnershipFactory(kind=Partnership.Kind.PROJECT, municipality_de=f"Neudorf {i}")
    for partnership in Partnership.objects.filter(slug_de__in=["leeds", "dura"]):
        for i in range(MORE):
            MilestoneFactory(partnership=partnership)
            PartnerOrganisationFactory(partnership=partnership, name_de=f"Partner {i}")
            PartnerOrganisationFactory(
                partnership=partnership, role="association", name_de=f"Verein {i}"
            )
    goal = Goal.objects.get(number=11)
    untagged = list(
        Page.objects.published()
        .filter(url_path_de__startswith="/")
        .exclude(goal_tags__goal=goal)
        .order_by("pk")[:MORE]
    )
    for page in untagged:
        GoalTag.objects.create(page=page, goal=goal)
    awards, networks, projects = (
        AwardIndexPage.objects.get(),
        NetworkIndexPage.objects.get(),
        ProjectIndexPage.objects.get(),
    )
    for i in range(MORE):
        AwardFactory(parent=awards, year=1990 + i)
        NetworkFactory(parent=networks)
        EUProjectFactory(parent=projects)
        EasyReadPageFactory(parent=EasyReadStartPage.objects.get())
        NonAccessiblePartFactory(
            statement=AccessibilityStatement.objects.get(), description_de=f"Barriere Nr. {i}"
        )
        ProcessingActivityFactory(
            notice=PrivacyNotice.objects.get(), title_de=f"Verarbeitung Nr. {i}"
        )
        NewsArticleFactory(
            parent=_page("/de/aktuelles/"),
            title_de=f"Neue Meldung {i}",
            date=datetime.date(2030, 1, 1) + datetime.timedelta(days=i),
        )
    return untagged


def test_query_counts_do_not_grow_with_the_lists(client):
    """Intended to prevent an n+1 on any list of any kind: teasers, downloads, gallery,
    contacts, the map's partnerships, milestones and partners, a goal's pages, awards,
    networks, EU projects, Leichte-Sprache pages, barriers, processing activities."""
    call_command("load_demo", verbosity=0)
    pages = _content_pages()
    documents = [DocumentFactory() for _ in range(4)]
    images = list(Image.objects.order_by("pk")[:5])
    _one_of_each(pages, documents, images)
    few = _counts(client)

    tagged = _many_more(pages, documents, images)
    many = _counts(client)

    assert many == few
    assert max(many.values()) <= MAX_QUERIES
    # The lists did grow where visitors look.
    shown = {
        "/de/staedtepartnerschaften/": "Neustadt 7",
        "/de/dortmund-international/projektpartnerschaften/": "Neudorf 7",
        "/de/staedtepartnerschaften/leeds/": "Verein 7",
        "/de/europa/auszeichnungen/": "1997",
        "/de/kontakt/": "Mehr7",
        "/de/": "Mehr7",
        "/de/datenschutz/": "Verarbeitung Nr. 7",
        "/de/erklaerung-zur-barrierefreiheit/": "Barriere Nr. 7",
        "/de/aktuelles/": "Neue Meldung 7",
        "/de/aktuelles/feed/rss/": "Neue Meldung 7",
    }
    for address, text in shown.items():
        assert text in client.get(address).content.decode(), address
    goal_page = client.get("/de/nachhaltigkeitsziele/ziel-11/").content.decode()
    assert all(f'href="{page.url_path_de}"' in goal_page for page in tagged)
