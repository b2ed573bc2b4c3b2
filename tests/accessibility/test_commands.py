"""Retention: reports older than the configured period are deleted, as the privacy page says."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from dortmund_intl.accessibility.models import BarrierReport
from tests.accessibility.factories import BarrierReportFactory

pytestmark = pytest.mark.django_db


def received(days_ago):
    report = BarrierReportFactory(description=f"{days_ago} Tage alt")
    BarrierReport.objects.filter(pk=report.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return report


def test_purge_deletes_reports_older_than_the_retention_period(settings):
    settings.FEEDBACK_RETENTION_DAYS = 30
    received(31)
    received(29)
    received(0)

    call_command("purge_barrier_reports", verbosity=0)

    kept = sorted(BarrierReport.objects.values_list("description", flat=True))
    assert kept == ["0 Tage alt", "29 Tage alt"]


def test_purge_follows_the_days_given(settings):
    settings.FEEDBACK_RETENTION_DAYS = 180
    received(10)

    call_command("purge_barrier_reports", "--days", "7", verbosity=0)

    assert BarrierReport.objects.count() == 0


def test_purge_refuses_a_negative_period():
    received(1)

    with pytest.raises(CommandError):
        call_command("purge_barrier_reports", "--days", "-1")
    assert BarrierReport.objects.count() == 1
