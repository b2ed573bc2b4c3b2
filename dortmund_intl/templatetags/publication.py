"""The admin start page's list of pages that appear or disappear on their own."""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from dortmund_intl.models import Page

register = template.Library()


def _entry(page):
    opts = ContentType.objects.get_for_id(page.content_type_id).model_class()._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[page.pk])
    return {"page": page, "label": page.publication_label, "url": url}


@register.simple_tag(takes_context=True)
def scheduled_pages(context, limit=10):
    """The next scheduled pages and the latest expired ones (two queries, bounded)."""
    if not context["request"].user.has_perm("dortmund_intl.view_page"):
        return {}
    columns = ["title", "go_live_at", "expire_at", "status", "content_type_id"]
    pages = Page.objects.only(*columns, "title_de", "title_en")
    return {
        "scheduled": [_entry(p) for p in pages.scheduled().order_by("go_live_at")[:limit]],
        "expired": [_entry(p) for p in pages.expired().order_by("-expire_at")[:limit]],
    }
