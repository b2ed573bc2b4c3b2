"""Factories for the shared page layer. App factories live in tests/<app>/factories.py."""

import factory
from django.core.files.base import ContentFile

from dortmund_intl import samples
from dortmund_intl.models import (
    Document,
    ExternalTopic,
    GalleryImage,
    Image,
    Page,
    PageDocument,
    Teaser,
    TopicPage,
)


def start_page() -> TopicPage:
    """The site's start page (the one page without a parent), created on first use."""
    existing = TopicPage.objects.filter(parent__isnull=True).first()
    if existing:
        return existing
    return TopicPage.objects.create(
        title_de="Internationales",
        title_en="International",
        slug_de="internationales",
        slug_en="international",
        status=Page.Status.PUBLISHED,
    )


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Image

    alt_de = factory.Sequence(lambda n: f"Bild {n}")
    alt_en = factory.Sequence(lambda n: f"Picture {n}")
    credit = "Stadt Dortmund"
    file = factory.LazyAttribute(
        lambda o: ContentFile(samples.sample_image(3, width=900, height=500), name="bild.jpg")
    )


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title_de = factory.Sequence(lambda n: f"Dokument {n}")
    title_en = factory.Sequence(lambda n: f"Document {n}")
    language = "de"
    file = factory.LazyAttribute(
        lambda o: ContentFile(samples.sample_pdf(["Test"]), name="dokument.pdf")
    )


class PageFactoryBase(factory.django.DjangoModelFactory):
    title_de = factory.Sequence(lambda n: f"Seite {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    slug_de = factory.Sequence(lambda n: f"seite-{n}")
    slug_en = factory.Sequence(lambda n: f"page-{n}")
    teaser_de = factory.LazyAttribute(lambda o: f"Ein Satz über {o.title_de}.")
    teaser_en = factory.LazyAttribute(lambda o: f"One sentence about {o.title_en}.")
    body_de = "<p>Deutscher Text.</p>"
    body_en = "<p>English text.</p>"
    status = Page.Status.PUBLISHED


class TopicPageFactory(PageFactoryBase):
    class Meta:
        model = TopicPage

    parent = factory.LazyFunction(start_page)


class ExternalTopicFactory(PageFactoryBase):
    class Meta:
        model = ExternalTopic

    link_de = "https://www.dortmund.de/themen/wahlen/"
    body_de = ""
    body_en = ""


class TeaserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Teaser

    page = factory.SubFactory(TopicPageFactory)
    target = factory.SubFactory(TopicPageFactory)
    sort_order = factory.Sequence(int)


class PageDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PageDocument

    page = factory.SubFactory(TopicPageFactory)
    document = factory.SubFactory(DocumentFactory)
    sort_order = factory.Sequence(int)


class GalleryImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GalleryImage

    page = factory.SubFactory(TopicPageFactory)
    image = factory.SubFactory(ImageFactory)
    sort_order = factory.Sequence(int)
