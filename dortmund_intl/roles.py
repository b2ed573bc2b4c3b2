"""The three roles of the editorial team, as Django groups.

- **Redaktion** (editors): create, edit, publish, unpublish and delete all content.
- **Übersetzung** (translators): view all content and edit its English fields; no German
  field, no publication, no deletion (enforced by the admin on the server).
- **Administration**: users and roles.

The groups are created by a migration and kept in step after every ``migrate`` (a new
content model gets its permissions assigned without a new data migration).
"""

CONTENT_APPS = ("dortmund_intl", "partnerships", "sdg", "europe", "contacts", "easy_access")
EDITORS = "Redaktion"
TRANSLATORS = "Übersetzung"
ADMINISTRATORS = "Administration"


def _wanted(permissions):
    editors, translators, administrators = [], [], []
    for permission in permissions:
        app = permission.content_type.app_label
        action = permission.codename.split("_", 1)[0]
        if app in CONTENT_APPS:
            editors.append(permission)
            if action in ("view", "change") and permission.codename != "change_redirect":
                translators.append(permission)
        elif app == "redirects":
            editors.append(permission)
        elif app == "auth":
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
