"""Benchmark: the site under gunicorn with production settings, measured with wrk.

Builds a copy of the demo database in a temporary folder (SQLite, or a scratch
PostgreSQL database when DATABASE_URL is set), adds a topic page with 6 teasers and
2 downloads, starts gunicorn (debug off, persistent connections, DJANGO_PAGE_CACHE=false)
and reports for one page of every public kind (PAGES), each measured right after a
trivial Django view: requests per second, p50/p99 latency under load, single-connection
p50, queries per page and the share of the trivial view's throughput. A second pass with
the site's default page cache measures the pages marked CACHED.

Then the load test: 32 connections for 20 s against a partnership page and the search
page with a query, counting every answer by status code (bench/statuses.lua) and wrk's
socket errors. The target there is zero errors and nothing but 200s.

A benchmark, not a test of speed: it checks nothing against the clock. It exits non-zero
when the load test saw an error or an answer other than 200, or a page did not answer 200.
"""

import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from scratch import scratch_site

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def _free_port() -> int:
    """A port nobody listens on (the machine is shared: a fixed port may be taken)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = int(os.environ.get("BENCH_PORT") or _free_port())
# Per page and round; short, because the rounds are what make it robust (and 25 kinds
# times 3 rounds times two measurements add up).
DURATION = os.environ.get("BENCH_DURATION", "2s")
# Rounds: every page is measured right after the trivial view, again and again. This
# machine's speed drifts by a fifth within a minute (shared cores), so each page is
# compared with the trivial view measured just before it and the median of the rounds
# is reported.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", str(os.cpu_count() or 2)))
BENCH_PAGE = "/de/dortmund-international/benchmark/"
TRIVIAL = "/bench/trivial/"
CACHED = True  # also measured in the second pass, with the page cache on
# One page of every public kind: (name, address, measured cached too). A new kind is
# one more line.
PAGES = [
    ("start page", "/de/", CACHED),
    ("topic page (6 teasers, 2 downloads)", BENCH_PAGE, False),
    ("city-partnerships overview (map)", "/de/staedtepartnerschaften/", CACHED),
    ("city partnership (Leeds)", "/de/staedtepartnerschaften/leeds/", CACHED),
    ("project-partnerships overview", "/de/dortmund-international/projektpartnerschaften/", False),
    (
        "project partnership (Dura)",
        "/de/dortmund-international/projektpartnerschaften/dura/",
        False,
    ),
    ("SDG overview", "/de/nachhaltigkeitsziele/", False),
    ("goal page (goal 11)", "/de/nachhaltigkeitsziele/ziel-11/", CACHED),
    ("awards overview", "/de/europa/auszeichnungen/", False),
    ("award (Ehrenfahne)", "/de/europa/auszeichnungen/ehrenfahne/", False),
    ("networks overview", "/de/europa/netzwerke/", False),
    ("network (Eurocities)", "/de/europa/netzwerke/eurocities/", False),
    ("EU projects overview", "/de/europa/eu-projekte/", False),
    ("EU project", "/de/europa/eu-projekte/eu-mission-klimaneutrale-staedte/", False),
    ("EU information page", "/de/europa/europe-direct/", False),
    ("contacts page", "/de/kontakt/", False),
    ("accessibility statement", "/de/erklaerung-zur-barrierefreiheit/", False),
    ("Impressum", "/de/impressum/", False),
    ("privacy notice", "/de/datenschutz/", False),
    ("Leichte Sprache start page", "/de/leichte-sprache/", False),
    ("Leichte Sprache page", "/de/leichte-sprache/partner-staedte/", False),
    ("DGS page", "/de/gebaerdensprache/", False),
    ("news listing", "/de/aktuelles/", CACHED),
    ("news article", "/de/aktuelles/ehrenplakette-des-europarates/", False),
    ("news feed (RSS)", "/de/aktuelles/feed/rss/", False),
    ("search (“Partnerschaft”)", "/de/suche/?q=Partnerschaft", False),
    ("feed", "/de/feed/", False),
    ("sitemap", "/sitemap.xml", False),
]
# The load test: many more connections than workers, for longer; every answer counted.
LOAD_CONNECTIONS = int(os.environ.get("BENCH_LOAD_CONNECTIONS", "32"))
LOAD_DURATION = os.environ.get("BENCH_LOAD_DURATION", "20s")
LOAD_PAGES = {
    "partnership page (Leeds)": "/de/staedtepartnerschaften/leeds/",
    "search page (“Partnerschaft”)": "/de/suche/?q=Partnerschaft",
}
STATUS_SCRIPT = Path(__file__).with_name("statuses.lua")


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


def count_queries(env, paths):
    """{path: (status, queries)} for each address, read with Django's test client."""
    script = (
        """
import json
from django.db import connection
from django.test import Client
client = Client()
out = {}
for path in PATHS:
    client.get(path)  # warm caches a running site has (content types)
    seen = []
    def count(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)
    with connection.execute_wrapper(count):
        status = client.get(path).status_code
    out[path] = (status, len(seen))
print(json.dumps(out))
"""
    ).replace("PATHS", repr(list(paths)))
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


