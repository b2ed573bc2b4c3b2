import pytest
from django.contrib.redirects.models import Redirect

from dortmund_intl import demo as core_demo
from dortmund_intl.models import Page, Teaser
from partnerships import demo
from partnerships.models import Milestone, PartnerOrganisation, Partnership

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    core_demo.load()
    demo.load()
    demo.link()


def _counts():
    return (
        Page.objects.count(),
        Milestone.objects.count(),
        PartnerOrganisation.objects.count(),
        Teaser.objects.count(),
        Redirect.objects.count(),
    )


def test_demo_has_every_partnership_from_the_content_brief_in_both_languages(loaded):
    city = Partnership.objects.published().in_section("city")
    project = Partnership.objects.published().in_section("project")

    assert city.count() == 11
    assert sorted(city.values_list("since", flat=True)) == [
        1960,
        1969,
        1977,
        1978,
        1981,
        1982,
        1988,
        1992,
        2014,
        2024,
        2025,
    ]
    assert set(project.values_list("municipality_de", flat=True)) == {
        "Dura",
        "Bondo",
        "Dabola",
        "Cluj-Napoca",
    }
    for partnership in Partnership.objects.all():
        assert partnership.title_en and partnership.body_en and partnership.teaser_en
        assert partnership.municipality_en
        assert -90 <= partnership.latitude <= 90


def test_kumasi_was_a_project_partnership_and_its_old_address_forwards(client, loaded):
    kumasi = Partnership.objects.get(slug_de="kumasi")

    assert kumasi.kind == "city" and kumasi.since == 2024
    assert 2024 in kumasi.milestones.values_list("year", flat=True)
    response = client.get("/de/dortmund-international/projektpartnerschaften/kumasi/")
    assert response["Location"] == "/de/staedtepartnerschaften/kumasi/"


def test_rostov_is_dormant(loaded):
    assert Partnership.objects.get(slug_de="rostow-am-don").state == "dormant"


def test_dura_sits_in_the_seed_breadcrumb_trail(client, loaded):
    html = client.get("/de/dortmund-international/projektpartnerschaften/dura/").content.decode()

    assert "Internationale Projektpartnerschaften</a>" in html
    assert "EDG" in html and "Klinikum Dortmund" in html


def test_partnerships_have_related_topics(loaded):
    for partnership in Partnership.objects.all():
        assert partnership.teaser_links.exists(), partnership


def test_loading_twice_writes_nothing_twice(loaded):
    before = _counts()

    demo.load()
    demo.link()

    assert _counts() == before
