from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    name = "dortmund_intl.legal"
    label = "legal"
    verbose_name = _("Legal notice and privacy")
