"""The site's URLs plus one public page with a CSRF token (no page of the site has one
today: the visitors' form protects itself with a signed token)."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

from dortmund_intl.urls import urlpatterns as site_urlpatterns


def csrf_form(request):
    return HttpResponse(f'<form method="post"><input name="t" value="{get_token(request)}">')


urlpatterns = [path("csrf-form/", csrf_form), *site_urlpatterns]
