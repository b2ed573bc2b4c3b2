from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError

from dortmund_intl.operations.backup import RestoreRefused, restore_archive


class Command(BaseCommand):
    help = (
        "Loads an archive of `manage.py backup` into an empty, freshly migrated database "
        "and writes its media files back; then rebuilds the search index. Refuses, writing "
        "nothing, if the database holds content already."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the archive `manage.py backup` wrote")

    def handle(self, *args, archive: Path, **options):
        if not archive.is_file():
            raise CommandError(f"{archive} does not exist.")
        try:
            manifest = restore_archive(archive)
        except RestoreRefused as refusal:
            raise CommandError(str(refusal)) from None
        except (DatabaseError, DeserializationError) as error:
            # Rolled back, and the media written so far deleted again (restore_archive).
            raise CommandError(
                f"The archive could not be loaded into this database, nothing was kept: {error}"
            ) from None
        rows = sum(manifest["rows"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {rows} rows and {len(manifest['media'])} media files from {archive}."
            )
        )
