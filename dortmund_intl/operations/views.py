"""``/healthz``: may this app server take requests? For the load balancer in front.

It answers 200 when the database answers a trivial query and the cache (shared Redis
in production) takes and gives back a key, else 503 naming what failed; never an
error page, never a cookie, never cached, never indexed. Outside the language
prefix and the sitemap: it is for machines.
"""

import json
import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception as error:  # noqa: BLE001 - any failure of the database means "not ready"
        # One line, no traceback: the balancer asks every few seconds while it is down.
        logger.warning("Health check: the database does not answer: %s", error)
        return False


def _cache() -> bool:
    key = f"healthz:{uuid.uuid4().hex}"  # one short-lived key per check, deleted at once
    try:
        cache.set(key, "ok", timeout=10)
        answered = cache.get(key) == "ok"
        cache.delete(key)
        return answered
    except Exception as error:  # noqa: BLE001 - the cache backend's errors differ by backend
        logger.warning("Health check: the cache does not answer: %s", error)
        return False


@never_cache
@require_safe
def healthz(request):
    checks = {"database": _database(), "cache": _cache()}
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable"}
    body.update({name: "ok" if passed else "failed" for name, passed in checks.items()})
    response = HttpResponse(
        json.dumps(body), content_type="application/json", status=200 if healthy else 503
    )
    response["X-Robots-Tag"] = "noindex"
    return response
