"""manage.py backup / restore: every public page reads the same after backup → new,
empty database → restore, with the revisions, translation status, users and media; a
database with content, or a different file of the same name, is refused untouched."""

import io
import json
import subprocess
import tarfile
import uuid

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from dortmund_intl.models import Image, Page
from dortmund_intl.operations.backup import FORMAT, applied_migrations, media_names
from dortmund_intl.revisions.versions import one_revision_per_object
from partnerships.models import Partnership
from tests.factories import DocumentFactory, ImageFactory
from tests.operations.conftest import PYTHON, ROOT, project_environment
from tests.operations.snapshot import site_snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def fresh_database_url(tmp_path):
    """The address of a new, empty database: a SQLite file, or on PostgreSQL (when the
    tests run there) a uniquely named database, dropped afterwards."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    params = connection.get_connection_params()
    server = {key: params[key] for key in ("host", "port", "user", "password") if params.get(key)}
    name = f"ops_restore_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        user = server["user"] + (f":{server['password']}" if server.get("password") else "")
        yield f"postgres://{user}@{server.get('host', '')}:{server.get('port', 5432)}/{name}"
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _in_restored_site(database_url, media_root, *command, check=True):
    result = subprocess.run(
        [PYTHON, *command],
        cwd=ROOT,
        env=project_environment(
            DATABASE_URL=database_url,
            MEDIA_ROOT=str(media_root),
            DJANGO_SECRET_KEY=settings.SECRET_KEY,
            DJANGO_SITE_URL=settings.SITE_URL,
        ),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def _edited_by_an_editor():
    """History beyond the demo's: an editor changes a German title, so the English one
    is out of date, in a revision of her own."""
    editor = User.objects.create_user("redakteurin", is_staff=True)
    editor.groups.add(Group.objects.get(name="Redaktion"))
    page = Partnership.objects.get(url_path_de="/de/staedtepartnerschaften/leeds/")
    with one_revision_per_object("Titel korrigiert", editor):
        page.title_de = "Leeds (Vereinigtes Königreich)"
        page.save()
    return page


def test_after_backup_and_restore_into_a_new_database_every_page_reads_the_same(
    tmp_path, fresh_database_url
):
    call_command("load_demo", verbosity=0)
    _edited_by_an_editor()
    before = site_snapshot()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    restored_media = tmp_path / "restored-media"

    _in_restored_site(fresh_database_url, restored_media, "manage.py", "migrate", "-v0")
    # A different file already at one of the archive's names: refused, nothing written.
    conflicting = next(iter(before["media"]))
    (restored_media / conflicting).parent.mkdir(parents=True)
    (restored_media / conflicting).write_bytes(b"another file")
    refused = _in_restored_site(
        fresh_database_url, restored_media, "manage.py", "restore", str(archive), check=False
    )
    assert refused.returncode != 0
    assert f"The media storage holds a different file named '{conflicting}'" in refused.stderr
    assert sorted(p.name for p in restored_media.rglob("*") if p.is_file()) == [
        conflicting.rpartition("/")[2]
    ]
    (restored_media / conflicting).unlink()

    # Restoring now works: the refused attempt wrote nothing into the database.
    _in_restored_site(fresh_database_url, restored_media, "manage.py", "restore", str(archive))
    after = json.loads(
        _in_restored_site(
            fresh_database_url, restored_media, "tests/operations/render_restored.py"
        ).stdout
    )

    assert len(before["pages"]) > 130  # the demo's pages in both languages, and more
    assert 'class="search-result"' in before["pages"]["/de/suche/?q=Leeds"][1]
    different = [url for url in before["pages"] if before["pages"][url] != after["pages"].get(url)]
    assert different == []
    assert after["pages"].keys() == before["pages"].keys()
    assert after["versions"] == before["versions"]
    assert any(v[3] == "Titel korrigiert" and v[4] == "redakteurin" for v in after["versions"])
    assert after["translations"] == before["translations"]
    assert {status for _pk, status, _sources in after["translations"]} >= {"outdated"}
    assert after["users"] == before["users"] == [["redakteurin", True, ["Redaktion"]]]
    assert after["media"] == before["media"]
    assert len(after["media"]) > 30


def test_restore_refuses_a_database_with_content_and_changes_nothing(tmp_path):
    call_command("load_demo", verbosity=0)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    assert archive.stat().st_mode & 0o077 == 0  # password hashes inside: the owner's only
    page = Page.objects.get(url_path_de="/de/")
    page.title_de = "Geändert nach der Sicherung"
    page.save()
    media_before = {name: default_storage.size(name) for name in media_names()}
    rows_before = {model: model.objects.count() for model in (Page, Image, User)}

    with pytest.raises(CommandError, match="The database holds content already"):
        call_command("restore", str(archive), verbosity=0)

    page.refresh_from_db()
    assert page.title_de == "Geändert nach der Sicherung"
    assert {model: model.objects.count() for model in (Page, Image, User)} == rows_before
    assert {name: default_storage.size(name) for name in media_names()} == media_before


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    not_an_archive = tmp_path / "backup.tar.gz"
    not_an_archive.write_bytes(b"PK\x03\x04 a zip file")

    with pytest.raises(CommandError, match="is not a backup archive of this site"):
        call_command("restore", str(not_an_archive), verbosity=0)


def test_backup_does_not_overwrite_an_existing_archive(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(b"yesterday's backup")

    with pytest.raises(CommandError, match="exists already"):
        call_command("backup", str(archive), verbosity=0)
    assert archive.read_bytes() == b"yesterday's backup"


def test_the_media_in_an_s3_bucket_are_backed_up_through_the_storage(bucket, tmp_path):
    image, document = ImageFactory(), DocumentFactory()
    default_storage.save("pending-uploads/abc/halb-fertig.jpg", image.file.open("rb"))
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", str(archive), verbosity=0)

    with tarfile.open(archive, "r:gz") as backup:
        stored = {
            member.name.removeprefix("media/"): backup.extractfile(member).read()
            for member in backup
            if member.name.startswith("media/")
        }
    objects = bucket.keys()
    in_bucket = [key for key in objects if not key.startswith("pending-uploads/")]
    assert sorted(stored) == in_bucket
    assert image.file.name in stored and document.file.name in stored
    assert any(name.startswith("renditions/") for name in stored)
    for name, data in stored.items():
        assert data == bucket.read(name)


def _archive(path, data: dict[str, list], media: dict[str, bytes]):
    """A hand-made archive in the backup's format, for the mishaps a real one cannot have."""
    manifest = {"format": FORMAT, "migrations": applied_migrations(), "rows": {}, "media": []}
    with tarfile.open(path, "w:gz") as archive:
        for name, content in [
            ("manifest.json", json.dumps(manifest).encode()),
            *((f"data/{name}.json", json.dumps(rows).encode()) for name, rows in data.items()),
            *((f"media/{name}", content) for name, content in media.items()),
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))


