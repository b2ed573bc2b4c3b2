import hashlib
import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.mail import EmailMessage
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from dortmund_intl.cards import Card, cards_of, localized
from dortmund_intl.models import Page
from dortmund_intl.prepared import Param, PreparedQuery
from dortmund_intl.security.clientip import client_ip
from dortmund_intl.selectors import Crumb
from dortmund_intl.views import FrameMixin, PageView

from .forms import CACHE, BarrierReportForm, local_path
from .models import (
    DESCRIPTION_MAX_LENGTH,
    AccessibilityStatement,
    BarrierReport,
    NonAccessiblePart,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PartCard(Card):
    """A part that is not accessible, as the statement lists it (dortmund_intl/cards.py);
    works with accessibilitystatement.html like ``NonAccessiblePart``."""

    description: str
    alternative: str
    reason: str
    fallbacks: frozenset = frozenset()

    def get_reason_display(self) -> str:
        return str(NonAccessiblePart.Reason(self.reason).label)


_PART_TEXTS = ("description", "alternative")

# Compiled once (dortmund_intl/prepared.py), in the model's order.
_parts = PreparedQuery(
    lambda: NonAccessiblePart.objects.filter(
        statement=Param("pk", models.BigIntegerField())
    ).values("reason", *[column for field in _PART_TEXTS for column in localized(field)])
)


def non_accessible_parts(statement: AccessibilityStatement) -> list[PartCard]:
    if statement.pk is None:  # an unsaved statement in the admin's preview
        return []
    return cards_of(PartCard, _parts.run({"pk": statement.pk}), _PART_TEXTS, ("reason",))


class StatementView(PageView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statement = self.object
        context["non_accessible_parts"] = non_accessible_parts(statement)
        context["report_url"] = report_url(statement.url_path)
        return context


def report_url(page_path: str) -> str:
    """The barrier report form with the page concerned filled in."""
    return f"{reverse('accessibility:report')}?{urlencode({'page': page_path})}"


def current_page_of(model) -> Page:
    """The published page of a kind the footer links to (the first, if there are several)."""
    page = model.objects.published().order_by("sort_order", "pk").only("url_path").first()
    if page is None:
        raise Http404
    return page


def statement(request):
    """The footer's link: the published accessibility statement, wherever it lives."""
    return HttpResponseRedirect(current_page_of(AccessibilityStatement).url_path)


def over_rate_limit(request) -> bool:
    """Counts the posts from the visitor's address in a fixed window. The cache holds a
    hash of the address, never the address, and each entry expires with its window.
    Without the cache (its server down) nothing is counted: the report is taken."""
    posts, window = settings.FEEDBACK_RATE_LIMIT
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    key = f"barrier-report-rate:{digest[:32]}"
    cache = caches[CACHE]
    try:
        if cache.add(key, 1, timeout=window):
            return False
        try:
            return cache.incr(key) > posts
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=window)
            return False
    except Exception:
        logger.warning("Cache unreachable: barrier report not rate-limited.", exc_info=True)
        return False


def body_too_large(request) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > settings.FEEDBACK_MAX_BODY_SIZE


def notify_office(report: BarrierReport, request) -> None:
    """E-mails the report to the office (``DJANGO_FEEDBACK_EMAIL``), in German. A mail
    server that fails loses nothing: the report is stored and listed in the admin."""
    if not settings.FEEDBACK_EMAIL:
        return
    with translation.override("de"):
        page = " ".join(report.page.split())[:80] or "–"
        facts = [
            (_("Page concerned"), report.page),
            (_("Name"), report.name),
            (_("E-mail"), report.email),
            (_("Language"), report.get_language_display()),
        ]
        lines = [
            _("A visitor reported a barrier on the website."),
            "",
            *(f"{label}: {value or '–'}" for label, value in facts),
            "",
            report.description,
            "",
            _("In the admin: %(url)s")
            % {"url": request.build_absolute_uri(report.get_absolute_url())},
        ]
        message = EmailMessage(
            subject=_("Barrier report: %(page)s") % {"page": page},
            body="\n".join(lines),
            to=[settings.FEEDBACK_EMAIL],
            reply_to=[report.email] if report.email else None,
        )
    try:
        message.send()
    except Exception:
        logger.exception("Barrier report %s stored but not e-mailed", report.pk)


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class BarrierReportView(FrameMixin, TemplateView):
    """The barrier report form. Never cached (``never_cache``: private, no-store) and
    without Django's CSRF cookie: the form carries its own signed token (forms.py says why)."""

    template_name = "accessibility/report.html"

    def get_extra_crumbs(self):
        return [Crumb(_("Report a barrier"), self.request.path)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["retention_days"] = settings.FEEDBACK_RETENTION_DAYS
        return context

    def get(self, request, *args, **kwargs):
        form = BarrierReportForm(initial={"page": local_path(request.GET.get("page", ""))})
        return self.render_to_response(self.get_context_data(form=form))

    def refuse(self, form, message, status):
        return self.render_to_response(
            self.get_context_data(form=form, refusal=message), status=status
        )

    def post(self, request, *args, **kwargs):
        if body_too_large(request):
            # Not read at all: a body this size is no report a person typed.
            return self.refuse(
                BarrierReportForm(),
                _(
                    "Your report is longer than this form accepts. Please shorten the "
                    "description to at most %(limit)s characters and send it again."
                )
                % {"limit": number_format(DESCRIPTION_MAX_LENGTH, force_grouping=True)},
                status=413,
            )
        form = BarrierReportForm(request.POST)
        if over_rate_limit(request):
            return self.refuse(
                form.refreshed(),
                _(
                    "We have received many reports from your connection in a short time. "
                    "Please wait an hour and send your report again, or write to us by e-mail."
                ),
                status=429,
            )
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form.refreshed()))
        thanks = reverse("accessibility:report_sent")
        page = local_path(form.cleaned_data["page"])
        if page:
            thanks += "?" + urlencode({"page": page})
        if not form.use_token():
            # Sent twice (a double click): the first is kept, the second changes nothing.
            return HttpResponseRedirect(thanks, status=303)
        report = form.save(commit=False)
        report.language = translation.get_language()
        report.save()
        notify_office(report, request)
        return HttpResponseRedirect(thanks, status=303)


@method_decorator(never_cache, name="dispatch")
class ReportSentView(FrameMixin, TemplateView):
    template_name = "accessibility/report_sent.html"

    def get_extra_crumbs(self):
        return [Crumb(_("Report a barrier"), reverse("accessibility:report"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["back_to"] = local_path(self.request.GET.get("page", ""))
        return context