def wrk_load(url):
    """wrk at LOAD_CONNECTIONS for LOAD_DURATION: req/s, p50, p99, the answers by status
    code and the socket errors (connect, read, write, timeout)."""
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{LOAD_CONNECTIONS}",
            f"-d{LOAD_DURATION}",
            "--timeout",
            "10s",
            "--latency",
            "-s",
            str(STATUS_SCRIPT),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    statuses = {int(code): int(n) for code, n in re.findall(r"^status (\d+) (\d+)$", out, re.M)}
    errors = {
        kind: int(n)
        for kind, n in re.findall(
            r"(connect|read|write|timeout)=(\d+)", out.split("socket-errors")[-1]
        )
    }
    return rps, latency.get("50", "?"), latency.get("99", "?"), statuses, errors


def load_test(port) -> bool:
    """Runs the load test and prints its table; True when it met the target."""
    print(
        f"\nUnder load: wrk {LOAD_CONNECTIONS} connections for {LOAD_DURATION}, gunicorn -w "
        f"{WORKERS}\n"
    )
    header = f"{'page':32} {'req/s':>7} {'p50':>9} {'p99':>9} {'answers':>8} {'not 200':>8} {'errors':>7}"
    print(header)
    print("-" * len(header))
    clean = True
    for name, path in LOAD_PAGES.items():
        rps, p50, p99, statuses, errors = wrk_load(f"http://127.0.0.1:{port}{path}")
        not_ok = sum(n for code, n in statuses.items() if code != 200)
        failed = sum(errors.values())
        detail = ""
        if not_ok or failed or not statuses:
            clean = False
            codes = ", ".join(f"{n}× {code}" for code, n in sorted(statuses.items()) if code != 200)
            kinds = ", ".join(f"{n} {kind}" for kind, n in errors.items() if n)
            detail = "  FAILED: " + "; ".join(part for part in (codes, kinds) if part)
        print(
            f"{name:32} {rps:7.0f} {p50:>9} {p99:>9} {sum(statuses.values()):>8} {not_ok:>8} "
            f"{failed:>7}{detail}"
        )
    print(
        "\nTarget under load: no socket error and no answer other than 200 "
        + ("(met)." if clean else "(NOT MET).")
    )
    return clean


def _median_latency(values) -> str:
    """The median of wrk's latencies ("812.00us", "3.41ms", "1.02s"), as wrk writes them."""
    units = {"us": 1e-3, "ms": 1.0, "s": 1e3}
    ms = []
    for value in values:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
        ms.append(float(number) * units[unit])
    return f"{statistics.median(ms):.2f}ms"


