"""The admin speaks one language: every admin page, in German and in English, shows
no interface string of the other language (dortmund_intl/editor_ux)."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import django_prose_editor
import polib
import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from modeltranslation.translator import translator

from dortmund_intl.editor_ux import catalogue
from dortmund_intl.models import TopicPage
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db

# Interface words that must not appear on a page of the other language. Chosen so that
# the demo content (German and English texts of the pages) does not contain them.
ENGLISH_UI = [
    "Save",
    "Delete",
    "History",
    "Add ",
    "Change ",
    "Search",
    "Choose",
    "Reset password",
    "Heading",
    "Paragraph",
    "Edit Link",
    "Home",
    "Log out",
    "View site",
    "Recent actions",
    "Translation queue",
    "Preview",
    "Changed",
    "Saving",
    "Select ",
    "Show all",
    "Teaser sentence",
    "Date/time",
    "Comment",
    "Password",
    "Permissions",
    "Groups",
    "Set password",
    "Enabled",
    "Disabled",
    "No lost",
    "Drafts",
    "Scheduled",
    "Recent changes",
    "Nothing here",
    "Everything is translated",
    "Your translation",
    "Welcome",
    "Documentation",
    "True",  # the alt text of the yes/no icons in lists and read-only fields
    "False",
]
GERMAN_UI = [
    "Sichern",
    "Löschen",
    "Hinzufügen",
    "Ändern",
    "Verlauf",
    "Suche",
    "Auswählen",
    "Zurücksetzen",
    "Überschrift",
    "Absatz",
    "Startseite",
    "Abmelden",
    "Vorschau",
    "Übersetzungsliste",
    "geändert",
    "Entwürfe",
    "Geplante",
    "Letzte Änderungen",
    "Willkommen",
    "Passwort",
    "Berechtigungen",
    "Gruppen",
    "Aktionen",
    "Speichern",
]


class VisibleText(HTMLParser):
    """The text a person reads, without scripts and form content (typed texts are
    content, not interface) and without parts marked as the other language."""

    SKIPPED = {"script", "style", "textarea", "option", "template"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "col", "source", "wbr", "area"}

    def __init__(self, language):
        super().__init__()
        self.language, self.depth, self.stack, self.parts = language, 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            attributes = dict(attrs)
            for name in ("title", "aria-label", "alt", "placeholder"):
                if attributes.get(name) and not self.depth:
                    self.parts.append(attributes[name])
            if tag == "input" and attributes.get("type") in ("submit", "button") and not self.depth:
                self.parts.append(attributes.get("value", ""))
            return
        lang = dict(attrs).get("lang")
        skip = tag in self.SKIPPED or (lang is not None and not lang.startswith(self.language))
        self.stack.append(skip)
        self.depth += skip
        attributes = dict(attrs)
        for name in ("title", "aria-label"):
            if attributes.get(name) and not self.depth:
                self.parts.append(attributes[name])

    def handle_endtag(self, tag):
        if tag in self.VOID or not self.stack:
            return
        self.depth -= self.stack.pop()

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(html: str, language: str) -> str:
    parser = VisibleText(language)
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def _foreign(text, words):
    return [word for word in words if re.search(rf"(?<![\w-]){re.escape(word)}", text)]


def admin_urls(user):
    urls = [reverse("admin:index"), reverse("admin:password_change")]
    urls.append(reverse("admin:dortmund_intl_translation_queue"))
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        info = opts.app_label, opts.model_name
        urls.append(reverse("admin:{}_{}_changelist".format(*info)))
        request = type("Request", (), {"user": user})()
        if model_admin.has_add_permission(request):
            urls.append(reverse("admin:{}_{}_add".format(*info)))
        obj = model._default_manager.order_by("pk").first()
        if obj is not None:
            if model_admin.has_view_or_change_permission(request, obj):
                urls.append(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
            urls.append(reverse("admin:{}_{}_history".format(*info), args=[obj.pk]))
    return urls


@pytest.fixture
def demo_admin(admin_client, admin_user):
    call_command("load_demo", verbosity=0)
    # A group, so the user form's group chooser ("Choose Gruppen…") is filled.
    admin_user.groups.add(Group.objects.get(name="Redaktion"))
    # One change through the admin, so the history shows a change message.
    page = TopicPage.objects.exclude(parent=None).order_by("pk").first()
    url = reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    admin_client.cookies["django_language"] = "de"
    data = form_data(admin_client.get(url))
    data["teaser_de"] = data["teaser_de"] + " Neu."
    assert admin_client.post(url, data).status_code == 302
    return admin_client, page


def test_every_admin_page_speaks_one_language(demo_admin, admin_user):
    client, changed_page = demo_admin
    urls = admin_urls(admin_user)
    assert len(urls) > 60
    found = {}
    for language, words in (("de", ENGLISH_UI), ("en", GERMAN_UI)):
        client.cookies["django_language"] = language
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            foreign = _foreign(visible_text(response.content.decode(), language), words)
            if foreign:
                found[f"{language} {url}"] = foreign
    assert found == {}, json.dumps(found, indent=1, ensure_ascii=False)


def test_history_comments_name_the_fields_in_the_admins_language(demo_admin):
    client, page = demo_admin
    url = reverse("admin:dortmund_intl_topicpage_history", args=[page.pk])
    client.cookies["django_language"] = "de"
    german = visible_text(client.get(url).content.decode(), "de")
    client.cookies["django_language"] = "en"
    english = visible_text(client.get(url).content.decode(), "en")
    assert "Teasersatz [de] geändert" in german, german and "Teaser sentence" not in german
    assert "Changed Teaser sentence [de]" in english, english


def test_every_translated_field_label_has_its_german_change_message_label():
    """catalogue.FIELD_LABELS lists them; a new translated field must be added there."""
    from django.utils.text import capfirst

    expected = set()
    for model in translator.get_registered_models():
        for name in translator.get_options_for_model(model).all_fields:
            for code in ("de", "en"):
                with translation.override(None):
                    label = str(model._meta.get_field(f"{name}_{code}").verbose_name)
                expected.add(capfirst(label))
    assert sorted(expected - set(catalogue.FIELD_LABELS)) == []
    with translation.override("de"):
        assert translation.gettext("Teaser sentence [de]") == "Teasersatz [de]"
        assert translation.gettext("Reset password") == "Passwort zurücksetzen"


def _catalog(client, language):
    client.cookies["django_language"] = language
    response = client.get("/admin/jsi18n/")
    assert response.status_code == 200
    script = response.content.decode()
    if "newcatalog" not in script:
        return {}  # no translations: the English interface is the message ids
    return json.loads(re.search(r"const newcatalog = (\{.*?\n  \});", script, re.S).group(1))


def test_the_rich_text_editor_and_the_admin_scripts_have_german_strings(admin_client):
    german = _catalog(admin_client, "de")
    editor_po = Path(django_prose_editor.__file__).parent / "locale/de/LC_MESSAGES/djangojs.po"
    dialogs = [entry.msgid for entry in polib.pofile(str(editor_po)).translated_entries()]
    assert "Edit Link" in dialogs and "Update" in dialogs
    assert [msgid for msgid in dialogs if msgid not in german] == []
    assert german["Edit Link"] == "Link bearbeiten" and german["Update"] == "Aktualisieren"
    # The menu labels prose-editor writes without gettext: our script translates them.
    script = (
        Path(django_prose_editor.__file__).parent / "static/django_prose_editor/editor.js"
    ).read_text()
    for label in ("bold", "italic", "paragraph", "unordered list", "insert link", "undo"):
        assert f'"{label}")' in script  # still how the editor names its buttons
        assert german[label] != label
    assert 'textContent:"Paragraph"' in script and "Heading ${e}" in script
    assert german["Paragraph"] == "Absatz" and german["Heading %s"] == "Überschrift %s"
    assert german["Choose all %s"] == "Alle %s auswählen"
    assert "Absatz" not in json.dumps(_catalog(admin_client, "en"), ensure_ascii=False)
