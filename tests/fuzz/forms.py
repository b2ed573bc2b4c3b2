"""Generated POST data for an admin form, built from the form's own fields.

Each field of the change form (and of its inline formsets, management forms included)
becomes a ``FieldSpec``: the POST entries the unchanged form sends, and a strategy for
what else could arrive under the same names: values of the right kind but absurd
(numbers out of range, impossible dates, ids of nothing), values of the wrong kind,
control characters, huge and invalid-UTF-8 text, and files that are not what they claim.
"""

import io
from dataclasses import dataclass

from django import forms
from hypothesis import strategies as st

from . import strategies as fuzz

ABSENT = object()  # the entry is left out of the POST, as a crafted request may do


@dataclass(frozen=True)
class FieldSpec:
    name: str
    baseline: dict  # POST key -> value, as the unchanged form sends it
    values: st.SearchStrategy  # -> dict of POST key -> value


def _widget(field):
    widget = field.widget
    while not isinstance(widget, forms.MultiWidget) and hasattr(widget, "widget"):
        widget = widget.widget  # the admin's RelatedFieldWidgetWrapper
    return widget


def _format(widget, value):
    if isinstance(widget, forms.CheckboxInput):
        return "on" if value else ABSENT
    if isinstance(widget, forms.FileInput):
        return ABSENT
    if value is None:
        return ""
    if isinstance(widget, forms.SelectMultiple) or isinstance(value, list | tuple):
        return [str(item) for item in value]
    if isinstance(widget, forms.Select):
        return str(value)
    formatted = widget.format_value(value)
    return "" if formatted is None else str(formatted)


def _baseline(bound) -> dict:
    widget = _widget(bound.field)
    value = bound.value()
    if isinstance(widget, forms.MultiWidget):
        parts = value if isinstance(value, list | tuple) else widget.decompress(value)
        return {
            bound.html_name + suffix: _format(sub, part)
            for suffix, sub, part in zip(widget.widgets_names, widget.widgets, parts, strict=False)
        }
    return {bound.html_name: _format(widget, value)}


def _valid_choices(field) -> list[str]:
    if isinstance(field, forms.ModelChoiceField):
        # The keys alone: labels may cost a query per row (a page's kind).
        key = field.to_field_name or "pk"
        return [str(v) for v in field.queryset.values_list(key, flat=True)[:50]]
    values = []
    for value, label in field.choices:
        if isinstance(label, list | tuple):  # an option group
            values.extend(str(v) for v, _label in label)
        else:
            values.append(str(getattr(value, "value", value)))
    return values[:50]


class _Upload(io.BytesIO):
    """A file as the test client sends it, under any name (Django's own file classes
    refuse names such as ".." before the request is even made)."""

    content_type = "application/octet-stream"

    def __init__(self, name: str, content: bytes):
        super().__init__(content)
        self.name = name


def _upload(pair):
    return _Upload(*pair)


def _kind_of(field, widget) -> st.SearchStrategy:
    """Values of the field's own kind, valid or not."""
    if isinstance(field, forms.FileField):
        return fuzz.upload_content.map(_upload)
    if isinstance(field, forms.BooleanField | forms.NullBooleanField):
        return fuzz.checkbox
    if isinstance(field, forms.ModelMultipleChoiceField | forms.MultipleChoiceField):
        choices = _valid_choices(field)
        one = st.sampled_from(choices) | fuzz.absurd_id if choices else fuzz.absurd_id
        return st.lists(one, max_size=4)
    if isinstance(field, forms.ModelChoiceField | forms.ChoiceField):
        choices = _valid_choices(field)
        return st.sampled_from(choices) | fuzz.absurd_id if choices else fuzz.absurd_id
    if isinstance(field, forms.IntegerField | forms.FloatField | forms.DecimalField):
        return fuzz.number | fuzz.absurd_id
    if isinstance(field, forms.DateTimeField | forms.DateField):
        return fuzz.date_text | fuzz.date_text.map(lambda d: d + " 12:00")
    if isinstance(field, forms.TimeField):
        return fuzz.time_text
    if isinstance(field, forms.URLField):
        return fuzz.url_text
    if isinstance(field, forms.EmailField):
        return fuzz.email_text
    return fuzz.text


def _values(bound) -> st.SearchStrategy:
    field = bound.field
    widget = _widget(field)
    wrong = fuzz.text | fuzz.invalid_utf8.map(lambda raw: [raw]) | st.just(ABSENT)
    if isinstance(widget, forms.MultiWidget):
        # Split date and time (publish from/until): each part on its own.
        parts = {
            bound.html_name + suffix: (fuzz.date_text if i == 0 else fuzz.time_text) | wrong
            for i, suffix in enumerate(widget.widgets_names)
        }
        return st.fixed_dictionaries(parts)
    return st.one_of(_kind_of(field, widget), wrong).map(lambda v: {bound.html_name: v})


def specs_for(form) -> list[FieldSpec]:
    return [FieldSpec(bound.html_name, _baseline(bound), _values(bound)) for bound in form]


def change_form_specs(response) -> tuple[list[FieldSpec], list]:
    """The specs of an admin add/change page's form, inline rows and management forms,
    and its inline formsets (to add rows to)."""
    specs = specs_for(response.context["adminform"].form)
    formsets = []
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        formsets.append(formset)
        specs += specs_for(formset.management_form)
        for subform in formset.initial_forms:
            specs += specs_for(subform)
    return specs, formsets


@st.composite
def new_inline_row(draw, formset) -> dict:
    """One more row for an inline formset, with generated values, and the raised count."""
    index = formset.total_form_count()
    empty = formset.empty_form
    row = {}
    for bound in empty:
        values = draw(_values(bound))
        for key, value in values.items():
            row[key.replace("__prefix__", str(index))] = value
    row[f"{formset.prefix}-TOTAL_FORMS"] = str(index + 1)
    return row


@st.composite
def post_data(draw, specs: list[FieldSpec], formsets: list) -> dict:
    """The unchanged form with some of its fields (possibly none) replaced by generated
    values, and maybe a new inline row."""
    data = {}
    for spec in specs:
        data.update(spec.baseline)
    if specs:
        changed = draw(st.lists(st.sampled_from(specs), unique_by=lambda s: s.name, max_size=6))
        for spec in changed:
            data.update(draw(spec.values))
    if formsets and draw(st.booleans()):
        data.update(draw(new_inline_row(draw(st.sampled_from(formsets)))))
    return {key: value for key, value in data.items() if value is not ABSENT}
