"""Roles are enough: a role gives admin access, the last role removed takes it away,
however the membership changes (issue 10, point 8)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from dortmund_intl.roles import ADMINISTRATORS, EDITORS, TRANSLATORS
from tests.admin_forms import form_data

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def staff(user) -> bool:
    user.refresh_from_db()
    return user.is_staff


def signs_in(client, user) -> bool:
    client.post(reverse("admin:login"), {"username": user.username, "password": PASSWORD})
    return client.get(reverse("admin:index")).status_code == 200


def test_a_role_is_all_it_takes_to_sign_in(client, make_user):
    anna = make_user("anna")
    assert not signs_in(client, anna)

    anna.groups.add(Group.objects.get(name=EDITORS))

    assert anna.is_staff and staff(anna)
    assert signs_in(client, anna)


def test_removing_the_last_role_takes_the_access_away(client, make_user):
    anna = make_user("anna", EDITORS, TRANSLATORS)
    anna.groups.remove(Group.objects.get(name=EDITORS))
    assert staff(anna)

    anna.groups.remove(Group.objects.get(name=TRANSLATORS))

    assert not staff(anna)
    assert not signs_in(client, anna)


def test_changes_from_the_groups_side_count_too(make_user):
    anna, tom = make_user("anna"), make_user("tom")
    editors = Group.objects.get(name=EDITORS)

    editors.user_set.add(anna, tom)
    assert staff(anna) and staff(tom)
    editors.user_set.remove(tom)
    assert staff(anna) and not staff(tom)
    editors.user_set.clear()
    assert not staff(anna)


def test_a_group_that_is_no_role_gives_no_access(make_user):
    anna = make_user("anna", is_staff=True)
    anna.groups.add(Group.objects.create(name="Newsletter"))

    assert not staff(anna)


def test_saving_a_user_cannot_switch_the_access_on_without_a_role(make_user):
    anna = make_user("anna")
    anna.is_staff = True
    anna.save()

    assert not anna.is_staff and not staff(anna)


def test_superusers_stay_as_they_are(django_user_model):
    boss = django_user_model.objects.create_superuser("chef", password="x" * 20)
    boss.groups.add(Group.objects.get(name=EDITORS))
    boss.groups.clear()

    assert staff(boss)


def test_administration_gives_a_new_colleague_a_role_in_the_admin(
    client, as_administrator, django_user_model
):
    added = as_administrator.post(
        reverse("admin:auth_user_add"),
        {
            "username": "neu",
            "usable_password": "true",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert added.status_code == 302
    new = django_user_model.objects.get(username="neu")
    assert not new.is_staff
    url = reverse("admin:auth_user_change", args=[new.pk])
    data = form_data(as_administrator.get(url))
    data["groups"] = [str(Group.objects.get(name=ADMINISTRATORS).pk)]

    assert as_administrator.post(url, data).status_code == 302
    assert staff(new)
    client.logout()
    assert signs_in(client, new)
