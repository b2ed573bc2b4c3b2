"""Designed error pages in the visitor's language (LocaleMiddleware has set it)."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors and no database: whatever broke must not break this page.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": request}))
