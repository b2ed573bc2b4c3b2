from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class RevisionsConfig(AppConfig):
    name = "dortmund_intl.revisions"
    label = "revisions"
    verbose_name = _("Revisions")

    def ready(self):
        from . import versions

        # Only collects inside ``one_revision_per_object``; a no-op elsewhere.
        post_save.connect(versions.collect, dispatch_uid="revisions.collect_saved")
        post_delete.connect(versions.collect, dispatch_uid="revisions.collect_deleted")
