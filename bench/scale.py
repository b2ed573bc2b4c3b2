"""Benchmark at 10,000 pages: the sitemap, the search and the admin lists, in-process.

Builds a scratch database (SQLite in a temporary folder, or a scratch PostgreSQL
database when DATABASE_URL is set), migrates it, loads the demo content and
``load_scale --pages 10000`` (timed), then measures with Django's test client and
production settings (debug off): the sitemap index, a sitemap part, the search with a
query that matches most pages (first and a later results page), the partnership
overview and two admin lists (signed in). For each: the median time of several
requests, the peak of Python memory allocated during one request (tracemalloc), the
queries, and the size of the answer; at the end the process's maximum resident memory.

A benchmark, not a test: it checks nothing against the clock. It exits non-zero when an
answer is not a 200.
"""

import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from scratch import scratch_site

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
PAGES = int(os.environ.get("BENCH_SCALE_PAGES", "10000"))
REPEAT = int(os.environ.get("BENCH_SCALE_REPEAT", "5"))
URLS = {
    "sitemap index": "/sitemap.xml",
    "sitemap part (5 of 10)": "/sitemap-pages.xml?p=5",
    "search “Partnerschaft”, page 1": "/de/suche/?q=Partnerschaft",
    "search “Partnerschaft”, page 50": "/de/suche/?q=Partnerschaft&page=50",
    "search “partnership” (English)": "/en/search/?q=partnership",
    "partnership overview (all partnerships)": "/de/staedtepartnerschaften/",
    "topic page (navigation and breadcrumbs among all pages)": "/de/dortmund-international/",
    "a city partnership": "/de/staedtepartnerschaften/leeds/",
    "admin: all pages": "/admin/dortmund_intl/page/",
    "admin: partnerships": "/admin/partnerships/partnership/",
    "admin: topic pages, searched for “Klimaschutz”": "/admin/dortmund_intl/topicpage/?q=Klimaschutz",
}


def manage(env, *args) -> float:
    started = time.perf_counter()
    subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def measure() -> bool:
    """Runs inside the prepared environment (``scale.py --measure``)."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from dortmund_intl.models import Page

    user, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)
    print(f"{Page.objects.count()} pages in the database ({connection.vendor})\n")
    print("| request | median | peak Python memory | queries | answer |")
    print("|---|---:|---:|---:|---:|")
    passed = True
    for name, url in URLS.items():
        response = client.get(url)  # warm the caches, as a running site has
        passed &= response.status_code == 200
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            client.get(url)
            times.append(time.perf_counter() - started)
        tracemalloc.start()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        passed &= response.status_code == 200
        print(
            f"| {name} (`{url}`) | {statistics.median(times) * 1000:.0f} ms "
            f"| {peak / 2**20:.1f} MB | {len(queries)} | {len(response.content) / 1024:.0f} KB"
            f"{'' if response.status_code == 200 else f' ({response.status_code})'} |"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nMaximum resident memory of the measuring process: {rss:.0f} MB")
    return passed


def main() -> None:
    with scratch_site("dortmund-scale") as (_tmp, env):
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo")
        manage(env, "collectstatic", "--noinput")
        seconds = manage(env, "load_scale", "--pages", str(PAGES))
        print(f"\n## At {PAGES:,} pages ({env['DATABASE_URL'].split(':')[0]})\n")
        print(f"load_scale --pages {PAGES}: {seconds:.0f} s\n")
        result = subprocess.run(
            [PY, str(Path(__file__).resolve()), "--measure"], cwd=ROOT, env=env, check=False
        )
        passed = result.returncode == 0
    if not passed:
        sys.exit("An answer was not a 200.")


if __name__ == "__main__":
    if sys.argv[1:] == ["--measure"]:
        sys.exit(0 if measure() else 1)
    main()
