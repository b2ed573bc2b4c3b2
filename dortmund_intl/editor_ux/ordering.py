"""Ordered inline rows ("Mehr zum Thema", downloads, gallery): a new row goes to the
end of the list. The position of a new row is optional; left empty (or at 0), the
row is placed after the last one.
The admin script adds up/down buttons that renumber the positions."""

from django.forms.models import BaseInlineFormSet


class EndOfListFormSet(BaseInlineFormSet):
    position_field = "sort_order"

    def add_fields(self, form, index):
        super().add_fields(form, index)
        field = form.fields.get(self.position_field)
        if field is not None and form.instance.pk is None:
            field.required = False
            field.initial = None

    def save_new_objects(self, commit=True):
        last = None
        for form in self.extra_forms:
            if not form.has_changed() or self.can_delete and self._should_delete_form(form):
                continue
            if form.cleaned_data.get(self.position_field) in (None, 0):
                if last is None:
                    last = self._last_position()
                last += 1
                setattr(form.instance, self.position_field, last)
                form.cleaned_data[self.position_field] = last
        return super().save_new_objects(commit)

    def _last_position(self) -> int:
        kept = [
            form.cleaned_data.get(self.position_field) or 0
            for form in self.initial_forms
            if form.cleaned_data and not (self.can_delete and self._should_delete_form(form))
        ]
        return max(kept, default=0)
