"""Rich text: what editors may write, and the allow-list every save is cleaned with.

The editor (django-prose-editor) and the sanitiser share one configuration, so an
editor cannot produce markup that the sanitiser would later strip. The cleaning runs
in ``pre_save``: a value written by a form, a data import, the demo loader or the
shell is cleaned the same way, so no ``<script>`` or ``onerror=`` ever reaches a page.
"""

from django_prose_editor.fields import ProseEditorField, create_sanitizer

EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "History": True,
}

sanitize = create_sanitizer(EXTENSIONS)


class RichTextField(ProseEditorField):
    """A text field holding sanitised HTML, edited with a WYSIWYG editor."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if value:
            value = sanitize(value)
            setattr(model_instance, self.attname, value)
        return value
