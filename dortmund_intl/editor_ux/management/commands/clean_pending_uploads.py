from django.core.management.base import BaseCommand

from dortmund_intl.editor_ux import uploads


class Command(BaseCommand):
    help = "Delete uploads kept from refused admin forms that are older than a day."

    def handle(self, *args, **options):
        removed = uploads.clean_expired()
        self.stdout.write(f"{removed} pending upload(s) deleted.")
