"""Every demo page renders in both languages with nothing of the template machinery
showing through: a method without its call, an undefined name or an object's repr."""

import re

import pytest
from django.core.management import call_command

from tests.demo_pages import published_paths

pytestmark = pytest.mark.django_db

LEAKS = re.compile(r"bound method|<function |jinja2\.|Undefined|object at 0x")


def test_every_demo_page_renders_cleanly_in_both_languages(client):
    call_command("load_demo", verbosity=0)
    paths = published_paths()
    expected = dict.fromkeys([*paths, "/de/suche/?q=Leeds", "/en/search/?q=Leeds"], 200)
    expected.update({"/de/gibt-es-nicht/": 404, "/en/does-not-exist/": 404})
    for path, status in expected.items():
        response = client.get(path)
        html = response.content.decode()
        assert response.status_code == status, path
        assert not LEAKS.search(html), f"{path}: {LEAKS.search(html).group()}"
        assert "<h1" in html and "</html>" in html, path
