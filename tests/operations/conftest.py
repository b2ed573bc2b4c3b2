import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import boto3
import pytest

from dortmund_intl.operations.storage import public_base_url, s3_storage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed_port():
    """A port on 127.0.0.1 that nothing listens on (held bound, so nothing can take it):
    a database or cache server there is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def project_environment(**overrides) -> dict[str, str]:
    """This process's environment for a subprocess of the project, without the settings
    a test may have changed, plus ``overrides``."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "MEDIA_ROOT"))
    }
    environment["DJANGO_SETTINGS_MODULE"] = "dortmund_intl.settings"
    environment["PYTHONPATH"] = str(ROOT)
    environment.update(overrides)
    return environment


PYTHON = sys.executable


CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server on 127.0.0.1, for the session."""
    port = _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:  # until it listens: a readiness wait, not a timed assertion
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("moto_server did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def bucket(s3_endpoint, settings):
    """A new bucket, and the site's default storage switched to it."""
    name = f"media-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", **CREDENTIALS)
    client.create_bucket(Bucket=name)
    base_url = public_base_url(name, s3_endpoint, "us-east-1", "")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_storage(
            name,
            endpoint_url=s3_endpoint,
            region="us-east-1",
            access_key="testing",
            secret_key="testing",
            base_url=base_url,
        ),
    }
    settings.MEDIA_URL = base_url

    class Bucket:
        url = base_url

        @staticmethod
        def keys() -> list[str]:
            pages = client.get_paginator("list_objects_v2").paginate(Bucket=name)
            return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

        @staticmethod
        def read(key: str) -> bytes:
            return client.get_object(Bucket=name, Key=key)["Body"].read()

    return Bucket
