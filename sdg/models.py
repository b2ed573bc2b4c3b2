"""The 17 UN Sustainable Development Goals and the pages tagged with them.

The goals themselves are created by a data migration (0002), so they exist on every
installation; editors write what Dortmund does for each goal and publish it. Any page
of any kind can be tagged with goals (``GoalTag``); a goal's page lists those pages.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Page

from . import colours, pictograms

GOAL_COUNT = 17


class GoalIndexPage(Page):
    """The overview of the 17 goals: the parent of every goal page.

    Right after ``migrate`` there may be no start page yet. The overview then has no
    parent and still gets the address it will have under the start page
    (``/de/nachhaltigkeitsziele/``), so attaching it later moves nothing.
    """

    page_view = "sdg.views.GoalIndexView"

    class Meta:
        verbose_name = _("overview of the goals")
        verbose_name_plural = _("overview of the goals")

    def build_url_path(self, language: str) -> str:
        if self.parent_id is None:
            slug = getattr(self, f"slug_{language}") or self.slug
            return f"/{language}/{slug}/"
        return super().build_url_path(language)


class Goal(Page):
    """One of the 17 goals: the UN's number, name and colour, and Dortmund's text."""

    page_view = "sdg.views.GoalView"

    number = models.PositiveSmallIntegerField(
        _("number"),
        unique=True,
        validators=[MinValueValidator(1), MaxValueValidator(GOAL_COUNT)],
        help_text=_("The goal's number as the United Nations count them, 1 to 17."),
    )
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_(
            'The goal\'s short name as the United Nations word it, e.g. "Leben an Land". '
            "Shown on the tiles of the overview."
        ),
    )
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9A-F]{6}$", _('A colour such as "#56C02B".'))],
        help_text=_(
            "The goal's official colour. The text colour on it is chosen to stay readable."
        ),
    )
    pages = models.ManyToManyField(
        Page,
        through="GoalTag",
        through_fields=("goal", "page"),
        related_name="goals",
        blank=True,
        verbose_name=_("tagged pages"),
    )

    class Meta:
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(number__gte=1, number__lte=GOAL_COUNT),
                name="goal_number_1_to_17",
            )
        ]

    def clean(self):
        super().clean()
        if self.parent_id and not GoalIndexPage.objects.filter(pk=self.parent_id).exists():
            raise ValidationError(
                {"parent": _("A goal belongs under the overview of the 17 goals.")}
            )

    @cached_property
    def text_colour(self) -> str:
        return colours.text_colour_on(self.colour)

    @property
    def pictogram(self) -> str:
        return pictograms.pictogram(self.number)


class GoalTag(models.Model):
    """Says that a page (a partnership, an award, a topic page, ...) serves a goal."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="goal_tags")
    goal = models.ForeignKey(
        Goal,
        verbose_name=_("goal"),
        on_delete=models.CASCADE,
        related_name="tags",
        help_text=_("The page is listed on this goal's page."),
    )

    class Meta:
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals (SDG) this page serves")
        ordering = ["goal__number"]
        constraints = [
            models.UniqueConstraint(fields=["page", "goal"], name="unique_goal_per_page")
        ]

    def __str__(self):
        return str(self.goal)
