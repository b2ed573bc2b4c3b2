import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from dortmund_intl.accessibility.models import BarrierReport
from dortmund_intl.roles import EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db


def _start_page(client, django_user_model, role):
    user = django_user_model.objects.create_user(f"user-{role}")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    client.cookies["django_language"] = "de"
    return client.get(reverse("admin:index")).content.decode()


def test_editors_see_the_reports_that_wait_for_an_answer(client, django_user_model):
    BarrierReport.objects.create(description="Das Formular ist ohne Maus nicht bedienbar.")
    BarrierReport.objects.create(
        description="Der Kontrast im Kopf ist zu schwach.",
        status=BarrierReport.Status.IN_PROGRESS,
    )
    BarrierReport.objects.create(
        description="Erledigt: das Video hat Untertitel.", status=BarrierReport.Status.ANSWERED
    )

    html = _start_page(client, django_user_model, EDITORS)

    box = html.split('id="panel-barrier-reports"', 1)[1].split("</section>", 1)[0]
    assert "2 Meldungen warten auf eine Antwort." in box
    assert "Das Formular ist ohne Maus nicht bedienbar." in box
    assert "Der Kontrast im Kopf ist zu schwach." in box and "in Bearbeitung" in box
    assert "Erledigt" not in box


def test_translators_see_no_reports(client, django_user_model):
    BarrierReport.objects.create(description="Der Kontrast ist zu schwach.")

    html = _start_page(client, django_user_model, TRANSLATORS)

    assert 'id="panel-barrier-reports"' not in html
    assert "Der Kontrast ist zu schwach." not in html
