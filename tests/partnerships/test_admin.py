import pytest
from django.contrib.redirects.models import Redirect

from partnerships.models import Partnership, Section
from tests.factories import TopicPageFactory
from tests.partnerships.factories import (
    MilestoneFactory,
    PartnershipFactory,
    PartnershipIndexPageFactory,
)

pytestmark = pytest.mark.django_db

ADD = "/admin/partnerships/partnership/add/"
CHANGELIST = "/admin/partnerships/partnership/"


def form_data(response) -> dict:
    """What the browser would send back for the admin form as shown, inlines included."""
    data = {}

    def add(form, prefix=""):
        for name in form.fields:
            value = form[name].value()
            key = f"{prefix}{name}"
            if value is None or value is False:
                continue
            data[key] = "on" if value is True else value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = value
        for form in formset.initial_forms:
            add(form, f"{form.prefix}-")
    return data


def add_rows(data: dict, prefix: str, rows: list[dict]) -> None:
    """New inline rows, as filled in after "Add another" (position left at its 0)."""
    start = int(data[f"{prefix}-TOTAL_FORMS"])
    for offset, row in enumerate(rows):
        for name, value in {"sort_order": "0", **row}.items():
            data[f"{prefix}-{start + offset}-{name}"] = value
    data[f"{prefix}-TOTAL_FORMS"] = start + len(rows)


@pytest.fixture
def indexes(start_page):
    return (
        PartnershipIndexPageFactory(section=Section.CITY),
        PartnershipIndexPageFactory(section=Section.PROJECT),
    )


@pytest.fixture
def new_partnership(admin_client_de, indexes):
    data = form_data(admin_client_de.get(ADD))
    data.update(
        title_de="Leeds",
        title_en="Leeds",
        slug_de="leeds",
        slug_en="leeds",
        municipality_de="Leeds",
        municipality_en="Leeds",
        teaser_de="Partnerstadt seit 1969.",
        country="GB",
        kind="city",
        state="active",
        since="1969",
        latitude="53.7997",
        longitude="-1.5492",
        wikidata_id="Q39121",
        status="published",
    )
    return data


def test_changelist_shows_and_filters_partnerships(admin_client_de, indexes):
    PartnershipFactory(municipality_de="Leeds", title_de="Leeds", country="GB", since=1969)
    PartnershipFactory(
        municipality_de="Dura",
        title_de="Dura, Palästina",
        country="PS",
        kind=Partnership.Kind.PROJECT,
        since=2018,
        status=Partnership.Status.DRAFT,
    )

    html = admin_client_de.get(CHANGELIST).content.decode()
    filtered = admin_client_de.get(CHANGELIST, {"kind__exact": "project"}).content.decode()
    by_country = admin_client_de.get(CHANGELIST, {"country": "GB"}).content.decode()
    found = admin_client_de.get(CHANGELIST, {"q": "Dura"}).content.decode()

    assert "Vereinigtes Königreich" in html and "Palästina, Staat" in html
    assert "1969" in html and "Projektpartnerschaft" in html
    assert ">Entwurf<" in html and ">Veröffentlicht<" in html  # the "publication" column
    assert "Dura, Palästina" in filtered and ">Leeds<" not in filtered
    assert ">Leeds<" in by_country and "Dura, Palästina" not in by_country
    assert "Dura, Palästina" in found and ">Leeds<" not in found


def test_add_form_has_tabs_inlines_and_no_parent_field(admin_client_de, indexes):
    response = admin_client_de.get(ADD)

    html = response.content.decode()
    prefixes = [inline.formset.prefix for inline in response.context["inline_admin_formsets"]]
    assert prefixes[:2] == ["milestones", "organisations"]
    assert {"teaser_links", "document_links", "gallery_links"} <= set(prefixes)
    assert 'name="title_de"' in html and 'name="title_en"' in html
    assert 'name="parent"' not in html
    assert "Partnerkommune" in html  # German labels for city staff


def test_add_with_milestones_partners_and_teasers(admin_client_de, new_partnership):
    europe = TopicPageFactory(title_de="Europa")
    add_rows(
        new_partnership,
        "milestones",
        [
            {
                "year": "1979",
                "text_de": "Ehrenfahne des Europarates.",
                "text_en": "Flag of Honour.",
            },
            {"year": "1969", "text_de": "Beginn.", "text_en": "Start."},
        ],
    )
    add_rows(
        new_partnership,
        "organisations",
        [
            {
                "role": "association",
                "name_de": "Auslandsgesellschaft",
                "link": "https://www.auslandsgesellschaft.de/",
            },
        ],
    )
    add_rows(new_partnership, "teaser_links", [{"target": europe.pk, "sort_order": "1"}])

    response = admin_client_de.post(ADD, new_partnership)

    assert response.status_code == 302, response.context["errors"]
    leeds = Partnership.objects.get(slug_de="leeds")
    assert leeds.url_path_de == "/de/staedtepartnerschaften/leeds/"
    assert [m.year for m in leeds.milestones.all()] == [1969, 1979]
    assert leeds.organisations.get().name_de == "Auslandsgesellschaft"
    assert list(leeds.teaser_links.values_list("target", flat=True)) == [europe.pk]


