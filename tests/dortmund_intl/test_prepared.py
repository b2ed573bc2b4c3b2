"""The prepared page reads (SQL compiled once, run with new values) return what the
plain QuerySets they stand for return, in both languages, and never stale rows."""

from datetime import timedelta

import pytest
from django.db.models import Q
from django.utils import timezone, translation

from contacts.models import PageContact
from contacts.selectors import contacts_for
from dortmund_intl import selectors
from dortmund_intl.markup import picture
from dortmund_intl.models import Document, Image, Page, TopicPage
from tests.contacts.factories import PageContactFactory
from tests.factories import (
    GalleryImageFactory,
    ImageFactory,
    PageDocumentFactory,
    TeaserFactory,
    TopicPageFactory,
)

pytestmark = pytest.mark.django_db


def _shown(pages):
    """What a teaser, menu entry or breadcrumb shows of a page."""
    return [(p.pk, p.title, p.teaser, p.url_path, p.hero_image and p.hero_image.alt) for p in pages]


def _downloads(documents):
    return [
        (
            d.pk,
            d.title,
            d.fallback_language("title"),
            d.get_absolute_url(),
            d.language,
            d.file_type,
            d.meta_display,
        )
        for d in documents
    ]


def _picture(image):
    """What a gallery shows of an image: the picture, its caption and credit."""
    return (
        image.pk,
        str(picture(image, 800, "100vw")),
        image.caption,
        image.fallback_language("caption"),
        image.credit,
    )


@pytest.fixture
def page(start_page):
    section = TopicPageFactory(show_in_menus=True, hero_image=ImageFactory())
    page = TopicPageFactory(parent=section, list_children=True)
    for i in range(3):
        TeaserFactory(page=page, target=TopicPageFactory(hero_image=ImageFactory()), sort_order=i)
    TeaserFactory(
        page=page,
        target=TopicPageFactory(teaser_en="", hero_image=ImageFactory(alt_en="")),
        sort_order=4,
    )
    TeaserFactory(page=page, target=TopicPageFactory(status=Page.Status.DRAFT), sort_order=5)
    TeaserFactory(
        page=page,
        target=TopicPageFactory(go_live_at=timezone.now() + timedelta(days=1)),
        sort_order=6,
    )
    TopicPageFactory(parent=page, title_en="")  # English missing: falls back to German
    TopicPageFactory(parent=page, status=Page.Status.DRAFT)
    PageDocumentFactory(page=page, sort_order=0, document__title_en="")
    PageDocumentFactory(page=page, sort_order=1, document__language="en")
    GalleryImageFactory(
        page=page, sort_order=0, image__caption_de="Am Rhein", image__caption_en="On the Rhine"
    )
    GalleryImageFactory(  # English caption and alt text missing: German, marked
        page=page, sort_order=1, image__caption_de="Im Hafen", image__alt_en="", image__credit=""
    )
    PageContactFactory(page=section)
    return page