@contextmanager
def gunicorn(env, log):
    """gunicorn on PORT with ``env`` for as long as the block runs, every worker warm."""
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
            str(log),
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{TRIVIAL}", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        yield
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def measure(pages: dict[str, str]) -> dict[str, dict]:
    """Rounds of (trivial view, page) for every page; the median of the rounds, and the
    page's throughput as a share of the trivial view measured just before it."""
    url = f"http://127.0.0.1:{PORT}"
    for path in [TRIVIAL, *pages.values()]:
        wrk(f"{url}{path}", 2, 1)  # warm up every worker (and the cache, if there is one)
    rounds = {name: [] for name in pages}
    trivial = []
    for _round in range(ROUNDS):
        for name, path in pages.items():
            ceiling = wrk(f"{url}{TRIVIAL}", CONNECTIONS, 2)
            trivial.append(ceiling)
            result = wrk(f"{url}{path}", CONNECTIONS, 2)
            rounds[name].append((*result, result[0] / ceiling[0]))
    out = {
        "trivial view": {
            "rps": statistics.median(r[0] for r in trivial),
            "p50": _median_latency(r[1] for r in trivial),
            "p99": _median_latency(r[2] for r in trivial),
            "errors": sum(r[3] for r in trivial),
            "ratios": [1.0],
            "single": wrk(f"{url}{TRIVIAL}", 1, 1)[1],
        }
    }
    for name, path in pages.items():
        results = rounds[name]
        out[name] = {
            "rps": statistics.median(r[0] for r in results),
            "p50": _median_latency(r[1] for r in results),
            "p99": _median_latency(r[2] for r in results),
            "errors": sum(r[3] for r in results),
            "ratios": [r[4] for r in results],
            "single": wrk(f"{url}{path}", 1, 1)[1],
        }
    return out


def report(title: str, measured: dict, queries: dict, paths: dict[str, str]) -> None:
    print(f"\n{title}\n")
    header = (
        f"{'page':40} {'req/s':>7} {'p50':>9} {'p99':>9} {'1-conn p50':>11} "
        f"{'queries':>8} {'of trivial':>11}  per round"
    )
    print(header)
    print("-" * len(header))
    for name, row in measured.items():
        status, count = queries.get(paths.get(name), (200, 0))
        errors = row["errors"]
        flag = "" if status == 200 and not errors else f"  (status {status}, {errors} errors)"
        per_round = " ".join(f"{ratio:.0%}" for ratio in row["ratios"])
        print(
            f"{name[:40]:40} {row['rps']:7.0f} {row['p50']:>9} {row['p99']:>9} "
            f"{row['single']:>11} {count:>8} {statistics.median(row['ratios']):>10.0%}  "
            f"{per_round}{flag}",
            flush=True,
        )


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk).")
    # The cached pass runs with the site's default page cache (DJANGO_PAGE_CACHE unset).
    os.environ.pop("DJANGO_PAGE_CACHE", None)
    with scratch_site("dortmund-bench", DJANGO_CONN_MAX_AGE="600") as (tmp, env):
        uncached_env = {**env, "DJANGO_PAGE_CACHE": "false"}
        pages = {name: path for name, path, _cached in PAGES}
        cached = {f"{name}, cached": path for name, path, is_cached in PAGES if is_cached}
        paths = {**pages, **cached, **LOAD_PAGES}
        print(f"Preparing a copy of the demo database in {tmp} …", flush=True)
        prepare(env)
        queries = count_queries(uncached_env, {*pages.values(), *LOAD_PAGES.values()})
        database = env["DATABASE_URL"].split(":")[0]
        with gunicorn(uncached_env, tmp / "gunicorn.log"):
            uncached_rows = measure(pages)
            report(
                f"Uncached (DJANGO_PAGE_CACHE=false): gunicorn -w {WORKERS}, wrk {ROUNDS} rounds "
                f"of {DURATION}, {CONNECTIONS} connections; database: {database}; median of "
                "the rounds",
                uncached_rows,
                queries,
                paths,
            )
            print(
                "\nTargets (uncached): at most 8 queries per page; every page at one fifth or "
                "more of the trivial view's throughput."
            )
            loaded = load_test(PORT)
        with gunicorn(env, tmp / "gunicorn-cached.log"):
            cached_rows = measure(cached)
            report(
                "Cached (the site's default page cache; queries as counted uncached)",
                cached_rows,
                queries,
                paths,
            )
            print("\nTarget (cached): 80 % or more of the trivial view's throughput.")
        for name in LOAD_PAGES:
            status, count = queries[LOAD_PAGES[name]]
            print(f"{name}: status {status}, {count} queries")
        answered = all(status == 200 for status, _count in queries.values()) and not any(
            row["errors"] for row in [*uncached_rows.values(), *cached_rows.values()]
        )
        passed = loaded and answered
    if not passed:
        sys.exit("make bench: a page did not answer 200, or the load test saw errors.")


if __name__ == "__main__":
    main()