def test_an_archive_that_does_not_load_leaves_neither_rows_nor_files(tmp_path):
    """The test database holds only what migrate wrote, so it may be restored into."""
    archive = tmp_path / "backup.tar.gz"
    orphan = {"model": "dortmund_intl.topicpage", "pk": 999_999, "fields": {}}  # no page row
    image = {
        "model": "dortmund_intl.image",
        "pk": 5,
        "fields": {"file": "images/2026/foto.jpg", "alt_de": "Foto", "width": 1, "height": 1},
    }
    _archive(
        archive,
        {"000-dortmund_intl.image": [image], "001-dortmund_intl.topicpage": [orphan]},
        {"images/2026/foto.jpg": b"\xff\xd8 a photo"},
    )
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="could not be loaded into this database"):
        call_command("restore", str(archive), verbosity=0)

    assert not Image.objects.exists()
    assert Page.objects.count() == pages_before
    assert list(media_names()) == []


def test_an_archive_with_a_file_outside_the_media_is_refused(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    _archive(archive, {}, {"../../etc/cron.d/job": b"* * * * * root true"})

    with pytest.raises(CommandError, match="unsafe name"):
        call_command("restore", str(archive), verbosity=0)
    assert not (tmp_path / "etc").exists()
    assert list(media_names()) == []
