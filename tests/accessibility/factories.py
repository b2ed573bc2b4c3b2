"""Factories for the accessibility app (the page layer's are in tests/factories.py)."""

import datetime

import factory
from django.utils import timezone

from dortmund_intl.accessibility.models import (
    AccessibilityStatement,
    BarrierReport,
    NonAccessiblePart,
)
from tests.factories import PageFactoryBase, start_page


class AccessibilityStatementFactory(PageFactoryBase):
    class Meta:
        model = AccessibilityStatement

    parent = factory.LazyFunction(start_page)
    title_de = "Erklärung zur Barrierefreiheit"
    title_en = "Accessibility statement"
    slug_de = factory.Sequence(lambda n: f"erklaerung-{n}")
    slug_en = factory.Sequence(lambda n: f"statement-{n}")
    scope_de = "Diese Erklärung gilt für die Website Dortmund International."
    scope_en = "This statement applies to the website Dortmund International."
    compliance = AccessibilityStatement.Compliance.PARTIALLY
    standard = AccessibilityStatement.Standard.BITV
    method = AccessibilityStatement.Method.SELF
    prepared_on = datetime.date(2026, 3, 2)
    last_reviewed_on = factory.LazyFunction(timezone.localdate)
    feedback_contact_de = "Büro für Internationale Beziehungen\nBetenstraße 19\n44135 Dortmund"
    feedback_contact_en = "Office for International Relations\nBetenstraße 19\n44135 Dortmund"
    feedback_email = "barrierefreiheit@example.org"
    enforcement_de = "Wenden Sie sich an die Ombudsstelle für barrierefreie IT."
    enforcement_en = "Turn to the ombudsman's office for accessible IT."
    enforcement_link = "https://www.lbbp.nrw.de/ombudsstelle"
    enforcement_link_text_de = "Ombudsstelle NRW"
    enforcement_link_text_en = "Ombudsman's office NRW"


class NonAccessiblePartFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NonAccessiblePart

    statement = factory.SubFactory(AccessibilityStatementFactory)
    description_de = factory.Sequence(lambda n: f"PDF-Dokument {n} ist nicht getaggt.")
    description_en = factory.Sequence(lambda n: f"PDF document {n} is not tagged.")
    reason = NonAccessiblePart.Reason.NON_COMPLIANCE
    alternative_de = "Wir senden den Text per E-Mail."
    alternative_en = "We send the text by e-mail."


class BarrierReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BarrierReport

    page = "/de/"
    description = "Der Kontrast der Links ist zu schwach."
