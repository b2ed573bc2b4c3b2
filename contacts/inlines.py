"""The contact-box inline for the admin of every page kind.

It lives apart from contacts/admin.py because dortmund_intl.admin.PageAdmin lists it
among its inlines while contacts/admin.py subclasses PageAdmin: with both in one
module the two admin modules would import each other.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from dortmund_intl.autocomplete import AutocompleteAdminMixin

from .models import PageContact


class PageContactInline(AutocompleteAdminMixin, admin.TabularInline):
    model = PageContact
    fk_name = "page"
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "sort_order"]
    verbose_name = _("contact person")
    verbose_name_plural = _(
        "Contact box (people shown on this page and the pages under it; leave empty to "
        "show the contacts of the page above)"
    )
