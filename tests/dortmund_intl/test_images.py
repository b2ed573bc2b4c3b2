"""Image uploads through the admin: checked by content, stored without metadata,
editable later without a new file; a refused upload leaves nothing behind."""

from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage

from dortmund_intl import samples
from dortmund_intl.models import Document, Image
from tests.admin_forms import form_data
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def _files_under(root):
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _post(client, upload, language="de", **overrides):
    client.cookies["django_language"] = language
    add_url = reverse("admin:dortmund_intl_image_add")
    data = form_data(client.get(add_url))
    data.update(alt_de="Rathaus", alt_en="Town hall", credit="Stadt Dortmund", file=upload)
    data.update(overrides)
    return client.post(add_url, data)


def _photo_with_gps(orientation=6, size=(600, 300)) -> bytes:
    """A camera-like JPEG: taken sideways (EXIF orientation 6), with a GPS position."""
    img = PILImage.new("RGB", size, (176, 0, 32))
    img.paste((26, 95, 180), (0, 0, size[0] // 2, size[1]))
    exif = PILImage.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "ExampleCam"  # Make
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "E", 4: (7.0, 28.0, 0.0)})
    buffer = BytesIO()
    img.save(buffer, "JPEG", exif=exif, comment=b"Dortmund, Friedensplatz")
    return buffer.getvalue()


def _eps() -> bytes:
    return (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
        b"newpath 0 0 moveto 10 10 lineto stroke\nshowpage\n%%EOF\n"
    )


def _png_saved_as(format_name) -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (50, 40), (86, 192, 43)).save(buffer, format_name)
    return buffer.getvalue()


REFUSED = {
    "truncated JPEG": ("foto.jpg", samples.sample_image(2, 800, 500)[:-4000], "image/jpeg"),
    "EPS named .jpg": ("logo.jpg", _eps(), "image/jpeg"),
    "EPS": ("logo.eps", _eps(), "application/postscript"),
    "GIF": ("animation.gif", _png_saved_as("GIF"), "image/gif"),
    "TIFF named .png": ("scan.png", _png_saved_as("TIFF"), "image/png"),
    "BMP": ("bild.bmp", _png_saved_as("BMP"), "image/bmp"),
}


@pytest.mark.parametrize("case", REFUSED)
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("de", "Bitte laden Sie eine JPEG-, PNG- oder WebP-Datei hoch."),
        ("en", "Upload a JPEG, PNG or WebP file."),
    ],
)
def test_a_file_that_is_not_jpeg_png_or_webp_is_refused_with_nothing_stored(
    admin_client, settings, case, language, message
):
    name, content, content_type = REFUSED[case]

    response = _post(
        admin_client,
        SimpleUploadedFile(name, content, content_type=content_type),
        language,
        caption_de="Meine Bildunterschrift",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Meine Bildunterschrift"' in html
    assert not Image.objects.exists()
    assert _files_under(settings.MEDIA_ROOT) == []


@pytest.mark.parametrize("format_name", ["JPEG", "PNG", "WEBP"])
def test_jpeg_png_and_webp_are_accepted_by_content_not_name(admin_client, format_name):
    """Named .gif, sent as image/gif: the content decides, and the stored name follows it."""
    upload = SimpleUploadedFile("upload.gif", _png_saved_as(format_name), "image/gif")

    response = _post(admin_client, upload)

    assert response.status_code == 302
    image = Image.objects.get()
    with PILImage.open(image.file.path) as stored:
        assert stored.format == format_name
    extension = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}[format_name]
    assert image.file.name.endswith(extension)


def test_the_published_original_is_upright_and_carries_no_exif_or_gps(admin_client):
    upload = SimpleUploadedFile("kamera.jpg", _photo_with_gps(), "image/jpeg")
    with PILImage.open(BytesIO(upload.read())) as sent:
        assert sent.getexif().get_ifd(GPS_IFD)  # the test photo does carry a position
    upload.seek(0)

    assert _post(admin_client, upload).status_code == 302

    image = Image.objects.get()
    assert (image.width, image.height) == (300, 600)  # turned upright: it was sideways
    with PILImage.open(image.file.path) as stored:
        assert stored.size == (300, 600)
        assert not stored.getexif()
        assert "exif" not in stored.info
        assert "comment" not in stored.info
        assert b"ExampleCam" not in Path(image.file.path).read_bytes()
        # The blue half was on the left; upright (rotated 90° clockwise) it is on top.
        assert stored.convert("RGB").getpixel((150, 10))[2] > 150
        assert stored.convert("RGB").getpixel((150, 590))[0] > 150


