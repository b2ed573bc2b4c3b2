from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponseRedirect

from dortmund_intl.prepared import Param, PreparedQuery
from dortmund_intl.views import PageView

from .models import LegalNotice, PrivacyNotice, ProcessingActivity

# Compiled once (dortmund_intl/prepared.py); the bookkeeping column is for the admin.
_activities = PreparedQuery(
    lambda: ProcessingActivity.objects.filter(notice=Param("pk", models.BigIntegerField())).defer(
        "translation_sources"
    )
)


class PrivacyNoticeView(PageView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        notice = self.object
        context["activities"] = _activities.run({"pk": notice.pk}) if notice.pk else []
        context["retention_days"] = settings.FEEDBACK_RETENTION_DAYS
        return context


def _redirect_to_published(model):
    """The footer links here: the published page of the kind (the first, if several)."""
    page = model.objects.published().order_by("sort_order", "pk").only("url_path").first()
    if page is None:
        raise Http404
    return HttpResponseRedirect(page.url_path)


def legal_notice(request):
    return _redirect_to_published(LegalNotice)


def privacy(request):
    return _redirect_to_published(PrivacyNotice)
