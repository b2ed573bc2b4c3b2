from django.conf import settings
from django.core.management.base import BaseCommand

from sdg.colours import STYLESHEET, stylesheet
from sdg.models import Goal


class Command(BaseCommand):
    help = "Writes the goals' tile colours to static/css/sdg-colours.css."

    def handle(self, *args, **options):
        path = settings.BASE_DIR / STYLESHEET
        path.write_text(stylesheet(Goal.objects.order_by("number")), encoding="utf-8")
        self.stdout.write(f"Wrote {path}")
