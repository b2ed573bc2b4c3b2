from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DortmundIntlConfig(AppConfig):
    name = "dortmund_intl"
    verbose_name = _("Pages and media")
