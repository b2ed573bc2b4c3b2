from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from dortmund_intl.admin import PAGE_FIELDSETS, PageAdmin

from .models import LegalNotice, PrivacyNotice, ProcessingActivity


@admin.register(LegalNotice)
class LegalNoticeAdmin(PageAdmin):
    fieldsets = (
        PAGE_FIELDSETS[0],
        (
            _("Publisher"),
            {
                "fields": (
                    "publisher",
                    "legal_form",
                    "represented_by",
                    "postal_address",
                    "email",
                    "phone",
                ),
                "description": _(
                    "What § 5 DDG asks of a public body's website: name, legal form, who "
                    "represents it, the postal address and a quick way to get in touch "
                    "(e-mail and phone). Enter only verified facts; leave a field empty "
                    "rather than guess."
                ),
            },
        ),
        (
            _("Content and supervision"),
            {"fields": ("content_responsible", "supervisory_authority", "vat_id")},
        ),
        *PAGE_FIELDSETS[1:],
    )
    list_display = ["title", "publisher", "status", "url_link", "updated_at"]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        notice = self.get_object(request, object_id) if request.method == "GET" else None
        if notice is not None and notice.missing_contact:
            messages.warning(
                request,
                _(
                    "The legal notice has no %(fields)s yet. § 5 DDG requires a quick way to "
                    "get in touch: enter the city's general e-mail address and phone number."
                )
                % {"fields": ", ".join(notice.missing_contact)},
            )
        return super().change_view(request, object_id, form_url, extra_context)


class ProcessingActivityInline(TranslationStackedInline):
    model = ProcessingActivity
    extra = 0
    fields = [
        "kind",
        "title",
        "data",
        "purpose",
        "legal_basis",
        "retention",
        "recipients",
        "sort_order",
    ]


@admin.register(PrivacyNotice)
class PrivacyNoticeAdmin(PageAdmin):
    fieldsets = (
        PAGE_FIELDSETS[0],
        (
            _("Privacy notice (Art. 13 GDPR)"),
            {
                "fields": (
                    "controller",
                    "data_protection_officer",
                    "rights",
                    "complaint",
                    "complaint_link",
                ),
                "description": _(
                    "List below each processing of personal data on this site (server logs, "
                    "the barrier report form, …) with its purpose, legal basis, retention "
                    "and recipients."
                ),
            },
        ),
        *PAGE_FIELDSETS[1:],
    )
    inlines = [ProcessingActivityInline, *PageAdmin.inlines]
    list_display = ["title", "status", "url_link", "updated_at"]
