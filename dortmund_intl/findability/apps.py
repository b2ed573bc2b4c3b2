from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FindabilityConfig(AppConfig):
    """Site search, and what search engines and link previews read (robots.txt,
    canonical and alternate links, Open Graph, JSON-LD)."""

    name = "dortmund_intl.findability"
    label = "findability"
    verbose_name = _("Search and findability")
