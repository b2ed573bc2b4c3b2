"""The office's side: the statement's review warning, the barrier reports' inbox."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from dortmund_intl.accessibility.models import (
    AccessibilityStatement,
    BarrierReport,
    one_year_before,
)
from dortmund_intl.roles import EDITORS, TRANSLATORS
from tests.accessibility.factories import (
    AccessibilityStatementFactory,
    BarrierReportFactory,
    NonAccessiblePartFactory,
)
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db

OVERDUE_DE = "vor mehr als einem Jahr"
OVERDUE_EN = "more than a year ago"


@pytest.fixture
def staff(django_user_model):
    def make(name, role, language="de"):
        user = django_user_model.objects.create_user(name, password="pw-" + name * 3, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


def login(client, user, language="de"):
    client.force_login(user)
    client.cookies["django_language"] = language
    return client


def overdue_statement():
    return AccessibilityStatementFactory(
        last_reviewed_on=one_year_before(timezone.localdate()) - datetime.timedelta(days=1)
    )


@pytest.mark.parametrize(("language", "warning"), [("de", OVERDUE_DE), ("en", OVERDUE_EN)])
def test_change_form_and_list_warn_when_the_review_is_over_a_year_old(
    client, staff, start_page, language, warning
):
    statement = overdue_statement()
    login(client, staff("anna", EDITORS), language)

    form = client.get(
        reverse("admin:accessibility_accessibilitystatement_change", args=[statement.pk])
    )
    listing = client.get(reverse("admin:accessibility_accessibilitystatement_changelist"))

    assert warning in form.content.decode()
    assert 'class="warning"' in form.content.decode()
    assert warning in listing.content.decode()
    assert "review-overdue" in listing.content.decode()


def test_no_warning_for_a_statement_reviewed_within_the_year(client, staff, start_page):
    statement = AccessibilityStatementFactory(
        last_reviewed_on=one_year_before(timezone.localdate())
    )
    login(client, staff("anna", EDITORS))

    form = client.get(
        reverse("admin:accessibility_accessibilitystatement_change", args=[statement.pk])
    )
    listing = client.get(reverse("admin:accessibility_accessibilitystatement_changelist"))

    assert OVERDUE_DE not in form.content.decode()
    assert "review-overdue" not in listing.content.decode()


def test_editor_lists_a_part_that_is_not_accessible(client, staff, start_page):
    statement = AccessibilityStatementFactory()
    NonAccessiblePartFactory(statement=statement)
    login(client, staff("anna", EDITORS))
    url = reverse("admin:accessibility_accessibilitystatement_change", args=[statement.pk])
    data = form_data(client.get(url))
    prefix = "non_accessible_parts"
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": str(total + 1),
            f"{prefix}-{total}-description_de": "Das Video hat keine Untertitel.",
            f"{prefix}-{total}-description_en": "The video has no captions.",
            f"{prefix}-{total}-reason": "burden",
            f"{prefix}-{total}-alternative_de": "Das Transkript steht darunter.",
            f"{prefix}-{total}-sort_order": "1",
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert statement.non_accessible_parts.filter(
        description_de="Das Video hat keine Untertitel.", reason="burden"
    ).exists()


def test_reports_are_listed_and_filtered_by_status(client, staff):
    BarrierReportFactory(description="Kontrast zu schwach")
    BarrierReportFactory(description="Formular ohne Labels", status=BarrierReport.Status.ANSWERED)
    login(client, staff("anna", EDITORS))
    url = reverse("admin:accessibility_barrierreport_changelist")

    everything = client.get(url).content.decode()
    new_only = client.get(url, {"status__exact": "new"}).content.decode()

    assert "Kontrast zu schwach" in everything and "Formular ohne Labels" in everything
    assert "Kontrast zu schwach" in new_only and "Formular ohne Labels" not in new_only


def test_taking_on_a_report_records_who_handles_it_and_keeps_what_the_visitor_sent(client, staff):
    report = BarrierReportFactory(description="Kontrast zu schwach", email="erika@example.org")
    editor = staff("anna", EDITORS)
    login(client, editor)
    url = reverse("admin:accessibility_barrierreport_change", args=[report.pk])

    response = client.post(
        url,
        {
            "status": "in_progress",
            "handled_by": "",
            "note": "Farbe wird angepasst.",
            "description": "Überschrieben",
            "email": "x@example.org",
        },
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "in_progress" and report.handled_by == editor
    assert report.description == "Kontrast zu schwach" and report.email == "erika@example.org"


def test_reports_cannot_be_added_in_the_admin(client, staff):
    login(client, staff("anna", EDITORS))

    assert client.get(reverse("admin:accessibility_barrierreport_add")).status_code == 403


def test_translators_do_not_see_what_visitors_reported(client, staff, start_page):
    report = BarrierReportFactory()
    statement = AccessibilityStatementFactory()
    login(client, staff("tom", TRANSLATORS))

    assert client.get(reverse("admin:accessibility_barrierreport_changelist")).status_code == 403
    change = reverse("admin:accessibility_barrierreport_change", args=[report.pk])
    assert client.get(change).status_code == 403
    statement_url = reverse(
        "admin:accessibility_accessibilitystatement_change", args=[statement.pk]
    )
    assert client.get(statement_url).status_code == 200


@pytest.mark.parametrize("view", ["changelist", "add"])
def test_statement_admin_views_open(admin_client_de, start_page, view):
    url = reverse(f"admin:accessibility_accessibilitystatement_{view}")

    assert admin_client_de.get(url).status_code == 200


def test_preview_of_a_new_statement_shows_its_fields_unsaved(client, staff, start_page):
    login(client, staff("anna", EDITORS))
    add_url = reverse("admin:accessibility_accessibilitystatement_add")
    data = form_data(client.get(add_url))
    data.update(
        title_de="Erklärung zur Barrierefreiheit",
        slug_de="erklaerung",
        parent=str(start_page.pk),
        scope_de="Gilt für diese Website.",
        compliance="not",
        standard="en301549",
        method="self",
        prepared_on="01.12.2026",
        last_reviewed_on="01.12.2026",
        feedback_contact_de="Büro für Internationale Beziehungen",
        enforcement_de="Ombudsstelle",
    )

    response = client.post(
        reverse("admin:accessibility_accessibilitystatement_preview_new", args=["de"]), data
    )

    assert "Diese Website ist mit EN 301 549 nicht vereinbar." in response.content.decode()
    assert not AccessibilityStatement.objects.exists()
