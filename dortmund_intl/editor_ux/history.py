"""History comments in the reader's language.

django-reversion stores a revision's comment as text rendered in the language of the
person who saved ("Teasersatz [de] geändert."), so an English admin showed German
comments and the other way round. Stored as Django's structured change message
instead, the comment is rendered when read (``Revision.get_comment``), in the
language of the person reading it. Field labels of translated fields are in our
catalogue (catalogue.FIELD_LABELS).
"""

from reversion.revisions import is_active, set_comment


class HistoryInReadersLanguageMixin:
    """For a ModelAdmin with reversion's VersionAdmin (after this one)."""

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if is_active() and entry is not None:
            set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if is_active() and entry is not None:
            set_comment(entry.change_message)
        return entry
