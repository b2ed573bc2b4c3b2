from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from dortmund_intl.admin import PAGE_FIELDSETS, PageAdmin
from dortmund_intl.autocomplete import AutocompleteAdminMixin
from dortmund_intl.editor_ux.history import HistoryInReadersLanguageMixin
from dortmund_intl.revisions.admin import RevisionAdmin
from dortmund_intl.workflow import SourceLanguageLockMixin

from .inlines import PageContactInline
from .models import ContactPage, Office, PageContact, Person

__all__ = ["PageContactInline"]


@admin.register(Office)
class OfficeAdmin(
    HistoryInReadersLanguageMixin, SourceLanguageLockMixin, RevisionAdmin, TabbedTranslationAdmin
):
    """Revisions kept; translators may change the English fields only (as for images)."""

    fieldsets = (
        (None, {"fields": ("name", "unit")}),
        (
            _("Address and how to reach us"),
            {"fields": ("street", "postal_code", "city", "phone", "email", "reachability")},
        ),
    )
    list_display = ["name", "unit", "street", "phone", "email", "people_count"]
    list_filter = ["city"]
    search_fields = ["name_de", "name_en", "unit_de", "unit_en", "street", "email"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(people_total=Count("people"))

    @admin.display(description=_("people"), ordering="people_total")
    def people_count(self, obj):
        return obj.people_total


class PersonPageInline(AutocompleteAdminMixin, admin.TabularInline):
    """Where the person appears, edited from the person's side."""

    model = PageContact
    fk_name = "person"
    extra = 0
    autocomplete_fields = ["page"]
    fields = ["page", "sort_order"]
    verbose_name = _("page with this person in its contact box")
    verbose_name_plural = _("Shown in the contact box of these pages (and the pages under them)")


@admin.register(Person)
class PersonAdmin(
    AutocompleteAdminMixin,
    HistoryInReadersLanguageMixin,
    SourceLanguageLockMixin,
    RevisionAdmin,
    TabbedTranslationAdmin,
):
    fieldsets = (
        (None, {"fields": ("honorific", "given_name", "family_name", "role", "office")}),
        (
            _("Contact details"),
            {
                "fields": ("phone", "email", "portrait", "sort_order"),
                "description": _(
                    "Publish a direct number, e-mail address or portrait only with the "
                    "person's consent. Empty fields are simply not shown."
                ),
            },
        ),
    )
    list_display = ["full_name", "role", "office", "phone", "email", "has_portrait", "sort_order"]
    list_display_links = ["full_name"]
    list_editable = ["sort_order"]
    list_filter = ["office"]
    list_select_related = ["office"]
    search_fields = ["given_name", "family_name", "role_de", "role_en", "email"]
    autocomplete_fields = ["office", "portrait"]
    inlines = [PersonPageInline]

    @admin.display(description=_("name"), ordering="family_name")
    def full_name(self, obj):
        return obj.full_name

    @admin.display(description=_("portrait"), boolean=True)
    def has_portrait(self, obj):
        return obj.portrait_id is not None


@admin.register(ContactPage)
class ContactPageAdmin(PageAdmin):
    fieldsets = (
        PAGE_FIELDSETS[0],
        (_("Office"), {"fields": ("office",)}),
        *PAGE_FIELDSETS[1:],
    )
    list_display = ["title", "office", "status", "url_link", "updated_at"]
    list_select_related = ["parent", "office"]
    autocomplete_fields = [*PageAdmin.autocomplete_fields, "office"]
    # The page lists the whole office; a contact box of its own would repeat it.
    inlines = [inline for inline in PageAdmin.inlines if inline is not PageContactInline]
