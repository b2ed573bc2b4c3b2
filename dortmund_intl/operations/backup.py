"""One archive with everything the site holds: the database content and the media.

``write_archive`` puts into one ``.tar.gz``:

- ``manifest.json``: the archive's format, when it was made, the migrations the
  database had (a restore needs the same), the models in load order;
- ``data/NNN-<app>.<model>.json``: every row of every model, as Django's serializer
  writes it (``dumpdata``): pages and their translation status, images, documents,
  contacts, revisions (django-reversion), users, roles and second-factor devices,
  redirects, the site. References to content types, permissions and users go by
  natural key, so they fit a database whose migrations numbered those differently;
- ``media/<name>``: every stored file (uploads and renditions), read through the
  storage API, so the local disk and an S3 bucket are backed up alike.

Left out, as they are rebuilt or are passing state: content types and permissions
(``migrate`` makes them), sessions, sign-in attempts (django-axes), the search index
(rebuilt after a restore) and the admin's pending uploads.

``restore_archive`` loads an archive into a freshly migrated database and writes the
media back; it refuses, writing nothing, when the database holds content already or a
file of the archive exists with other content, so a restore never destroys anything.
"""

import datetime
import io
import json
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from dortmund_intl.findability.services import rebuild_index
from dortmund_intl.pagecache.version import content_changed

