from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from dortmund_intl.accessibility.models import BarrierReport


class Command(BaseCommand):
    help = (
        "Deletes barrier reports older than DJANGO_FEEDBACK_RETENTION_DAYS (default 180), "
        "as the privacy page says. Run it daily (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep reports of the last DAYS days (default: the setting).",
        )

    def handle(self, *args, days=None, **options):
        days = settings.FEEDBACK_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("The retention period must not be negative.")
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _by_model = BarrierReport.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} barrier reports received before {cutoff:%Y-%m-%d}.")
