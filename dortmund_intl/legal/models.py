"""The legal notice (Impressum, § 5 DDG and § 18 MStV) and the privacy notice
(Art. 13 GDPR) as pages of this site that editors maintain.

Both have structured fields for what the law asks for, so that nothing is forgotten
and a missing fact shows as an empty field in the admin; the page's text (body) holds
everything else (liability for links, copyright, picture credits).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Page, TranslationTracked


class LegalNotice(Page):
    """The Impressum: who publishes the site and who answers for its content."""

    listed_in_sections = False  # linked from every page's footer

    publisher = models.CharField(
        _("publisher"),
        max_length=200,
        help_text=_('The body that publishes the site: "Stadt Dortmund".'),
    )
    legal_form = models.CharField(
        _("legal form"),
        max_length=200,
        blank=True,
        help_text=_('e.g. "Körperschaft des öffentlichen Rechts" (a body of public law).'),
    )
    represented_by = models.CharField(
        _("represented by"),
        max_length=300,
        blank=True,
        help_text=_(
            'Who represents it, e.g. "Represented by the Lord Mayor". Add the name if the '
            "legal notice should carry it."
        ),
    )
    postal_address = models.TextField(
        _("postal address"), help_text=_("Street and number, postcode and town, one per line.")
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("A general address for quick electronic contact (required by § 5 DDG)."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=50,
        blank=True,
        help_text=_("The general phone number (the central switchboard)."),
    )
    content_responsible = models.TextField(
        _("responsible for the content"),
        help_text=_(
            "The office (and, if wanted, the person) responsible for the content under "
            "§ 18 (2) MStV, with postal address."
        ),
    )
    supervisory_authority = models.TextField(
        _("supervisory authority"),
        blank=True,
        help_text=_("The authority that supervises the city, if it is to be named."),
    )
    vat_id = models.CharField(
        _("VAT identification number"),
        max_length=30,
        blank=True,
        help_text=_("Only if the city has one for this site's activities (§ 27a UStG)."),
    )

    class Meta:
        verbose_name = _("legal notice")
        verbose_name_plural = _("legal notices")

    @property
    def missing_contact(self) -> list[str]:
        """What § 5 DDG requires and the notice lacks (the admin warns about it)."""
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in ("email", "phone")
            if not getattr(self, name)
        ]


class PrivacyNotice(Page):
    """The privacy notice of the site: controller, data-protection officer, what is
    processed (``ProcessingActivity``), the visitor's rights and where to complain."""

    listed_in_sections = False  # linked from every page's footer

    controller = models.TextField(
        _("controller"),
        help_text=_("Who is responsible for the processing (Art. 4 (7) GDPR), with address."),
    )
    data_protection_officer = models.TextField(
        _("data-protection officer"),
        help_text=_("How visitors reach the city's data-protection officer."),
    )
    rights = models.TextField(
        _("the visitor's rights"),
        help_text=_(
            "Access, rectification, erasure, restriction, portability and objection "
            "(Art. 15–21 GDPR), and how to exercise them."
        ),
    )
    complaint = models.TextField(
        _("right to complain"),
        help_text=_("The supervisory authority visitors can complain to (Art. 77 GDPR)."),
    )
    complaint_link = models.URLField(
        _("link to the supervisory authority"),
        max_length=500,
        blank=True,
        help_text=_("e.g. https://www.ldi.nrw.de/"),
    )

    page_view = "dortmund_intl.legal.views.PrivacyNoticeView"

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")


class ProcessingActivity(TranslationTracked):
    """One thing the site does with personal data: what, why, on which legal basis, how
    long, and who receives it."""

    class Kind(models.TextChoices):
        OTHER = "other", _("other processing")
        BARRIER_REPORTS = "barrier_reports", _("barrier reports")

    notice = models.ForeignKey(
        PrivacyNotice,
        verbose_name=_("privacy notice"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.OTHER,
        help_text=_(
            "For the barrier report form the page adds the retention period the site "
            "actually applies (DJANGO_FEEDBACK_RETENTION_DAYS)."
        ),
    )
    title = models.CharField(_("title"), max_length=200)
    data = models.TextField(_("which data"))
    purpose = models.TextField(_("purpose"))
    legal_basis = models.TextField(_("legal basis"))
    retention = models.TextField(_("how long the data is kept"), blank=True)
    recipients = models.TextField(_("recipients"), blank=True)
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("processing of personal data")
        verbose_name_plural = _("processing of personal data")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title
