"""Benchmark: the site under gunicorn with production settings, measured with wrk.

Builds a copy of the demo database in a temporary folder (SQLite, or a scratch
PostgreSQL database when DATABASE_URL is set), adds a topic page with 6 teasers and
2 downloads, starts gunicorn (debug off, persistent connections) and reports for the
start page, that topic page and a trivial Django view: requests per second, p50/p99
latency under load, single-connection p50, and queries per page.

A benchmark, not a test: it prints numbers and checks nothing against the clock.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8799"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", str(os.cpu_count() or 2)))
BENCH_PAGE = "/de/dortmund-international/benchmark/"
PAGES = {
    "trivial view": "/bench/trivial/",
    "start page": "/de/",
    "topic page (6 teasers, 2 downloads)": BENCH_PAGE,
}


def manage(env, *args):
    subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def prepare(env):
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput")
    script = f"""
from dortmund_intl.models import *
from dortmund_intl.demo import page_at
parent = page_at("/de/dortmund-international/")
if not page_at("{BENCH_PAGE}"):
    page = TopicPage.objects.create(parent=parent, title_de="Benchmark-Seite", title_en="Benchmark page",
        slug_de="benchmark", slug_en="benchmark", teaser_de="Für die Messung.", teaser_en="For measuring.",
        body_de=page_at("/de/dortmund-international/").body_de, body_en="<p>Text</p>", status="published")
    targets = [p for p in Page.objects.published().exclude(pk=page.pk).exclude(pk=parent.pk)][:6]
    for i, t in enumerate(targets):
        Teaser.objects.create(page=page, target=t, sort_order=i)
    for i, d in enumerate(Document.objects.all()[:2]):
        PageDocument.objects.create(page=page, document=d, sort_order=i)
    assert len(targets) == 6 and page.document_links.count() == 2
"""
    subprocess.run(
        [PY, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def count_queries(env):
    script = (
        """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
out = {}
for name, path in PAGES.items():
    client.get(path)  # warm caches a running site has (content types)
    with CaptureQueriesContext(connection) as ctx:
        status = client.get(path).status_code
    out[name] = (status, len(ctx))
print(json.dumps(out))
"""
    ).replace("PAGES", repr(PAGES))
    result = subprocess.run(
        [PY, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def wrk(url, connections, threads):
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return (
        rps,
        latency.get("50", "?"),
        latency.get("99", "?"),
        int(non2xx.group(1)) if non2xx else 0,
    )


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk).")
    tmp = Path(tempfile.mkdtemp(prefix="dortmund-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "bench-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_CONN_MAX_AGE": "600",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
    }
    pg_db = None
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        pg_db = f"dortmund_bench_{os.getpid()}"
        subprocess.run(
            ["psql", os.environ["DATABASE_URL"], "-qc", f"CREATE DATABASE {pg_db}"], check=True
        )
        env["DATABASE_URL"] = f"{base}/{pg_db}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp / 'db.sqlite3'}"
    server = None
    try:
        print(f"Preparing a copy of the demo database in {tmp} …", flush=True)
        prepare(env)
        queries = count_queries(env)
        server = subprocess.Popen(
            [
                PY,
                "-m",
                "gunicorn",
                "dortmund_intl.wsgi",
                "-b",
                f"127.0.0.1:{PORT}",
                "-w",
                str(WORKERS),
                "--access-logfile",
                "/dev/null",
                "--error-logfile",
                str(tmp / "gunicorn.log"),
            ],
            cwd=ROOT,
            env=env,
        )
        for _ in range(50):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/bench/trivial/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        rows = []
        for name, path in PAGES.items():
            url = f"http://127.0.0.1:{PORT}{path}"
            wrk(url, 2, 1)  # warm up every worker
            rps, p50, p99, errors = wrk(url, CONNECTIONS, 2)
            _, single_p50, _, _ = wrk(url, 1, 1)
            status, count = queries[name]
            rows.append((name, rps, p50, p99, single_p50, count, status, errors))
        ceiling = rows[0][1]
        print(
            f"\ngunicorn -w {WORKERS}, wrk {DURATION}, {CONNECTIONS} connections; "
            f"database: {env['DATABASE_URL'].split(':')[0]}\n"
        )
        header = f"{'page':40} {'req/s':>9} {'p50':>9} {'p99':>9} {'1-conn p50':>11} {'queries':>8} {'of ceiling':>11}"
        print(header)
        print("-" * len(header))
        for name, rps, p50, p99, single, count, status, errors in rows:
            flag = "" if status == 200 and not errors else f"  (status {status}, {errors} errors)"
            print(
                f"{name:40} {rps:9.0f} {p50:>9} {p99:>9} {single:>11} {count:>8} {rps / ceiling:>10.0%}{flag}"
            )
        print(
            "\nTargets (uncached): at most 8 queries per page; a content page at one fifth or "
            "more of the trivial view's throughput."
        )
    finally:
        if server:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)
        if pg_db:
            subprocess.run(
                ["psql", os.environ["DATABASE_URL"], "-qc", f"DROP DATABASE IF EXISTS {pg_db}"]
            )
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
