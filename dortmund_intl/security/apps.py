from django.apps import AppConfig
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_delete,
)
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "dortmund_intl.security"
    label = "security"
    verbose_name = _("Users and sign-in")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from . import staff

        # Admin access follows the roles however a membership changes: the user form,
        # the group's member list, the shell or a data import. Signals are the one
        # place all of these pass through (the rule itself lives in staff.py).
        user_model = get_user_model()
        post_save.connect(staff.user_saved, sender=user_model, dispatch_uid="staff-user-saved")
        m2m_changed.connect(
            staff.memberships_changed, sender=user_model.groups.through, dispatch_uid="staff-m2m"
        )
        pre_delete.connect(staff.group_deleting, sender=Group, dispatch_uid="staff-group-pre")
        post_delete.connect(staff.group_deleted, sender=Group, dispatch_uid="staff-group-post")
        # Accounts from before this rule (or changed behind the admin's back) follow it too.
        post_migrate.connect(_staff_after_migrate, sender=self)


def _staff_after_migrate(sender, **kwargs):
    from . import staff

    staff.staff_follows_roles()