@pytest.mark.parametrize("language", ["de", "en"])
def test_prepared_reads_match_the_querysets_they_stand_for(page, language):
    with translation.override(language):
        page = Page.objects.get(pk=page.pk)
        path = page.url_path
        frame = selectors.page_frame(path)
        expected_frame = Page.objects.published().filter(
            Q(pk__in=[page.pk, page.parent_id, page.parent.parent_id]) | Q(show_in_menus=True)
        )
        assert {p.pk for p in frame.navigation} | {p.pk for p in frame.ancestors} | {
            frame.current.pk
        } == {p.pk for p in expected_frame}
        assert [c.url for c in frame.breadcrumbs] == [
            p.url_path for p in (page.parent.parent, page.parent, page)
        ]
        assert _shown(frame.navigation) == _shown(
            Page.objects.published().filter(show_in_menus=True).order_by("sort_order", "pk")
        )

        assert _shown(selectors.teasers_for(page)) == _shown(
            Page.objects.published()
            .filter(teased_by__page=page)
            .order_by("teased_by__sort_order", "teased_by__pk")
        )
        assert len(selectors.teasers_for(page)) == 4
        german_on_english_page = [
            (card.fallback_language("teaser"), card.hero_image.fallback_language("alt"))
            for card in selectors.teasers_for(page)
            if card.fallback_language("teaser")
        ]
        assert german_on_english_page == ([("de", "de")] if language == "en" else [])
        assert _shown(selectors.children_of(page)) == _shown(
            Page.objects.published().filter(parent=page)
        )
        assert _downloads(selectors.documents_for(page)) == _downloads(
            Document.objects.filter(page_links__page=page).order_by("page_links__sort_order")
        )
        assert [_picture(i) for i in selectors.gallery_for(page)] == [
            _picture(i)
            for i in Image.objects.filter(gallery_links__page=page).order_by(
                "gallery_links__sort_order"
            )
        ]
        kind = selectors.as_kind(frame.current)
        assert type(kind) is TopicPage and (kind.pk, kind.title, kind.body) == (
            page.pk,
            page.title,
            page.body,
        )
        groups = contacts_for(page, list(frame.ancestors))
        link = PageContact.objects.get(page=page.parent)
        assert [(g.office.name, [p.role for p in g.people]) for g in groups] == [
            (link.person.office.name, [link.person.role])
        ]


def test_a_prepared_read_sees_every_change_at_once(page):
    """The SQL is kept, the rows never are."""
    with translation.override("de"):
        before = selectors.teasers_for(page)
        TeaserFactory(page=page, target=TopicPageFactory(title_de="Ganz neu"), sort_order=9)
        first = Page.objects.get(pk=before[0].pk)
        first.status = Page.Status.DRAFT
        first.save()

        after = selectors.teasers_for(page)

    assert [p.title for p in after] == [p.title for p in before[1:]] + ["Ganz neu"]


def test_the_same_read_in_the_other_language_uses_that_languages_columns(page):
    page.slug_en = "in-english"
    page.save()
    with translation.override("de"):
        german = selectors.page_frame(page.url_path_de).current
    with translation.override("en"):
        english = selectors.page_frame(page.url_path_en).current
        assert english.url_path.endswith("/in-english/")
        assert selectors.page_frame(page.url_path_de).current is None

    assert german.pk == english.pk


def test_a_paged_read_gives_the_slices_of_the_queryset_from_one_compiled_form(start_page):
    from dortmund_intl.prepared import PreparedQuery

    for number in range(7):
        TopicPageFactory(title_de=f"Seite {number}")
    queryset = Page.objects.order_by("pk").values("pk", "title_de")
    prepared = PreparedQuery(lambda: queryset, max_shapes=1)
    PreparedQuery.instances.remove(prepared)

    for offset in range(0, 10, 3):
        assert prepared.run({}, limit=3, offset=offset) == list(queryset[offset : offset + 3])
    assert (prepared.misses, len(prepared)) == (1, 1)

    sliced = PreparedQuery(lambda: queryset[:2], max_shapes=1)
    PreparedQuery.instances.remove(sliced)
    with pytest.raises(ValueError):
        sliced.run({}, limit=3)


def test_searches_for_any_words_and_pages_run_the_same_compiled_queries(client, start_page):
    from dortmund_intl.findability import search

    for number in range(25):
        TopicPageFactory(title_de=f"Partnerschaft {number}", teaser_de="Eine Partnerschaft")
    for query, page in [("Partnerschaft", "1"), ("Partnerschaft", "3"), ("Eine", "2"), ("x", "")]:
        assert client.get("/de/suche/", {"q": query, "page": page}).status_code == 200
    compiled = (search._count.misses, search._rows.misses)

    for query, page in [("Partnerschaften", "2"), ("eine Partnerschaft", "9"), ("y", "abc")]:
        response = client.get("/de/suche/", {"q": query, "page": page})
        assert response.status_code == 200
    assert (search._count.misses, search._rows.misses) == compiled
