from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.template.loader import select_template
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.views.generic import DetailView
from django.views.static import serve as serve_file

from contacts.selectors import contacts_for

from . import selectors
from .models import MAX_PATH_LENGTH, Page


def beyond_any_page(path: str) -> bool:
    """Whether no page can live at ``path``: deeper or longer than any page's address.

    Checked before the address lookup, whose compiled query depends on the depth."""
    return len(path) > MAX_PATH_LENGTH or path.strip("/").count("/") > settings.PAGE_MAX_DEPTH


@lru_cache(maxsize=64)  # one entry per kind of page
def _template_for(model) -> list[str]:
    """The kind's own template if it has one, else the shared page template."""
    opts = model._meta
    names = [f"{opts.app_label}/{opts.model_name}.html", "dortmund_intl/page.html"]
    if settings.DEBUG:  # templates may be added while the development server runs
        return names
    # Looking for a template that does not exist costs a file-system check on every
    # request, and most kinds use the shared one: decide once per kind.
    return [select_template(names).template.name]


class FrameMixin:
    """The context every public page shares: navigation, breadcrumbs and the
    addresses of this page in the other languages (for the language switcher)."""

    extra_crumbs = ()

    def get_frame_page(self):
        return None

    def get_frame_path(self):
        return self.request.path

    def get_language_urls(self):
        return None  # base.html falls back to language_urls_for(request) (translate_url)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.get_frame_page()
        context["frame"] = self.kwargs.get("frame") or selectors.page_frame(
            self.get_frame_path(), current=page, extra_crumbs=self.get_extra_crumbs()
        )
        language_urls = self.get_language_urls()
        if language_urls:
            context["language_urls"] = language_urls
        return context

    def get_extra_crumbs(self):
        return self.extra_crumbs


class PageView(FrameMixin, DetailView):
    """Renders one page of any kind; apps subclass it for their page models."""

    model = Page
    context_object_name = "page"
    # Related lists an app's page kind shows on top of the shared ones.
    select_related = ("hero_image",)
    # Set by the admin's preview: render this (possibly unsaved) object, with a banner.
    preview_object = None

    def get_queryset(self):
        return self.model._default_manager.published().select_related(*self.select_related)

    def get_object(self, queryset=None):
        if self.preview_object is not None:
            return self.preview_object
        if "page" in self.kwargs:  # found by its address in one query (serve)
            return self.kwargs["page"]
        queryset = queryset if queryset is not None else self.get_queryset()
        try:
            return queryset.get(pk=self.kwargs["pk"])
        except self.model.DoesNotExist:
            raise Http404 from None

    def get_frame_page(self):
        return self.object

    def get_frame_path(self):
        return self.object.url_path

    def get_language_urls(self):
        if self.preview_object is not None:
            return None
        return {code: self.object.url_for(code) for code in ("de", "en")}

    def get_template_names(self):
        return _template_for(type(self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        context.update(
            teasers=selectors.teasers_for(page),
            documents=selectors.documents_for(page),
            gallery=selectors.gallery_for(page),
            current_language=get_language(),
            preview=self.preview_object is not None,
        )
        context["contacts"] = self.get_contacts(context["frame"])
        return context

    def get_contacts(self, frame):
        """The contact box: the page's own people or its section's (contacts app)."""
        return contacts_for(self.object, list(frame.ancestors))


@dataclass(frozen=True)
class StartPageBox:
    """A box another app shows on the start page below its text (e.g. the latest news):
    its template, what goes in <head> (feed links, a stylesheet) and its context (as
    ``box.context`` in both templates)."""

    template: str
    head_template: str = ""
    context: dict = field(default_factory=dict)


# Functions of the start page returning a StartPageBox or None, in the order they were
# registered (apps register theirs in AppConfig.ready()): the page layer offers the
# place, the apps bring the content, and nothing here imports them.
_start_page_boxes: list[Callable[[Page], StartPageBox | None]] = []


def start_page_box(box: Callable[[Page], StartPageBox | None]):
    if box not in _start_page_boxes:
        _start_page_boxes.append(box)
    return box


class TopicPageView(PageView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.list_children:
            context["children"] = selectors.children_of(self.object)
        if self.object.parent_id is None and self.object.pk is not None:
            boxes = (box(self.object) for box in _start_page_boxes)
            context["start_page_boxes"] = [box for box in boxes if box is not None]
        return context


def serve(request, path=""):
    """Finds the page at this address and hands it to the view of its kind.

    The site frame (navigation, breadcrumbs) is read first: the same query finds the
    page at this address.
    """
    if "\x00" in request.path or beyond_any_page(request.path):
        raise Http404
    frame = selectors.page_frame(request.path)
    if frame.current is None:
        if not request.path.endswith("/") and selectors.route(request.path + "/"):
            # The catch-all answers every address, so APPEND_SLASH never gets its turn.
            return HttpResponsePermanentRedirect(
                request.get_full_path().replace(request.path, request.path + "/", 1)
            )
        raise Http404
    page = selectors.as_kind(frame.current)
    view = import_string(page.page_view)
    return view.as_view(model=type(page))(request, pk=page.pk, page=page, frame=frame)


def media(request, path):
    if not settings.SERVE_MEDIA:
        raise Http404
    try:
        return serve_file(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:  # e.g. a name the file system refuses (over 255 bytes)
        raise Http404 from error
