"""The office, its people, and which contacts show on which page.

A page shows the people linked to it (``PageContact``, in the editors' order) or, when
it has none, those of its nearest ancestor that has some: linking the office's people
to the start page once gives every page a contact box, and a section overrides it by
linking its own people.
"""

import re
from functools import lru_cache

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from dortmund_intl.addresses import url
from dortmund_intl.models import Image, Page, TranslationTracked

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()/\-]{2,38}$",
    _('Enter a phone number with digits, spaces, "+", "-", "/" or brackets, e.g. +49 231 50-0.'),
)


@lru_cache(maxsize=1024)  # the names of offices and people, shown in every contact box
def file_slug(name: str) -> str:
    """``slugify(name)`` for a vCard's file name (Unicode normalisation and two regular
    expressions: the slowest part of a contact box)."""
    return slugify(name)


def tel_uri(phone: str) -> str:
    """A ``tel:`` address for a German phone number as editors write it:
    "0231 50-0" becomes "tel:+49231500", "+44 113 …" stays international."""
    digits = re.sub(r"[^0-9+]", "", phone)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+49" + digits[1:]
    return f"tel:{digits}"


def _published_pages(at=None):
    return Page.objects.published(at=at).values("pk")


class OfficeQuerySet(models.QuerySet):
    def public(self):
        """Offices a published page shows, in a contact box or on a contacts page."""
        shown = PageContact.objects.filter(
            person__office=OuterRef("pk"), page__in=_published_pages()
        )
        listed = ContactPage.objects.published().filter(office=OuterRef("pk"))
        return self.filter(Exists(shown) | Exists(listed))


class PersonQuerySet(models.QuerySet):
    def public(self, at=None):
        """People a published page shows in its contact box: only they are listed on
        their office's contacts page and have a vCard. Someone attached to nothing, or
        to drafts only, stays private until such a page is published."""
        shown = PageContact.objects.filter(person=OuterRef("pk"), page__in=_published_pages(at=at))
        return self.filter(Exists(shown))


class Office(TranslationTracked):
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_(
            'The office as it signs, e.g. "Amt für Angelegenheiten des Oberbürgermeisters '
            'und des Rates".'
        ),
    )
    unit = models.CharField(
        _("unit"),
        max_length=200,
        blank=True,
        help_text=_('The team within the office, e.g. "Büro für Internationale Beziehungen".'),
    )
    street = models.CharField(_("street and number"), max_length=200)
    postal_code = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("town"), max_length=100, default="Dortmund")
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[phone_validator],
        help_text=_("The office's general number, as visitors should dial it."),
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The office's general address."))
    reachability = models.TextField(
        _("how to reach us"),
        blank=True,
        help_text=_(
            "Opening hours, appointments, public transport, step-free access – whatever "
            "helps visitors. Plain text; line breaks are kept."
        ),
    )

    objects = OfficeQuerySet.as_manager()

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["name", "unit"]

    def __str__(self):
        return f"{self.name} – {self.unit}" if self.unit else self.name

    def get_absolute_url(self):
        return self.vcard_url

    @property
    def vcard_url(self) -> str:
        return url("contacts:office_vcard", self.pk)

    @property
    def vcard_filename(self) -> str:
        return f"{file_slug(self.unit or self.name)[:60] or 'office'}.vcf"

    @property
    def phone_uri(self) -> str:
        return tel_uri(self.phone) if self.phone else ""


class Person(TranslationTracked):
    honorific = models.CharField(
        _("academic title"), max_length=30, blank=True, help_text=_('e.g. "Dr."')
    )
    given_name = models.CharField(_("first name"), max_length=100)
    family_name = models.CharField(
        _("last name"), max_length=100, help_text=_('With any prefix, e.g. "van der Pütten".')
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        help_text=_('What the person does, as shown under the name, e.g. "Leitung".'),
    )
    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="people"
    )
    portrait = models.ForeignKey(
        Image,
        verbose_name=_("portrait"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Only with the person's consent. The image's alternative text is read out."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        validators=[phone_validator],
        help_text=_("Direct line, only if the person agreed to publish it."),
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Only if the person agreed to publish it.")
    )
    sort_order = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Lower numbers come first on the contacts page.")
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["sort_order", "family_name", "given_name"]

    def __str__(self):
        return self.full_name

    def get_absolute_url(self):
        return self.vcard_url

    @property
    def full_name(self) -> str:
        return " ".join(
            part for part in (self.honorific, self.given_name, self.family_name) if part
        )

    @property
    def vcard_url(self) -> str:
        return url("contacts:person_vcard", self.pk)

    @property
    def vcard_filename(self) -> str:
        return f"{file_slug(f'{self.given_name} {self.family_name}')[:60] or 'contact'}.vcf"

    @property
    def phone_uri(self) -> str:
        return tel_uri(self.phone) if self.phone else ""


class PageContact(models.Model):
    """One person in a page's contact box; the page's children inherit the box."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="contact_links")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="page_links"
    )
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "person"], name="unique_contact_per_page")
        ]

    def __str__(self):
        return str(self.person)


def _contact_point(name: str, role: str, phone: str, email: str) -> dict:
    point = {"@type": "ContactPoint", "name": name, "availableLanguage": ["de", "en"]}
    if role:
        point["contactType"] = role
    if phone:
        point["telephone"] = phone
    if email:
        point["email"] = email
    return point


class ContactPage(Page):
    """A page listing an office with its address and its people."""

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="contact_pages"
    )

    page_view = "contacts.views.ContactPageView"
    page_select_related = ("office",)

    def linked_data(self, origin: str, url: str, context) -> list[dict]:
        """The office as a schema.org GovernmentOffice with its address, its general
        contact point and one per person the page lists (from the page's contacts)."""
        office = self.office
        points = []
        if office.phone or office.email:
            points.append(
                _contact_point(office.unit or office.name, "", office.phone, office.email)
            )
        for group in context.get("contacts") or []:
            if group.office.pk != office.pk:
                continue
            points += [
                _contact_point(person.full_name, person.role, person.phone, person.email)
                for person in group.people
            ]
        data = {
            "@type": "GovernmentOffice",
            "name": f"{office.name} – {office.unit}" if office.unit else office.name,
            "url": url,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": office.street,
                "postalCode": office.postal_code,
                "addressLocality": office.city,
                "addressCountry": "DE",
            },
            "parentOrganization": {"@type": "GovernmentOrganization", "name": "Stadt Dortmund"},
        }
        if office.phone:
            data["telephone"] = office.phone
        if office.email:
            data["email"] = office.email
        if points:
            data["contactPoint"] = points
        return [data]

    class Meta:
        verbose_name = _("contacts page")
        verbose_name_plural = _("contacts pages")
