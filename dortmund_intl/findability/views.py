from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from dortmund_intl import selectors
from dortmund_intl.views import FrameMixin

from . import search, seo


class SearchView(FrameMixin, TemplateView):
    """The site search: a results page per ten hits, filtered by section if asked.

    Its queries: the frame, the sections, the count and the page of hits (and, on
    PostgreSQL when little is found, one for the typo suggestion)."""

    template_name = "findability/search.html"
    max_query_length = 200
    paginate_by = 10

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        language = get_language()
        query = params.get("q", "").replace("\x00", "")
        all_sections = search.sections(language)
        section = next((s for s in all_sections if str(s.pk) == params.get("section")), None)
        context.update(
            # Result lists are for visitors, not for search engines' indexes.
            robots="noindex, follow",
            query=query,
            sections=all_sections,
            section=section,
            max_length=self.max_query_length,
        )
        if "q" not in params:
            return context
        if not query.strip():
            context["message"] = _("Please enter a search term.")
            return context
        if len(query) > self.max_query_length:
            context["message"] = _(
                "Your search term is too long. Please use at most %(max)s characters."
            ) % {"max": self.max_query_length}
            return context
        page, rows = search.results(query, language, section, params.get("page"), self.paginate_by)
        total = page.paginator.count
        context.update(
            page_obj=page,
            results=search.hits(rows, query, language, all_sections),
            results_status=ngettext(
                "%(counter)s result for “%(query)s”",
                "%(counter)s results for “%(query)s”",
                total,
            )
            % {"counter": total, "query": query},
            page_query=self._page_query(),
        )
        if total < search.SUGGEST_BELOW:
            context["suggestion"] = search.suggestion(query, language)
        return context

    def _page_query(self) -> str:
        """The query string of this search without its page number (for the pager)."""
        params = self.request.GET.copy()
        params.pop("page", None)
        return params.urlencode()

    def get_extra_crumbs(self):
        return [selectors.Crumb(_("Search"), self.request.path)]


def robots_txt(request):
    """Crawlers may read every page; they skip the search's result lists (endless
    combinations of one content). The admin and previews are not listed: they answer
    with "X-Robots-Tag: noindex" (middleware.py), which a crawler only sees when
    robots.txt lets it ask."""
    base = seo.origin(request)
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in _search_paths()),
        "",
        f"Sitemap: {base}{reverse('sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _search_paths() -> list[str]:
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("site:search"))
    return paths
