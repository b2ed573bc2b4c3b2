from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from dortmund_intl.admin import PAGE_FIELDSETS, PageAdmin

from .inlines import GoalTagInline
from .models import GOAL_COUNT, Goal, GoalIndexPage

__all__ = ["GoalAdmin", "GoalIndexPageAdmin", "GoalTagInline"]

# A goal or the overview is not tagged with goals itself.
INLINES = [inline for inline in PageAdmin.inlines if inline is not GoalTagInline]


@admin.register(GoalIndexPage)
class GoalIndexPageAdmin(PageAdmin):
    """The one overview of the goals; it cannot be added twice or deleted."""

    inlines = INLINES

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not GoalIndexPage.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Goal)
class GoalAdmin(PageAdmin):
    """The 17 goals. They come with the site: none can be deleted or added twice."""

    fieldsets = (
        (
            None,
            {
                "fields": (
                    "number",
                    "name",
                    "colour",
                    "title",
                    "slug",
                    "teaser",
                    "body",
                    "hero_image",
                ),
                "description": _(
                    "Number, name and colour are the United Nations'. The text says what "
                    "Dortmund does for this goal; pages tagged with the goal are listed "
                    "below it automatically."
                ),
            },
        ),
        PAGE_FIELDSETS[1],
        PAGE_FIELDSETS[2],
    )
    list_display = ["number", "swatch", "title", "status", "tagged_count", "url_link", "updated_at"]
    list_display_links = ["number", "title"]
    list_filter = ["status"]
    search_fields = ["title_de", "title_en", "name_de", "name_en", "teaser_de", "teaser_en"]
    ordering = ["number"]
    inlines = INLINES
    save_as = False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(tagged=Count("tags"))

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            readonly += [name for name in ("number", "colour") if name not in readonly]
        return readonly

    def has_add_permission(self, request):
        return super().has_add_permission(request) and Goal.objects.count() < GOAL_COUNT

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("colour"))
    def swatch(self, obj):
        return format_html(
            '<span style="display:inline-block;width:1.5em;height:1.5em;vertical-align:middle;'
            'background:{}" title="{}"></span>',
            obj.colour,
            obj.colour,
        )

    @admin.display(description=_("tagged pages"), ordering="tagged")
    def tagged_count(self, obj):
        return obj.tagged
