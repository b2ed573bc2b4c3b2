from django.http import HttpResponse
from django.urls import path

from dortmund_intl.urls import handler404, handler500  # noqa: F401
from dortmund_intl.urls import urlpatterns as site_urlpatterns


def trivial(request):
    """The framework's ceiling on this machine: routing, middleware, one response."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial/", trivial), *site_urlpatterns]
