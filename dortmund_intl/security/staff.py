"""Roles are enough: a user in one of the three roles may sign in to the admin, a user in
none may not. ``is_staff`` follows the memberships; superusers keep theirs as it is."""

from collections.abc import Iterable

from django.contrib.auth import get_user_model

from dortmund_intl.roles import ROLES


def staff_follows_roles(user_ids: Iterable[int] | None = None) -> None:
    """Set ``is_staff`` of the given users (all users with ``None``) from their roles."""
    user_model = get_user_model()
    users = user_model.objects.filter(is_superuser=False)
    if user_ids is not None:
        users = users.filter(pk__in=list(user_ids))
    in_a_role = user_model.groups.through.objects.filter(group__name__in=ROLES).values("user_id")
    users.filter(pk__in=in_a_role, is_staff=False).update(is_staff=True)
    users.exclude(pk__in=in_a_role).filter(is_staff=True).update(is_staff=False)


def _refresh(user) -> None:
    if not user.is_superuser:
        user.is_staff = user.groups.filter(name__in=ROLES).exists()


def user_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and set(update_fields) <= {"last_login", "password"}:
        return  # a sign-in or a new password: the roles did not change
    staff_follows_roles([instance.pk])
    _refresh(instance)


def memberships_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if reverse and action == "pre_clear":
        # group.user_set.clear(): remember who was in the group before it is emptied.
        instance._former_members = list(instance.user_set.values_list("pk", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        staff_follows_roles(
            pk_set if pk_set is not None else getattr(instance, "_former_members", [])
        )
    else:
        staff_follows_roles([instance.pk])
        _refresh(instance)


def group_deleting(sender, instance, **kwargs):
    instance._former_members = list(instance.user_set.values_list("pk", flat=True))


def group_deleted(sender, instance, **kwargs):
    staff_follows_roles(getattr(instance, "_former_members", []))
