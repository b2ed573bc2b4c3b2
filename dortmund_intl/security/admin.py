"""Users and groups as the roles need them.

A superuser sees Django's full user admin. A member of *Administration* manages users and
puts them into the three roles, and nothing more: the form has no superuser flag and no
single permissions (a crafted POST with them is ignored, since the form has no such
field), the role list offers the three roles only (another group is refused), a superuser
can be seen but not changed, deleted or given a new password, and the groups' permissions
are read-only."""

# The admins this module replaces, imported first so they are registered whatever the
# order of INSTALLED_APPS (this app comes before django.contrib.admin for its templates).
import axes.admin  # noqa: F401
import django.contrib.auth.admin  # noqa: F401
import django_otp.plugins.otp_totp.admin  # noqa: F401
from axes.utils import reset as axes_reset
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_totp.models import TOTPDevice

from dortmund_intl.roles import ROLES

User = get_user_model()


def _is_superuser(request) -> bool:
    return request.user.is_active and request.user.is_superuser


class RoleUserAdmin(UserAdmin):
    list_display = [
        "username",
        "first_name",
        "last_name",
        "email",
        "roles",
        "is_active",
        "two_factor",
        "last_login",
    ]
    list_filter = ["groups", "is_active", "is_superuser"]
    readonly_fields = ["is_staff", "last_login", "date_joined"]
    actions = ["unlock_sign_in", "reset_second_factor"]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        fieldsets = [
            (None, {"fields": ("username", "password")}),
            (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
            (
                _("Roles"),
                {
                    "fields": ("is_active", "groups", "is_staff"),
                    "description": _(
                        "A user in one of the roles Redaktion, Übersetzung or Administration "
                        "may sign in to the admin; without a role, the access ends."
                    ),
                },
            ),
        ]
        if _is_superuser(request):
            fieldsets.append(
                (_("Superuser rights"), {"fields": ("is_superuser", "user_permissions")})
            )
        fieldsets.append((_("Important dates"), {"fields": ("last_login", "date_joined")}))
        return fieldsets

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups", "totpdevice_set")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["help_text"] = _(
                "Redaktion: create, edit and publish all content. Übersetzung: the English "
                "texts only. Administration: users and their roles."
            )
            if not _is_superuser(request):
                kwargs["queryset"] = Group.objects.filter(name__in=ROLES)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        # The role list of Administration shows the three roles only; a membership in
        # another group (given by a superuser) stays as it is.
        kept = []
        if change and not _is_superuser(request):
            kept = list(form.instance.groups.exclude(name__in=ROLES))
        super().save_related(request, form, formsets, change)
        if kept:
            form.instance.groups.add(*kept)

    def _protects(self, request, obj) -> bool:
        return obj is not None and obj.is_superuser and not _is_superuser(request)

    def has_change_permission(self, request, obj=None):
        return not self._protects(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._protects(request, obj) and super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        if not _is_superuser(request):
            queryset = queryset.filter(is_superuser=False)
        super().delete_queryset(request, queryset)

    @admin.display(description=_("roles"))
    def roles(self, obj):
        names = [group.name for group in obj.groups.all()]
        if obj.is_superuser:
            names.insert(0, str(_("superuser")))
        return ", ".join(names) or "–"

    @admin.display(description=_("second factor"), boolean=True)
    def two_factor(self, obj):
        return any(device.confirmed for device in obj.totpdevice_set.all())

    @admin.action(description=_("Unlock sign-in of the selected users"), permissions=["change"])
    def unlock_sign_in(self, request, queryset):
        unlocked = sum(axes_reset(username=user.get_username()) for user in queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d locked sign-in attempt removed.",
                "%(count)d locked sign-in attempts removed.",
                unlocked,
            )
            % {"count": unlocked},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Reset the second factor of the selected users"), permissions=["change"]
    )
    def reset_second_factor(self, request, queryset):
        if not _is_superuser(request):
            queryset = queryset.filter(is_superuser=False)
        removed, _details = TOTPDevice.objects.filter(user__in=queryset).delete()
        self.message_user(
            request,
            ngettext(
                "%(count)d authenticator removed; the user sets up a new one at the next sign-in.",
                "%(count)d authenticators removed; the users set up new ones at the next sign-in.",
                removed,
            )
            % {"count": removed},
            messages.SUCCESS,
        )


class RoleGroupAdmin(GroupAdmin):
    """The roles' permissions are kept by the code (dortmund_intl/roles.py); only a
    superuser may change a group."""

    def has_add_permission(self, request):
        return _is_superuser(request)

    def has_change_permission(self, request, obj=None):
        return _is_superuser(request)

    def has_delete_permission(self, request, obj=None):
        return _is_superuser(request)


admin.site.unregister(User)
admin.site.register(User, RoleUserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, RoleGroupAdmin)
# django-otp's device admin shows and edits the secret key; a lost device is removed
# with the user action instead, and its owner enrols a new one on their own page.
admin.site.unregister(TOTPDevice)
