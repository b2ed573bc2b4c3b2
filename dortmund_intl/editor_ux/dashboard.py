"""The admin start page shows each person their work.

A panel is a function ``panel(request) -> Panel | None`` (None: nothing for this
person). Apps add their own with ``register`` (e.g. barrier reports from the
accessibility app); the start page shows them in the order registered.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from dortmund_intl import translations
from dortmund_intl.models import Page
from dortmund_intl.workflow import PUBLISH_PERMISSION, can_edit_source

ROWS = 8  # each panel shows at most this many rows and links to the full list


@dataclass(frozen=True)
class Row:
    title: str
    url: str
    detail: str = ""
    when: object = None  # a datetime shown in the row, or None


@dataclass(frozen=True)
class Panel:
    key: str  # HTML id suffix
    title: str
    rows: list[Row]
    summary: str = ""
    more_url: str = ""
    more_label: str = ""
    empty: str = field(default_factory=lambda: _("Nothing here at the moment."))


PANELS: list[Callable] = []


def register(panel: Callable) -> Callable:
    """Adds ``panel`` to the start page (usable as a decorator)."""
    if panel not in PANELS:
        PANELS.append(panel)
    return panel


def panels_for(request) -> list[Panel]:
    return [panel for make in PANELS if (panel := make(request)) is not None]


def edit_url(page) -> str:
    model = page.content_type.model_class()
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[page.pk])


def _page_rows(queryset, detail) -> list[Row]:
    pages = queryset.select_related("content_type", "last_changed_by")[:ROWS]
    return [Row(page.title, edit_url(page), *detail(page)) for page in pages]


def _pages_list(**filters) -> str:
    url = reverse("admin:dortmund_intl_page_changelist")
    return url + ("?" + "&".join(f"{k}={v}" for k, v in filters.items()) if filters else "")


def _by(page) -> str:
    if page.last_changed_by is None:
        return ""
    return _("by %(who)s") % {"who": page.last_changed_by}


def _is_editor(request) -> bool:
    return can_edit_source(request.user) and request.user.has_perm("dortmund_intl.change_page")


@register
def translation_queue(request):
    user = request.user
    if not user.has_perm("dortmund_intl.view_page") or (
        _is_editor(request) and not user.is_superuser
    ):
        return None
    from dortmund_intl.admin import _edit_url, _needing_translation

    found = _needing_translation()
    rows, total = [], 0
    for obj in found:
        words = sum(
            row.words for row in translations.report(obj) if row.status != translations.CURRENT
        )
        total += words
        if len(rows) < ROWS:
            detail = _("%(kind)s, %(status)s: %(words)s words") % {
                "kind": obj._meta.verbose_name,
                "status": obj.get_translation_status_display(),
                "words": words,
            }
            rows.append(Row(str(obj), _edit_url(obj), detail))
    return Panel(
        key="translations",
        title=_("Your translation queue"),
        rows=rows,
        summary=ngettext(
            "%(count)s item, %(words)s German words to translate.",
            "%(count)s items, %(words)s German words to translate.",
            len(found),
        )
        % {"count": len(found), "words": total},
        more_url=reverse("admin:dortmund_intl_translation_queue"),
        more_label=_("The whole translation queue"),
        empty=_("Everything is translated."),
    )


@register
def drafts(request):
    if not _is_editor(request):
        return None
    queryset = Page.objects.filter(status=Page.Status.DRAFT).order_by("-updated_at")
    return Panel(
        key="drafts",
        title=_("Drafts"),
        rows=_page_rows(queryset, lambda p: (_by(p), p.updated_at)),
        more_url=_pages_list(status__exact=Page.Status.DRAFT),
        more_label=_("All drafts"),
        empty=_("No drafts."),
    )


@register
def scheduled_pages(request):
    """Pages that appear or disappear on their own: the next scheduled ones and the latest
    expired ones, each with its state as every list says it ("geplant ab …")."""
    if not (_is_editor(request) and request.user.has_perm(PUBLISH_PERMISSION)):
        return None
    pages = Page.objects.all()
    rows = _page_rows(pages.scheduled().order_by("go_live_at"), _state) + _page_rows(
        pages.expired().order_by("-expire_at"), _state
    )
    return Panel(
        key="scheduled",
        title=_("Scheduled and expired pages"),
        rows=rows,
        empty=_("No page is waiting for its publication date, and none has expired."),
    )


def _state(page):
    return (page.publication_label, None)


@register
def recent_changes(request):
    if not _is_editor(request):
        return None
    queryset = Page.objects.order_by("-updated_at")
    return Panel(
        key="recent",
        title=_("Recent changes"),
        rows=_page_rows(queryset, lambda p: (_by(p), p.updated_at)),
        more_url=_pages_list(o="-6"),
        more_label=_("All pages"),
    )


def _local(when) -> str:
    return date_format(timezone.localtime(when), "SHORT_DATETIME_FORMAT")
