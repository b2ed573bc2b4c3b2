"""The three roles of the editorial team, as Django groups.

- **Redaktion** (editors): create, edit, publish, unpublish and delete all content.
- **Übersetzung** (translators): view all content and edit its English fields; no German
  field, no publication, no deletion (enforced by the admin on the server).
- **Administration**: users and their roles, and sign-in (unlocking a locked account,
  resetting a lost second factor). Nothing more: no superuser, no single permissions, no
  change to a group's permissions, no change to a superuser (enforced by the user admin
  in ``dortmund_intl/security/admin.py``).

Admin access follows the roles: a user in one of the three groups may sign in, a user in
none may not (``dortmund_intl/security/staff.py``).

The groups are created by a migration and kept in step after every ``migrate`` (a new
content model gets its permissions assigned without a new data migration).
"""

CONTENT_APPS = (
    "dortmund_intl",
    "partnerships",
    "sdg",
    "europe",
    "contacts",
    "accessibility",
    "legal",
    "easy_access",
    "news",
)
# What visitors sent the office (name, e-mail): for the editors who answer it, not for
# translators.
EDITORS_ONLY_MODELS = ("barrierreport",)
EDITORS = "Redaktion"
TRANSLATORS = "Übersetzung"
ADMINISTRATORS = "Administration"
ROLES = (EDITORS, TRANSLATORS, ADMINISTRATORS)

# What Administration may do besides managing users: look at the groups, see sign-in
# attempts and unlock them (django-axes), remove a lost TOTP device (django-otp).
ADMINISTRATION_EXTRA = {
    ("auth", "view_group"),
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
    ("axes", "view_accesslog"),
    ("axes", "view_accessfailurelog"),
    ("otp_totp", "view_totpdevice"),
    ("otp_totp", "delete_totpdevice"),
}


def _wanted(permissions):
    editors, translators, administrators = [], [], []
    for permission in permissions:
        app = permission.content_type.app_label
        action = permission.codename.split("_", 1)[0]
        if app in CONTENT_APPS:
            editors.append(permission)
            if (
                action in ("view", "change")
                and permission.codename != "change_redirect"
                and permission.content_type.model not in EDITORS_ONLY_MODELS
            ):
                translators.append(permission)
        elif app == "redirects":
            editors.append(permission)
        elif (app == "auth" and permission.content_type.model == "user") or (
            (app, permission.codename) in ADMINISTRATION_EXTRA
        ):
            administrators.append(permission)
        elif app == "reversion" and action == "view":
            editors.append(permission)
    # Publication and the German texts are the editors' alone.
    translators = [
        p for p in translators if p.codename not in ("publish_page", "edit_source_language")
    ]
    return {EDITORS: editors, TRANSLATORS: translators, ADMINISTRATORS: administrators}


def ensure_roles(apps=None, **kwargs) -> None:
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    apps = apps or global_apps
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.select_related("content_type")
    for name, wanted in _wanted(permissions).items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(wanted)
