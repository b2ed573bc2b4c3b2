"""The sign-language video and caption checks (BITV 2.0 Anlage 2), in the admin: a
refused file gives a clear error, keeps nothing and saves nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dortmund_intl.easy_access.models import SignLanguagePage
from tests.easy_access.conftest import GOOD_VTT
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:easy_access_signlanguagepage_add")


def upload(path, name=None):
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def add_form(start_page, video=None, captions=None, **fields):
    data = {
        "title_de": "Gebärdensprache",
        "slug_de": "gebaerdensprache",
        "teaser_de": "Ein Video in Gebärdensprache.",
        "body_de": "<p>Ein Text.</p>",
        "transcript": "<p>Das sagt das Video.</p>",
        "poster": ImageFactory().pk,
        "parent": start_page.pk,
        "sort_order": 0,
        "status": "draft",
        "edit_version": 0,
        **fields,
    }
    if video is not None:
        data["video"] = video
    if captions is not None:
        data["captions"] = captions
    return data


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(p.name for p in root.rglob("*") if p.is_file() and "videos" in p.parts)


def captions():
    return SimpleUploadedFile("video.vtt", GOOD_VTT)


def test_a_good_mp4_is_accepted_and_its_facts_are_kept(
    admin_client_de, start_page, videos, settings
):
    response = admin_client_de.post(
        ADD_URL, add_form(start_page, upload(videos["good"]), captions())
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    page = SignLanguagePage.objects.get()
    assert (page.video_codec, page.video_width, page.video_height) == ("h264", 640, 360)
    assert page.video_fps == 25 and page.video_duration == pytest.approx(1, abs=0.1)
    assert page.video_size == videos["good"].stat().st_size
    assert stored_files(settings) == ["good.mp4", "video.vtt"]


def test_a_good_webm_is_accepted(admin_client_de, start_page, videos):
    response = admin_client_de.post(
        ADD_URL, add_form(start_page, upload(videos["good_webm"]), captions())
    )

    assert response.status_code == 302
    assert SignLanguagePage.objects.get().video_codec == "vp9"


@pytest.mark.parametrize(
    ("video", "message"),
    [
        ("low_fps", "Das Video hat 15 Bilder pro Sekunde."),
        ("too_small", "Das Video hat 160 × 120 Pixel."),
        ("wrong_codec", "Der Video-Codec mpeg4 ist in einer MP4-Datei hier nicht möglich."),
        ("h264_in_webm", "Der Video-Codec h264 ist in einer WEBM-Datei hier nicht möglich."),
        ("avi_named_mp4", "Die Datei ist kein MP4- oder WebM-Video, auch wenn ihr Name das sagt."),
    ],
)
def test_a_video_that_breaks_a_rule_is_refused_and_nothing_is_kept(
    admin_client_de, start_page, videos, settings, video, message
):
    response = admin_client_de.post(
        ADD_URL, add_form(start_page, upload(videos[video]), captions())
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert any(message in error for error in errors["video"]), errors
    assert "captions" not in errors
    assert SignLanguagePage.objects.count() == 0
    assert stored_files(settings) == []
    # The editor's other input is still in the form.
    assert 'value="Gebärdensprache"' in response.content.decode()


def test_a_file_that_is_no_video_is_refused(admin_client_de, start_page, settings):
    fake = SimpleUploadedFile("video.mp4", b"not a video at all" * 100)

    response = admin_client_de.post(ADD_URL, add_form(start_page, fake, captions()))

    errors = response.context["adminform"].form.errors["video"]
    assert errors == [
        "Diese Datei ist kein lesbares Video. Laden Sie ein MP4- oder WebM-Video hoch."
    ]
    assert stored_files(settings) == []


def test_a_video_in_another_container_is_refused_by_its_name(admin_client_de, start_page, videos):
    response = admin_client_de.post(
        ADD_URL, add_form(start_page, upload(videos["avi_named_mp4"], "video.avi"), captions())
    )

    assert response.status_code == 200
    assert "video" in response.context["adminform"].form.errors


def test_the_captions_are_required(admin_client_de, start_page, videos, settings):
    response = admin_client_de.post(ADD_URL, add_form(start_page, upload(videos["good"])))

    assert response.status_code == 200
    assert "captions" in response.context["adminform"].form.errors
    assert SignLanguagePage.objects.count() == 0
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"1\n00:00.000 --> 00:01.000\nHallo\n", "Ihre erste Zeile muss „WEBVTT“ lauten"),
        (b"WEBVTT\n\n00:01.000 --> 00:00.500\nHallo\n", "Zeile 3 der Untertiteldatei endet"),
        (b"WEBVTT\n\n0:1 --> 0:2\nHallo\n", "Zeile 3 der Untertiteldatei hat keine gültige"),
        (b"WEBVTT\n\nNOTE nur eine Notiz\n", "enthält keine Untertitel"),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\nÄ\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_captions_that_are_not_webvtt_are_refused(
    admin_client_de, start_page, videos, settings, content, message
):
    bad = SimpleUploadedFile("video.vtt", content)

    response = admin_client_de.post(ADD_URL, add_form(start_page, upload(videos["good"]), bad))

    errors = response.context["adminform"].form.errors
    assert any(message in error for error in errors["captions"]), errors
    assert SignLanguagePage.objects.count() == 0
    assert stored_files(settings) == []


def test_without_ffprobe_an_upload_is_refused_with_a_clear_message(
    admin_client_de, start_page, videos, settings, monkeypatch
):
    monkeypatch.setenv("PATH", "/nonexistent")  # the machine lacks Debian's ffmpeg

    response = admin_client_de.post(
        ADD_URL, add_form(start_page, upload(videos["good"]), captions())
    )

    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors["video"]
    assert "weil dem Server das Programm ffprobe (Paket ffmpeg) fehlt" in error
    assert stored_files(settings) == []


def test_the_english_admin_explains_a_refusal_in_english(admin_client, start_page, videos):
    admin_client.cookies["django_language"] = "en"

    response = admin_client.post(
        ADD_URL, add_form(start_page, upload(videos["low_fps"]), captions())
    )

    [error] = response.context["adminform"].form.errors["video"]
    assert error == (
        "The video has 15 frames per second. Signs must move smoothly: "
        "BITV 2.0 asks for at least 25."
    )


def test_a_form_refused_for_another_field_keeps_the_video_and_captions(
    admin_client_de, start_page, videos, settings
):
    refused = admin_client_de.post(
        ADD_URL, add_form(start_page, upload(videos["good"]), captions(), title_de="")
    )

    html = refused.content.decode()
    assert refused.status_code == 200 and not SignLanguagePage.objects.exists()
    assert "„good.mp4“ wird aufbewahrt" in html and "„video.vtt“ wird aufbewahrt" in html
    tokens = {
        name: html.split(f'name="{name}__pending" value="', 1)[1].split('"', 1)[0]
        for name in ("video", "captions")
    }

    # The editor adds the title and saves without choosing either file again.
    saved = admin_client_de.post(
        ADD_URL,
        add_form(start_page, **{f"{name}__pending": token for name, token in tokens.items()}),
    )

    assert saved.status_code == 302, saved.context["adminform"].form.errors
    page = SignLanguagePage.objects.get()
    assert (page.video_codec, page.video_width, page.video_fps) == ("h264", 640, 25)
    assert stored_files(settings) == ["good.mp4", "video.vtt"]
