"""Factories for the legal app."""

import factory

from dortmund_intl.legal.models import LegalNotice, PrivacyNotice, ProcessingActivity
from tests.factories import PageFactoryBase, start_page


class LegalNoticeFactory(PageFactoryBase):
    class Meta:
        model = LegalNotice

    parent = factory.LazyFunction(start_page)
    title_de = "Impressum"
    title_en = "Legal notice"
    publisher_de = "Stadt Dortmund"
    publisher_en = "City of Dortmund"
    legal_form_de = "Körperschaft des öffentlichen Rechts"
    legal_form_en = "A body of public law"
    represented_by_de = "Vertreten durch den Oberbürgermeister"
    represented_by_en = "Represented by the Lord Mayor"
    postal_address = "Betenstraße 19\n44135 Dortmund"
    email = "info@example.org"
    phone = "0000 000000"
    content_responsible_de = "Büro für Internationale Beziehungen"
    content_responsible_en = "Office for International Relations"


class PrivacyNoticeFactory(PageFactoryBase):
    class Meta:
        model = PrivacyNotice

    parent = factory.LazyFunction(start_page)
    title_de = "Datenschutz"
    title_en = "Privacy"
    controller_de = "Stadt Dortmund, vertreten durch den Oberbürgermeister"
    controller_en = "City of Dortmund, represented by the Lord Mayor"
    data_protection_officer_de = "Die Datenschutzbeauftragte der Stadt Dortmund."
    data_protection_officer_en = "The City of Dortmund's data-protection officer."
    rights_de = "Auskunft (Art. 15 DSGVO) bis Widerspruch (Art. 21 DSGVO)."
    rights_en = "Access (Art. 15 GDPR) to objection (Art. 21 GDPR)."
    complaint_de = "Beschwerde bei der LDI NRW."
    complaint_en = "Complaint to the LDI NRW."
    complaint_link = "https://www.ldi.nrw.de/"


class ProcessingActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProcessingActivity

    notice = factory.SubFactory(PrivacyNoticeFactory)
    title_de = factory.Sequence(lambda n: f"Verarbeitung {n}")
    title_en = factory.Sequence(lambda n: f"Processing {n}")
    data_de = "IP-Adresse"
    data_en = "IP address"
    purpose_de = "Auslieferung"
    purpose_en = "Delivery"
    legal_basis_de = "Art. 6 Abs. 1 Buchst. e DSGVO"
    legal_basis_en = "Art. 6(1)(e) GDPR"
