"""Versions of one object (django-reversion).

An object's version is its own row (with the rows of its parent models, e.g. the page
row of a partnership) plus the inline rows its registration follows: a page's
"Mehr zum Thema" teasers, SDG tags, downloads, gallery and contacts, a partnership's
milestones and organisations. What a model follows is what its admin edits inline
(``VersionAdmin`` registers it so).

- Writes in bulk (load_demo, the XLIFF import) make one revision per object through
  ``one_revision_per_object``, never one revision of everything they touched.
- A restore writes exactly the object and its followed rows as the version has them,
  and removes only that object's rows the version did not have, whichever revision the
  version comes from. Databases filled before this rule hold a single "Demo content"
  revision of every object; reverting that revision as a whole (reversion's default)
  reverted the whole site.
- ``changes`` lists what differs between two states of an object, inline rows
  included; the compare view and the restore confirmation both show it.
"""

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import reversion
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.template.defaultfilters import yesno
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin
from reversion.models import Version
from reversion.revisions import _get_options

from dortmund_intl.translations import _diff

# Bookkeeping columns an editor neither writes nor restores on purpose.
HIDDEN_FIELDS = {
    "id",
    "lock_version",
    "translation_sources",
    "translation_status",
    "updated_at",
    "created_at",
    "content_type",
    "url_path",
    "url_path_de",
    "url_path_en",
    "width",
    "height",
    "file_size",
}
# Written by every save (the restore's own save too), so a restore does not bring
# them back; the compare view shows them.
AUDIT_FIELDS = {"last_changed_by", "published_at", "published_by"}


# --- what an object's version consists of ------------------------------------------


@dataclass(frozen=True)
class Relation:
    """Rows of ``model`` that belong to their owner through the foreign key ``fk``."""

    name: str  # the owner's accessor, e.g. "teaser_links"
    model: type[models.Model]
    fk: models.ForeignKey

    @property
    def label(self) -> str:
        return str(self.model._meta.verbose_name_plural)


def has_own_history(model) -> bool:
    """Objects whose admin keeps versions (pages, images, documents, people, ...);
    the other registered models are rows inside one of them."""
    try:
        model_admin = admin.site.get_model_admin(model)
    except admin.sites.NotRegistered:
        return False
    return isinstance(model_admin, VersionAdmin) and reversion.is_registered(model)


def relations(model) -> list[Relation]:
    """The inline rows a model's registration follows."""
    if not reversion.is_registered(model):
        return []
    follow = set(_get_options(model).follow)
    return [
        Relation(rel.get_accessor_name(), rel.related_model, rel.field)
        for rel in model._meta.related_objects
        if rel.one_to_many and rel.get_accessor_name() in follow
    ]


def _parents(model) -> list[type[models.Model]]:
    return list(model._meta.get_parent_list())


# --- one revision per object ---------------------------------------------------------

_collecting: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "revision_owners", default=None
)


def _owners_of(instance) -> Iterator[tuple[type[models.Model], object]]:
    """(model, pk) of the objects whose versions contain ``instance``."""
    model = type(instance)
    try:
        specific = getattr(instance, "specific", instance)  # a page row: its page's kind
    except ObjectDoesNotExist:
        return  # the base row of a page deleted inside the block: nothing to keep
    if has_own_history(type(specific)):
        yield type(specific), specific.pk
        return
    seen = set()
    for owner_model in apps.get_models():
        if not has_own_history(owner_model):
            continue
        for relation in relations(owner_model):
            if not issubclass(model, relation.model):
                continue
            key = (relation.fk.related_model, getattr(instance, relation.fk.attname))
            if key[1] is not None and key not in seen:
                seen.add(key)
                yield key


def collect(sender, instance, **kwargs):
    """post_save/post_delete: notes whose version the saved row belongs to."""
    owners = _collecting.get()
    if owners is None or not reversion.is_registered(sender):
        return
    for key in _owners_of(instance):
        owners.setdefault(key, None)


@contextmanager
def one_revision_per_object(comment: str, user=None):
    """Everything saved inside the block gets versions, one revision per object
    (pages, images, documents, people ...), each with its own inline rows as they are
    at the end of the block. Use it instead of ``reversion.create_revision`` around
    writes that touch many objects."""
    owners: dict = {}
    token = _collecting.set(owners)
    try:
        yield
    finally:
        _collecting.reset(token)
    for model, pk in owners:
        obj = model._default_manager.filter(pk=pk).first()
        if obj is None:
            continue
        obj = getattr(obj, "specific", obj)
        if not has_own_history(type(obj)):
            continue
        with reversion.create_revision():
            reversion.set_comment(comment)
            if user is not None:
                reversion.set_user(user)
            reversion.add_to_revision(obj)


