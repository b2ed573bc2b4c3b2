"""What search engines and link previews read in a page's <head>.

Everything comes from what the page already has in its context (the page, the frame's
breadcrumbs, the addresses in the other languages), so it costs no query: the canonical
address, the hreflang alternates with x-default, Open Graph and Twitter-card meta, a
robots directive for pages that must not be indexed, and JSON-LD (a WebPage with its
BreadcrumbList, plus whatever the page's kind says about itself through
``Page.linked_data``).
"""

import html
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language
from jinja2 import pass_context
from markupsafe import Markup

from dortmund_intl.addresses import site_root
from dortmund_intl.strings import gettext as _

LOCALES = {"de": "de_DE", "en": "en_GB"}
IMAGE_WIDTH = 1200  # the rendition link previews show (Open Graph asks for 1200 wide)


@dataclass
class HeadMeta:
    canonical: str
    alternates: list[tuple[str, str]]
    robots: str = ""
    open_graph: list[tuple[str, str]] = field(default_factory=list)
    twitter: list[tuple[str, str]] = field(default_factory=list)
    json_ld: Markup = Markup("")


def origin(request) -> str:
    """The site's own address: its one public address (``DJANGO_SITE_URL``) when set,
    else the host the visitor reached (one of ALLOWED_HOSTS, checked by Django)."""
    scheme, host = site_root(request)
    return f"{scheme}://{host}"


def absolute(base: str, url: str) -> str:
    return f"{base}{url}" if url.startswith("/") else url


def json_script(data) -> Markup:
    """JSON for a <script type="application/ld+json"> block: no "</script>" or "<!--"
    can end it early, whatever an editor wrote."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


@pass_context
def head_meta(context, title: str, language_urls: dict) -> HeadMeta:
    request = context["request"]
    title = html.unescape(str(title)).strip()  # the rendered title block, as text
    base = origin(request)
    language = get_language()
    page = context.get("page")
    preview = context.get("preview")
    canonical = base + (page.url_for(language) if page and not preview else request.path)
    alternates = [(code, base + address) for code, address in language_urls.items()]
    default = language_urls.get(settings.LANGUAGE_CODE)
    if default:
        alternates.append(("x-default", base + default))
    robots = "noindex, nofollow" if preview else context.get("robots", "")
    description = (page.teaser if page else "") or ""
    image = page.hero_image if page else None
    image_url = absolute(base, image.rendition_url(IMAGE_WIDTH)) if image else ""

    site_name = f"{_('City of Dortmund')} – {_('International')}"
    open_graph = [
        ("og:type", "article" if page and page.parent_id else "website"),
        ("og:site_name", site_name),
        ("og:title", title),
        ("og:url", canonical),
        ("og:locale", LOCALES.get(language, language)),
        *[("og:locale:alternate", LOCALES[code]) for code in language_urls if code != language],
    ]
    twitter = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", title),
    ]
    if description:
        open_graph.append(("og:description", description))
        twitter.append(("twitter:description", description))
    if image:
        open_graph += [("og:image", image_url), ("og:image:alt", image.alt)]
        twitter += [("twitter:image", image_url), ("twitter:image:alt", image.alt)]

    graph = [_web_page(canonical, title, description, language, base, image_url)]
    crumbs = context.get("frame").breadcrumbs if context.get("frame") else []
    if crumbs:
        graph[0]["breadcrumb"] = {"@id": f"{canonical}#breadcrumbs"}
        graph.append(_breadcrumb_list(canonical, crumbs, base))
    if page and not preview:
        graph += page.linked_data(base, canonical, context)
    return HeadMeta(
        canonical=canonical,
        alternates=alternates,
        robots=robots,
        open_graph=open_graph,
        twitter=twitter,
        json_ld=json_script({"@context": "https://schema.org", "@graph": graph}),
    )


def _web_page(canonical, title, description, language, base, image_url) -> dict:
    data = {
        "@type": "WebPage",
        "@id": canonical,
        "url": canonical,
        "name": title,
        "inLanguage": language,
        "isPartOf": {
            "@type": "WebSite",
            "name": f"{_('City of Dortmund')} – {_('International')}",
            "url": f"{base}/{language}/",
        },
    }
    if description:
        data["description"] = description
    if image_url:
        data["primaryImageOfPage"] = {"@type": "ImageObject", "url": image_url}
    return data


def _breadcrumb_list(canonical: str, crumbs, base: str) -> dict:
    return {
        "@type": "BreadcrumbList",
        "@id": f"{canonical}#breadcrumbs",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": absolute(base, crumb.url),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }
