"""Every public page kind of the Europe app, in German and English."""

import datetime
import re

import pytest

from europe.models import EuropePrizeStage
from tests.europe.factories import (
    AwardFactory,
    AwardIndexPageFactory,
    EUInfoPageFactory,
    EUProjectFactory,
    NetworkFactory,
    NetworkIndexPageFactory,
    ProjectIndexPageFactory,
)
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    """The visible text, tags removed and white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _crumbs(html: str) -> list[str]:
    nav = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    return [_text(item) for item in re.findall(r"<li>(.*?)</li>", nav, re.S)]


@pytest.fixture
def ladder_awards(start_page):
    flag = AwardFactory(
        title_de="Ehrenfahne",
        title_en="Flag of Honour",
        slug_de="ehrenfahne",
        slug_en="flag-of-honour",
        year=1979,
        europe_prize_stage=EuropePrizeStage.FLAG_OF_HONOUR,
    )
    plaque = AwardFactory(
        title_de="Ehrenplakette",
        title_en="Plaque of Honour",
        slug_de="ehrenplakette",
        slug_en="plaque-of-honour",
        year=2021,
        europe_prize_stage=EuropePrizeStage.PLAQUE_OF_HONOUR,
        hero_image=ImageFactory(alt_de="Die Plakette", alt_en="The plaque"),
        body_de="<blockquote><p>Wir wollen Großstadt der Nachbarn sein.</p></blockquote>",
        body_en="<blockquote><p>We want to be a city of neighbours.</p></blockquote>",
    )
    return flag, plaque


@pytest.mark.parametrize(
    ("path", "summary", "steps", "crumbs"),
    [
        (
            "/de/europa/auszeichnungen/",
            "Dortmund hat Stufe 3 von 4 erreicht: Ehrenplakette (2021).",
            [
                "Stufe 1 Europadiplom",
                "Stufe 2 Ehrenfahne verliehen 1979",
                "Stufe 3 Ehrenplakette verliehen 2021",
                "Stufe 4 Europapreis noch nicht erreicht",
            ],
            ["Internationales", "Europa", "Auszeichnungen"],
        ),
        (
            "/en/europe/awards/",
            "Dortmund has reached stage 3 of 4: Plaque of Honour (2021).",
            [
                "Stage 1 European Diploma",
                "Stage 2 Flag of Honour awarded in 1979",
                "Stage 3 Plaque of Honour awarded in 2021",
                "Stage 4 Europe Prize not yet reached",
            ],
            ["International", "Europe", "Awards"],
        ),
    ],
)
def test_awards_page_shows_the_ladder_and_the_awards(
    client, ladder_awards, path, summary, steps, crumbs
):
    html = client.get(path).content.decode()

    ladder = html.split('class="prize-ladder__steps"', 1)[1].split("</ol>", 1)[0]
    items = re.findall(r"<li([^>]*)>(.*?)</li>", ladder, re.S)
    assert summary in _text(html)
    assert [_text(body) for _attrs, body in items] == steps
    # Reached steps are told in words, not by colour alone; the highest is the current one.
    assert ['aria-current="step"' in attrs for attrs, _body in items] == [
        False,
        False,
        True,
        False,
    ]
    assert html.count('class="europe-card"') == 2
    assert _crumbs(html) == crumbs


def test_an_award_page_shows_its_facts_quote_and_ladder(client, ladder_awards):
    html = client.get("/en/europe/awards/plaque-of-honour/").content.decode()
    text = _text(html)

    assert "<h1>Plaque of Honour</h1>" in html
    assert "Awarded by Council of Europe Year 2021" in text
    assert "Stage of the Europe Prize Plaque of Honour, stage 3 of 4" in text
    assert "<blockquote><p>We want to be a city of neighbours.</p></blockquote>" in html
    assert 'alt="The plaque"' in html
    # The ladder links the other reached stage but not the page itself.
    assert 'href="/en/europe/awards/flag-of-honour/">Flag of Honour</a>' in html
    assert 'href="/en/europe/awards/plaque-of-honour/">Plaque of Honour</a>' not in html
    assert _crumbs(html) == ["International", "Europe", "Awards", "Plaque of Honour"]


def test_an_award_outside_the_ladder_has_no_ladder(client, start_page):
    award = AwardFactory(title_de="iCapital", awarding_body_de="Europäische Kommission", year=2021)

    html = client.get(award.url_path_de).content.decode()

    assert "Verliehen von Europäische Kommission" in _text(html)
    assert "prize-ladder" not in html


def test_a_draft_award_neither_shows_nor_counts_on_the_ladder(client, start_page):
    AwardFactory(year=1979, europe_prize_stage=EuropePrizeStage.FLAG_OF_HONOUR)
    draft = AwardFactory(
        year=2021, europe_prize_stage=EuropePrizeStage.PLAQUE_OF_HONOUR, status="draft"
    )

    html = client.get("/de/europa/auszeichnungen/").content.decode()

    assert "Dortmund hat Stufe 2 von 4 erreicht: Ehrenfahne (1979)." in _text(html)
    assert draft.title_de not in html
    assert client.get(draft.url_path_de).status_code == 404


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/de/europa/netzwerke/",
            ["Connective Cities Mitglied seit 2014 Fachaustausch mit Kommunen weltweit."],
        ),
        (
            "/en/europe/networks/",
            ["Connective Cities Member since 2014 Exchange with municipalities worldwide."],
        ),
    ],
)
def test_networks_overview_lists_name_year_and_role(client, start_page, path, expected):
    NetworkFactory(title_de="Connective Cities", title_en="Connective Cities")
    NetworkFactory(title_de="Entwurf", status="draft")

    html = client.get(path).content.decode()

    cards = re.findall(r'<li class="europe-card">(.*?)</li>', html, re.S)
    assert [_text(card) for card in cards] == expected


@pytest.mark.parametrize(
    ("path", "facts"),
    [
        (
            "/de/europa/netzwerke/rgre/",
            "Mitglied seit 2014 Was Dortmund dort tut Fachaustausch mit Kommunen weltweit. "
            "Website www.rgre.de/",
        ),
        (
            "/en/europe/networks/cemr/",
            "Member since 2014 What Dortmund does there Exchange with municipalities "
            "worldwide. Website www.rgre.de/",
        ),
    ],
)
def test_network_page_in_both_languages(client, start_page, path, facts):
    NetworkFactory(slug_de="rgre", slug_en="cemr", link="https://www.rgre.de/")

    html = client.get(path).content.decode()

    assert facts in _text(html)
    assert 'href="https://www.rgre.de/"' in html


@pytest.mark.parametrize(
    ("path", "facts"),
    [
        (
            "/de/europa/eu-projekte/",
            "Programm Horizont Europa Laufzeit 2022–2030 EU-Förderung 1.250.000 €",
        ),
        (
            "/en/europe/eu-projects/",
            "Programme Horizon Europe Period 2022–2030 EU funding €1,250,000",
        ),
    ],
)
def test_projects_overview_shows_programme_period_and_funding(client, start_page, path, facts):
    EUProjectFactory()

    assert facts in _text(client.get(path).content.decode())


def test_project_page_with_an_open_end_and_a_note_instead_of_an_amount(client, start_page):
    project = EUProjectFactory(
        slug_de="eu-mission",
        slug_en="eu-mission",
        end_year=None,
        eu_funding=None,
        funding_note_de="Beratung statt fester Summe",
        funding_note_en="Advice instead of a fixed sum",
    )

    de = _text(client.get(project.url_path_de).content.decode())
    en = _text(client.get("/en/europe/eu-projects/eu-mission/").content.decode())

    assert "Laufzeit seit 2022 EU-Förderung Beratung statt fester Summe" in de
    assert "Period since 2022 EU funding Advice instead of a fixed sum" in en


@pytest.mark.parametrize(
    ("path", "source", "as_of"),
    [
        ("/de/europa/freizuegigkeit/", "Amtliche Informationen: Ihr Europa", "1. März 2025"),
        ("/en/europe/free-movement/", "Official information: Your Europe", "March 1, 2025"),
    ],
)
def test_eu_information_page_in_both_languages(client, start_page, path, source, as_of):
    EUInfoPageFactory(
        title_de="Freizügigkeit (EU)",
        title_en="Free movement in the EU",
        slug_de="freizuegigkeit",
        slug_en="free-movement",
        checked_on=datetime.date(2025, 3, 1),
    )

    html = client.get(path).content.decode()

    assert source in _text(html)
    assert f'<time datetime="2025-03-01">{as_of}</time>' in html
    assert 'href="https://europa.eu/youreurope/"' in html


def test_english_page_without_english_text_falls_back_to_german_marked(client, start_page):
    NetworkFactory(
        slug_de="eurocities", slug_en="", title_en="", role_en="", teaser_en="", body_en=""
    )

    html = client.get("/en/europe/networks/eurocities/").content.decode()

    assert "has not been translated into English yet" in html
    assert '<dd lang="de">Fachaustausch mit Kommunen weltweit.</dd>' in html


@pytest.mark.parametrize(
    "factory", [AwardIndexPageFactory, NetworkIndexPageFactory, ProjectIndexPageFactory]
)
def test_empty_overviews_still_answer(client, start_page, factory):
    page = factory()

    for language in ("de", "en"):
        assert client.get(page.url_for(language)).status_code == 200


def _as_shown(item, texts, plain):
    """What an overview shows of an award, network or project (card or model instance)."""
    shown = {field: getattr(item, field) for field in (*texts, *plain)}
    shown["lang"] = {field: item.fallback_language(field) for field in texts}
    shown["url"] = item.get_absolute_url()
    image = getattr(item, "hero_image", None)
    if image is not None:
        shown["image"] = (image.alt, image.fallback_language("alt"), image.srcset)
    return shown


@pytest.mark.parametrize("language", ["de", "en"])
def test_overview_cards_show_what_the_pages_themselves_hold(start_page, language):
    """The overviews read plain cards, not model instances: each card shows the same
    texts, fallbacks (English missing: German, marked) and addresses as its page."""
    from django.utils import translation

    from europe import selectors
    from europe.models import Award, EUProject, Network

    awards = AwardIndexPageFactory()
    AwardFactory(parent=awards, hero_image=ImageFactory(alt_en=""), awarding_body_en="")
    AwardFactory(
        parent=awards,
        title_en="",
        teaser_en="",
        year=1979,
        europe_prize_stage=EuropePrizeStage.FLAG_OF_HONOUR,
    )
    networks = NetworkIndexPageFactory()
    NetworkFactory(parent=networks, role_en="", slug_en="")
    NetworkFactory(parent=networks, member_since=None)
    projects = ProjectIndexPageFactory()
    EUProjectFactory(parent=projects, programme_en="", funding_note_en="", eu_funding=None)
    EUProjectFactory(parent=projects, end_year=None, link="")

    award_fields = (
        ("title", "teaser", "url_path", "awarding_body"),
        ("pk", "year", "europe_prize_stage"),
    )
    network_fields = (("title", "teaser", "url_path", "role"), ("pk", "member_since"))
    project_fields = (
        ("title", "url_path", "programme", "funding_note"),
        ("pk", "start_year", "end_year", "eu_funding", "link"),
    )
    with translation.override(language):
        cards, ladder = selectors.awards_overview(awards)
        models = sorted(Award.objects.filter(parent=awards), key=lambda a: (-a.year, a.pk))
        assert [_as_shown(c, *award_fields) for c in cards] == [
            _as_shown(m, *award_fields) for m in models
        ]
        assert [step.award and _as_shown(step.award, *award_fields) for step in ladder][1] == (
            _as_shown(models[1], *award_fields)
        )
        for page, read, model, fields in (
            (networks, selectors.networks_under, Network, network_fields),
            (projects, selectors.projects_under, EUProject, project_fields),
        ):
            expected = model.objects.filter(parent=page)
            assert sorted(
                (_as_shown(c, *fields) for c in read(page)), key=lambda s: s["pk"]
            ) == sorted((_as_shown(m, *fields) for m in expected), key=lambda s: s["pk"])
