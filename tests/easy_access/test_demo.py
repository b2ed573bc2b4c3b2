"""The demo's Leichte-Sprache and sign-language pages."""

import pytest
from django.core.management import call_command

from dortmund_intl.easy_access.hints import hints_for
from dortmund_intl.easy_access.models import EasyReadPage, EasyReadStartPage, SignLanguagePage
from dortmund_intl.models import Page

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_start_page_four_texts_and_the_video_and_loads_once(client):
    call_command("load_demo", verbosity=0)
    count = Page.objects.count()
    call_command("load_demo", verbosity=0)

    assert Page.objects.count() == count
    start = EasyReadStartPage.objects.get()
    assert start.url_path_de == "/de/leichte-sprache/"
    assert sorted(EasyReadPage.objects.values_list("title_de", flat=True)) == [
        "17 Ziele für eine gute Zukunft",
        "Die Partner·städte von Dortmund",
        "Dortmund und Europa",
        "So erreichen Sie uns",
    ]
    video = SignLanguagePage.objects.get()
    assert video.url_path_de == "/de/gebaerdensprache/"
    assert (video.video_codec, video.video_width, video.video_height) == ("h264", 640, 360)
    assert video.video_fps == 25 and video.video_duration == 9
    assert video.video_size < 300 * 1024
    assert "Beispielvideo" in video.poster.alt_de
    assert b"".join(client.get(video.captions.url).streaming_content).startswith(b"WEBVTT")


def test_the_demo_texts_follow_the_rules_the_hints_check():
    call_command("load_demo", verbosity=0)
    fields = ["title_de", "teaser_de", "body_de"]
    start_fields = [*fields, "site_contents", "navigation_hints", "accessibility_summary"]

    found = {
        (page.title_de, field, hint.excerpt)
        for model, names in [(EasyReadStartPage, start_fields), (EasyReadPage, fields)]
        for page in model.objects.all()
        for field in names
        for hint in hints_for(getattr(page, field))
    }

    assert found == set()
