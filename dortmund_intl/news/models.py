"""News: dated articles ("Aktuelles") under a listing page that shows them newest first.

An article is a page like any other (title, teaser, text, main image, "Mehr zum Thema",
SDG tags, revisions, translation status); what it adds is the date visitors see. It
lives under a listing page, which decides its address and lists it.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Page

PUBLISHER_DE = (
    "Stadt Dortmund – Amt für Angelegenheiten des Oberbürgermeisters und des Rates, "
    "Büro für Internationale Beziehungen"
)
PUBLISHER_EN = (
    "City of Dortmund – Office of the Lord Mayor and the City Council, "
    "Office for International Relations"
)


class NewsIndexPage(Page):
    """The news listing ("Aktuelles"): its published articles, newest first, ten a page."""

    page_view = "dortmund_intl.news.views.NewsIndexView"

    class Meta:
        verbose_name = _("news listing")
        verbose_name_plural = _("news listings")


class NewsArticle(Page):
    """One piece of news: its date, title, teaser, text and image."""

    # Listed on the news listing page, not among its parent's sub-pages.
    listed_in_sections = False

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        db_index=True,
        help_text=_(
            "The date visitors see above the article; the listing and the feeds sort by "
            "it. When the article appears on the site is set under “Publication”."
        ),
    )

    page_view = "dortmund_intl.news.views.NewsArticleView"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        ordering = ["-date", "-pk"]

    def clean(self):
        super().clean()
        if self.parent_id and not NewsIndexPage.objects.filter(pk=self.parent_id).exists():
            raise ValidationError(
                {"parent": _("A news article belongs under a news listing page.")}
            )

    def linked_data(self, origin: str, url: str, context) -> list[dict]:
        """The article as a schema.org NewsArticle, published by the city's office."""
        language = get_language()
        article = {
            "@type": "NewsArticle",
            "@id": f"{url}#article",
            "mainEntityOfPage": {"@id": url},
            "url": url,
            "headline": self.title[:110],
            "datePublished": self.date.isoformat(),
            "dateModified": timezone.localtime(self.updated_at).isoformat(),
            "inLanguage": language,
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": PUBLISHER_DE if language == "de" else PUBLISHER_EN,
                "url": f"{origin}/{language}/",
            },
        }
        if self.teaser:
            article["description"] = self.teaser
        if self.hero_image:
            article["image"] = f"{origin}{self.hero_image.rendition_url(1200)}"
        return [article]
