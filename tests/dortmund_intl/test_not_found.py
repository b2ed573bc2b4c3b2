"""Outside /de/ and /en/, a missing address of the site's own (admin, static files,
media, robots.txt) answers 404 itself; it is not redirected into a language's address
space first, where it would be a 404 one hop later."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/admin/nope/", "/static/nope.css", "/media/images/nope.jpg", "/robots.txt/x"]
)
def test_a_missing_address_of_the_site_itself_is_a_404_not_a_redirect(admin_client, path):
    response = admin_client.get(path)

    assert response.status_code == 404
    assert "Location" not in response


def test_the_admin_404_is_the_designed_page_in_the_admin_language(admin_client):
    response = admin_client.get("/admin/nope/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 404
    assert response["Content-Language"] == "en"
    assert "Page not found" in response.content.decode()


def test_an_unknown_address_without_language_still_goes_to_the_visitors_language(client):
    response = client.get("/nope/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/nope/"
