from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EuropeConfig(AppConfig):
    name = "europe"
    verbose_name = _("Europe and awards")
