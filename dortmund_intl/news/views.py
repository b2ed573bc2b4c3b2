from django.core.paginator import InvalidPage
from django.http import Http404

from dortmund_intl.views import PageView

from . import selectors


class NewsIndexView(PageView):
    """The listing: ten articles a page, newest first; ``?page=N`` beyond the last page
    or not a number is a 404 (a search engine must not index endless empty pages)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.pk is None:  # an unsaved listing in the admin's preview
            context["news"] = None
            return context
        try:
            context["news"] = selectors.listing_page(self.object, self.request.GET.get("page") or 1)
        except InvalidPage:
            raise Http404 from None
        return context


class NewsArticleView(PageView):
    pass
