import pytest
from django.utils import translation

from tests import factories


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploads of a test go to a temporary folder, never to the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _german_by_default():
    with translation.override("de"):
        yield


@pytest.fixture
def start_page(db):
    return factories.start_page()


@pytest.fixture
def admin_client_de(admin_client):
    """The admin in German, as city staff use it."""
    admin_client.cookies["django_language"] = "de"
    return admin_client
