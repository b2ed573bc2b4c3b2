from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from dortmund_intl.admin import PAGE_FIELDSETS, PageAdmin

from .models import (
    Award,
    AwardIndexPage,
    EUInfoPage,
    EUProject,
    Network,
    NetworkIndexPage,
    ProjectIndexPage,
)


def _with_details(title, fields, description=None):
    """The page's own fieldsets with one for this kind's details after the text."""
    details = {"fields": fields}
    if description:
        details["description"] = description
    return (PAGE_FIELDSETS[0], (title, details), *PAGE_FIELDSETS[1:])


@admin.register(AwardIndexPage, NetworkIndexPage, ProjectIndexPage)
class OverviewPageAdmin(PageAdmin):
    """The overviews list the published pages of their kind placed under them."""

    list_display = ["title", "parent", "status", "url_link", "updated_at"]


@admin.register(Award)
class AwardAdmin(PageAdmin):
    fieldsets = _with_details(
        _("Award"),
        ("awarding_body", "year", "europe_prize_stage"),
        _(
            "The title is the award's name, the text tells its story and the main image "
            "shows it. Place the award under the awards overview."
        ),
    )
    list_display = ["title", "awarding_body", "year", "europe_prize_stage", "status", "url_link"]
    list_filter = ["europe_prize_stage", "status", "year"]
    search_fields = [*PageAdmin.search_fields, "awarding_body_de", "awarding_body_en"]
    ordering = ["-year"]


@admin.register(Network)
class NetworkAdmin(PageAdmin):
    fieldsets = _with_details(
        _("Network"),
        ("link", "member_since", "role"),
        _("Place the network under the networks overview."),
    )
    list_display = ["title", "member_since", "link", "status", "url_link"]
    list_filter = ["status"]
    search_fields = [*PageAdmin.search_fields, "role_de", "role_en"]


@admin.register(EUProject)
class EUProjectAdmin(PageAdmin):
    fieldsets = _with_details(
        _("Project"),
        ("programme", "start_year", "end_year", "eu_funding", "funding_note", "link"),
        _("Place the project under the EU projects overview."),
    )
    list_display = ["title", "programme", "start_year", "end_year", "eu_funding", "status"]
    list_filter = ["status", "programme", "start_year"]
    search_fields = [*PageAdmin.search_fields, "programme_de", "programme_en"]
    ordering = ["-start_year"]


@admin.register(EUInfoPage)
class EUInfoPageAdmin(PageAdmin):
    fieldsets = _with_details(_("Sources"), ("source_link", "source_link_text", "checked_on"))
    list_display = ["title", "checked_on", "status", "url_link", "updated_at"]
    list_filter = ["status", "checked_on"]
