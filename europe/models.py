"""Europe and awards: the Council of Europe's Europe Prize ladder, awards, European
networks, EU-funded projects and EU information pages.

Every kind is a page (``dortmund_intl.models.Page``), so each has an address in both
languages, breadcrumbs, teasers and a place in search and the sitemap. The three
overview pages list the pages of their kind placed under them.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import LANGUAGE_CODES, Page

YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]


class EuropePrizeStage(models.IntegerChoices):
    """The four stages of the Council of Europe's Europe Prize, lowest first."""

    EUROPEAN_DIPLOMA = 1, _("European Diploma")
    FLAG_OF_HONOUR = 2, _("Flag of Honour")
    PLAQUE_OF_HONOUR = 3, _("Plaque of Honour")
    EUROPE_PRIZE = 4, _("Europe Prize")


class AwardIndexPage(Page):
    """The awards overview: the Europe Prize ladder and the awards placed under it."""

    page_view = "europe.views.AwardIndexView"

    class Meta:
        verbose_name = _("awards overview")
        verbose_name_plural = _("awards overviews")


class Award(Page):
    """An award the city received. Its title is the award's name, its text the story,
    its main image the picture."""

    awarding_body = models.CharField(
        _("awarded by"),
        max_length=200,
        help_text=_('Who gives the award, e.g. "Council of Europe" or "European Commission".'),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=YEAR_VALIDATORS, help_text=_("The year Dortmund received it.")
    )
    europe_prize_stage = models.PositiveSmallIntegerField(
        _("stage of the Europe Prize"),
        choices=EuropePrizeStage.choices,
        null=True,
        blank=True,
        unique=True,
        help_text=_(
            "Only for the Council of Europe's Europe Prize: which of its four stages this "
            "award is. The ladder graphic marks the stage as reached, with the year."
        ),
    )

    page_view = "europe.views.AwardView"

    def linked_data(self, origin: str, url: str, context) -> list[dict]:
        """The award as a schema.org CreativeWork (a distinction conferred by its
        awarding body on Dortmund in a year): there is no Award type."""
        award = {
            "@type": "CreativeWork",
            "name": self.title,
            "dateCreated": str(self.year),
            "creator": {"@type": "Organization", "name": self.awarding_body},
            "about": {"@type": "City", "name": "Dortmund"},
            "subjectOf": {"@id": url},
        }
        if self.teaser:
            award["description"] = self.teaser
        return [award]

    class Meta:
        verbose_name = _("award")
        verbose_name_plural = _("awards")
        ordering = ["-year", "sort_order"]


class NetworkIndexPage(Page):
    """The overview of the European and international networks placed under it."""

    page_view = "europe.views.NetworkIndexView"

    class Meta:
        verbose_name = _("networks overview")
        verbose_name_plural = _("networks overviews")


class Network(Page):
    """A network of cities or municipalities Dortmund works in."""

    link = models.URLField(
        _("website"),
        max_length=500,
        blank=True,
        help_text=_("The network's own website, e.g. https://www.rgre.de/"),
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Year Dortmund joined. Leave empty when it is not known for certain."),
    )
    role = models.CharField(
        _("what Dortmund does there"),
        max_length=300,
        blank=True,
        help_text=_(
            "One sentence on Dortmund's part in the network, shown in the overview, "
            'e.g. "Member; represented in the culture and social forums".'
        ),
    )

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")


class ProjectIndexPage(Page):
    """The overview of the EU-funded projects placed under it."""

    page_view = "europe.views.ProjectIndexView"

    class Meta:
        verbose_name = _("EU projects overview")
        verbose_name_plural = _("EU projects overviews")


class EUProject(Page):
    """A project in Dortmund funded by the European Union."""

    programme = models.CharField(
        _("funding programme"),
        max_length=200,
        help_text=_('The EU programme that funds it, e.g. "Horizon Europe" or "ERDF".'),
    )
    start_year = models.PositiveSmallIntegerField(_("from (year)"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(
        _("until (year)"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave empty while the end is open."),
    )
    eu_funding = models.DecimalField(
        _("EU funding in euros"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        help_text=_("The amount the EU contributes, in whole euros. Leave empty if unknown."),
    )
    funding_note = models.CharField(
        _("note on the funding"),
        max_length=300,
        blank=True,
        help_text=_('Optional, e.g. "Advice and easier access to funding, no fixed amount".'),
    )
    link = models.URLField(
        _("project website"),
        max_length=500,
        blank=True,
        help_text=_("The project's own website or its page at the EU."),
    )

    class Meta:
        verbose_name = _("EU project")
        verbose_name_plural = _("EU projects")
        ordering = ["-start_year", "sort_order"]

    def clean(self):
        super().clean()
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The project cannot end before it starts.")})


class EUInfoPage(Page):
    """Information on an EU topic for residents: Brexit, free movement, Europe Direct."""

    source_link = models.URLField(
        _("official information"),
        max_length=500,
        blank=True,
        help_text=_("Where visitors find the official, binding information, if anywhere."),
    )
    source_link_text = models.CharField(
        _("text of that link"),
        max_length=200,
        blank=True,
        help_text=_('What the link leads to, e.g. "Your Europe – the EU\'s portal for citizens".'),
    )
    checked_on = models.DateField(
        _("information as of"),
        null=True,
        blank=True,
        help_text=_(
            "The day the text was last checked against the legal situation; shown to visitors."
        ),
    )

    class Meta:
        verbose_name = _("EU information page")
        verbose_name_plural = _("EU information pages")

    def clean(self):
        super().clean()
        link_texts = [getattr(self, f"source_link_text_{code}", "") for code in LANGUAGE_CODES]
        if any(link_texts) and not self.source_link:
            raise ValidationError({"source_link": _("Enter the address the link text is for.")})
