"""A refused image or document form keeps the uploaded file (dortmund_intl/editor_ux/uploads.py)."""

import os
import time
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from dortmund_intl import samples
from dortmund_intl.editor_ux import uploads
from dortmund_intl.models import Document, Image
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


def _photo():
    return SimpleUploadedFile("rathaus.jpg", samples.sample_image(1, 640, 360), "image/jpeg")


def _image_data(client, **overrides):
    data = form_data(client.get(reverse("admin:dortmund_intl_image_add")))
    data.update(alt_de="Rathaus am Friedensplatz", alt_en="Town hall", credit="Stadt Dortmund")
    data.update(overrides)
    return data


def _kept_token(html):
    marker = 'name="file__pending" value="'
    assert marker in html, "the form carries no kept file"
    return html.split(marker, 1)[1].split('"', 1)[0]


def test_an_image_refused_for_its_alt_text_keeps_the_file(admin_client_de):
    add_url = reverse("admin:dortmund_intl_image_add")
    refused = admin_client_de.post(add_url, _image_data(admin_client_de, alt_en="", file=_photo()))

    html = refused.content.decode()
    assert refused.status_code == 200 and not Image.objects.exists()
    assert "„rathaus.jpg“ wird aufbewahrt" in html
    token = _kept_token(html)
    preview = admin_client_de.get(reverse("editor_ux:pending_upload", args=[token]))
    assert preview.status_code == 200 and preview["Content-Type"] == "image/jpeg"

    # The editor fixes the alt text and saves without choosing the file again.
    saved = admin_client_de.post(add_url, _image_data(admin_client_de, file__pending=token))

    assert saved.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (640, 360)
    assert image.file.name.startswith("images/")
    assert default_storage.listdir(uploads.AREA) == ([], [])  # the kept file is gone


def test_a_document_refused_for_its_title_keeps_the_file(admin_client_de):
    add_url = reverse("admin:dortmund_intl_document_add")
    data = form_data(admin_client_de.get(add_url))
    pdf = SimpleUploadedFile("programm.pdf", samples.sample_pdf(["Programm"]), "application/pdf")
    refused = admin_client_de.post(add_url, {**data, "language": "de", "file": pdf})

    token = _kept_token(refused.content.decode())
    assert "programm.pdf" in refused.content.decode()
    saved = admin_client_de.post(
        add_url,
        {
            **data,
            "language": "de",
            "title_de": "Programm",
            "title_en": "Programme",
            "file__pending": token,
        },
    )
    assert saved.status_code == 302
    assert Document.objects.get().file.name.endswith(".pdf")


def test_a_file_that_is_refused_itself_is_not_kept(admin_client_de):
    fake = SimpleUploadedFile("foto.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg")
    response = admin_client_de.post(
        reverse("admin:dortmund_intl_image_add"), _image_data(admin_client_de, file=fake)
    )
    assert response.status_code == 200
    assert 'name="file__pending"' not in response.content.decode()


def test_a_forged_reference_brings_no_file(admin_client_de):
    forged = "InBlbmRpbmctdXBsb2Fkcy94L3JhdGhhdXMuanBnIg:forged"
    response = admin_client_de.post(
        reverse("admin:dortmund_intl_image_add"), _image_data(admin_client_de, file__pending=forged)
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["file"]
    preview = admin_client_de.get(reverse("editor_ux:pending_upload", args=[forged]), follow=True)
    assert preview.status_code == 404


def test_the_kept_file_is_shown_to_staff_only(client, admin_client_de):
    token = uploads.stash(_photo())
    response = client.get(reverse("editor_ux:pending_upload", args=[token]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_old_pending_files_are_cleaned_up():
    fresh = uploads.path_for(uploads.stash(_photo()))
    old = uploads.path_for(uploads.stash(_photo()))
    long_ago = time.time() - timedelta(days=2).total_seconds()
    os.utime(default_storage.path(old), (long_ago, long_ago))

    call_command("clean_pending_uploads", verbosity=0)

    assert default_storage.exists(fresh)
    assert not default_storage.exists(old)
    assert len(default_storage.listdir(uploads.AREA)[0]) == 1  # no empty folder left
