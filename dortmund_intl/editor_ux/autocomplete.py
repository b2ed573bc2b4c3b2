"""The admin's page search (parent page, "Mehr zum Thema"): exact and prefix matches
first, and each candidate shown with its place in the site, so two pages with similar
titles cannot be confused ("Start › Partnerschaften › Leeds")."""

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.db.models import Case, IntegerField, Value, When
from django.utils import translation

from dortmund_intl.models import Page

SEPARATOR = " › "


def ranked(queryset, term: str):
    """Title equal to the term first, then titles starting with it, then the rest."""
    title = f"title_{translation.get_language() or 'de'}"
    if title not in {"title_de", "title_en"}:
        title = "title_de"
    return queryset.annotate(
        match_rank=Case(
            When(**{f"{title}__iexact": term}, then=Value(0)),
            When(**{f"{title}__istartswith": term}, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
    ).order_by("match_rank", title, "pk")


def ancestor_titles(pages) -> dict[str, str]:
    """Titles of every page on the way to each of ``pages``, by German address: one query."""
    prefixes = set()
    for page in pages:
        parts = (page.url_path_de or "").strip("/").split("/")
        prefixes.update("/" + "/".join(parts[:end]) + "/" for end in range(1, len(parts)))
    rows = Page.objects.filter(url_path_de__in=prefixes).values_list("url_path_de", "title")
    return dict(rows)


def breadcrumb(page, titles: dict[str, str]) -> str:
    parts = (page.url_path_de or "").strip("/").split("/")
    trail = [titles.get("/" + "/".join(parts[:end]) + "/") for end in range(1, len(parts))]
    return SEPARATOR.join([*(t for t in trail if t), str(page)])


class PageAutocompleteView(AutocompleteJsonView):
    def get_queryset(self):
        queryset = super().get_queryset()
        if self._searches_all_pages() and self.term:
            queryset = ranked(queryset, self.term)
        return queryset

    def _searches_all_pages(self) -> bool:
        # The parent page and "Mehr zum Thema" fields search every page (AllPagesAdmin);
        # a field for one kind (the SDG of a tag) keeps its own short names.
        return self.model_admin.model is Page

    def get(self, request, *args, **kwargs):
        self._titles = None
        return super().get(request, *args, **kwargs)

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        if self._searches_all_pages():
            if self._titles is None:
                # The page of results is known once the first one is serialised.
                self._titles = ancestor_titles(self._page_objects)
            result["text"] = breadcrumb(obj, self._titles)
        return result

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["object_list"] = self._page_objects = list(context["object_list"])
        return context


autocomplete_view = admin.site.admin_view(PageAutocompleteView.as_view(admin_site=admin.site))
