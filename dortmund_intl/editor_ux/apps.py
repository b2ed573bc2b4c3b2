from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorUxConfig(AppConfig):
    """The editors' comfort in the admin: uploads kept across a form error, the start
    page with each person's work, one language throughout, layouts that fit."""

    name = "dortmund_intl.editor_ux"
    label = "editor_ux"
    verbose_name = _("Editing comfort")

    def ready(self):
        from . import booleans

        booleans.install()
