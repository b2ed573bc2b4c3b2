"""Factories for the Leichte-Sprache and sign-language pages. German only: the page
base's English fields stay empty, as the admin leaves them."""

from pathlib import Path

import factory
from django.core.files.base import ContentFile

from dortmund_intl.easy_access.models import EasyReadPage, EasyReadStartPage, SignLanguagePage
from tests.factories import ImageFactory, start_page

SAMPLE = Path(__file__).resolve().parents[2] / "dortmund_intl/easy_access/demo_media"


class GermanOnlyPageFactory(factory.django.DjangoModelFactory):
    title_de = factory.Sequence(lambda n: f"Seite {n} in Leichter Sprache")
    slug_de = factory.Sequence(lambda n: f"leicht-{n}")
    teaser_de = "Ein kurzer Satz."
    body_de = "<p>Hier steht ein Text. Er ist kurz.</p>"
    status = "published"


class EasyReadStartPageFactory(GermanOnlyPageFactory):
    class Meta:
        model = EasyReadStartPage
        django_get_or_create = ("slug_de",)

    parent = factory.LazyFunction(start_page)
    title_de = "Leichte Sprache"
    slug_de = "leichte-sprache"
    site_contents = "<p>Hier stehen die Partner·städte.</p>"
    navigation_hints = "<p>Oben ist das Menü.</p>"
    accessibility_summary = "<p>Die Seite ist zum großen Teil barriere·frei.</p>"


class EasyReadPageFactory(GermanOnlyPageFactory):
    class Meta:
        model = EasyReadPage

    parent = factory.SubFactory(EasyReadStartPageFactory)


class SignLanguagePageFactory(GermanOnlyPageFactory):
    class Meta:
        model = SignLanguagePage

    parent = factory.LazyFunction(start_page)
    title_de = "Gebärdensprache"
    slug_de = factory.Sequence(lambda n: "gebaerdensprache" if n == 0 else f"dgs-{n}")
    poster = factory.SubFactory(ImageFactory)
    transcript = "<p>Das sagt das Video.</p>"
    video = factory.LazyFunction(
        lambda: ContentFile(
            (SAMPLE / "beispielvideo-gebaerdensprache.mp4").read_bytes(), name="video.mp4"
        )
    )
    captions = factory.LazyFunction(
        lambda: ContentFile(
            (SAMPLE / "beispielvideo-gebaerdensprache.vtt").read_bytes(), name="video.vtt"
        )
    )
    video_codec = "h264"
    video_width = 640
    video_height = 360
    video_fps = 25
    video_duration = 9
    video_size = 58298
