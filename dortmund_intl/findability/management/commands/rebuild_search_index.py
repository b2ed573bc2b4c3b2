from django.core.management.base import BaseCommand

from dortmund_intl.findability.services import rebuild_index


class Command(BaseCommand):
    help = "Writes the search index anew from every page (both languages)."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} pages."))
