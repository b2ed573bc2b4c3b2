from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EasyAccessConfig(AppConfig):
    name = "dortmund_intl.easy_access"
    label = "easy_access"
    verbose_name = _("Leichte Sprache and sign language")
