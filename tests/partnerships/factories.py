"""Factories for the partnerships app (the page layer's are in tests/factories.py)."""

import factory

from dortmund_intl.models import Page
from partnerships import services
from partnerships.models import (
    Milestone,
    PartnerOrganisation,
    Partnership,
    PartnershipIndexPage,
    Section,
)
from tests.factories import PageFactoryBase, TopicPageFactory, start_page


def dortmund_international() -> Page:
    """The topic page the project partnerships live under, as on the city's site."""
    existing = Page.objects.filter(url_path_de="/de/dortmund-international/").first()
    return existing or TopicPageFactory(
        parent=start_page(),
        title_de="Dortmund International",
        title_en="Dortmund International",
        slug_de="dortmund-international",
        slug_en="dortmund-international",
    )


class PartnershipIndexPageFactory(PageFactoryBase):
    class Meta:
        model = PartnershipIndexPage
        django_get_or_create = ("section",)

    section = Section.CITY
    parent = factory.LazyAttribute(
        lambda o: start_page() if o.section == Section.CITY else dortmund_international()
    )
    title_de = factory.LazyAttribute(
        lambda o: (
            "Städtepartnerschaften"
            if o.section == Section.CITY
            else "Internationale Projektpartnerschaften"
        )
    )
    title_en = factory.LazyAttribute(
        lambda o: (
            "City partnerships"
            if o.section == Section.CITY
            else "International project partnerships"
        )
    )
    slug_de = factory.LazyAttribute(
        lambda o: (
            "staedtepartnerschaften" if o.section == Section.CITY else "projektpartnerschaften"
        )
    )
    slug_en = factory.LazyAttribute(
        lambda o: "city-partnerships" if o.section == Section.CITY else "project-partnerships"
    )


class PartnershipFactory(PageFactoryBase):
    """A published partnership, placed under the overview of its kind (created if needed)."""

    class Meta:
        model = Partnership

    municipality_de = factory.Sequence(lambda n: f"Partnerstadt {n}")
    municipality_en = factory.Sequence(lambda n: f"Partner town {n}")
    title_de = factory.LazyAttribute(lambda o: o.municipality_de)
    title_en = factory.LazyAttribute(lambda o: o.municipality_en)
    slug_de = factory.Sequence(lambda n: f"partnerstadt-{n}")
    slug_en = factory.Sequence(lambda n: f"partner-town-{n}")
    country = "FR"
    kind = Partnership.Kind.CITY
    state = Partnership.State.ACTIVE
    since = factory.Sequence(lambda n: 1950 + n % 70)
    latitude = factory.Sequence(lambda n: round(-40 + (n * 7.3) % 100, 4))
    longitude = factory.Sequence(lambda n: round(-120 + (n * 23.7) % 260, 4))
    parent = factory.LazyAttribute(
        lambda o: PartnershipIndexPageFactory(section=Partnership.SECTIONS[o.kind])
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        partnership = model_class(*args, **kwargs)
        return services.save_partnership(partnership)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    partnership = factory.SubFactory(PartnershipFactory)
    year = factory.Sequence(lambda n: 1960 + n % 60)
    text_de = factory.Sequence(lambda n: f"Ereignis {n}.")
    text_en = factory.Sequence(lambda n: f"Event {n}.")


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation

    partnership = factory.SubFactory(PartnershipFactory)
    role = PartnerOrganisation.Role.LOCAL_PARTNER
    name_de = factory.Sequence(lambda n: f"Verein {n}")
    name_en = factory.Sequence(lambda n: f"Association {n}")
    link = "https://www.example.org/"
