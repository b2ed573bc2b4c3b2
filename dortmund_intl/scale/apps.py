from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScaleConfig(AppConfig):
    name = "dortmund_intl.scale"
    label = "scale"
    verbose_name = _("Synthetic pages for load tests")
