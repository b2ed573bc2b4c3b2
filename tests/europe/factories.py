"""Factories for the Europe app (the page layer's are in tests/factories.py)."""

import factory

from europe.models import (
    Award,
    AwardIndexPage,
    EUInfoPage,
    EUProject,
    Network,
    NetworkIndexPage,
    ProjectIndexPage,
)
from tests.factories import PageFactoryBase, TopicPageFactory


class EuropeSectionFactory(TopicPageFactory):
    class Meta:
        django_get_or_create = ("slug_de",)

    title_de = "Europa"
    title_en = "Europe"
    slug_de = "europa"
    slug_en = "europe"
    list_children = True


class AwardIndexPageFactory(PageFactoryBase):
    class Meta:
        model = AwardIndexPage
        django_get_or_create = ("slug_de",)

    parent = factory.SubFactory(EuropeSectionFactory)
    title_de = "Auszeichnungen"
    title_en = "Awards"
    slug_de = "auszeichnungen"
    slug_en = "awards"


class AwardFactory(PageFactoryBase):
    class Meta:
        model = Award

    parent = factory.SubFactory(AwardIndexPageFactory)
    title_de = factory.Sequence(lambda n: f"Preis {n}")
    title_en = factory.Sequence(lambda n: f"Prize {n}")
    awarding_body_de = "Europarat"
    awarding_body_en = "Council of Europe"
    year = 2021
    europe_prize_stage = None


class NetworkIndexPageFactory(PageFactoryBase):
    class Meta:
        model = NetworkIndexPage
        django_get_or_create = ("slug_de",)

    parent = factory.SubFactory(EuropeSectionFactory)
    title_de = "Europäische Netzwerke"
    title_en = "European networks"
    slug_de = "netzwerke"
    slug_en = "networks"


class NetworkFactory(PageFactoryBase):
    class Meta:
        model = Network

    parent = factory.SubFactory(NetworkIndexPageFactory)
    title_de = factory.Sequence(lambda n: f"Netzwerk {n}")
    title_en = factory.Sequence(lambda n: f"Network {n}")
    link = "https://www.connective-cities.net/"
    member_since = 2014
    role_de = "Fachaustausch mit Kommunen weltweit."
    role_en = "Exchange with municipalities worldwide."


class ProjectIndexPageFactory(PageFactoryBase):
    class Meta:
        model = ProjectIndexPage
        django_get_or_create = ("slug_de",)

    parent = factory.SubFactory(EuropeSectionFactory)
    title_de = "EU-geförderte Projekte"
    title_en = "EU-funded projects"
    slug_de = "eu-projekte"
    slug_en = "eu-projects"


class EUProjectFactory(PageFactoryBase):
    class Meta:
        model = EUProject

    parent = factory.SubFactory(ProjectIndexPageFactory)
    title_de = factory.Sequence(lambda n: f"Projekt {n}")
    title_en = factory.Sequence(lambda n: f"Project {n}")
    programme_de = "Horizont Europa"
    programme_en = "Horizon Europe"
    start_year = 2022
    end_year = 2030
    eu_funding = 1250000
    link = "https://example.org/projekt/"


class EUInfoPageFactory(PageFactoryBase):
    class Meta:
        model = EUInfoPage

    parent = factory.SubFactory(EuropeSectionFactory)
    title_de = factory.Sequence(lambda n: f"EU-Thema {n}")
    title_en = factory.Sequence(lambda n: f"EU topic {n}")
    source_link = "https://europa.eu/youreurope/"
    source_link_text_de = "Ihr Europa"
    source_link_text_en = "Your Europe"
