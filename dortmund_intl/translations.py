"""Translation status: which English texts are missing or out of date.

German is the source language. For every translated text field of a page we keep the
German text as it was when the English text was last saved (``Page.translation_sources``).
A field is

- *missing* when it has German text but no English text,
- *outdated* when the German text differs from the one the English was made from,
- *current* otherwise.

Editors can mark a German change as minor (a typo fix); the English then counts as
made from the new German text and does not become outdated.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from .pagecache.version import content_changed

SOURCE = "de"
TARGET = "en"
# Translated fields that are addresses, not text a translator works on.
NOT_TEXT = {"slug", "url_path", "link"}

MISSING = "missing"
OUTDATED = "outdated"
CURRENT = "current"
STATUS_CHOICES = [
    (MISSING, _("English missing")),
    (OUTDATED, _("English outdated")),
    (CURRENT, _("up to date")),
]
STATUS_ORDER = {MISSING: 0, OUTDATED: 1, CURRENT: 2}


def text_fields(model) -> list[str]:
    """The translated text fields of a model (inherited ones included), in model order.
    None for a kind that exists in one language only (``needs_translation = False``,
    e.g. the Leichte-Sprache pages): it never waits for a translation."""
    if not getattr(model, "needs_translation", True):
        return []
    options = translator.get_options_for_model(model)
    names = set(options.all_fields) - NOT_TEXT
    ordered = [f.name for f in model._meta.get_fields() if getattr(f, "name", None) in names]
    return ordered


def field_status(obj, field: str) -> str:
    german = getattr(obj, f"{field}_{SOURCE}") or ""
    english = getattr(obj, f"{field}_{TARGET}") or ""
    if not german.strip():
        return CURRENT
    if not english.strip():
        return MISSING
    # No recorded source: the English predates tracking and counts as made from the
    # German text as it is (the next German change makes it outdated).
    if obj.translation_sources.get(field, german) != german:
        return OUTDATED
    return CURRENT


def page_status(obj) -> str:
    statuses = [field_status(obj, field) for field in text_fields(type(obj))]
    return min(statuses, key=STATUS_ORDER.__getitem__, default=CURRENT)


def record_saved_values(
    obj, previous: dict[str, str] | None, minor_change: bool, confirmed: bool = False
) -> None:
    """Updates ``translation_sources`` for a save.

    ``previous`` holds the values loaded from the database (None for a new object).
    An English text that was written or changed now counts as made from the current
    German text; with ``minor_change`` every existing English text does.
    """
    sources = dict(obj.translation_sources or {})
    for field in text_fields(type(obj)):
        german = getattr(obj, f"{field}_{SOURCE}") or ""
        english = getattr(obj, f"{field}_{TARGET}") or ""
        english_before = None if previous is None else previous.get(f"{field}_{TARGET}")
        german_before = None if previous is None else previous.get(f"{field}_{SOURCE}")
        was_current = sources.get(field, german_before) == german_before
        if english and (english != english_before or confirmed):
            # Written or changed now, or confirmed by a translator as still correct.
            sources[field] = german
        elif english and minor_change and german != german_before and was_current:
            # A typo fix in a field whose English was up to date keeps it up to date;
            # a field that was already outdated stays outdated.
            sources[field] = german
        elif not english:
            sources.pop(field, None)
        elif field not in sources and previous is not None:
            sources[field] = previous.get(f"{field}_{SOURCE}") or ""
    obj.translation_sources = sources
    obj.translation_status = page_status(obj)


def words(html: str) -> int:
    return len(re.findall(r"\w+", strip_tags(html or "")))


@dataclass(frozen=True)
class FieldReport:
    field: str
    label: str
    status: str
    words: int
    diff: list[tuple[str, str]]  # (op, text) pairs: "equal", "insert", "delete"


def _diff(old: str, new: str) -> list[tuple[str, str]]:
    old_words = re.findall(r"\S+\s*", strip_tags(old or ""))
    new_words = re.findall(r"\S+\s*", strip_tags(new or ""))
    ops = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("equal", "".join(old_words[a1:a2])))
        if tag in ("delete", "replace"):
            ops.append(("delete", "".join(old_words[a1:a2])))
        if tag in ("insert", "replace"):
            ops.append(("insert", "".join(new_words[b1:b2])))
    return ops


def report(obj) -> list[FieldReport]:
    """Per field: its status, the German words to translate and, for an outdated field,
    the difference in the German text since the English was made."""
    rows = []
    for field in text_fields(type(obj)):
        status = field_status(obj, field)
        german = getattr(obj, f"{field}_{SOURCE}") or ""
        diff = _diff(obj.translation_sources.get(field, ""), german) if status == OUTDATED else []
        label = type(obj)._meta.get_field(field).verbose_name
        rows.append(
            FieldReport(field, label, status, words(german) if status != CURRENT else 0, diff)
        )
    return rows


def refresh_statuses(queryset) -> int:
    """Recomputes the stored status of pages written without the model's save()
    (data migrations); returns how many changed."""
    changed = 0
    for page in queryset.iterator():
        status = page_status(page)
        if status != page.translation_status:
            type(page)._default_manager.filter(pk=page.pk).update(translation_status=status)
            changed += 1
    if changed:
        content_changed()  # update() sends no signal (page cache)
    return changed


def refresh_all() -> int:
    return sum(refresh_statuses(model._default_manager.all()) for model in tracked_models())


def tracked_models() -> list:
    """Every concrete model whose English texts are tracked: the page kinds and the
    other translated content (images, documents, contacts, milestones, ...)."""
    from .models import Page, TranslationTracked

    # The base page table's rows all belong to a page kind, which sees all their fields.
    return [model for model in page_models(TranslationTracked) if model is not Page]


def page_models(base) -> list:
    """Every concrete page model (the base's subclasses, at any depth)."""
    found = []
    for subclass in base.__subclasses__():
        if not subclass._meta.abstract and not subclass._meta.proxy:
            found.append(subclass)
        found.extend(page_models(subclass))
    return found


def german_only_models(base) -> list:
    """The page kinds that exist in German only (``needs_translation = False``: Leichte
    Sprache, sign language); they have no English address."""
    return [model for model in page_models(base) if not getattr(model, "needs_translation", True)]
