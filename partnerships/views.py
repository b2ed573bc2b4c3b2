from functools import partial

from django.http import HttpResponse
from django.utils.translation import gettext as _

from dortmund_intl.addresses import absolute_url
from dortmund_intl.views import PageView

from . import exports, maps, selectors


class PartnershipIndexView(PageView):
    """An overview: the section's partnerships as a map and as a list."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partnerships = selectors.partnerships_in(self.object.section)
        context.update(partnerships=partnerships, partnership_map=maps.draw(partnerships))
        return context


class PartnershipView(PageView):
    """One partnership: facts, history, milestones, partners, gallery."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(selectors.partnership_details(self.object))
        return context


def _download(content: str, content_type: str, filename: str, disposition: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    # Open data: other sites may read it from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def partnerships_csv(request):
    rows = [exports.row(p, partial(absolute_url, request)) for p in selectors.open_data()]
    return _download(
        exports.to_csv(rows),
        "text/csv; charset=utf-8",
        _("dortmund-partnerships") + ".csv",
        "attachment",
    )


def partnerships_json(request):
    rows = [exports.row(p, partial(absolute_url, request)) for p in selectors.open_data()]
    return _download(
        exports.to_json(rows, absolute_url(request, request.get_full_path())),
        "application/json",
        _("dortmund-partnerships") + ".json",
        "inline",
    )
