from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dortmund_intl.operations.backup import write_archive


class Command(BaseCommand):
    help = (
        "Writes one archive (.tar.gz) of the database content (pages, media records, "
        "revisions, translation status, users and roles, redirects) and every media file, "
        "read through the storage (local disk or S3). Restore it with `manage.py restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the file to write, e.g. backup.tar.gz")
        parser.add_argument(
            "--force", action="store_true", help="replace the file if it exists already"
        )

    def handle(self, *args, archive: Path, force: bool, **options):
        if archive.exists() and not force:
            raise CommandError(f"{archive} exists already; choose another name (or --force).")
        partial = archive.with_name(archive.name + ".partial")
        try:
            # Readable by its owner only: it holds password hashes and second-factor keys.
            partial.touch(mode=0o600)
            partial.chmod(0o600)
            manifest = write_archive(partial)
            partial.replace(archive)  # a half-written archive never has the final name
        finally:
            partial.unlink(missing_ok=True)
        rows = sum(manifest["rows"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {rows} rows of {len(manifest['rows'])} tables and "
                f"{len(manifest['media'])} media files to {archive}."
            )
        )
