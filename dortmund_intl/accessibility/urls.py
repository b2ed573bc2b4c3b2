from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "accessibility"

urlpatterns = [
    path(_("site/accessibility/"), views.statement, name="statement"),
    path(_("report-a-barrier/"), views.BarrierReportView.as_view(), name="report"),
    path(_("report-a-barrier/sent/"), views.ReportSentView.as_view(), name="report_sent"),
]
