import pytest
from django.core.management import call_command

from dortmund_intl.models import Page, Teaser
from europe.models import Award, EUInfoPage, EuropePrizeStage, Network

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo")


def _europe_pages():
    return Page.objects.filter(url_path_de__startswith="/de/europa/").order_by("url_path_de")


def test_the_ladder_has_dortmunds_two_stages(client, demo):
    awards = {award.europe_prize_stage: award for award in Award.objects.all()}

    assert (awards[EuropePrizeStage.FLAG_OF_HONOUR].year, awards[3].year) == (1979, 2021)
    html = client.get("/en/europe/awards/").content.decode()
    assert "Dortmund has reached stage 3 of 4: Plaque of Honour (2021)." in html


def test_the_plaque_of_honour_article_quotes_the_lord_mayor(client, demo):
    de = client.get("/de/europa/auszeichnungen/ehrenplakette/").content.decode()
    en = client.get("/en/europe/awards/plaque-of-honour/").content.decode()

    assert "<blockquote><p>„Ein Ziel unseres internationalen Engagements" in de
    assert "<blockquote><p>“One aim of our international work" in en
    assert "Leeds" in de and "Amiens" in de


def test_the_networks_and_eu_pages_of_the_brief_exist(demo):
    networks = set(Network.objects.values_list("title_de", flat=True))
    info_pages = set(EUInfoPage.objects.values_list("slug_de", flat=True))

    assert {"Rat der Gemeinden und Regionen Europas (RGRE)", "Connective Cities"} <= networks
    assert "Netzwerke der Vereinten Nationen" in networks
    assert info_pages == {"brexit", "freizuegigkeit", "europe-direct", "europa-projektwochen"}


def test_every_europe_page_answers_in_german_and_english(client, demo):
    pages = list(_europe_pages())
    assert len(pages) >= 15
    for page in pages:
        assert page.title_de and page.title_en and page.teaser_de and page.teaser_en
        assert bool(page.body_de) == bool(page.body_en), page.url_path_de
        for language in ("de", "en"):
            response = client.get(page.url_for(language))
            assert response.status_code == 200, page.url_for(language)
            assert "has not been translated" not in response.content.decode()


def test_europe_pages_have_their_teasers(demo):
    plaque = Page.objects.get(url_path_de="/de/europa/auszeichnungen/ehrenplakette/")

    targets = Teaser.objects.filter(page=plaque).values_list("target__url_path_de", flat=True)

    assert "/de/europa/eu-projekte/" in targets
    assert Teaser.objects.filter(page__url_path_de__startswith="/de/europa/").count() >= 20


def test_loading_twice_changes_nothing(demo):
    def snapshot():
        return (
            list(_europe_pages().values_list("pk", "url_path_en", "updated_at")),
            list(Teaser.objects.order_by("pk").values_list("pk", "page", "target")),
        )

    first = snapshot()
    call_command("load_demo")

    assert snapshot() == first
