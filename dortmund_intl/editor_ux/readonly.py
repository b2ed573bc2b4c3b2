"""Translators read the German rich text as it reads on the page.

A translator's form has no German field (SourceLanguageLockMixin); Django shows a
read-only model field as escaped text, so the German body appeared as raw HTML. For
translators the German rich-text fields are replaced by a read-only entry that shows
the sanitised HTML rendered (headings, lists, links).
"""

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from dortmund_intl.richtext import RichTextField, sanitize
from dortmund_intl.workflow import can_edit_source


class RenderedRichText(str):
    """A read-only admin entry (a name and a callable at once, so the admin's field
    lists keep working with it) showing one rich-text field rendered."""

    def __new__(cls, field_name, label):
        entry = super().__new__(cls, f"{field_name}_rendered")
        entry.field_name = field_name
        entry.short_description = label
        entry.__name__ = f"{field_name}_rendered"
        return entry

    def __call__(self, obj):
        html = getattr(obj, self.field_name) or ""
        if not html:
            return "–"
        return format_html('<div class="ux-richtext" lang="de">{}</div>', mark_safe(sanitize(html)))


class RenderedSourceRichTextMixin:
    """For a ModelAdmin that also has SourceLanguageLockMixin (after this one)."""

    def _rendered_entries(self):
        entries = self.__dict__.get("_rendered_rich_text")
        if entries is None:
            entries = {
                field.name: RenderedRichText(field.name, field.verbose_name)
                for field in self.model._meta.fields
                # modeltranslation's German copy of a rich-text field (body_de, ...)
                if isinstance(field, RichTextField) and getattr(field, "language", None) == "de"
            }
            self._rendered_rich_text = entries
        return entries

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if can_edit_source(request.user):
            return fieldsets
        entries = self._rendered_entries()
        return [
            (name, {**options, "fields": [entries.get(f, f) for f in options["fields"]]})
            for name, options in fieldsets
        ]
