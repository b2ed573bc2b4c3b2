"""Two app processes (gunicorn, debug off) on one database and one Redis: a change made
through the admin of one is seen at once on the other, an unpublished page is gone on
both at once, and a scheduled page appears on both on its time without anybody saving.

The database is the test database itself (committed rows: ``transaction=True``), on
SQLite or on PostgreSQL with DATABASE_URL; Redis is db 5 of REDIS_URL or the local one,
under a key prefix of this test's own, removed at the end."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from dortmund_intl.roles import EDITORS
from tests.admin_forms import form_data
from tests.factories import TopicPageFactory

BASE_DIR = Path(django_settings.BASE_DIR)
REDIS_URL = os.environ.get("PAGECACHE_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def _request(base, path, *, cookies=None, data=None):
    """(status, headers, text) of one request, redirects not followed."""
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in (cookies or {}).items())}
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    request = urllib.request.Request(base + path, data=body, headers=headers)
    try:
        with _opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    user = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{user}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _start(env, log: Path) -> tuple[subprocess.Popen, str]:
    """gunicorn on a socket bound here to a free port and handed over (no race)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "dortmund_intl.wsgi", "-w", "1", "--timeout", "60"]
        + ["-b", f"fd://{sock.fileno()}", "--error-logfile", str(log)],
        cwd=BASE_DIR,
        env=env,
        pass_fds=[sock.fileno()],
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    sock.close()
    return process, f"http://127.0.0.1:{port}"


def _wait_until_up(process, base, log):
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn ended:\n{log.read_text()}")
        try:
            if _request(base, "/robots.txt")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer:\n{log.read_text()}")


@pytest.fixture
def shared_redis(settings):
    """This process uses the instances' cache too, so that its own writes (the test's
    rows) change the version they read."""
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.fail(f"No Redis answers at {REDIS_URL}: start redis-server (make redis).")
    prefix = f"pagecache-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    settings.PAGE_CACHE = True
    yield prefix
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def instances(shared_redis, tmp_path, settings):
    # The same key here: the editor's session, made here, is signed with it.
    settings.SECRET_KEY = "two-instances-test-" + uuid.uuid4().hex
    env = {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DATABASE_URL": _database_url(),
        "REDIS_URL": REDIS_URL,
        "DJANGO_CACHE_KEY_PREFIX": shared_redis,
        "DJANGO_PAGE_CACHE": "true",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    started = [_start(env, tmp_path / f"gunicorn-{name}.log") for name in "ab"]
    try:
        for (process, base), name in zip(started, "ab", strict=True):
            _wait_until_up(process, base, tmp_path / f"gunicorn-{name}.log")
        yield [base for _process, base in started]
    finally:
        for process, _base in started:
            process.terminate()
        for process, _base in started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _admin_post(client, base, session, obj, **changes):
    """Saves ``obj`` through the admin of the instance at ``base``, as a browser would."""
    url = reverse("admin:dortmund_intl_topicpage_change", args=[obj.pk])
    data = {**form_data(client.get(url)), **changes}
    status, headers, text = _request(base, url, cookies=session)
    assert status == 200, text[:500]
    csrf_cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text).group(1)
    data["csrfmiddlewaretoken"] = token
    status, _headers, text = _request(
        base, url, cookies={**session, "csrftoken": csrf_cookie}, data=data
    )
    assert status == 302, text[:2000]


@pytest.mark.django_db(transaction=True)
def test_a_change_through_one_instance_shows_on_the_other_at_once(
    instances, client, django_user_model
):
    a, b = instances
    page = TopicPageFactory(title_de="Stand eins", show_in_menus=True)
    editor = django_user_model.objects.create_user("erwin", password="pw-erwin-erwin")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    session = {"sessionid": client.cookies["sessionid"].value}
    for base in (a, b, a, b):  # both instances read it, and it is in the shared cache
        status, headers, text = _request(base, page.url_path_de)
        assert status == 200 and "Stand eins" in text
        assert headers["Cache-Control"] == "public, max-age=60"

    _admin_post(client, a, session, page, title_de="Stand zwei")

    for base in (b, a):
        status, _headers, text = _request(base, page.url_path_de)
        assert status == 200 and "<h1>Stand zwei</h1>" in text
        assert "Stand zwei" in _request(base, "/de/")[2]  # the menu of another page

    page.refresh_from_db()
    _admin_post(client, a, session, page, status="draft")

    for base in (b, a):
        assert _request(base, page.url_path_de)[0] == 404
        assert "Stand zwei" not in _request(base, "/de/")[2]


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_page_appears_on_both_instances_on_its_time(instances, start_page):
    a, b = instances
    go_live = timezone.now() + timedelta(seconds=6)
    page = TopicPageFactory(title_de="Pünktlich", go_live_at=go_live, show_in_menus=True)
    for base in (a, b, a, b):
        assert _request(base, page.url_path_de)[0] == 404
        assert "Pünktlich" not in _request(base, "/de/")[2]  # and the start page is cached

    time.sleep(max(0, (go_live - timezone.now()).total_seconds()) + 0.1)

    for base in (b, a):
        status, _headers, text = _request(base, page.url_path_de)
        assert status == 200 and "Pünktlich" in text
        assert "Pünktlich" in _request(base, "/de/")[2]
