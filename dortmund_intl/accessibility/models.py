"""The accessibility statement and the barrier reports of visitors.

The statement follows the EU's model accessibility statement (Implementing Decision
(EU) 2018/1523, Annex I): scope, compliance status against a standard, the parts that
are not accessible with the reason and the accessible alternative, how and when the
statement was prepared, the last review, the feedback contact and the enforcement
procedure. BITV 2.0 § 7 asks for the same and for a way to report barriers: that is
``BarrierReport``, filled in by visitors through a form (views.py) and handled by the
office in the admin.
"""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Page, TranslationTracked

DESCRIPTION_MAX_LENGTH = 5000


def one_year_before(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class AccessibilityStatement(Page):
    """The "Erklärung zur Barrierefreiheit". Its text (the page's body) introduces it."""

    listed_in_sections = False  # linked from every page's footer

    class Compliance(models.TextChoices):
        FULLY = "fully", _("fully compliant")
        PARTIALLY = "partially", _("partially compliant")
        NOT = "not", _("not compliant")

    class Standard(models.TextChoices):
        BITV = "bitv", _("BITV 2.0")
        EN_301_549 = "en301549", _("EN 301 549")
        WCAG_21_AA = "wcag21aa", _("WCAG 2.1, level AA")

    class Method(models.TextChoices):
        SELF = "self", _("self-assessment")
        THIRD_PARTY = "third_party", _("assessment by a third party")

    scope = models.TextField(
        _("scope"),
        help_text=_(
            'Which website the statement covers, e.g. "This statement applies to the website '
            'international.dortmund.de of the City of Dortmund."'
        ),
    )
    compliance = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIALLY,
        help_text=_(
            "“Fully” only when every requirement of the standard is met. As soon as one "
            "part below is not accessible, the site is “partially” compliant."
        ),
    )
    standard = models.CharField(
        _("standard"),
        max_length=10,
        choices=Standard.choices,
        default=Standard.BITV,
        help_text=_(
            "The standard the site was checked against. BITV 2.0 refers to EN 301 549, "
            "which contains WCAG 2.1 level AA."
        ),
    )
    method = models.CharField(
        _("how the statement was prepared"),
        max_length=12,
        choices=Method.choices,
        default=Method.SELF,
    )
    assessor = models.CharField(
        _("assessed by"),
        max_length=200,
        blank=True,
        help_text=_("Only for an assessment by a third party: who tested the site."),
    )
    prepared_on = models.DateField(
        _("statement prepared on"), help_text=_("The day the statement was first prepared.")
    )
    last_reviewed_on = models.DateField(
        _("last reviewed on"),
        help_text=_(
            "The day the statement was last checked against the site. Review it at least "
            "once a year and after larger changes; the admin warns when a year has passed."
        ),
    )
    feedback_contact = models.TextField(
        _("feedback contact"),
        help_text=_(
            "Who visitors can contact about barriers, with postal address. The barrier "
            "report form is linked below it automatically."
        ),
    )
    feedback_email = models.EmailField(_("e-mail for feedback"), blank=True)
    feedback_phone = models.CharField(_("phone for feedback"), max_length=50, blank=True)
    enforcement = models.TextField(
        _("enforcement procedure"),
        help_text=_(
            "What visitors can do when their feedback got no satisfactory answer: in North "
            "Rhine-Westphalia the Ombudsstelle für barrierefreie Informationstechnik "
            "(enforcement and conciliation procedure)."
        ),
    )
    enforcement_link = models.URLField(
        _("link to the enforcement procedure"),
        max_length=500,
        blank=True,
        help_text=_("The address of the ombudsman's or enforcement body's page."),
    )
    enforcement_link_text = models.CharField(
        _("text of that link"),
        max_length=200,
        blank=True,
        help_text=_('What the link leads to, e.g. "Ombudsstelle für barrierefreie IT NRW".'),
    )

    page_view = "dortmund_intl.accessibility.views.StatementView"

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    @property
    def is_review_overdue(self) -> bool:
        """More than a year since the last review (BITV 2.0 § 7: at least yearly)."""
        if not self.last_reviewed_on:
            return False
        return self.last_reviewed_on < one_year_before(timezone.localdate())


class NonAccessiblePart(TranslationTracked):
    """A part of the site that is not (fully) accessible, why, and what to use instead."""

    class Reason(models.TextChoices):
        NON_COMPLIANCE = "non_compliance", _("non-compliance")
        DISPROPORTIONATE_BURDEN = "burden", _("disproportionate burden")
        OUT_OF_SCOPE = "out_of_scope", _("not within the scope of the law")

    statement = models.ForeignKey(
        AccessibilityStatement,
        verbose_name=_("accessibility statement"),
        on_delete=models.CASCADE,
        related_name="non_accessible_parts",
    )
    description = models.TextField(
        _("what is not accessible"),
        help_text=_("Describe the content and the barrier in plain words."),
    )
    reason = models.CharField(
        _("reason"), max_length=20, choices=Reason.choices, default=Reason.NON_COMPLIANCE
    )
    alternative = models.TextField(
        _("accessible alternative"),
        blank=True,
        help_text=_("How visitors still get the information, e.g. by e-mail or by phone."),
    )
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("part that is not accessible")
        verbose_name_plural = _("parts that are not accessible")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.description[:80]


class BarrierReport(models.Model):
    """A barrier a visitor reported through the form, and how the office handled it.

    Deleted by ``manage.py purge_barrier_reports`` once older than
    ``FEEDBACK_RETENTION_DAYS``, as the privacy page says."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_PROGRESS = "in_progress", _("in progress")
        ANSWERED = "answered", _("answered")

    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    page = models.CharField(_("page concerned"), max_length=500, blank=True)
    description = models.TextField(
        _("description of the barrier"), max_length=DESCRIPTION_MAX_LENGTH
    )
    language = models.CharField(
        _("language of the visitor"), max_length=5, choices=settings.LANGUAGES, default="de"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.TextField(
        _("internal note"),
        blank=True,
        help_text=_("For the office only: what was done, when the visitor was answered."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("barrier report")
        verbose_name_plural = _("barrier reports")
        ordering = ["-created_at"]

    def __str__(self):
        received = timezone.localtime(self.created_at) if self.created_at else None
        when = received.strftime("%Y-%m-%d %H:%M") if received else "–"
        return f"{when}: {self.description[:60]}"

    def get_absolute_url(self):
        return reverse("admin:accessibility_barrierreport_change", args=[self.pk])
