from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from dortmund_intl.admin import PAGE_FIELDSETS, PageAdmin

from . import countries, services
from .models import Milestone, PartnerOrganisation, Partnership, PartnershipIndexPage


class MilestoneInline(TranslationTabularInline):
    model = Milestone
    extra = 0
    fields = ["year", "text", "sort_order"]
    verbose_name_plural = _("Milestones (shown as a timeline, oldest first)")


class PartnerOrganisationInline(TranslationTabularInline):
    model = PartnerOrganisation
    extra = 0
    fields = ["role", "name", "link", "sort_order"]


class PartnershipForm(PageAdmin.form):
    """The page form, plus: the kind decides the overview the partnership sits under."""

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("kind"):
            self.instance.kind = cleaned_data["kind"]
            try:
                # The overview of its kind decides its address; the page layer then
                # checks that no other page has that address.
                services.place(self.instance)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned_data


class CountryListFilter(admin.SimpleListFilter):
    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = Partnership.objects.order_by().values_list("country", flat=True).distinct()
        return sorted(((code, countries.name(code)) for code in codes), key=lambda c: c[1])

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(country=self.value())
        return queryset


@admin.register(Partnership)
class PartnershipAdmin(PageAdmin):
    form = PartnershipForm
    fieldsets = (
        (None, {"fields": ("title", "slug", "municipality", "teaser", "body", "hero_image")}),
        (
            _("Partnership"),
            {"fields": ("country", "kind", "state", "since", "council_decision", "wikidata_id")},
        ),
        (
            _("Place on the map"),
            {
                "fields": ("latitude", "longitude"),
                "description": _(
                    "The coordinates of the town centre in decimal degrees, e.g. from the "
                    "municipality's Wikidata entry (“coordinate location”). Without "
                    "coordinates the partnership is saved and listed, but not drawn on the map."
                ),
            },
        ),
        (
            _("Place in the site"),
            {
                "fields": ("sort_order",),
                "description": _(
                    "A partnership is placed under the overview of its kind automatically."
                ),
            },
        ),
        PAGE_FIELDSETS[2],
    )
    list_display = [
        "title",
        "country_name",
        "kind",
        "state",
        "since",
        "on_map",
        "status",
        "url_link",
    ]
    list_filter = ["kind", "state", CountryListFilter, "status"]
    search_fields = [
        "title_de",
        "title_en",
        "municipality_de",
        "municipality_en",
        "country",
        "wikidata_id",
    ]
    autocomplete_fields = ["hero_image"]
    inlines = [MilestoneInline, PartnerOrganisationInline, *PageAdmin.inlines]
    list_select_related = False
    ordering = ["since", "title_de"]

    @admin.display(description=_("country"), ordering="country")
    def country_name(self, obj):
        return obj.country_name

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.latitude is None:
            self.message_user(
                request,
                _("“%(title)s” has no coordinates: it is listed, but not drawn on the map.")
                % {"title": obj},
                messages.WARNING,
            )

    @admin.display(description=_("on the map"), boolean=True)
    def on_map(self, obj):
        return obj.latitude is not None and obj.longitude is not None


@admin.register(PartnershipIndexPage)
class PartnershipIndexPageAdmin(PageAdmin):
    fieldsets = (
        PAGE_FIELDSETS[0],
        (_("Place in the site"), {"fields": ("section", "parent", "show_in_menus", "sort_order")}),
        PAGE_FIELDSETS[2],
    )
    list_display = ["title", "section", "parent", "status", "url_link", "updated_at"]
