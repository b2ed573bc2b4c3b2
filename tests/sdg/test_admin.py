from html.parser import HTMLParser

import pytest

from sdg.models import Goal, GoalIndexPage, GoalTag
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


class _FormData(HTMLParser):
    """The values a browser would submit for the admin's change form."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.setdefault(name, []).append(attrs.get("value") or "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value") or "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data


def _form(client, url) -> dict[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200
    parser = _FormData()
    parser.feed(response.content.decode())
    return {name: values for name, values in parser.data.items() if "__prefix__" not in name}


def _errors(response):
    context = response.context
    return [context["adminform"].form.errors] + [
        formset.formset.errors for formset in context["inline_admin_formsets"]
    ]


def test_a_topic_page_is_tagged_with_goals_in_its_admin(admin_client, client, start_page):
    page = TopicPageFactory()
    url = f"/admin/dortmund_intl/topicpage/{page.pk}/change/"
    data = _form(admin_client, url)
    assert "goal_tags-TOTAL_FORMS" in data
    goal = Goal.objects.get(number=6)
    data.update(
        {
            "goal_tags-TOTAL_FORMS": ["1"],
            "goal_tags-0-id": [""],
            "goal_tags-0-page": [str(page.pk)],
            "goal_tags-0-goal": [str(goal.pk)],
        }
    )

    response = admin_client.post(url, data)

    assert response.status_code == 302, _errors(response)
    assert list(GoalTag.objects.values_list("page_id", "goal__number")) == [(page.pk, 6)]


def test_goal_admin_has_no_goal_tags_of_its_own(admin_client):
    goal = Goal.objects.get(number=6)

    data = _form(admin_client, f"/admin/sdg/goal/{goal.pk}/change/")

    assert "goal_tags-TOTAL_FORMS" not in data
    assert "teaser_links-TOTAL_FORMS" in data


def test_a_goal_cannot_be_deleted_in_the_admin(admin_client):
    goal = Goal.objects.get(number=15)

    assert admin_client.get(f"/admin/sdg/goal/{goal.pk}/delete/").status_code == 403
    assert (
        admin_client.post(f"/admin/sdg/goal/{goal.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    changelist = admin_client.get("/admin/sdg/goal/").content.decode()
    assert "delete_selected" not in changelist
    assert Goal.objects.count() == 17


def test_no_goal_can_be_added_while_all_17_exist(admin_client):
    assert admin_client.get("/admin/sdg/goal/add/").status_code == 403

    Goal.objects.filter(number=17).delete()

    assert admin_client.get("/admin/sdg/goal/add/").status_code == 200


def test_a_goal_cannot_be_saved_as_a_copy(admin_client):
    goal = Goal.objects.get(number=15)
    url = f"/admin/sdg/goal/{goal.pk}/change/"
    data = _form(admin_client, url)

    assert "_saveasnew" not in admin_client.get(url).content.decode()
    data["_saveasnew"] = ["1"]
    response = admin_client.post(url, data)

    assert response.status_code == 403
    assert Goal.objects.count() == 17


def test_number_and_colour_stay_as_they_are_when_a_goal_is_edited(admin_client):
    goal = Goal.objects.get(number=15)
    url = f"/admin/sdg/goal/{goal.pk}/change/"
    data = _form(admin_client, url)
    assert "number" not in data and "colour" not in data
    data.update({"number": ["3"], "colour": ["#000000"], "body_de": ["<p>Neuer Text.</p>"]})

    response = admin_client.post(url, data)

    assert response.status_code == 302, _errors(response)
    goal.refresh_from_db()
    assert (goal.number, goal.colour, goal.body_de) == (15, "#56C02B", "<p>Neuer Text.</p>")


def test_the_overview_cannot_be_added_twice_or_deleted(admin_client):
    overview = GoalIndexPage.objects.get()

    assert admin_client.get("/admin/sdg/goalindexpage/add/").status_code == 403
    assert admin_client.get(f"/admin/sdg/goalindexpage/{overview.pk}/delete/").status_code == 403


def test_goal_list_shows_the_17_goals_in_order_with_their_tag_counts(admin_client, start_page):
    TopicPageFactory().goals.add(Goal.objects.get(number=6))

    html = admin_client.get("/admin/sdg/goal/").content.decode()

    assert html.count("background:#") == 17
    assert html.index("Ziel 1: Keine Armut") < html.index("Ziel 17: Partnerschaften")
    assert '<td class="field-tagged_count">1</td>' in html


def test_the_goal_field_of_a_tag_finds_goals_by_name(admin_client):
    response = admin_client.get(
        "/admin/autocomplete/",
        {"term": "Land", "app_label": "sdg", "model_name": "goaltag", "field_name": "goal"},
    )

    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["Ziel 15: Leben an Land"]