def test_a_project_partnership_goes_under_the_project_overview(admin_client_de, new_partnership):
    new_partnership.update(kind="project", slug_de="dura", municipality_de="Dura")

    admin_client_de.post(ADD, new_partnership)

    assert Partnership.objects.get(slug_de="dura").url_path_de == (
        "/de/dortmund-international/projektpartnerschaften/dura/"
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("since", "1900", "Dortmunds Partnerschaften bestehen seit frühestens 1945"),
        ("since", "2999", "Das Jahr 2999 liegt in der Zukunft."),
        ("latitude", "95", "Ein Breitengrad liegt zwischen -90 (Südpol) und 90 (Nordpol)."),
        ("longitude", "-181", "Ein Längengrad liegt zwischen -180 und 180."),
        ("wikidata_id", "39121", "Eine Wikidata-ID besteht aus „Q“ und Ziffern"),
        ("council_decision", "01.01.2999", "Dieses Datum liegt in der Zukunft."),
    ],
)
def test_impossible_values_give_a_clear_error_and_keep_the_input(
    admin_client_de, new_partnership, field, value, message
):
    new_partnership[field] = value
    add_rows(new_partnership, "milestones", [{"year": "1969", "text_de": "Beginn."}])

    response = admin_client_de.post(ADD, new_partnership)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'name="{field}" value="{value}"' in html
    assert 'name="municipality_de" value="Leeds"' in html
    assert 'value="Beginn."' in html  # the inline rows are kept too
    assert not Partnership.objects.exists()


def test_impossible_milestone_year_is_reported_on_the_milestone(admin_client_de, new_partnership):
    add_rows(new_partnership, "milestones", [{"year": "2999", "text_de": "Zukunft."}])

    response = admin_client_de.post(ADD, new_partnership)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Das Jahr 2999 liegt in der Zukunft." in html
    assert 'name="milestones-0-year" value="2999"' in html


def test_duplicate_address_is_an_error_that_keeps_the_input(admin_client_de, new_partnership):
    PartnershipFactory(slug_de="leeds", slug_en="leeds-uk")

    response = admin_client_de.post(ADD, new_partnership)

    html = response.content.decode()
    assert response.status_code == 200
    assert "/de/staedtepartnerschaften/leeds/" in html
    assert 'name="slug_de" value="leeds"' in html
    assert Partnership.objects.count() == 1


def test_duplicate_wikidata_id_is_an_error(admin_client_de, new_partnership):
    PartnershipFactory(wikidata_id="Q39121")

    response = admin_client_de.post(ADD, new_partnership)

    assert response.status_code == 200
    assert "Eine andere Partnerschaft hat bereits diese Wikidata-ID." in response.content.decode()


def test_missing_overview_page_is_reported_on_the_kind(admin_client_de, start_page):
    PartnershipIndexPageFactory(section=Section.CITY)
    data = form_data(admin_client_de.get(ADD))
    data.update(
        title_de="Dura",
        slug_de="dura",
        municipality_de="Dura",
        country="PS",
        kind="project",
        state="active",
        latitude="31.5",
        longitude="35.0",
        status="draft",
    )

    response = admin_client_de.post(ADD, data)

    assert response.status_code == 200
    assert "Es gibt noch keine Übersichtsseite für „Projektpartnerschaften“" in (
        response.content.decode()
    )
    assert response.context["adminform"].form.errors["kind"]


def test_changing_the_kind_in_the_admin_moves_the_page_with_301s(admin_client_de, client, indexes):
    kumasi = PartnershipFactory(
        slug_de="kumasi",
        slug_en="kumasi",
        municipality_de="Kumasi",
        kind=Partnership.Kind.PROJECT,
        since=None,
    )
    MilestoneFactory(partnership=kumasi, year=2020, text_de="Ausbau.")
    url = f"/admin/partnerships/partnership/{kumasi.pk}/change/"
    data = form_data(admin_client_de.get(url))
    data.update(kind="city", since="2024")
    add_rows(data, "milestones", [{"year": "2024", "text_de": "Städtepartnerschaft."}])

    response = admin_client_de.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    kumasi.refresh_from_db()
    assert kumasi.url_path_de == "/de/staedtepartnerschaften/kumasi/"
    assert [m.year for m in kumasi.milestones.all()] == [2020, 2024]
    old = client.get("/en/dortmund-international/project-partnerships/kumasi/")
    assert (old.status_code, old["Location"]) == (301, "/en/city-partnerships/kumasi/")
    assert Redirect.objects.count() == 2


def test_overview_pages_have_their_own_admin(admin_client_de, indexes):
    html = admin_client_de.get("/admin/partnerships/partnershipindexpage/").content.decode()

    assert "Städtepartnerschaften" in html and "Internationale Projektpartnerschaften" in html


def test_a_partnership_without_coordinates_is_saved_listed_and_left_off_the_map(
    admin_client_de, client, new_partnership
):
    new_partnership.update(latitude="", longitude="")

    response = admin_client_de.post(ADD, new_partnership, follow=True)

    leeds = Partnership.objects.get(slug_de="leeds")
    assert (leeds.latitude, leeds.longitude) == (None, None)
    assert "hat keine Koordinaten" in response.content.decode()
    listing = admin_client_de.get(CHANGELIST).content.decode()
    assert "Leeds" in listing and "Auf der Karte" in listing
    overview = client.get(leeds.parent.url_path_de).content.decode()
    assert "Leeds" in overview
    assert "<svg viewBox" not in overview or ">Leeds</text>" not in overview


def test_one_coordinate_alone_is_refused_at_the_field(admin_client_de, new_partnership):
    new_partnership.update(longitude="")

    response = admin_client_de.post(ADD, new_partnership)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["longitude"]
    assert not Partnership.objects.exists()
