"""City partnerships and international project partnerships.

A partnership is a page (it extends the shared page base). It lives under the
overview page of its section, chosen from its kind by ``services.place``; changing
the kind (Kumasi: project partnership, city partnership since 2024) moves it to the
other section and the page layer keeps every old address answering with a 301.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Page, PageQuerySet, TranslationTracked

from . import countries

FIRST_YEAR = 1945


def validate_year(value: int) -> None:
    """A partnership year lies between 1945 and this year."""
    if value < FIRST_YEAR:
        raise ValidationError(
            _("Dortmund's partnerships date from %(first)s onwards; %(year)s is too early."),
            code="too_early",
            params={"first": FIRST_YEAR, "year": value},
        )
    if value > timezone.localdate().year:
        raise ValidationError(
            _("The year %(year)s lies in the future. Enter the year it happened."),
            code="future",
            params={"year": value},
        )


def validate_past_date(value) -> None:
    if value > timezone.localdate():
        raise ValidationError(
            _("This date lies in the future. Enter the date of the council decision."),
            code="future",
        )
    validate_year(value.year)


class Section(models.TextChoices):
    CITY = "city", _("City partnerships")
    PROJECT = "project", _("Project partnerships")


class PartnershipIndexPage(Page):
    """The overview of one section: the list of its partnerships and their map."""

    section = models.CharField(
        _("lists"),
        max_length=10,
        choices=Section.choices,
        unique=True,
        help_text=_(
            "Which partnerships this overview lists. There is one overview per kind of "
            "list; a partnership is placed under the overview of its kind automatically."
        ),
    )

    page_view = "partnerships.views.PartnershipIndexView"

    class Meta:
        verbose_name = _("partnership overview")
        verbose_name_plural = _("partnership overviews")
        ordering = ["section"]


class PartnershipQuerySet(PageQuerySet):
    def in_section(self, section: str) -> "PartnershipQuerySet":
        return self.filter(kind__in=Partnership.kinds_in(section))

    def by_year(self) -> "PartnershipQuerySet":
        """Oldest partnership first; those whose year is not known at the end."""
        return self.order_by(F("since").asc(nulls_last=True), "municipality_de", "pk")


class Partnership(Page):
    class Kind(models.TextChoices):
        CITY = "city", _("City partnership")
        FRIENDSHIP = "friendship", _("Friendship")
        SOLIDARITY = "solidarity", _("Solidarity partnership")
        PROJECT = "project", _("Project partnership")

    class State(models.TextChoices):
        ACTIVE = "active", _("Active")
        DORMANT = "dormant", _("Dormant")
        ENDED = "ended", _("Ended")

    # The section (overview page) each kind of partnership is listed in.
    SECTIONS = {
        Kind.CITY: Section.CITY,
        Kind.FRIENDSHIP: Section.CITY,
        Kind.SOLIDARITY: Section.CITY,
        Kind.PROJECT: Section.PROJECT,
    }

    municipality = models.CharField(
        _("partner municipality"),
        max_length=120,
        help_text=_(
            "The name of the partner town or city as it is written in this language, "
            'e.g. "Rostow am Don" / "Rostov-on-Don". Shown on the map and in the lists.'
        ),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=countries.choices,
        db_index=True,
        help_text=_("The country the partner municipality lies in today."),
    )
    kind = models.CharField(
        _("kind of partnership"),
        max_length=12,
        choices=Kind.choices,
        default=Kind.CITY,
        help_text=_(
            "Decides the overview the partnership is listed in. Changing it moves the page "
            "to the other overview; its old address forwards automatically. Add a "
            "milestone to record the change."
        ),
    )
    state = models.CharField(
        _("state of the partnership"),
        max_length=10,
        choices=State.choices,
        default=State.ACTIVE,
        help_text=_('"Dormant" when contacts rest for the time being; shown as such.'),
    )
    since = models.PositiveSmallIntegerField(
        _("partner since"),
        null=True,
        blank=True,
        validators=[validate_year],
        help_text=_("The year the partnership began, e.g. 1969. Leave empty if not known."),
    )
    council_decision = models.DateField(
        _("council decision"),
        null=True,
        blank=True,
        validators=[validate_past_date],
        help_text=_("Optional: the day the City Council decided on the partnership."),
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(
                -90, _("A latitude lies between -90 (South Pole) and 90 (North Pole).")
            ),
            MaxValueValidator(
                90, _("A latitude lies between -90 (South Pole) and 90 (North Pole).")
            ),
        ],
        help_text=_("Decimal degrees, north positive, e.g. 53.7997 for Leeds."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(-180, _("A longitude lies between -180 and 180.")),
            MaxValueValidator(180, _("A longitude lies between -180 and 180.")),
        ],
        help_text=_("Decimal degrees, east positive, west negative, e.g. -1.5492 for Leeds."),
    )
    wikidata_id = models.CharField(
        _("Wikidata id"),
        max_length=20,
        blank=True,
        validators=[
            RegexValidator(
                r"^Q[1-9][0-9]*$",
                _('A Wikidata id is a "Q" followed by digits, e.g. Q39121 for Leeds.'),
            )
        ],
        help_text=_(
            "The id of the municipality on wikidata.org (Q followed by digits). Linked "
            "from the page and included in the open data."
        ),
    )

    objects = PartnershipQuerySet.as_manager()

    page_view = "partnerships.views.PartnershipView"

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = [F("since").asc(nulls_last=True), "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["wikidata_id"],
                condition=~Q(wikidata_id=""),
                name="unique_partnership_wikidata_id",
                violation_error_message=_("Another partnership already has this Wikidata id."),
            )
        ]

    @classmethod
    def kinds_in(cls, section: str) -> list[str]:
        return [kind for kind, kind_section in cls.SECTIONS.items() if kind_section == section]

    @property
    def section(self) -> str:
        return self.SECTIONS[self.kind]

    @property
    def country_name(self) -> str:
        return countries.name(self.country)

    @property
    def wikidata_url(self) -> str:
        return f"https://www.wikidata.org/wiki/{self.wikidata_id}" if self.wikidata_id else ""

    def linked_data(self, origin: str, url: str, context) -> list[dict]:
        """The partner municipality as a schema.org City, with its coordinates and its
        Wikidata item."""
        city = {
            "@type": "City",
            "name": self.municipality,
            "address": {"@type": "PostalAddress", "addressCountry": self.country},
            "subjectOf": {"@id": url},
        }
        if self.latitude is not None and self.longitude is not None:
            city["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": self.latitude,
                "longitude": self.longitude,
            }
        if self.wikidata_url:
            city["sameAs"] = self.wikidata_url
        return [city]

    @property
    def state_note(self) -> str:
        """What the lists say about a partnership that is not active ("" when it is)."""
        note = _STATE_NOTES.get(self.state)
        return str(note) if note else ""

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {
                    "latitude" if self.latitude is None else "longitude": _(
                        "Enter both coordinates, or leave both empty."
                    )
                }
            )
        if self.parent_id is None:
            # Not placed yet: services.place() puts it under the overview of its kind
            # (the admin form does so before validating and reports a missing overview).
            return
        super().clean()


# What the lists say about a partnership that is not active (translated when shown).
_STATE_NOTES = {
    Partnership.State.DORMANT: _("Contact dormant"),
    Partnership.State.ENDED: _("Partnership ended"),
}


class Milestone(TranslationTracked):
    partnership = models.ForeignKey(
        Partnership,
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="milestones",
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=[validate_year])
    text = models.CharField(
        _("what happened"),
        max_length=500,
        help_text=_("One or two sentences, e.g. “The City Council confirms the partnership.”"),
    )
    sort_order = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Orders milestones of the same year.")
    )

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["year", "sort_order", "pk"]

    def __str__(self):
        return f"{self.year}: {self.text}"

    def get_absolute_url(self):
        return f"{self.partnership.get_absolute_url()}#milestones"


class PartnerOrganisation(TranslationTracked):
    class Role(models.TextChoices):
        LOCAL_PARTNER = "partner", _("Local partner")
        ASSOCIATION = "association", _("Twinning association")

    partnership = models.ForeignKey(
        Partnership,
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="organisations",
    )
    role = models.CharField(
        _("role in the partnership"),
        max_length=12,
        choices=Role.choices,
        default=Role.LOCAL_PARTNER,
        help_text=_(
            "Local partners work on the partnership's projects (e.g. EDG, Klinikum "
            "Dortmund); twinning associations are the citizens' clubs of a partnership."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    link = models.URLField(
        _("website"), max_length=500, blank=True, help_text=_("Optional, e.g. https://…")
    )
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("local partner or association")
        verbose_name_plural = _("local partners and twinning associations")
        ordering = ["role", "sort_order", "pk"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.link or self.partnership.get_absolute_url()
