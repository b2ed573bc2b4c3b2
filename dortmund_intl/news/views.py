import re

from django.core.paginator import InvalidPage
from django.http import Http404

from dortmund_intl.views import PageView

from . import selectors

# A page number as the pager writes it: ASCII digits, no sign, no leading zero, and
# short enough that no number a request sends costs more than a comparison.
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


class NewsIndexView(PageView):
    """The listing: ten articles a page, newest first. ``?page=N`` beyond the last page
    or written other than the pager writes it is a 404: each page has one address, and
    a search engine finds no endless empty pages."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.pk is None:  # an unsaved listing in the admin's preview
            context["news"] = None
            return context
        number = self.request.GET.get("page", "1")
        if not PAGE_NUMBER.fullmatch(number):
            raise Http404
        try:
            context["news"] = selectors.listing_page(self.object, int(number))
        except InvalidPage:
            raise Http404 from None
        return context


class NewsArticleView(PageView):
    pass
