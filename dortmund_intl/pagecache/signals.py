"""Every save, delete and many-to-many change of a content model changes the content
version (``version.content_changed``).

Content models are all models of the project's own apps (and their sub-apps), plus
contrib's redirects and sites; the handlers are connected per model, so the models of
other apps (sessions, sign-in attempts) keep Django's fast deletes. Writes that send no
signal (``QuerySet.update()``, ``bulk_create``, raw SQL) call ``content_changed()``
where they are made.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from .version import content_changed

PROJECT_PACKAGES = {"dortmund_intl", "partnerships", "sdg", "europe", "contacts"}
CONTRIB_CONTENT = {"django.contrib.redirects", "django.contrib.sites"}
# Written by visitors and shown to nobody on the public site: a flood of them must not
# empty the page cache.
NOT_CONTENT = {"accessibility.barrierreport"}


def content_models():
    for app_config in apps.get_app_configs():
        if (
            app_config.name.split(".")[0] not in PROJECT_PACKAGES
            and app_config.name not in CONTRIB_CONTENT
        ):
            continue
        for model in app_config.get_models(include_auto_created=True):
            if model._meta.label_lower not in NOT_CONTENT:
                yield model


def _saved_or_deleted(sender, using=None, **kwargs):
    content_changed(using or "default")


def _m2m_changed(sender, action, using=None, **kwargs):
    if action.startswith("post_"):
        content_changed(using or "default")


def _migrated(sender, using=None, **kwargs):
    # Data migrations write with historical models, which no handler above sees.
    content_changed(using or "default")


def connect():
    for model in content_models():
        uid = f"pagecache:{model._meta.label_lower}"
        post_save.connect(_saved_or_deleted, sender=model, dispatch_uid=uid)
        post_delete.connect(_saved_or_deleted, sender=model, dispatch_uid=uid)
        m2m_changed.connect(_m2m_changed, sender=model, dispatch_uid=uid)
    post_migrate.connect(_migrated, dispatch_uid="pagecache:migrate")
