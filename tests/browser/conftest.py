"""Browser tests: a live server, Debian's headless Chromium driven by Playwright,
axe-core for accessibility, screenshots under artifacts/screenshots/.

Every page a browser test opens is watched: a request to any host other than the
live server fails the test (no CDN, no remote fonts, no third-party scripts).
"""

import os
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

# Playwright's sync API runs an event loop in this thread; the ORM calls of the test
# itself (creating data) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(autouse=True)
def _browser_settings(settings, transactional_db):
    settings.SERVE_MEDIA = True
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def site(live_server, page):
    """The page (browser tab) pointed at the live server; fails the test on any
    request to another host."""
    own_host = urlsplit(live_server.url).netloc
    foreign = []

    def guard(route):
        host = urlsplit(route.request.url).netloc
        if route.request.url.startswith(("data:", "blob:")) or host == own_host:
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.base = live_server.url
    yield page
    # Let the live server finish every request before the database is emptied.
    page.wait_for_load_state("networkidle")
    page.close()
    assert foreign == [], f"requests to other hosts: {foreign}"


def assert_accessible(page):
    """axe-core (WCAG 2.1 A/AA rules) finds no violation on the current page."""
    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    assert results.violations_count == 0, results.generate_report()


def screenshot(page, name: str, viewport: dict) -> Path:
    page.set_viewport_size(viewport)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}-{viewport['width']}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def wait_until(page, predicate: str, timeout: float = 15.0) -> None:
    """Wait until the JavaScript function `predicate` returns true on the page.

    Playwright's `wait_for_function` runs its predicate through `eval`, which the site's
    Content-Security-Policy (no 'unsafe-eval') refuses; `evaluate` calls the function
    through the DevTools protocol, which the policy does not govern.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {predicate}")
        page.wait_for_timeout(50)
