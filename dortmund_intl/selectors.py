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
    parent = None
    if current is not None and ancestors and ancestors[-1].pk == current.parent_id:
        parent = ancestors[-1]
    return Frame(navigation=navigation, breadcrumbs=crumbs, start_page=start_page, parent=parent)


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


def _kind_joins() -> list[str]:
    """What the address lookup joins: each page kind's table (through the one-to-one
    link from the base table) and what that kind names in ``page_select_related``."""
    joins = []
    for relation in Page._meta.related_objects:
        if relation.one_to_one and relation.field.remote_field.parent_link:
            joins.append(relation.name)
            joins += [
                f"{relation.name}__{name}"
                for name in getattr(relation.related_model, "page_select_related", ())
            ]
    return joins


def page_at(path: str) -> Page | None:
    """The published page at ``path`` (active language) as its own kind, in one query.

    The base row is joined with every kind's table; the kind's object is then complete
    (Django fills its inherited fields from the same row) and gets the main image too.
    """
    page = (
        Page.objects.published()
        .filter(url_path=path)
        .select_related("hero_image", *_kind_joins())
        .first()
    )
    if page is None:
        return None
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    if model is Page:
        return page
    specific = getattr(page, model._meta.model_name)
    Page.hero_image.field.set_cached_value(specific, page.hero_image)
    return specific


def route(path: str) -> bool:
    """Whether a published page lives at ``path`` (active language)."""
    return Page.objects.published().filter(url_path=path).exists()
