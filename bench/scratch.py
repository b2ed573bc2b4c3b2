"""The scratch site both benchmarks measure: a temporary folder for static files, media
and (on SQLite) the database, or a new PostgreSQL database beside DATABASE_URL's, with
production settings; removed again afterwards."""

import os
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from shutil import rmtree


@contextmanager
def scratch_site(prefix: str, **settings: str):
    """Yields (folder, environment) for manage.py and gunicorn; ``settings`` are added
    to the environment."""
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "bench-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        **settings,
    }
    pg_db = None
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        pg_db = f"{prefix.replace('-', '_')}_{int(time.time())}_{os.getpid()}"
        subprocess.run(
            ["psql", os.environ["DATABASE_URL"], "-qc", f"CREATE DATABASE {pg_db}"], check=True
        )
        env["DATABASE_URL"] = f"{base}/{pg_db}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{folder / 'db.sqlite3'}"
    try:
        yield folder, env
    finally:
        if pg_db:
            subprocess.run(
                ["psql", os.environ["DATABASE_URL"], "-qc", f"DROP DATABASE IF EXISTS {pg_db}"]
            )
        rmtree(folder, ignore_errors=True)
