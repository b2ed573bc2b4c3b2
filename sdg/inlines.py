"""The goal tags of a page, edited in the admin of every kind of page.

A module of its own because ``dortmund_intl.admin.PageAdmin`` lists this inline, while
``sdg.admin`` builds on ``PageAdmin``: keeping it apart from sdg.admin avoids an
import cycle.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from dortmund_intl.autocomplete import AutocompleteAdminMixin

from .models import GoalTag


class GoalTagInline(AutocompleteAdminMixin, admin.TabularInline):
    model = GoalTag
    fk_name = "page"
    extra = 0
    fields = ["goal"]
    autocomplete_fields = ["goal"]
    verbose_name = _("sustainable development goal")
    verbose_name_plural = _(
        "Sustainable development goals (SDG) this page serves – it is listed on their pages"
    )
