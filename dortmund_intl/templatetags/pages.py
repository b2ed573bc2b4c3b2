from django import template
from markupsafe import Markup

register = template.Library()


@register.filter
def lang_attr(obj, field="title"):
    """` lang="de"` when ``obj.field`` is shown in German on an English page
    (its English text is missing), so screen readers pronounce it right."""
    fallback = getattr(obj, "fallback_language", None)
    language = fallback(field) if fallback else None
    return Markup(' lang="{}"').format(language) if language else ""


@register.filter
def is_external(url):
    return isinstance(url, str) and url.startswith(("http://", "https://"))


@register.filter
def rendition(image, width):
    return image.rendition_url(int(width))


def picture(image, width, sizes, class_="", decorative=False, loading="lazy"):
    """A responsive ``<img>``: ``image`` (an Image or a picture card), ``width`` (px the
    layout needs), ``sizes`` (the sizes attribute), ``decorative`` (True when the image
    repeats a linked text: empty alt), ``loading`` ("lazy" unless it is at the top).

    Python rather than a template macro: a page shows up to a dozen images."""
    # markupsafe escapes the values (its C escape is several times faster than Django's).
    return Markup(
        '<img class="{}" src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}'
        ' loading="{}" decoding="async">'
    ).format(
        class_,
        image.rendition_url(int(width)),
        image.srcset,
        sizes,
        image.width,
        image.height,
        "" if decorative else image.alt,
        "" if decorative else lang_attr(image, "alt"),
        loading,
    )