FORMAT = 1
EXCLUDED = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "axes.accessattempt",
    "axes.accessattemptexpiration",
    "axes.accesslog",
    "axes.accessfailurelog",
    "findability.searchdocument",
}
# Rows a fresh ``migrate`` writes, which a restore may overwrite with the archive's:
# the site, the three roles (matched by name), the 17 goals and their overview page
# (same ids on every installation: one migration creates them in order).
SEEDED = {"sites.site", "auth.group"}
SEEDED_PAGES = {"sdg.goal", "sdg.goalindexpage"}
# Groups are matched by name: their ids depend on the order a database was migrated in.
NATURAL_PRIMARY = {"auth.group"}
PENDING_UPLOADS = "pending-uploads"  # editor_ux: a refused form's uploads, for a day


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a restored revision or page keeps
    its exact time (the pages' Last-Modified and ETag are made from it)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class RestoreRefused(Exception):
    """The archive cannot be restored here; nothing was written."""


def backed_up_models() -> list:
    """Every concrete model the archive holds, in an order the loader can follow."""
    app_list = [(config, None) for config in apps.get_app_configs()]
    return [
        model
        for model in serializers.sort_dependencies(app_list, allow_cycles=True)
        if model._meta.label_lower not in EXCLUDED and not model._meta.proxy and model._meta.managed
    ]


def applied_migrations(using: str = DEFAULT_DB_ALIAS) -> list[list[str]]:
    recorder = MigrationRecorder(connections[using])
    return sorted([app, name] for app, name in recorder.applied_migrations())


def media_names(storage=default_storage, folder: str = "") -> Iterator[str]:
    """Every stored file's name, depth first; the pending uploads left out."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a local media folder that was never created
        return
    prefix = f"{folder}/" if folder else ""
    for name in sorted(files):
        yield prefix + name
    for sub in sorted(folders):
        if prefix + sub != PENDING_UPLOADS:
            yield from media_names(storage, prefix + sub)


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def write_archive(path: Path, storage=default_storage) -> dict:
    """Writes the archive to ``path``; returns its manifest."""
    models = backed_up_models()
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        "migrations": applied_migrations(),
        "models": [model._meta.label_lower for model in models],
        "rows": {},
        "media": [],
    }
    with tarfile.open(path, "w:gz") as archive, transaction.atomic():
        # One transaction: the rows of all tables as they were at one moment.
        for number, model in enumerate(models):
            label = model._meta.label_lower
            rows = model._base_manager.order_by("pk")
            manifest["rows"][label] = rows.count()
            if not manifest["rows"][label]:
                continue  # the loader takes an empty file for a broken one
            with tempfile.TemporaryFile() as data:
                stream = io.TextIOWrapper(data, encoding="utf-8")
                serializers.serialize(
                    "json",
                    rows.iterator(),
                    stream=stream,
                    use_natural_foreign_keys=True,
                    use_natural_primary_keys=label in NATURAL_PRIMARY,
                    cls=FullPrecisionEncoder,
                )
                stream.flush()
                info = tarfile.TarInfo(f"data/{number:03d}-{label}.json")
                info.size = data.tell()
                info.mtime = int(timezone.now().timestamp())
                data.seek(0)
                archive.addfile(info, data)
                stream.detach()
        for name in media_names(storage):
            info = tarfile.TarInfo(f"media/{name}")
            info.size = storage.size(name)
            info.mtime = int(storage.get_modified_time(name).timestamp())
            with storage.open(name, "rb") as stored:
                archive.addfile(info, stored)
            manifest["media"].append(name)
        _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
    return manifest


# --- Restore ------------------------------------------------------------------------


def _read_manifest(path: Path) -> dict:
    try:
        with tarfile.open(path, "r:gz") as archive:
            member = archive.getmember("manifest.json")
            manifest = json.load(archive.extractfile(member))
    except (OSError, tarfile.TarError, KeyError, ValueError) as error:
        raise RestoreRefused(f"{path} is not a backup archive of this site ({error}).") from None
    if manifest.get("format") != FORMAT:
        raise RestoreRefused(f"{path} has archive format {manifest.get('format')!r}, not {FORMAT}.")
    return manifest


def _media_member_name(member: tarfile.TarInfo) -> str | None:
    """The storage name of a media file in the archive; None for anything else."""
    if not (member.isfile() and member.name.startswith("media/")):
        return None
    name = member.name.removeprefix("media/")
    parts = PurePosixPath(name).parts
    if not parts or name.startswith("/") or ".." in parts or "\\" in name:
        raise RestoreRefused(f"The archive holds a file with an unsafe name: {member.name!r}.")
    return name


def content_in_database() -> list[str]:
    """What the database holds beyond what ``migrate`` writes ("3 users", ...)."""
    seeded_page_ids = set()
    for label in SEEDED_PAGES:
        model = apps.get_model(label)
        seeded_page_ids.update(model._base_manager.values_list("pk", flat=True))
    found = []
    for model in backed_up_models():
        label = model._meta.label_lower
        if label in SEEDED or label in SEEDED_PAGES:
            continue
        rows = model._base_manager.all()
        if any(
            parent._meta.label_lower in SEEDED_PAGES
            for parent in apps.get_models()
            if issubclass(parent, model) and parent is not model
        ):
            # A parent table of the goals (the page base): their own rows are seeds.
            rows = rows.exclude(pk__in=seeded_page_ids)
        count = rows.count()
        if count:
            found.append(f"{count} × {model._meta.label}")
    return found


def check_restorable(path: Path, storage=default_storage) -> dict:
    """Everything a restore checks before it writes; raises RestoreRefused."""
    manifest = _read_manifest(path)
    if manifest["migrations"] != applied_migrations():
        raise RestoreRefused(
            "The archive was made with other migrations than this database has. Restore "
            "with the version of the site the backup was made with (and run its `migrate` "
            "first), then update the site."
        )
    content = content_in_database()
    if content:
        raise RestoreRefused(
            "The database holds content already ("
            + ", ".join(content[:5])
            + (", …" if len(content) > 5 else "")
            + "). A restore goes into an empty, freshly migrated database only; nothing "
            "was written."
        )
    with tarfile.open(path, "r:gz") as archive:
        for member in archive:
            name = _media_member_name(member)
            if name is None or not storage.exists(name):
                continue
            with storage.open(name, "rb") as stored:
                if stored.read() != archive.extractfile(member).read():
                    raise RestoreRefused(
                        f"The media storage holds a different file named {name!r}; "
                        "nothing was written."
                    )
    return manifest


def restore_archive(path: Path, storage=default_storage) -> dict:
    """Loads the archive into the (empty) database and writes its media back."""
    manifest = check_restorable(path, storage)
    written = []
    try:
        with transaction.atomic(), tempfile.TemporaryDirectory() as folder:
            fixtures = []
            with tarfile.open(path, "r:gz") as archive:
                for member in archive:
                    if member.isfile() and member.name.startswith("data/"):
                        target = Path(folder) / PurePosixPath(member.name).name
                        target.write_bytes(archive.extractfile(member).read())
                        fixtures.append(target)
            call_command("loaddata", *sorted(fixtures), verbosity=0)
            with tarfile.open(path, "r:gz") as archive:
                for member in archive:
                    name = _media_member_name(member)
                    if name is None or storage.exists(name):
                        continue  # an identical copy is there already (checked)
                    saved = storage.save(name, ContentFile(archive.extractfile(member).read()))
                    written.append(saved)
                    if saved != name:
                        raise RestoreRefused(f"The storage renamed {name!r} to {saved!r}.")
            # Derived data: the search index is built from the restored pages.
            rebuild_index()
            # No page the cache kept from before the restore may be served after it.
            content_changed()
    except BaseException:
        for name in written:
            storage.delete(name)
        raise
    return manifest
