"""The admin start page's box of barrier reports that wait for an answer (for the people
who may read them: editors and Administration, not translators)."""

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from dortmund_intl.editor_ux.dashboard import ROWS, Panel, Row, register

from .models import BarrierReport


@register
def barrier_reports(request):
    if not request.user.has_perm("accessibility.view_barrierreport"):
        return None
    waiting = BarrierReport.objects.exclude(status=BarrierReport.Status.ANSWERED)
    count = waiting.count()
    rows = [
        Row(
            Truncator(report.description).chars(80),
            reverse("admin:accessibility_barrierreport_change", args=[report.pk]),
            report.get_status_display(),
            report.created_at,
        )
        for report in waiting.order_by("created_at")[:ROWS]  # the longest waiting first
    ]
    return Panel(
        key="barrier-reports",
        title=_("Barrier reports"),
        rows=rows,
        summary=ngettext(
            "%(count)s report waits for an answer.",
            "%(count)s reports wait for an answer.",
            count,
        )
        % {"count": count}
        if count
        else "",
        more_url=reverse("admin:accessibility_barrierreport_changelist"),
        more_label=_("All barrier reports"),
        empty=_("No barrier report is waiting for an answer."),
    )
