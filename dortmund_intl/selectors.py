"""The reads that build a page. Each owns its joins; none runs a query per row."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from .models import Document, Image, Page

TEASER_LIMIT = 24


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str
    lang: str | None = None


@dataclass(frozen=True)
class Frame:
    """What every page shows around its content: main navigation and breadcrumbs."""

    navigation: list[Page]
    breadcrumbs: list[Crumb]
    start_page: Page | None
    parent: Page | None = None  # the current page's parent, when it is public
    current: Page | None = None  # the published page at the address itself (base row)
    ancestors: tuple[Page, ...] = ()  # the published ancestors, start page first


def _ancestor_paths(path: str) -> list[str]:
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts))]


def page_frame(path: str, current: Page | None = None, extra_crumbs=()) -> Frame:
    """Navigation and breadcrumbs for the page at ``path`` in one query.

    The menu entries, the ancestors (the pages whose address is a prefix of this one)
    and the page at the address itself all come from the base table in that query; the
    address lookup of ``serve`` is this query.
    """
    ancestor_paths = _ancestor_paths(path)
    rows = list(
        Page.objects.published()
        .teasers()
        .filter(Q(url_path__in=[*ancestor_paths, path]) | Q(show_in_menus=True))
        .order_by("sort_order", "pk")
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


def teasers_for(page: Page, limit: int = TEASER_LIMIT) -> list[Page]:
    """The page's "Mehr zum Thema" entries that are public now, in the editors' order."""
    if page.pk is None:  # an unsaved page in the admin's preview
        return []
    return list(
        Page.objects.published()
        .teasers()
        .filter(teased_by__page=page)
        .order_by("teased_by__sort_order", "teased_by__pk")[:limit]
    )


def children_of(page: Page, limit: int = 60) -> list[Page]:
    if page.pk is None:
        return []
    return list(Page.objects.published().teasers().filter(parent=page)[:limit])


def documents_for(page: Page) -> list[Document]:
    if page.pk is None:
        return []
    return list(
        Document.objects.filter(page_links__page=page).order_by(
            "page_links__sort_order", "page_links__pk"
        )
    )


def gallery_for(page: Page) -> list[Image]:
    if page.pk is None:
        return []
    return list(
        Image.objects.filter(gallery_links__page=page).order_by(
            "gallery_links__sort_order", "gallery_links__pk"
        )
    )


def as_kind(page: Page) -> Page:
    """The page (a base-table row) as its own kind, with what its page shows joined.

    One small query on the kind's table measures faster here than joining every
    kind's table into the address lookup.
    """
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    return model._default_manager.select_related("hero_image", *model.page_select_related).get(
        pk=page.pk
    )


def route(path: str) -> bool:
    """Whether a published page lives at ``path`` (active language)."""
    return Page.objects.published().filter(url_path=path).exists()
