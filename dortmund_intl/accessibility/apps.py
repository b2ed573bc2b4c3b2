from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    name = "dortmund_intl.accessibility"
    label = "accessibility"
    verbose_name = _("Accessibility")

    def ready(self):
        from . import checks, dashboard  # noqa: F401  (system checks, start-page box)
