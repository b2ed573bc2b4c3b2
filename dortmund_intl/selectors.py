"""The reads that build a page. Each owns its joins; none runs a query per row."""

from dataclasses import dataclass

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


def _ancestor_paths(path: str) -> list[str]:
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts))]


def page_frame(path: str, current: Page | None = None, extra_crumbs=()) -> Frame:
    """Navigation and breadcrumbs for the page at ``path`` in one query.

    The menu entries and the ancestors both come from the base table; the ancestors
    are the pages whose address is a prefix of this one.
    """
    ancestor_paths = _ancestor_paths(path)
    rows = list(
        Page.objects.published()
        .teasers()
        .filter(Q(url_path__in=ancestor_paths) | Q(show_in_menus=True))
        .order_by("sort_order", "pk")
    )
    by_path = {row.url_path: row for row in rows}
    ancestors = [by_path[p] for p in ancestor_paths if p in by_path]
    crumbs = [Crumb(page.title, page.url_path, page.fallback_language()) for page in ancestors]
    crumbs += list(extra_crumbs)
    if current is not None:
        crumbs.append(Crumb(current.title, current.url_path, current.fallback_language()))
    navigation = [row for row in rows if row.show_in_menus]
    start_page = ancestors[0] if ancestors and ancestors[0].parent_id is None else None
    return Frame(navigation=navigation, breadcrumbs=crumbs, start_page=start_page)


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


def route(path: str) -> tuple[int, int] | None:
    """(pk, content type id) of the published page at ``path`` in the active language."""
    return (
        Page.objects.published().filter(url_path=path).values_list("pk", "content_type_id").first()
    )