# --- states of an object: as a version has it, as it is now ---------------------------


@dataclass
class State:
    """An object's fields and its followed rows ({relation name: {pk: fields}})."""

    model: type[models.Model]
    pk: str
    fields: dict
    rows: dict[str, dict[str, dict]]
    # The versions a restore writes: parents first, the object, then its rows.
    versions: list[Version] = field(default_factory=list)


def _values(obj) -> dict:
    return {f.attname: f.value_from_object(obj) for f in obj._meta.concrete_fields}


def current_state(obj) -> State:
    rows = {}
    for relation in relations(type(obj)):
        rows[relation.name] = {
            str(row.pk): _values(row)
            for row in relation.model._default_manager.filter(**{relation.fk.attname: obj.pk})
        }
    return State(type(obj), str(obj.pk), _values(obj), rows)


def version_state(version: Version) -> State:
    """The object as ``version`` has it, taking from the version's revision only the
    object's parent rows and its own followed rows."""
    model = version._model
    wanted = [*_parents(model), *(relation.model for relation in relations(model))]
    content_types = {
        reversion.revisions._get_content_type(wanted_model, version.db).pk: wanted_model
        for wanted_model in wanted
    }
    siblings = list(
        version.revision.version_set.filter(content_type_id__in=content_types).exclude(
            pk=version.pk
        )
    )
    obj = version._object_version.object
    fields = {}
    parent_versions = []
    for parent in _parents(model):
        parent_version = next(
            (
                v
                for v in siblings
                if content_types[v.content_type_id] is parent and v.object_id == version.object_id
            ),
            None,
        )
        if parent_version is not None:
            parent_versions.append(parent_version)
            fields.update(_values(parent_version._object_version.object))
    fields.update(
        {
            f.attname: f.value_from_object(obj)
            for f in model._meta.local_concrete_fields
            if f.attname in version._local_field_dict
        }
    )
    rows, row_versions = {}, []
    for relation in relations(model):
        rows[relation.name] = {}
        for v in siblings:
            if content_types[v.content_type_id] is not relation.model:
                continue
            row = v._object_version.object
            if str(getattr(row, relation.fk.attname)) == version.object_id:
                rows[relation.name][v.object_id] = _values(row)
                row_versions.append(v)
    return State(model, version.object_id, fields, rows, [*parent_versions, version, *row_versions])


# --- what differs ------------------------------------------------------------------


@dataclass
class FieldChange:
    label: str
    before: str
    after: str

    @property
    def diff(self):
        return _diff(self.before, self.after)


@dataclass
class RowChange:
    action: str  # "added", "removed", "changed"
    relation: str
    text: str
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class Changes:
    fields: list[FieldChange]
    rows: list[RowChange]

    def __bool__(self):
        return bool(self.fields or self.rows)


