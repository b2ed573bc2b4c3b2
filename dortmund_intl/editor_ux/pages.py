"""What every page admin gets from editor_ux (mixed into PageAdmin): the German rich
text rendered for translators, a missing parent page reported at its field, and
history comments in the reader's language."""

from django.forms.forms import NON_FIELD_ERRORS

from .history import HistoryInReadersLanguageMixin
from .readonly import RenderedSourceRichTextMixin


class ParentErrorAtFieldFormMixin:
    """The page model reports a missing or impossible parent as an error of the whole
    form (the model cannot know whether the form has the field); here the form does,
    so the message moves to the "parent" field, where the editor fixes it."""

    def _post_clean(self):
        super()._post_clean()
        if "parent" not in self.fields or NON_FIELD_ERRORS not in self._errors:
            return
        general = self._errors[NON_FIELD_ERRORS]
        about_parent = [
            error for error in general.as_data() if getattr(error, "code", None) == "parent"
        ]
        if not about_parent:
            return
        remaining = [error for error in general.as_data() if error not in about_parent]
        if remaining:
            self._errors[NON_FIELD_ERRORS] = self.error_class(remaining, error_class="nonfield")
        else:
            del self._errors[NON_FIELD_ERRORS]
        for error in about_parent:
            self.add_error("parent", error)


class PageEditingMixin(HistoryInReadersLanguageMixin, RenderedSourceRichTextMixin):
    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if issubclass(form, ParentErrorAtFieldFormMixin):
            return form
        return type(form.__name__, (ParentErrorAtFieldFormMixin, form), {})
