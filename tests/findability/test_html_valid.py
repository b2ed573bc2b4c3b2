"""Every public demo page is valid HTML in both languages, by the W3C Nu Html Checker.

The checker (npm's vnu-jar, run with Java 17) is installed by ``make vnu``, which
``make test`` and ``make test-db`` run first. It checks all pages in one run (a Java
start per page would take minutes)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.demo_pages import published_paths
from tests.news.factories import articles

pytestmark = pytest.mark.django_db

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"
# Pages besides the demo's own: the search with and without results (the pager, the
# empty-query message), and the page-not-found page.
MORE_PAGES = {
    "/de/suche/": 200,
    "/de/suche/?q=Partnerschaft": 200,
    "/en/search/?q=partnership&page=2": 200,
    "/en/search/?q=": 200,
    "/de/gibt-es-nicht/": 404,
    "/en/does-not-exist/": 404,
    # The news listing's second page (the demo's news and more, below); the news feeds
    # are XML, checked by feedparser in tests/news.
    "/de/aktuelles/?page=2": 200,
    "/en/news/?page=2": 200,
}


def test_every_public_page_passes_the_nu_html_checker(client, tmp_path):
    assert VNU_JAR.exists(), "the Nu Html Checker is missing: run `make vnu`"
    assert shutil.which("java"), "the Nu Html Checker needs Java: run `make vnu`"
    call_command("load_demo", verbosity=0)
    articles(8)  # with the demo's four: two pages of news
    pages = dict.fromkeys(published_paths(), 200) | MORE_PAGES
    files = {}
    for number, (path, status) in enumerate(pages.items()):
        response = client.get(path)
        assert response.status_code == status, path
        file = tmp_path / f"page-{number:03d}.html"
        file.write_bytes(response.content)
        files[str(file)] = path

    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )

    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: "
        f"{m['message']} [{m.get('extract', '')}]"
        for m in messages
    ]
    assert errors == []
    assert result.returncode == 0
