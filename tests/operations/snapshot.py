"""What the public sees of a site, and the history behind it, as one comparable value:
every address of the sitemap (both languages), the search, the feed and the open data,
each with its status and HTML; every revision; every page's translation status.

Taken at one fixed moment (time-machine), so that what depends on the clock (the
barrier form's signed token) is the same in two databases."""

import hashlib
import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import translation

MOMENT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _addresses(client) -> list[str]:
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    paths |= {
        urlsplit(href).path for href in re.findall(r'hreflang="[^"]+" href="([^"]+)"', sitemap)
    }
    extra = []
    for language in ("de", "en"):
        with translation.override(language):
            extra += [
                reverse("site:search") + "?q=Leeds",
                reverse("site:feed"),
                reverse("partnerships:csv"),
                reverse("partnerships:json"),
            ]
    return ["/sitemap.xml", *sorted(paths), *extra]


def site_snapshot() -> dict:
    from django.contrib.auth.models import User
    from django.core.files.storage import default_storage
    from reversion.models import Version

    from dortmund_intl.models import Page
    from dortmund_intl.operations.backup import media_names

    client = Client()
    with time_machine.travel(MOMENT, tick=False):
        pages = {}
        for address in _addresses(client):
            response = client.get(address)
            pages[address] = [response.status_code, response.content.decode()]
    versions = [
        [
            ".".join(version.content_type.natural_key()),
            version.object_id,
            version.serialized_data,
            version.revision.comment,
            version.revision.user.username if version.revision.user else None,
            version.revision.date_created.isoformat(),
        ]
        for version in Version.objects.select_related("content_type", "revision__user").order_by(
            "pk"
        )
    ]
    translations = [
        [pk, status, sources]
        for pk, status, sources in Page.objects.order_by("pk").values_list(
            "pk", "translation_status", "translation_sources"
        )
    ]
    users = [
        [user.username, user.is_staff, sorted(group.name for group in user.groups.all())]
        for user in User.objects.prefetch_related("groups").order_by("username")
    ]
    media = {
        name: hashlib.sha256(default_storage.open(name, "rb").read()).hexdigest()
        for name in media_names()
    }
    return {
        "pages": pages,
        "users": users,
        "media": media,
        "versions": versions,
        "translations": translations,
    }
