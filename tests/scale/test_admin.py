"""Every page kind's list in the admin (and All pages, images, documents, offices,
people) costs the same queries with three times the rows."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from dortmund_intl.models import Document, Image, Page
from dortmund_intl.scale import services
from dortmund_intl.scale.kinds import KINDS
from dortmund_intl.translations import page_models
from tests.accessibility.factories import AccessibilityStatementFactory
from tests.contacts.factories import OfficeFactory, PersonFactory
from tests.easy_access.factories import EasyReadStartPageFactory
from tests.europe.factories import (
    AwardIndexPageFactory,
    NetworkIndexPageFactory,
    ProjectIndexPageFactory,
)
from tests.factories import DocumentFactory, ImageFactory
from tests.legal.factories import LegalNoticeFactory, PrivacyNoticeFactory
from tests.news.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db

# Kinds whose rows load_scale does not multiply, grown here with their factories.
FACTORIES = {
    "europe.AwardIndexPage": lambda n: AwardIndexPageFactory(slug_de=f"preise-{n}"),
    "europe.NetworkIndexPage": lambda n: NetworkIndexPageFactory(slug_de=f"netze-{n}"),
    "europe.ProjectIndexPage": lambda n: ProjectIndexPageFactory(slug_de=f"projekte-{n}"),
    "accessibility.AccessibilityStatement": lambda n: AccessibilityStatementFactory(),
    "legal.LegalNotice": lambda n: LegalNoticeFactory(),
    "legal.PrivacyNotice": lambda n: PrivacyNoticeFactory(),
    "easy_access.EasyReadStartPage": lambda n: EasyReadStartPageFactory(slug_de=f"leicht-{n}"),
    "news.NewsIndexPage": lambda n: NewsIndexPageFactory(
        slug_de=f"aktuelles-{n}", slug_en=f"news-{n}"
    ),
    "dortmund_intl.Image": lambda n: ImageFactory(),
    "dortmund_intl.Document": lambda n: DocumentFactory(),
    "contacts.Office": lambda n: OfficeFactory(),
    "contacts.Person": lambda n: PersonFactory(),
}
# A fixed set, whatever the size of the site.
FIXED = {"sdg.Goal", "sdg.GoalIndexPage", "partnerships.PartnershipIndexPage"}


def _lists() -> dict[str, str]:
    models = [Page, *page_models(Page), Image, Document]
    models += [apps.get_model("contacts.Office"), apps.get_model("contacts.Person")]
    return {
        model._meta.label: reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"
        )
        for model in models
        if model in admin.site._registry and model._meta.label not in FIXED
    }


def _grow(count: int) -> None:
    """Adds ``count`` rows to every list."""
    for kind in KINDS:
        if kind.share:
            assert services.add(kind.model, count) == count, kind.model
    for make in FACTORIES.values():
        for n in range(count):
            make(f"{count}-{n}")


def _rows(label: str) -> int:
    return apps.get_model(label).objects.count()


def test_every_list_costs_the_same_queries_at_three_times_the_rows(
    admin_client, django_assert_num_queries
):
    """Intended to prevent an n+1 in any admin list (columns, filters, labels)."""
    call_command("load_demo", verbosity=0)
    lists = _lists()
    assert set(lists) >= {kind.model for kind in KINDS if kind.share} | set(FACTORIES)
    _grow(2)
    rows, counts = {}, {}
    for label, url in lists.items():
        admin_client.get(url)  # warm the content-type cache, as a running site has
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(url).status_code == 200
        counts[label], rows[label] = len(queries), _rows(label)

    _grow(4)  # three times as many synthetic rows
    grown = {}
    for label, url in lists.items():
        assert _rows(label) > rows[label], label
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(url).status_code == 200
        grown[label] = len(queries)
    assert grown == counts
    with django_assert_num_queries(counts["dortmund_intl.Page"]):
        admin_client.get(lists["dortmund_intl.Page"])
