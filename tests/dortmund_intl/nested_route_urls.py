"""The site's URLconf with one more route deep in the tree (test_page_tree.py)."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path

from dortmund_intl import urls


def partnership_map(request):
    return HttpResponse("map")


urlpatterns = [
    *i18n_patterns(path("partnerschaften/karte/", partnership_map, name="map")),
    *urls.urlpatterns,
]
handler404 = urls.handler404
