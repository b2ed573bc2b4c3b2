from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from dortmund_intl.pagecache.version import content_changed
from dortmund_intl.revisions.comments import DEMO_CONTENT
from dortmund_intl.revisions.versions import one_revision_per_object

# Order matters: later apps hang their pages under earlier ones and tease them.
DEMO_APPS = [
    "dortmund_intl",
    "sdg",
    "contacts",
    "partnerships",
    "europe",
    "dortmund_intl.accessibility",
    "dortmund_intl.legal",
    "dortmund_intl.easy_access",
    "dortmund_intl.news",
]


class Command(BaseCommand):
    help = (
        "Loads the demo content (German and English). Safe to run again: it writes nothing twice."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        modules = []
        for app in DEMO_APPS:
            try:
                modules.append(import_module(f"{app}.demo"))
            except ModuleNotFoundError as error:
                if error.name != f"{app}.demo":
                    raise
        # The demo content's first version is in every object's history, so the first
        # edit can be compared with it and undone: one revision per page, image,
        # person ..., so that restoring one of them touches nothing else.
        with one_revision_per_object(DEMO_CONTENT):
            for module in modules:
                module.load()
            for module in modules:
                if hasattr(module, "link"):
                    module.link()
        # The demo writes some rows with bulk_create, which sends no signal (page cache).
        content_changed()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
