from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _after_migrate(sender, **kwargs):
    from . import roles, translations

    roles.ensure_roles()
    translations.refresh_all()


class DortmundIntlConfig(AppConfig):
    name = "dortmund_intl"
    verbose_name = _("Pages and media")

    def ready(self):
        # Keeps the roles' permissions and the stored translation status in step with
        # what migrations (of any app) created.
        post_migrate.connect(_after_migrate, sender=self)
