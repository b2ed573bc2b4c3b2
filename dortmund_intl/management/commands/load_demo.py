from importlib import import_module

import reversion
from django.core.management.base import BaseCommand
from django.db import transaction

# Order matters: later apps hang their pages under earlier ones and tease them.
DEMO_APPS = [
    "dortmund_intl",
    "sdg",
    "contacts",
    "partnerships",
    "europe",
    "dortmund_intl.easy_access",
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
        # The demo content's first version is in every page's history, so the first
        # edit can be compared with it and undone.
        with reversion.create_revision():
            reversion.set_comment("Demo content")
            for module in modules:
                module.load()
            for module in modules:
                if hasattr(module, "link"):
                    module.link()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
