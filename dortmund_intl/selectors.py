"""The reads that build a page. Each owns its joins; none runs a query per row."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from .cards import (
    DOCUMENT_COLUMNS,
    GALLERY_COLUMNS,
    PAGE_COLUMNS,
    DocumentCard,
    GalleryCard,
    PageCard,
    document_cards,
    gallery_cards,
    page_cards,
)
from .models import Document, GalleryImage, Image, Page, PageDocument, Teaser
from .prepared import Param, PreparedQuery

TEASER_LIMIT = 24


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str
    lang: str | None = None


@dataclass(frozen=True)
class Frame:
    """What every page shows around its content: main navigation and breadcrumbs."""

    navigation: list[PageCard]
    breadcrumbs: list[Crumb]
    start_page: PageCard | None
    parent: PageCard | None = None  # the current page's parent, when it is public
    current: PageCard | None = None  # the published page at the address itself
    ancestors: tuple[PageCard, ...] = ()  # the published ancestors, start page first


def _ancestor_paths(path: str) -> list[str]:
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts))]


def _now():
    return Param("now", models.DateTimeField())


def _pk(name="pk"):
    return Param(name, models.BigIntegerField())


def _frame(n: int):
    # The pages at the addresses or in the menus, found through their own indexes in a
    # subquery, then kept if public. As one "published AND (address OR menu)" filter,
    # SQLite read every published page through the status index (50 ms a request at
    # 10,000 pages). ``show_in_menus IN (true)`` rather than ``= true``: Django writes
    # the latter as the bare column, which no index serves.
    wanted = Page.objects.filter(
        Q(url_path__in=[Param(f"path{i}", models.CharField()) for i in range(n)])
        | Q(show_in_menus__in=[True])
    ).values("pk")
    return (
        Page.objects.published(at=_now())
        .filter(pk__in=wanted)
        .order_by("sort_order", "pk")
        .values(*PAGE_COLUMNS)
    )


_frame_rows = PreparedQuery(_frame)


def page_frame(path: str, current: Page | None = None, extra_crumbs=()) -> Frame:
    """Navigation and breadcrumbs for the page at ``path`` in one query.

    The menu entries, the ancestors (the pages whose address is a prefix of this one)
    and the page at the address itself all come from the base table in that query; the
    address lookup of ``serve`` is this query.
    """
    paths = [*_ancestor_paths(path), path]
    ancestor_paths = paths[:-1]
    rows = page_cards(
        _frame_rows.run(
            {"now": timezone.now(), **{f"path{i}": p for i, p in enumerate(paths)}},
            shape=(len(paths),),
        )
    )
    by_path = {row.url_path: row for row in rows}
    current = current or by_path.get(path)
    ancestors = [by_path[p] for p in ancestor_paths if p in by_path]
    crumbs = [Crumb(page.title, page.url_path, page.fallback_language()) for page in ancestors]
    crumbs += list(extra_crumbs)
    if current is not None:
        crumbs.append(Crumb(current.title, current.url_path, current.fallback_language()))
    navigation = [row for row in rows if row.show_in_menus]
    start_page = ancestors[0] if ancestors and ancestors[0].parent_id is None else None
    parent = None
    if current is not None and ancestors and ancestors[-1].pk == current.parent_id:
        parent = ancestors[-1]
    return Frame(
        navigation=navigation,
        breadcrumbs=crumbs,
        start_page=start_page,
        parent=parent,
        current=by_path.get(path),
        ancestors=tuple(ancestors),
    )


def _has(page: Page, what: str) -> bool:
    """Whether the page may have entries of a list: False only when ``as_kind`` found
    none (unsaved previews have none; pages read elsewhere may have some)."""
    return page.pk is not None and getattr(page, f"has_{what}", True)


def teasers_for(page: Page, limit: int = TEASER_LIMIT) -> list[PageCard]:
    """The page's "Mehr zum Thema" entries that are public now, in the editors' order."""
    if not _has(page, "teasers"):
        return []
    return page_cards(_teasers.run({"now": timezone.now(), "pk": page.pk}, shape=(limit,)))


_teasers = PreparedQuery(
    lambda limit: (
        Page.objects.published(at=_now())
        .filter(teased_by__page=_pk())
        .order_by("teased_by__sort_order", "teased_by__pk")
        .values(*PAGE_COLUMNS)[:limit]
    )
)


def children_of(page: Page, limit: int = 60) -> list[PageCard]:
    if page.pk is None:
        return []
    return page_cards(_children.run({"now": timezone.now(), "pk": page.pk}, shape=(limit,)))


def _unlisted_kinds() -> Q:
    """The kinds that are not listed among their parent's sub-pages (by name: content
    type ids may change between databases, the compiled query stays)."""
    unlisted = Q(pk__in=[])
    for model in apps.get_models():
        if issubclass(model, Page) and not model.listed_in_sections:
            opts = model._meta
            unlisted |= Q(
                content_type__app_label=opts.app_label, content_type__model=opts.model_name
            )
    return unlisted


_children = PreparedQuery(
    lambda limit: (
        Page.objects.published(at=_now())
        .filter(parent=_pk())
        .exclude(_unlisted_kinds())
        .values(*PAGE_COLUMNS)[:limit]
    )
)


def documents_for(page: Page) -> list[DocumentCard]:
    if not _has(page, "documents"):
        return []
    return document_cards(_documents.run({"pk": page.pk}))


_documents = PreparedQuery(
    lambda: (
        Document.objects.filter(page_links__page=_pk())
        .order_by("page_links__sort_order", "page_links__pk")
        .values(*DOCUMENT_COLUMNS)
    )
)


def gallery_for(page: Page) -> list[GalleryCard]:
    if not _has(page, "gallery"):
        return []
    return gallery_cards(_gallery.run({"pk": page.pk}))


_gallery = PreparedQuery(
    lambda: (
        Image.objects.filter(gallery_links__page=_pk())
        .order_by("gallery_links__sort_order", "gallery_links__pk")
        .values(*GALLERY_COLUMNS)
    )
)


def as_kind(page: Page | PageCard) -> Page:
    """The page (a base-table row or card) as its own kind, with what its page shows joined.

    One small query on the kind's table measures faster here than joining every
    kind's table into the address lookup. It also says whether the page has teasers,
    downloads and gallery images at all: most pages lack one or two of them, and a
    query that finds nothing costs as much as one that finds something.
    """
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    rows = _as_kind.run({"pk": page.pk}, shape=(model,))
    if not rows:
        raise model.DoesNotExist
    return rows[0]


_as_kind = PreparedQuery(
    lambda model: (
        model._default_manager.select_related("hero_image", *model.page_select_related)
        .filter(pk=_pk())
        .annotate(
            has_teasers=Exists(Teaser.objects.filter(page=OuterRef("pk"))),
            has_documents=Exists(PageDocument.objects.filter(page=OuterRef("pk"))),
            has_gallery=Exists(GalleryImage.objects.filter(page=OuterRef("pk"))),
        )
        .order_by()  # one row: no sorting
        # The translation bookkeeping (a JSON copy of the German texts) is for the admin.
        .defer("translation_sources", "hero_image__translation_sources")
    )
)


def route(path: str) -> bool:
    """Whether a published page lives at ``path`` (active language)."""
    return Page.objects.published().filter(url_path=path).exists()
