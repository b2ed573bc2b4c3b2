"""Every interface string has its German translation (German is the site's main language)."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted(
    p for p in ROOT.glob("**/locale/de/LC_MESSAGES/django.po") if ".venv" not in p.parts
)


def test_there_is_a_german_and_an_english_catalogue_per_app():
    apps = {p.parts[len(ROOT.parts)] for p in CATALOGUES}
    assert {"locale", "partnerships", "sdg", "europe", "contacts"} <= apps
    for catalogue in CATALOGUES:
        assert (catalogue.parents[2] / "en" / "LC_MESSAGES" / "django.po").exists()


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_german_string_is_translated(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


def _german_msgids():
    return {
        entry.msgid for path in CATALOGUES for entry in polib.pofile(str(path)).translated_entries()
    }


def test_every_string_in_the_public_templates_has_a_german_translation():
    """The Jinja2 templates' ``_()`` strings are in a catalogue, translated."""
    from django.template import engines

    env = engines["jinja2"].env
    templates = sorted((ROOT / "templates").rglob("*.html"))
    found = {
        message
        for template in templates
        for _line, _function, message in env.extract_translations(template.read_text())
    }
    assert len(found) > 80
    assert sorted(found - _german_msgids()) == []
