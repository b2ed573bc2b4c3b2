import time

from django.core.management.base import BaseCommand, CommandError

from ... import services


class Command(BaseCommand):
    help = (
        "Adds synthetic pages of every page kind (German and English, published, with "
        "teasers, tags and inline rows) up to --pages in all, for load tests; their "
        'address parts start with "synthetic-". --remove deletes them and nothing else.'
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10000, help="synthetic pages in all")
        parser.add_argument(
            "--remove", action="store_true", help="delete the synthetic pages and their rows"
        )

    def handle(self, *args, pages, remove, verbosity, **options):
        log = self.stdout.write if verbosity > 1 else (lambda message: None)
        started = time.perf_counter()
        if remove:
            count = services.remove(log=log)
            self.stdout.write(self.style.SUCCESS(f"Removed {count} synthetic pages."))
            return
        if pages < 0:
            raise CommandError("--pages must be 0 or more.")
        try:
            added = services.load(pages, log=log)
        except ValueError as error:
            raise CommandError(str(error)) from error
        seconds = time.perf_counter() - started
        total = services.synthetic_pages().count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {sum(added.values())} synthetic pages in {seconds:.1f} s ({total} in all)."
            )
        )
