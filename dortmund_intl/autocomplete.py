"""Autocomplete fields in the admin that survive any submitted value.

Django's autocomplete widget shows the submitted choice again when a form comes back
with errors, by filtering the related table by the submitted value as it is. A value
that is no key of that table ("1.0", "abc", a number beyond the column's range) then
raised in the database lookup and the editor got a server error instead of "Select a
valid choice". These widgets leave such values out of that lookup (the form's error
says what is wrong); every admin with ``autocomplete_fields`` uses them through
``AutocompleteAdminMixin``.
"""

from django.contrib.admin import widgets
from django.core.exceptions import ValidationError
from django.db import connections


def _keys(widget, value) -> list[str]:
    """The submitted values that can be keys of the related table."""
    remote = widget.field.remote_field
    opts = remote.model._meta
    target = opts.get_field(getattr(remote, "field_name", None) or opts.pk.name)
    while target.is_relation:  # a page kind's key is its link to the page base
        target = target.target_field
    ranges = connections[widget.db or "default"].ops.integer_field_ranges
    bounds = ranges.get(target.get_internal_type(), (None, None))
    keys = []
    for item in value:
        try:
            key = target.to_python(item)
        except (ValidationError, TypeError, ValueError):
            continue
        if isinstance(key, int) and not (
            (bounds[0] is None or key >= bounds[0]) and (bounds[1] is None or key <= bounds[1])
        ):
            continue
        keys.append(item)
    return keys


class AutocompleteSelect(widgets.AutocompleteSelect):
    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, _keys(self, value), attr)


class AutocompleteSelectMultiple(widgets.AutocompleteSelectMultiple):
    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, _keys(self, value), attr)


class AutocompleteAdminMixin:
    """For a ModelAdmin or an inline: its autocomplete fields use the widgets above."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)