def _translated_originals(model) -> set[str]:
    """modeltranslation keeps the untranslated column ("title") next to title_de and
    title_en; only the language columns are shown."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def _shown_fields(model, skip=()) -> list[models.Field]:
    originals = _translated_originals(model)
    return [
        f
        for f in model._meta.concrete_fields
        if f.name not in HIDDEN_FIELDS
        and f.name not in originals
        and f.attname not in skip
        and not f.name.endswith("_ptr")
    ]


class _Display:
    """Turns stored values into what an editor reads: names for foreign keys (one
    query per related model), labels for choices, dates in the active language."""

    def __init__(self, states_fields: list[tuple[type[models.Model], dict]]):
        wanted: dict[type, set] = {}
        for model, values in states_fields:
            for f in model._meta.concrete_fields:
                if f.is_relation and f.many_to_one and values.get(f.attname) is not None:
                    wanted.setdefault(f.related_model, set()).add(values[f.attname])
        self.objects = {
            related: related._default_manager.in_bulk(pks) for related, pks in wanted.items()
        }

    def __call__(self, model_field, value) -> str:
        if value is None or value == "":
            return ""
        if model_field.is_relation:
            obj = self.objects.get(model_field.related_model, {}).get(value)
            if obj is None:
                return _("(deleted: %(id)s)") % {"id": value}
            if isinstance(obj, get_user_model()):
                return obj.get_full_name() or obj.get_username()
            return str(obj)
        if model_field.flatchoices:
            return str(dict(model_field.flatchoices).get(value, value))
        if isinstance(value, bool):
            return yesno(value)
        if isinstance(model_field, models.DateTimeField):
            return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
        if isinstance(model_field, models.DateField):
            return date_format(value, "SHORT_DATE_FORMAT")
        if hasattr(value, "name"):  # a file
            return value.name
        return strip_tags(str(value))


def _field_changes(model, before: dict, after: dict, display, skip=()) -> list[FieldChange]:
    found = []
    for model_field in _shown_fields(model, skip):
        name = model_field.attname
        if name not in before or name not in after or before[name] == after[name]:
            continue
        found.append(
            FieldChange(
                str(model_field.verbose_name),
                display(model_field, before[name]),
                display(model_field, after[name]),
            )
        )
    return found


def _row_text(relation: Relation, values: dict, display) -> str:
    parts = [
        display(f, values.get(f.attname))
        for f in _shown_fields(relation.model, skip={relation.fk.attname})
        if f.name != "sort_order"
    ]
    return " – ".join(part for part in parts if part)


def changes(old: State, new: State, audit: bool = True) -> Changes:
    """What turns ``old`` into ``new``: the fields (old → new) and the inline rows
    added, removed or changed; ``audit=False`` leaves out who saved and published."""
    row_states = [
        (relation.model, values)
        for relation in relations(old.model)
        for state in (old, new)
        for values in state.rows.get(relation.name, {}).values()
    ]
    display = _Display([(old.model, old.fields), (new.model, new.fields), *row_states])
    skip = (
        () if audit else {f"{name}_id" if name.endswith("_by") else name for name in AUDIT_FIELDS}
    )
    field_changes = _field_changes(old.model, old.fields, new.fields, display, skip)
    row_changes = []
    for relation in relations(old.model):
        before = old.rows.get(relation.name, {})
        after = new.rows.get(relation.name, {})
        removed = {
            pk: _row_text(relation, v, display) for pk, v in before.items() if pk not in after
        }
        added = {pk: _row_text(relation, v, display) for pk, v in after.items() if pk not in before}
        # A row deleted and added again with the same content is no change.
        for pk, text in list(removed.items()):
            twin = next((other for other, t in added.items() if t == text), None)
            if twin is not None:
                del removed[pk], added[twin]
        for text in removed.values():
            row_changes.append(RowChange("removed", relation.label, text))
        for text in added.values():
            row_changes.append(RowChange("added", relation.label, text))
        for pk in before.keys() & after.keys():
            differing = _field_changes(
                relation.model, before[pk], after[pk], display, skip={relation.fk.attname}
            )
            if differing:
                row_changes.append(
                    RowChange(
                        "changed",
                        relation.label,
                        _row_text(relation, after[pk], display),
                        differing,
                    )
                )
    return Changes(field_changes, row_changes)


# --- restoring ---------------------------------------------------------------------


def _missing_references(obj) -> list[models.ForeignKey]:
    """The foreign keys of a version's row whose target no longer exists."""
    missing = []
    for model_field in obj._meta.concrete_fields:
        if not (model_field.is_relation and model_field.many_to_one):
            continue
        value = getattr(obj, model_field.attname)
        if value is None or model_field.name.endswith("_ptr"):
            continue
        if not model_field.related_model._base_manager.filter(pk=value).exists():
            missing.append(model_field)
    return missing


def restore(version: Version) -> list[str]:
    """Writes the object of ``version`` and its followed rows as the version has
    them and removes the object's rows the version did not have. Nothing else is
    touched. Returns what could not be restored (rows pointing at deleted pages)."""
    state = version_state(version)
    skipped = []
    for relation in relations(state.model):
        keep = state.rows.get(relation.name, {}).keys()
        relation.model._default_manager.filter(**{relation.fk.attname: state.pk}).exclude(
            pk__in=list(keep)
        ).delete()
    for row_version in state.versions:
        obj = row_version._object_version.object
        missing = _missing_references(obj)
        if row_version is not version and any(not f.null for f in missing):
            skipped.append(
                _("%(row)s (it refers to something deleted since)") % {"row": row_version}
            )
            continue
        for model_field in missing:
            if not model_field.null:
                raise reversion.errors.RevertError(
                    _("%(object)s refers to something deleted since and cannot be restored.")
                    % {"object": version.object_repr}
                )
            setattr(obj, model_field.attname, None)
            skipped.append(
                _("%(field)s of %(row)s (deleted since)")
                % {"field": model_field.verbose_name, "row": row_version}
            )
        row_version._object_version.save(using=row_version.db)
    return skipped
