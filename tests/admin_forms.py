"""Builds the POST data of an admin change form the way a browser would submit it
unchanged, so a test only states the fields it changes."""

from django.forms import CheckboxInput


def _value(bound):
    value = bound.value()
    if isinstance(bound.field.widget, CheckboxInput):
        return "on" if value else None
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if hasattr(value, "pk"):
        return str(value.pk)
    if hasattr(value, "name") and not isinstance(value, str):  # an uploaded file
        return None
    return value


def form_data(response) -> dict:
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = _value(form[name])
        if value is not None:
            data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[f"{formset.prefix}-{name}"] = management[name].value()
        for subform in formset.initial_forms:
            for name in subform.fields:
                value = _value(subform[name])
                if value is not None:
                    data[subform.add_prefix(name)] = value
    return data


def add_inline_row(data: dict, prefix: str, **fields) -> dict:
    """Appends one row to an inline formset in ``data``."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    total_key = f"{prefix}-TOTAL_FORMS"
    initial = int(data[f"{prefix}-INITIAL_FORMS"])
    index = max(index, initial)
    for name, value in fields.items():
        data[f"{prefix}-{index}-{name}"] = value
    data[total_key] = str(index + 1)
    return data
