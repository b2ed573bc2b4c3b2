from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from dortmund_intl.admin import PAGE_FIELDSETS, PageAdmin

from .models import NewsArticle, NewsIndexPage


@admin.register(NewsIndexPage)
class NewsIndexPageAdmin(PageAdmin):
    list_display = ["title", "parent", "status", "translation_status", "url_link", "updated_at"]


@admin.register(NewsArticle)
class NewsArticleAdmin(PageAdmin):
    fieldsets = (
        (
            None,
            {
                "fields": ("date", "title", "slug", "teaser", "body", "hero_image"),
                "description": _(
                    "The teaser is the sentence the start page, the news listing and the "
                    "feeds show below the title; the text is the article itself."
                ),
            },
        ),
        (
            _("Place in the site"),
            {
                "fields": ("parent", "sort_order"),
                "description": _("Choose the news listing (“Aktuelles”) the article appears on."),
            },
        ),
        PAGE_FIELDSETS[2],
    )
    list_display = ["title", "date", "status", "translation_status", "url_link", "updated_at"]
    list_filter = ["status", "translation_status"]
    date_hierarchy = "date"
    ordering = ["-date", "-pk"]
    search_fields = [*PageAdmin.search_fields, "body_de", "body_en"]
