from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def lang_attr(obj, field="title"):
    """` lang="de"` when ``obj.field`` is shown in German on an English page
    (its English text is missing), so screen readers pronounce it right."""
    fallback = getattr(obj, "fallback_language", None)
    language = fallback(field) if fallback else None
    return format_html(' lang="{}"', language) if language else ""


@register.filter
def is_external(url):
    return isinstance(url, str) and url.startswith(("http://", "https://"))


@register.filter
def rendition(image, width):
    return image.rendition_url(int(width))
