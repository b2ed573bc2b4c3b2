"""The site-wide content version that every page cache entry is checked against.

One value in the cache (shared through Redis by every process and machine; with the
local memory cache, by one process only): a random token that every write replaces, and
the time of that write (the ``Last-Modified`` of every public page). Next to it, the
next scheduled publication or expiry *for that token*: a request at or after that moment
replaces the token itself, so a scheduled page appears and disappears on its minute
without anybody saving.

The next moment is computed by a request that is about to store a page (so a 404 costs
no query), never by a write, and tagged with the token it was computed under: the request read the token before it read the database, so what
it found is at least as new as that token, and a write that commits later replaces the
token and so voids the moment. No write can ever leave a wrong moment behind.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Min, Q
from django.utils import timezone

VERSION_KEY = "pagecache:version"
logger = logging.getLogger(__name__)
NEXT_KEY = "pagecache:next"


@dataclass(frozen=True)
class ContentVersion:
    token: str
    changed: float  # Unix time of the last change site-wide


def _from_cache(value) -> ContentVersion | None:
    return ContentVersion(**value) if isinstance(value, dict) else None


def bump(changed: float | None = None) -> ContentVersion:
    """A new version: every page cached so far is a miss from now on."""
    version = ContentVersion(uuid.uuid4().hex, changed or timezone.now().timestamp())
    try:
        cache.set(VERSION_KEY, version.__dict__, timeout=None)
    except Exception:
        # The cache server is down: the editor's save goes through all the same; nothing
        # is served from that cache while it is down (the middleware answers uncached).
        logger.error("Page cache unreachable: content version not replaced.", exc_info=True)
    return version


def _bump_after_commit() -> None:
    bump()


def content_changed(using: str = DEFAULT_DB_ALIAS) -> None:
    """Call after any write that changes what a visitor may see (the signal handlers
    do for every save and delete; writes without signals call it themselves).

    Inside a transaction the version changes at once (the same transaction's own later
    reads, and the test suite, whose tests never commit) and again after the commit: in
    between, another process may have cached the content as it was before the commit
    under the first new version. A transaction that rolls back costs only cache misses.
    """
    connection = connections[using]
    bump()
    if connection.in_atomic_block and not any(
        func is _bump_after_commit for _sids, func, _robust in connection.run_on_commit
    ):
        transaction.on_commit(_bump_after_commit, using=using)


# The next scheduled change has not been computed under the current version yet.
UNKNOWN = object()


def current(extra_keys=()) -> tuple[ContentVersion, object, dict]:
    """The version, the next scheduled change (Unix time, None when nothing is scheduled,
    or ``UNKNOWN``) and the cached values of ``extra_keys``, in one cache round trip."""
    values = cache.get_many([VERSION_KEY, NEXT_KEY, *extra_keys])
    version = _from_cache(values.get(VERSION_KEY)) or _first_version()
    upcoming = values.get(NEXT_KEY)
    if not (isinstance(upcoming, dict) and upcoming.get("token") == version.token):
        return version, UNKNOWN, values
    moment = upcoming["at"]
    if moment is not None and timezone.now().timestamp() >= moment:
        # A scheduled page goes live or expires: as if it had been saved at that moment.
        return bump(changed=moment), UNKNOWN, values
    return version, moment, values


def next_change(version: ContentVersion) -> float | None:
    """Computes (one query) and keeps the next scheduled change under ``version``; called
    only by a request that read ``version`` before it read the database."""
    moment = next_scheduled_change(timezone.now())
    at = moment.timestamp() if moment else None
    cache.set(NEXT_KEY, {"token": version.token, "at": at}, timeout=None)
    return at


def _first_version() -> ContentVersion:
    """After a cache flush or eviction: a new random token, so nothing cached before
    can match it; ``add`` lets concurrent processes agree on one."""
    version = ContentVersion(uuid.uuid4().hex, timezone.now().timestamp())
    if cache.add(VERSION_KEY, version.__dict__, timeout=None):
        return version
    return _from_cache(cache.get(VERSION_KEY)) or version


def next_scheduled_change(now: datetime) -> datetime | None:
    """The earliest "publish from" or "publish until" after ``now`` of a published page
    (the rule of ``PageQuerySet.published()``), in one query."""
    from dortmund_intl.models import Page

    moments = Page.objects.filter(status=Page.Status.PUBLISHED).aggregate(
        live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
        expire=Min("expire_at", filter=Q(expire_at__gt=now)),
    )
    return min((m for m in moments.values() if m is not None), default=None)
