"""Writes on partnerships that are more than a form save."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dortmund_intl.models import LANGUAGE_CODES

from .models import Milestone, Partnership, PartnershipIndexPage


def index_for(kind: str) -> PartnershipIndexPage | None:
    """The overview page that lists partnerships of this kind."""
    return PartnershipIndexPage.objects.filter(section=Partnership.SECTIONS[kind]).first()


def place(partnership: Partnership) -> None:
    """Put the partnership under the overview page of its kind (not saved yet).

    Its address follows from there; when that changes, saving records the 301s.
    """
    index = index_for(partnership.kind)
    if index is None:
        section = Partnership.SECTIONS[partnership.kind]
        raise ValidationError(
            {
                "kind": gettext_lazy(
                    "There is no overview page for “%(section)s” yet. Create it first "
                    "(Partnerships › Partnership overviews), then save this partnership again."
                )
                % {"section": section.label}
            }
        )
    partnership.parent = index


@transaction.atomic
def save_partnership(partnership: Partnership) -> Partnership:
    """Place, validate and save a partnership (imports, demo content, the shell)."""
    place(partnership)
    partnership.full_clean()
    partnership.save()
    return partnership


@transaction.atomic
def change_kind(partnership: Partnership, kind: str, *, year: int | None = None) -> Partnership:
    """Change what kind of partnership this is, keeping its history.

    The page moves to the overview of the new kind (old addresses answer with a 301,
    in every language). With ``year``, a milestone records the change in German and
    English, e.g. "New kind of partnership: City partnership (before: Project
    partnership)".
    """
    old_kind = Partnership.Kind(partnership.kind)
    new_kind = Partnership.Kind(kind)
    if old_kind == new_kind:
        return partnership
    partnership.kind = new_kind
    save_partnership(partnership)
    if year is not None:
        texts = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                texts[f"text_{code}"] = _("New kind of partnership: %(new)s (before: %(old)s).") % {
                    "new": new_kind.label,
                    "old": old_kind.label,
                }
        milestone = Milestone(partnership=partnership, year=year, sort_order=100, **texts)
        milestone.full_clean()
        milestone.save()
    return partnership
