"""Finding things in the admin: the start page's panels, the page search, the kind
filter, ordered rows and the parent page's error (dortmund_intl/editor_ux)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from dortmund_intl.editor_ux import dashboard
from dortmund_intl.models import Page, Teaser
from dortmund_intl.roles import EDITORS, TRANSLATORS
from partnerships.models import Section
from tests.admin_forms import add_inline_row, form_data
from tests.factories import TopicPageFactory
from tests.partnerships.factories import PartnershipFactory, PartnershipIndexPageFactory

pytestmark = pytest.mark.django_db


def _client_with_role(client, django_user_model, role):
    user = django_user_model.objects.create_user("person", password="x" * 20, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    client.cookies["django_language"] = "de"
    return client


def _search(client, term, field="parent", model="topicpage"):
    params = {"app_label": "dortmund_intl", "model_name": model, "field_name": field}
    return client.get(reverse("admin:autocomplete"), {**params, "term": term}).json()["results"]


def test_page_search_puts_exact_and_prefix_matches_first_with_their_place(
    admin_client_de, start_page
):
    europe = TopicPageFactory(title_de="Europa", slug_de="europa")
    TopicPageFactory(title_de="Netzwerke in Europa", parent=europe, slug_de="netzwerke")
    TopicPageFactory(title_de="Europawoche", parent=europe, slug_de="europawoche")
    TopicPageFactory(title_de="Ein Europa der Städte", slug_de="staedte")

    found = [result["text"] for result in _search(admin_client_de, "europa")]

    assert found == [
        "Internationales › Europa",
        "Internationales › Europa › Europawoche",
        "Internationales › Ein Europa der Städte",
        "Internationales › Europa › Netzwerke in Europa",
    ]


def test_page_search_costs_the_same_queries_for_few_and_many_results(admin_client_de, start_page):
    """Guards against one query per result for the breadcrumbs."""
    parent = TopicPageFactory(title_de="Partnerschaften")
    TopicPageFactory(title_de="Partnerschaft A", parent=parent)
    with CaptureQueriesContext(connection) as few:
        assert len(_search(admin_client_de, "Partnerschaft")) >= 2
    for n in range(12):
        TopicPageFactory(title_de=f"Partnerschaft {n}", parent=parent)
    with CaptureQueriesContext(connection) as many:
        assert len(_search(admin_client_de, "Partnerschaft")) >= 13
    assert len(many) == len(few)


def test_all_pages_filter_by_kind_lists_page_kinds_only(admin_client_de, start_page):
    PartnershipIndexPageFactory(section=Section.CITY)
    leeds = PartnershipFactory(title_de="Leeds")
    TopicPageFactory(title_de="Ukraine-Hilfe")
    url = reverse("admin:dortmund_intl_page_changelist")

    response = admin_client_de.get(url)
    choices = [
        str(choice["display"])
        for spec in response.context["cl"].filter_specs
        if getattr(spec, "parameter_name", None) == "kind"
        for choice in spec.choices(response.context["cl"])
    ]
    assert "Partnerschaften" in choices and "Themenseiten" in choices
    html = response.content.decode()
    assert "Benutzer" not in choices and "Umleitungen" not in choices
    assert "Inhaltstyp" not in html  # the raw "content type" filter is gone

    from django.contrib.contenttypes.models import ContentType

    kind = ContentType.objects.get_for_model(type(leeds)).pk
    filtered = admin_client_de.get(url, {"kind": kind}).content.decode()
    assert "Leeds" in filtered and "Ukraine-Hilfe" not in filtered


def test_a_new_related_topic_goes_to_the_end_of_the_list(admin_client_de, start_page):
    page = TopicPageFactory(title_de="Ukraine")
    first, second, new = (TopicPageFactory(title_de=t) for t in ("Erste", "Zweite", "Neue"))
    Teaser.objects.create(page=page, target=first, sort_order=1)
    Teaser.objects.create(page=page, target=second, sort_order=2)
    url = reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    data = form_data(admin_client_de.get(url))
    add_inline_row(data, "teaser_links", target=str(new.pk), sort_order="")

    response = admin_client_de.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    titles = [t.target.title_de for t in Teaser.objects.filter(page=page).select_related("target")]
    assert titles == ["Erste", "Zweite", "Neue"]


def test_a_missing_parent_is_reported_at_the_field(admin_client_de, start_page):
    add_url = reverse("admin:dortmund_intl_topicpage_add")
    data = form_data(admin_client_de.get(add_url))
    data.update(title_de="Ohne Platz", slug_de="ohne-platz", slug_en="no-place")

    response = admin_client_de.post(add_url, data)

    form = response.context["adminform"].form
    assert response.status_code == 200
    assert "Wählen Sie die Seite" in str(form.errors["parent"])
    assert not form.non_field_errors()


def test_editors_start_page_shows_drafts_scheduled_pages_and_recent_changes(
    client, django_user_model, start_page
):
    editor = _client_with_role(client, django_user_model, EDITORS)
    TopicPageFactory(title_de="Entwurf Europawoche", status=Page.Status.DRAFT)
    TopicPageFactory(
        title_de="Geplant: Partnerschaftsfest", go_live_at=timezone.now() + timedelta(days=1)
    )
    TopicPageFactory(title_de="Gerade geändert")

    html = editor.get(reverse("admin:index")).content.decode()

    drafts = html.split('id="panel-drafts"', 1)[1].split("</section>", 1)[0]
    scheduled = html.split('id="panel-scheduled"', 1)[1].split("</section>", 1)[0]
    recent = html.split('id="panel-recent"', 1)[1].split("</section>", 1)[0]
    assert "Entwurf Europawoche" in drafts and "Gerade geändert" not in drafts
    assert "Geplant: Partnerschaftsfest" in scheduled and "geplant ab" in scheduled
    assert "Entwurf Europawoche" not in scheduled
    assert "Gerade geändert" in recent
    assert 'id="panel-translations"' not in html


def test_translators_start_page_shows_their_queue_with_word_counts(
    client, django_user_model, start_page
):
    translator = _client_with_role(client, django_user_model, TRANSLATORS)
    TopicPageFactory(
        title_de="Neu ohne Englisch",
        title_en="",
        teaser_de="Vier deutsche Wörter hier.",
        teaser_en="",
        body_de="",
        body_en="",
    )

    html = translator.get(reverse("admin:index")).content.decode()

    queue = html.split('id="panel-translations"', 1)[1].split("</section>", 1)[0]
    assert "Neu ohne Englisch" in queue
    assert "Wörter" in queue and "deutsche Wörter zu übersetzen" in queue
    assert 'id="panel-drafts"' not in html


def test_apps_can_add_a_panel_to_the_start_page(admin_client_de, monkeypatch):
    monkeypatch.setattr(dashboard, "PANELS", list(dashboard.PANELS))
    dashboard.register(
        lambda request: dashboard.Panel(key="reports", title="Barrieremeldungen", rows=[])
    )
    html = admin_client_de.get(reverse("admin:index")).content.decode()
    assert 'id="panel-reports"' in html and "Barrieremeldungen" in html
