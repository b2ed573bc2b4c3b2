"""Publication as editors read it in the admin: every page list shows and filters the
state ("geplant ab 02.12.2026, 09:00", "abgelaufen seit …") instead of the bare status,
and a save says what a date on a draft does (nothing, until the page is published).

The state itself is ``Page.publication_state`` / ``publication_label``, the same rule
as ``PageQuerySet.published()``.
"""

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Page, PublicationState, moment


class PublicationStateFilter(admin.SimpleListFilter):
    title = gettext_lazy("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return PublicationState.choices

    def queryset(self, request, queryset):
        value = self.value()
        if value == PublicationState.DRAFT:
            return queryset.drafts()
        if value == PublicationState.LIVE:
            return queryset.published()
        if value == PublicationState.SCHEDULED:
            return queryset.scheduled()
        if value == PublicationState.EXPIRED:
            return queryset.expired()
        return queryset


class PublicationAdminMixin:
    """For the admin of every page kind and *All pages*: the "status" column and
    filter become the publication state (from the row itself: no extra query)."""

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        return ["publication" if column == "status" else column for column in columns]

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if "status" in filters:
            return [PublicationStateFilter if f == "status" else f for f in filters]
        return [PublicationStateFilter, *filters]

    @admin.display(description=gettext_lazy("publication"), ordering="status")
    def publication(self, obj):
        return format_html(
            '<span class="publication publication-{}">{}</span>',
            obj.publication_state,
            obj.publication_label,
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not isinstance(obj, Page):
            return
        if obj.status == Page.Status.DRAFT and (obj.go_live_at or obj.expire_at):
            messages.warning(
                request,
                _(
                    "“%(page)s” is a draft, so the dates under “Publication” have no effect: "
                    "set its status to “Published” to have it appear from “publish from” on."
                )
                % {"page": obj},
            )
        elif obj.publication_state == PublicationState.SCHEDULED:
            messages.info(
                request,
                _("“%(page)s” appears on the site on %(when)s, without anybody doing more.")
                % {"page": obj, "when": moment(obj.go_live_at)},
            )
