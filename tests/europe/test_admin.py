import pytest
from django.urls import reverse

from europe.models import (
    Award,
    AwardIndexPage,
    EUInfoPage,
    EUProject,
    Network,
    NetworkIndexPage,
    ProjectIndexPage,
)
from tests.admin_forms import form_data
from tests.europe.factories import (
    AwardFactory,
    AwardIndexPageFactory,
    EUInfoPageFactory,
    EUProjectFactory,
    NetworkFactory,
    NetworkIndexPageFactory,
    ProjectIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "factory"),
    [
        (AwardIndexPage, AwardIndexPageFactory),
        (Award, AwardFactory),
        (NetworkIndexPage, NetworkIndexPageFactory),
        (Network, NetworkFactory),
        (ProjectIndexPage, ProjectIndexPageFactory),
        (EUProject, EUProjectFactory),
        (EUInfoPage, EUInfoPageFactory),
    ],
)
def test_changelist_add_and_change_views_open(admin_client_de, start_page, model, factory):
    obj = factory()
    opts = model._meta
    for url in (
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_add"),
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]),
    ):
        response = admin_client_de.get(url)
        assert response.status_code == 200, url


def test_editor_adds_the_plaque_of_honour_as_a_stage_of_the_ladder(admin_client_de, start_page):
    index = AwardIndexPageFactory()
    url = reverse("admin:europe_award_add")
    data = form_data(admin_client_de.get(url))
    data.update(
        title_de="Ehrenplakette",
        title_en="Plaque of Honour",
        slug_de="ehrenplakette",
        slug_en="plaque-of-honour",
        awarding_body_de="Europarat",
        awarding_body_en="Council of Europe",
        year="2021",
        europe_prize_stage="3",
        parent=str(index.pk),
        status="published",
    )

    response = admin_client_de.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    award = Award.objects.get()
    assert award.url_path_en == "/en/europe/awards/plaque-of-honour/"
    assert (
        "Stufe 3 von 4 erreicht: Ehrenplakette (2021)"
        in admin_client_de.get("/de/europa/auszeichnungen/").content.decode()
    )


def test_a_second_plaque_of_honour_is_refused_with_the_input_kept(admin_client_de, start_page):
    AwardFactory(europe_prize_stage=3)
    url = reverse("admin:europe_award_add")
    data = form_data(admin_client_de.get(url))
    data.update(
        title_de="Noch eine Plakette",
        slug_de="noch-eine",
        awarding_body_de="Europarat",
        year="2024",
        europe_prize_stage="3",
        parent=str(AwardIndexPageFactory().pk),
    )

    response = admin_client_de.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["europe_prize_stage"]
    assert 'value="Noch eine Plakette"' in response.content.decode()


def test_a_project_ending_before_it_starts_is_refused(admin_client_de, start_page):
    project = EUProjectFactory()
    url = reverse("admin:europe_euproject_change", args=[project.pk])
    data = form_data(admin_client_de.get(url))
    data.update(start_year="2024", end_year="2020")

    response = admin_client_de.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_year"]


def test_award_list_filters_by_stage_and_searches_the_awarding_body(admin_client_de, start_page):
    AwardFactory(title_de="Ehrenfahne", year=1979, europe_prize_stage=2)
    AwardFactory(title_de="iCapital", awarding_body_de="Europäische Kommission")
    url = reverse("admin:europe_award_changelist")

    by_stage = admin_client_de.get(url, {"europe_prize_stage__exact": "2"}).context["cl"]
    by_body = admin_client_de.get(url, {"q": "Kommission"}).context["cl"]

    assert [award.title_de for award in by_stage.result_list] == ["Ehrenfahne"]
    assert [award.title_de for award in by_body.result_list] == ["iCapital"]


def test_a_translators_link_text_without_an_address_is_an_error_above_the_form(
    client, django_user_model, start_page
):
    """The model names the address field, which a translator's form does not have:
    shown above the form (it was a 500)."""
    from django.contrib.auth.models import Group

    from dortmund_intl.roles import TRANSLATORS

    translator = django_user_model.objects.create_user("tom", is_staff=True)
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    client.force_login(translator)
    page = EUInfoPageFactory(source_link="", source_link_text_de="", source_link_text_en="")
    url = reverse("admin:europe_euinfopage_change", args=[page.pk])
    data = form_data(client.get(url))
    data["source_link_text_en"] = "Your Europe"

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Geben Sie die Adresse ein, zu der der Linktext gehört." in response.content.decode()
    assert response.context["adminform"].form["source_link_text_en"].value() == "Your Europe"
