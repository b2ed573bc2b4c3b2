"""Full-text search over the published pages.

On PostgreSQL it uses the German and English text-search configurations (so
"Partnerschaften" finds "Partnerschaft"); SQLite, the local default, falls back to a
plain case-insensitive match.
"""

from django.db import connection
from django.db.models import Q

from .models import Page

MAX_RESULTS = 50
FIELDS = ("title", "teaser", "body")


def search_pages(query: str) -> list[Page]:
    query = query.strip()
    if not query:
        return []
    pages = Page.objects.published().teasers().filter(url_path_de__startswith="/")
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vectors = {
            code: SearchVector(*(f"{field}_{code}" for field in FIELDS), config=config)
            for code, config in (("de", "german"), ("en", "english"))
        }
        queries = {
            code: SearchQuery(query, config=config, search_type="websearch")
            for code, config in (("de", "german"), ("en", "english"))
        }
        pages = (
            pages.annotate(
                search_de=vectors["de"],
                search_en=vectors["en"],
                rank=SearchRank(vectors["de"], queries["de"])
                + SearchRank(vectors["en"], queries["en"]),
            )
            .filter(Q(search_de=queries["de"]) | Q(search_en=queries["en"]))
            .order_by("-rank", "pk")
        )
    else:
        match = Q()
        for field in FIELDS:
            for code in ("de", "en"):
                match |= Q(**{f"{field}_{code}__icontains": query})
        pages = pages.filter(match).order_by("sort_order", "pk")
    return list(pages[:MAX_RESULTS])
