from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from dortmund_intl.admin import PAGE_FIELDSETS, PageAdmin

from .models import AccessibilityStatement, BarrierReport, NonAccessiblePart

REVIEW_OVERDUE = _(
    "The accessibility statement “%(title)s” was last reviewed on %(date)s, more than a year "
    "ago. Check the site against it, update the statement and enter the new review date."
)


def warn_if_overdue(request, statement):
    if statement.is_review_overdue:
        messages.warning(
            request,
            REVIEW_OVERDUE
            % {"title": statement.title, "date": statement.last_reviewed_on.strftime("%d.%m.%Y")},
        )


class NonAccessiblePartInline(TranslationStackedInline):
    model = NonAccessiblePart
    extra = 0
    fields = ["description", "reason", "alternative", "sort_order"]


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(PageAdmin):
    fieldsets = (
        PAGE_FIELDSETS[0],
        (
            _("Statement"),
            {
                "fields": ("scope", "compliance", "standard"),
                "description": _(
                    "The fields of the EU model accessibility statement. List the parts that "
                    "are not accessible below the form."
                ),
            },
        ),
        (
            _("How and when it was prepared"),
            {"fields": ("method", "assessor", "prepared_on", "last_reviewed_on")},
        ),
        (
            _("Feedback and enforcement"),
            {
                "fields": (
                    "feedback_contact",
                    "feedback_email",
                    "feedback_phone",
                    "enforcement",
                    "enforcement_link",
                    "enforcement_link_text",
                )
            },
        ),
        *PAGE_FIELDSETS[1:],
    )
    inlines = [NonAccessiblePartInline, *PageAdmin.inlines]
    list_display = ["title", "compliance", "review", "status", "url_link"]
    list_filter = ["status", "compliance"]

    @admin.display(description=_("last reviewed"), ordering="last_reviewed_on")
    def review(self, obj):
        day = obj.last_reviewed_on.strftime("%d.%m.%Y")
        if obj.is_review_overdue:
            return format_html(
                '<strong class="review-overdue">{} – {}</strong>', day, _("review overdue")
            )
        return day

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            statement = self.get_object(request, object_id)
            if statement is not None:
                warn_if_overdue(request, statement)
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        if request.method == "GET":
            for statement in AccessibilityStatement.objects.only(
                "title_de", "title_en", "last_reviewed_on"
            ):
                warn_if_overdue(request, statement)
        return super().changelist_view(request, extra_context)


@admin.register(BarrierReport)
class BarrierReportAdmin(admin.ModelAdmin):
    """The office's inbox of reported barriers. What visitors sent cannot be changed."""

    list_display = ["created_at", "status", "page", "summary", "email", "handled_by"]
    list_filter = ["status", "created_at"]
    list_select_related = ["handled_by"]
    search_fields = ["description", "page", "name", "email"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "created_at",
        "updated_at",
        "name",
        "email",
        "page",
        "language",
        "description",
    ]
    fieldsets = (
        (
            _("The report"),
            {"fields": ("created_at", "name", "email", "language", "page", "description")},
        ),
        (
            _("Handling"),
            {
                "fields": ("status", "handled_by", "note", "updated_at"),
                "description": _(
                    "Answer the visitor promptly if they left an e-mail address. "
                    "Reports are deleted automatically after the retention period the "
                    "privacy page names."
                ),
            },
        ),
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "handled_by":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_add_permission(self, request):
        return False  # reports come from visitors

    @admin.display(description=_("description"))
    def summary(self, obj):
        text = " ".join(obj.description.split())
        return text if len(text) <= 90 else text[:89] + "…"

    def save_model(self, request, obj, form, change):
        if obj.status != BarrierReport.Status.NEW and obj.handled_by_id is None:
            obj.handled_by = request.user
        super().save_model(request, obj, form, change)
