"""Factories for the contacts app (the page layer's are in tests/factories.py)."""

import factory

from contacts.models import ContactPage, Office, PageContact, Person
from tests.factories import ImageFactory, PageFactoryBase, TopicPageFactory, start_page


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    name_de = "Amt für Angelegenheiten des Oberbürgermeisters und des Rates"
    name_en = "Office of the Lord Mayor and the City Council"
    unit_de = factory.Sequence(lambda n: f"Büro {n}")
    unit_en = factory.Sequence(lambda n: f"Office {n}")
    street = "Betenstraße 19"
    postal_code = "44135"
    city = "Dortmund"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    given_name = factory.Sequence(lambda n: f"Vorname{n}")
    family_name = factory.Sequence(lambda n: f"Nachname{n}")
    role_de = "Referentin"
    role_en = "Policy officer"
    office = factory.SubFactory(OfficeFactory)
    portrait = factory.SubFactory(ImageFactory)
    sort_order = factory.Sequence(int)


class PageContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PageContact

    page = factory.SubFactory(TopicPageFactory)
    person = factory.SubFactory(PersonFactory)
    sort_order = factory.Sequence(int)


class ContactPageFactory(PageFactoryBase):
    class Meta:
        model = ContactPage

    parent = factory.LazyFunction(start_page)
    title_de = "Kontakt"
    title_en = "Contact"
    office = factory.SubFactory(OfficeFactory)
