"""Media in an S3-compatible object store (moto's standalone server on 127.0.0.1):
uploads through the admin land in the bucket with their renditions, pages link to the
store, a refused upload leaves no object, and the settings read from the environment
allow the store's origin in the Content-Security-Policy."""

import json
import re
import subprocess
from io import BytesIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage

from dortmund_intl import samples
from dortmund_intl.models import Document, Image
from tests.admin_forms import form_data
from tests.factories import PageDocumentFactory, TopicPageFactory
from tests.operations.conftest import PYTHON, ROOT, project_environment

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = User.objects.create_user("redakteurin", is_staff=True)
    editor.groups.add(Group.objects.get(name="Redaktion"))
    client.force_login(editor)
    return client


def _photo_with_gps() -> bytes:
    img = PILImage.new("RGB", (1000, 600), (176, 0, 32))
    exif = PILImage.Exif()
    exif[0x010F] = "ExampleCam"
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "E", 4: (7.0, 28.0, 0.0)})
    buffer = BytesIO()
    img.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def _add(client, model: str, **fields):
    add_url = reverse(f"admin:dortmund_intl_{model}_add")
    data = form_data(client.get(add_url))
    data.update(fields)
    return client.post(add_url, data)


def test_uploads_through_the_admin_live_in_the_bucket_and_pages_link_there(
    editor_client, bucket, start_page
):
    response = _add(
        editor_client,
        "image",
        alt_de="Rathaus",
        alt_en="Town hall",
        credit="Stadt Dortmund",
        file=SimpleUploadedFile("rathaus.jpg", _photo_with_gps(), "image/jpeg"),
    )
    assert response.status_code == 302
    response = _add(
        editor_client,
        "document",
        title_de="Programm",
        title_en="Programme",
        language="de",
        file=SimpleUploadedFile(
            "programm.pdf", samples.sample_pdf(["Programm"]), "application/pdf"
        ),
    )
    assert response.status_code == 302

    image, document = Image.objects.get(), Document.objects.get()
    year = image.created_at.year
    assert bucket.keys() == [
        f"documents/{year}/programm.pdf",
        f"images/{year}/rathaus.jpg",
        f"renditions/images/{year}/rathaus-400w.webp",
        f"renditions/images/{year}/rathaus-800w.webp",
    ]
    with PILImage.open(BytesIO(bucket.read(f"images/{year}/rathaus.jpg"))) as stored:
        assert stored.size == (1000, 600)
        assert not stored.getexif()  # no camera, no GPS position in the stored copy
    with PILImage.open(BytesIO(bucket.read(f"renditions/images/{year}/rathaus-400w.webp"))) as r:
        assert (r.format, r.width) == ("WEBP", 400)
    assert bucket.read(f"documents/{year}/programm.pdf").startswith(b"%PDF-")
    assert document.file_size == len(bucket.read(f"documents/{year}/programm.pdf"))

    page = TopicPageFactory(parent=start_page, hero_image=image)
    PageDocumentFactory(page=page, document=document)
    html = editor_client.get(page.url_path_de).content.decode()

    sources = re.findall(r'<img[^>]* src="([^"]+)"', html)
    # The hero asks for 1200 pixels: the 1000-pixel original is the best there is.
    assert sources == ["/static/img/logo.svg", f"{bucket.url}images/{year}/rathaus.jpg"]
    srcset = re.search(r'<img[^>]* srcset="([^"]+)"', html).group(1)
    assert srcset == (
        f"{bucket.url}renditions/images/{year}/rathaus-400w.webp 400w, "
        f"{bucket.url}renditions/images/{year}/rathaus-800w.webp 800w, "
        f"{bucket.url}images/{year}/rathaus.jpg 1000w"
    )
    assert f'href="{bucket.url}documents/{year}/programm.pdf"' in html
    assert "/media/" not in html


def test_the_same_file_name_twice_keeps_both_files(editor_client, bucket):
    """Uploading a second "foto.jpg" must not replace the first editor's image."""
    for colour in ((176, 0, 32), (26, 95, 180)):
        buffer = BytesIO()
        PILImage.new("RGB", (300, 200), colour).save(buffer, "JPEG")
        response = _add(
            editor_client,
            "image",
            alt_de="Foto",
            alt_en="Photo",
            file=SimpleUploadedFile("foto.jpg", buffer.getvalue(), "image/jpeg"),
        )
        assert response.status_code == 302

    first, second = Image.objects.order_by("pk")
    assert first.file.name != second.file.name
    for image, colour in ((first, (176, 0, 32)), (second, (26, 95, 180))):
        with PILImage.open(BytesIO(bucket.read(image.file.name))) as stored:
            assert all(abs(a - b) < 8 for a, b in zip(stored.getpixel((5, 5)), colour, strict=True))


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            "image",
            {
                "alt_de": "Logo",
                "alt_en": "Logo",
                "file": ("logo.jpg", b"%!PS-Adobe-3.0 EPSF-3.0\n%%EOF\n", "image/jpeg"),
            },
        ),
        (
            "document",
            {
                "title_de": "Programm",
                "language": "de",
                "file": ("programm.pdf", b"MZ\x90\x00 not a pdf", "application/pdf"),
            },
        ),
    ],
)
def test_a_refused_upload_leaves_no_object(editor_client, bucket, model, fields):
    name, content, content_type = fields.pop("file")

    response = _add(
        editor_client, model, file=SimpleUploadedFile(name, content, content_type), **fields
    )

    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert not Image.objects.exists() and not Document.objects.exists()
    assert bucket.keys() == []


def test_the_settings_read_the_store_from_the_environment_and_allow_its_origin():
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps({'media_url': settings.MEDIA_URL, "
        "'options': settings.STORAGES['default'].get('OPTIONS'), "
        "'img': [str(s) for s in settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']], "
        "'media': [str(s) for s in settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['media-src']]}))"
    )
    environment = project_environment(
        DJANGO_MEDIA_STORAGE="s3",
        DJANGO_S3_BUCKET="dortmund-media",
        DJANGO_S3_ENDPOINT_URL="https://s3.example.internal",
        DJANGO_S3_ACCESS_KEY_ID="key",
        DJANGO_S3_SECRET_ACCESS_KEY="secret",
        DJANGO_S3_REGION="eu-central-1",
        DJANGO_S3_PUBLIC_URL="https://media.international.dortmund.de",
    )
    result = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)

    assert answer["media_url"] == "https://media.international.dortmund.de/"
    assert answer["options"]["bucket_name"] == "dortmund-media"
    assert answer["options"]["endpoint_url"] == "https://s3.example.internal"
    assert answer["options"]["custom_domain"] == "media.international.dortmund.de"
    assert answer["img"] == ["'self'", "https://media.international.dortmund.de"]
    assert answer["media"] == ["'self'", "https://media.international.dortmund.de"]

    local = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=project_environment(), capture_output=True, text=True
    )
    assert json.loads(local.stdout)["img"] == ["'self'"]


def test_the_store_without_a_bucket_stops_the_site_with_a_clear_message():
    result = subprocess.run(
        [PYTHON, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=project_environment(DJANGO_MEDIA_STORAGE="s3"),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "DJANGO_MEDIA_STORAGE=s3 needs DJANGO_S3_BUCKET" in result.stderr