def test_the_colour_profile_is_kept(admin_client):
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = BytesIO()
    PILImage.new("RGB", (40, 40), (10, 20, 30)).save(buffer, "JPEG", icc_profile=profile)
    upload = SimpleUploadedFile("farbe.jpg", buffer.getvalue(), "image/jpeg")

    assert _post(admin_client, upload).status_code == 302

    with PILImage.open(Image.objects.get().file.path) as stored:
        assert stored.info.get("icc_profile") == profile


def test_an_image_is_saved_again_without_a_new_file(admin_client):
    """Editors fix alt text, caption and credit of an image already uploaded."""
    image = ImageFactory(alt_de="Alt", alt_en="Old")
    stored_name = image.file.name
    change_url = reverse("admin:dortmund_intl_image_change", args=[image.pk])
    data = form_data(admin_client.get(change_url))
    data.update(alt_de="Das Rathaus am Friedensplatz", credit="Bild: Stadt Dortmund")

    response = admin_client.post(change_url, data)

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.alt_de == "Das Rathaus am Friedensplatz"
    assert image.credit == "Bild: Stadt Dortmund"
    assert image.file.name == stored_name


def test_a_refused_document_leaves_no_file(admin_client, settings):
    add_url = reverse("admin:dortmund_intl_document_add")
    data = form_data(admin_client.get(add_url))
    data.update(
        title_de="Programm",
        language="de",
        file=SimpleUploadedFile("programm.pdf", b"MZ\x90\x00 not a pdf", "application/pdf"),
    )

    response = admin_client.post(add_url, data)

    assert response.status_code == 200
    assert not Document.objects.exists()
    assert _files_under(settings.MEDIA_ROOT) == []


def test_a_camera_jpeg_with_a_second_picture_is_accepted_as_jpeg(admin_client):
    """Many phones and cameras write MPO: a JPEG with further pictures (a depth map, a
    preview) behind the first. Pillow calls it "MPO"; the site stores the first picture."""
    buffer = BytesIO()
    PILImage.new("RGB", (60, 40), (176, 0, 32)).save(
        buffer, "MPO", save_all=True, append_images=[PILImage.new("RGB", (60, 40))]
    )
    upload = SimpleUploadedFile("handy.jpg", buffer.getvalue(), "image/jpeg")

    assert _post(admin_client, upload).status_code == 302

    image = Image.objects.get()
    assert image.file.name.endswith(".jpg")
    with PILImage.open(image.file.path) as stored:
        assert stored.format == "JPEG"
        assert (stored.size, getattr(stored, "n_frames", 1)) == ((60, 40), 1)


def test_an_image_whose_stored_file_cannot_be_read_is_still_saved(admin_client, settings):
    """An original stored before the checks (or damaged since) that Pillow cannot decode:
    the alt text can still be fixed; the renditions are left out, and the stored file is
    never decoded as anything but JPEG, PNG or WebP."""
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), (1, 2, 3)).save(buffer, "JPEG")
    for name, content in (("kaputt.jpg", buffer.getvalue()[:-3000]), ("alt.eps", _eps())):
        stored = default_storage.save(f"images/2020/{name}", ContentFile(content))
        Image.objects.bulk_create(
            [Image(file=stored, width=1600, height=900, alt_de="Alt", alt_en="Old")]
        )
    for image in Image.objects.all():
        change_url = reverse("admin:dortmund_intl_image_change", args=[image.pk])
        data = form_data(admin_client.get(change_url))
        data.update(alt_de="Das Rathaus")

        assert admin_client.post(change_url, data).status_code == 302
        image.refresh_from_db()
        assert image.alt_de == "Das Rathaus"
    assert not (settings.MEDIA_ROOT / "renditions").exists()
