import pytest
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError

from partnerships import services
from partnerships.models import Partnership, Section
from tests.partnerships.factories import (
    MilestoneFactory,
    PartnershipFactory,
    PartnershipIndexPageFactory,
)

pytestmark = pytest.mark.django_db

OLD_DE = "/de/dortmund-international/projektpartnerschaften/kumasi/"
OLD_EN = "/en/dortmund-international/project-partnerships/kumasi/"
NEW_DE = "/de/staedtepartnerschaften/kumasi/"
NEW_EN = "/en/city-partnerships/kumasi/"


@pytest.fixture
def kumasi(start_page):
    PartnershipIndexPageFactory(section=Section.CITY)
    kumasi = PartnershipFactory(
        municipality_de="Kumasi",
        municipality_en="Kumasi",
        title_de="Kumasi",
        title_en="Kumasi",
        slug_de="kumasi",
        slug_en="kumasi",
        country="GH",
        kind=Partnership.Kind.PROJECT,
        since=None,
    )
    MilestoneFactory(partnership=kumasi, year=2020, text_de="Ausbau.", text_en="Expansion.")
    return kumasi


def test_a_partnership_lives_under_the_overview_of_its_kind(kumasi):
    assert kumasi.url_path_de == OLD_DE
    assert kumasi.url_path_en == OLD_EN


def test_changing_the_kind_moves_the_page_and_keeps_its_history(client, kumasi):
    services.change_kind(kumasi, Partnership.Kind.CITY, year=2024)

    kumasi.refresh_from_db()
    assert (kumasi.url_path_de, kumasi.url_path_en) == (NEW_DE, NEW_EN)
    assert [(m.year, m.text_de, m.text_en) for m in kumasi.milestones.all()] == [
        (2020, "Ausbau.", "Expansion."),
        (
            2024,
            "Neue Art der Partnerschaft: Städtepartnerschaft (vorher: Projektpartnerschaft).",
            "New kind of partnership: City partnership (before: Project partnership).",
        ),
    ]
    assert "Kumasi" in client.get("/de/staedtepartnerschaften/").content.decode()
    assert (
        "Kumasi"
        not in client.get("/de/dortmund-international/projektpartnerschaften/").content.decode()
    )


@pytest.mark.parametrize(("old", "new"), [(OLD_DE, NEW_DE), (OLD_EN, NEW_EN)])
def test_old_addresses_answer_with_a_301_in_both_languages(client, kumasi, old, new):
    services.change_kind(kumasi, Partnership.Kind.CITY)

    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_every_address_it_ever_had_leads_to_the_current_one(client, kumasi):
    services.change_kind(kumasi, Partnership.Kind.CITY)
    kumasi.slug_de = "kumasi-ghana"
    kumasi.slug_en = "kumasi-ghana"
    services.save_partnership(kumasi)

    for old in (OLD_DE, NEW_DE):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (
            301,
            "/de/staedtepartnerschaften/kumasi-ghana/",
        )
    for old in (OLD_EN, NEW_EN):
        assert client.get(old)["Location"] == "/en/city-partnerships/kumasi-ghana/"
    assert Redirect.objects.count() == 4


def test_changing_back_makes_the_old_address_live_again(client, kumasi):
    services.change_kind(kumasi, Partnership.Kind.CITY)
    services.change_kind(kumasi, Partnership.Kind.PROJECT)

    assert client.get(OLD_DE).status_code == 200
    assert client.get(NEW_DE)["Location"] == OLD_DE


def test_same_kind_changes_nothing(kumasi):
    services.change_kind(kumasi, Partnership.Kind.PROJECT, year=2024)

    assert kumasi.milestones.count() == 1
    assert not Redirect.objects.exists()


def test_friendship_and_solidarity_partnership_are_listed_with_city_partnerships(kumasi):
    services.change_kind(kumasi, Partnership.Kind.SOLIDARITY)

    assert kumasi.url_path_de == NEW_DE


def test_placing_without_an_overview_page_is_a_clear_error(start_page):
    partnership = Partnership(kind=Partnership.Kind.PROJECT)

    with pytest.raises(ValidationError) as error:
        services.place(partnership)

    assert "Projektpartnerschaften" in str(error.value.message_dict["kind"])
