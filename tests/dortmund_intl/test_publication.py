"""Scheduled pages say so: in every admin list, the change form and the admin start
page, in the active language; a date on a draft is explained (issue 10, point 3)."""

from datetime import datetime, timedelta

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation

from dortmund_intl.models import Page, PublicationState
from dortmund_intl.publication import PublicationAdminMixin
from dortmund_intl.roles import EDITORS
from partnerships.models import Section
from tests.admin_forms import form_data
from tests.factories import TopicPageFactory
from tests.partnerships.factories import PartnershipFactory, PartnershipIndexPageFactory

pytestmark = pytest.mark.django_db

# 02.12.2026, 09:00 in Dortmund: tomorrow, seen from the suite's today (2026-12-01).
TOMORROW_NINE = timezone.make_aware(datetime(2026, 12, 2, 9, 0))


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("anna", password="pw-anna-anna", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    client.cookies["django_language"] = "de"
    return client


@pytest.fixture
def now(time_machine):
    moment = timezone.make_aware(datetime(2026, 12, 1, 20, 0))
    time_machine.move_to(moment, tick=False)
    return moment


def _scheduled(**kwargs):
    return TopicPageFactory(
        title_de="Europawoche", status=Page.Status.PUBLISHED, go_live_at=TOMORROW_NINE, **kwargs
    )


def test_the_state_in_both_languages(now, start_page):
    scheduled = _scheduled()
    expired = TopicPageFactory(status=Page.Status.PUBLISHED, expire_at=now - timedelta(hours=2))
    ending = TopicPageFactory(status=Page.Status.PUBLISHED, expire_at=TOMORROW_NINE)
    draft = TopicPageFactory(status=Page.Status.DRAFT, go_live_at=TOMORROW_NINE)

    with translation.override("de"):
        assert scheduled.publication_label == "geplant ab 02.12.2026, 09:00"
        assert expired.publication_label == "abgelaufen seit 01.12.2026, 18:00"
        assert ending.publication_label == "veröffentlicht bis 02.12.2026, 09:00"
        assert draft.publication_label == "Entwurf"
        assert start_page.publication_label == "Veröffentlicht"
    with translation.override("en"):
        assert scheduled.publication_label == "scheduled for 02/12/2026, 09:00"
        assert expired.publication_label == "expired on 01/12/2026, 18:00"
    assert [p.publication_state for p in (scheduled, expired, ending, draft)] == [
        PublicationState.SCHEDULED,
        PublicationState.EXPIRED,
        PublicationState.LIVE,
        PublicationState.DRAFT,
    ]
    # The same rule as published(): what the label calls live is what visitors see.
    live = {p.pk for p in Page.objects.published()}
    assert {p.pk for p in Page.objects.all() if p.publication_state == "live"} == live
    assert list(Page.objects.scheduled().values_list("pk", flat=True)) == [scheduled.pk]
    assert list(Page.objects.expired().values_list("pk", flat=True)) == [expired.pk]


def test_every_page_admin_shows_the_state_instead_of_the_status():
    page_admins = [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if issubclass(model, Page)
    ]
    assert len(page_admins) > 10
    for model_admin in page_admins:
        assert isinstance(model_admin, PublicationAdminMixin), model_admin
        request = type("Request", (), {"user": None})()
        columns = model_admin.get_list_display(request)
        assert "publication" in columns and "status" not in columns, model_admin


@pytest.mark.parametrize(
    "url",
    [
        "admin:dortmund_intl_topicpage_changelist",
        "admin:dortmund_intl_page_changelist",
        "admin:partnerships_partnership_changelist",
    ],
)
def test_lists_say_scheduled_not_published(now, editor_client, start_page, url):
    PartnershipIndexPageFactory(section=Section.CITY)
    _scheduled()
    TopicPageFactory(title_de="Laufende Seite", status=Page.Status.PUBLISHED)
    PartnershipFactory(title_de="Leeds", status=Page.Status.PUBLISHED, go_live_at=TOMORROW_NINE)
    PartnershipFactory(title_de="Laufende Partnerschaft", status=Page.Status.PUBLISHED)

    html = editor_client.get(reverse(url)).content.decode()
    scheduled = editor_client.get(reverse(url), {"publication": "scheduled"}).content.decode()

    assert "geplant ab 02.12.2026, 09:00" in html
    assert ">Laufende " in html and ">Laufende " not in scheduled
    assert "geplant ab 02.12.2026, 09:00" in scheduled


def test_change_form_and_start_page_say_scheduled(now, editor_client, start_page):
    page = _scheduled()
    TopicPageFactory(
        title_de="Alte Aktion", status=Page.Status.PUBLISHED, expire_at=now - timedelta(days=1)
    )

    form = editor_client.get(reverse("admin:dortmund_intl_topicpage_change", args=[page.pk]))
    index = editor_client.get(reverse("admin:index")).content.decode()

    assert "geplant ab 02.12.2026, 09:00" in form.content.decode()
    assert "Zuletzt veröffentlicht" not in form.content.decode()
    box = index.split('id="panel-scheduled"')[1].split("</section>")[0]
    assert "Europawoche" in box and "geplant ab 02.12.2026, 09:00" in box
    assert "Alte Aktion" in box and "abgelaufen seit 30.11.2026" in box


def test_a_date_on_a_draft_is_explained_after_saving(now, editor_client, start_page):
    page = TopicPageFactory(title_de="Entwurf mit Datum", status=Page.Status.DRAFT)
    url = reverse("admin:dortmund_intl_topicpage_change", args=[page.pk])
    data = form_data(editor_client.get(url))
    data.update({"go_live_at_0": "02.12.2026", "go_live_at_1": "09:00:00"})

    response = editor_client.post(url, data, follow=True)

    page.refresh_from_db()
    assert page.go_live_at == TOMORROW_NINE and page.status == Page.Status.DRAFT
    messages = [str(message) for message in response.context["messages"]]
    assert any("Entwurf" in text and "„Veröffentlicht“" in text for text in messages), messages


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("admin:dortmund_intl_page_changelist", 10),
        ("admin:dortmund_intl_topicpage_changelist", 12),
        ("admin:partnerships_partnership_changelist", 13),
        ("admin:index", 16),
    ],
)
def test_lists_cost_the_same_with_few_and_many_scheduled_pages(
    now, editor_client, start_page, django_assert_num_queries, url, queries
):
    """Intended to prevent an n+1 issue on the publication column and the start page."""
    PartnershipIndexPageFactory(section=Section.CITY)
    for many in (False, True):
        for n in range(12 if many else 1):
            _scheduled(title_en=f"Europe week {n}")
            PartnershipFactory(status=Page.Status.PUBLISHED, go_live_at=TOMORROW_NINE)
        editor_client.get(reverse(url))  # sessions, content types: cached from here on
        with django_assert_num_queries(queries):
            response = editor_client.get(reverse(url))
        assert "geplant ab 02.12.2026, 09:00" in response.content.decode()
