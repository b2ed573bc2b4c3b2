"""Fuzzing the admin: every registered ModelAdmin's add and change form, as an editor
(Redaktion) and as a translator (Übersetzung), with POST data built from the form's own
fields and generated values (see forms.py). Whatever they submit, to the form, its
preview or "save as new", the answer is never a server error: a form error, a refusal
or a save; and whatever was saved shows in the admin and on the site without one."""

from dataclasses import dataclass

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from hypothesis import event, given
from hypothesis import strategies as st

from dortmund_intl.models import Page
from dortmund_intl.roles import EDITORS, TRANSLATORS

from .conftest import fuzz_settings, isolated
from .forms import change_form_specs, post_data, specs_for

pytestmark = pytest.mark.django_db

MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)
BUTTONS = ["_save", "_continue", "_addanother", "_saveasnew"]


@dataclass
class Target:
    """One admin form: where it is posted to, and what it consists of."""

    urls: list[str]  # the form itself first, then its previews
    specs: list
    formsets: list


def _admin_url(model, name, *args) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=args)


def _crafted_specs(model_admin, obj, user):
    """The fields of a form the role may not open, as a superuser's form has them: a
    crafted POST to it must be refused, not break the site."""
    request = RequestFactory().get("/admin/")
    request.user = user
    form_class = model_admin.get_form(request, obj, change=obj is not None)
    return specs_for(form_class(instance=obj))


@pytest.fixture
def staff_client(client, django_user_model, role):
    user = django_user_model.objects.create_user(f"fuzz-{role}", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return client


def _first_row(model):
    """The model's first row; for what the demo has no row of (visitors' reports, failed
    sign-ins), one made here, as a visitor or a wrong password would make it."""
    obj = model._default_manager.order_by("pk").first()
    if obj is not None:
        return obj
    if model._meta.label == "accessibility.BarrierReport":
        return model._default_manager.create(description="Der Kontrast ist zu schwach.")
    if model._meta.label in ("axes.AccessAttempt", "axes.AccessFailureLog"):
        extra = {"get_data": "", "post_data": "", "failures_since_start": 1}
        if model._meta.label == "axes.AccessFailureLog":
            extra = {}
        return model._default_manager.create(
            user_agent="Mozilla/5.0",
            ip_address="192.0.2.1",
            username="redaktion",
            http_accept="text/html",
            path_info="/admin/login/",
            **extra,
        )
    return None


@pytest.fixture
def targets(demo_site, staff_client, model, django_user_model) -> dict[str, Target]:
    """The add and the change form of ``model``'s admin as the role sees them."""
    model_admin = admin.site._registry[model]
    obj = _first_row(model)
    assert obj is not None, f"the demo content has no {model._meta.label}"
    superuser = django_user_model.objects.create_superuser("fuzz-admin")
    found = {}
    for mode, form_obj, url in (
        ("add", None, _admin_url(model, "add")),
        ("change", obj, _admin_url(model, "change", obj.pk)),
    ):
        urls = [url]
        if hasattr(model_admin, "preview_view"):
            for code in ("de", "en"):
                if form_obj is None:
                    urls.append(_admin_url(model, "preview_new", code))
                else:
                    urls.append(_admin_url(model, "preview", obj.pk, code))
        response = staff_client.get(url)
        if response.status_code == 200:
            specs, formsets = change_form_specs(response)
        else:
            specs, formsets = _crafted_specs(model_admin, form_obj, superuser), []
        found[mode] = Target(urls, specs, formsets)
    return found


def _saved_object(model, url, button):
    if button == "_saveasnew" or url.endswith("/add/"):
        return model._default_manager.order_by("-pk").first()
    return model._default_manager.order_by("pk").first()


@pytest.mark.parametrize("role", [EDITORS, TRANSLATORS])
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
@fuzz_settings(examples=3)
@given(data=st.data())
def test_admin_form_with_generated_values(staff_client, targets, model, role, data):
    target = targets[data.draw(st.sampled_from(sorted(targets)), label="form")]
    url = data.draw(st.sampled_from(target.urls), label="url")
    post = data.draw(post_data(target.specs, target.formsets), label="post")
    button = data.draw(st.sampled_from(BUTTONS), label="button")
    with isolated():
        response = staff_client.post(url, {**post, button: "1"})
        event(f"answer {response.status_code}")  # --hypothesis-show-statistics
        assert response.status_code < 500
        if response.status_code != 302 or url != target.urls[0]:
            return
        # Saved: what was stored shows in the admin and, if public, on the site.
        saved = _saved_object(model, url, button)
        assert staff_client.get(_admin_url(model, "change", saved.pk)).status_code < 500
        if isinstance(saved, Page) and saved.url_path.startswith("/"):
            for address in (saved.url_path_de, saved.url_path_en, "/de/feed/", "/en/feed/"):
                if address.startswith("/"):
                    assert staff_client.get(address).status_code < 500, address
