from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "dortmund_intl.news"
    label = "news"
    verbose_name = _("News")

    def ready(self):
        from . import start_page  # noqa: F401  (the latest news on the start page)
