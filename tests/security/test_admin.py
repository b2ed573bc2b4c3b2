"""The user admin for Administration: users and the three roles, nothing more, enforced on
the server (issue 9, point 3). Every test sends what a crafted form could send."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from dortmund_intl.roles import EDITORS, ROLES, TRANSLATORS
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


def change_url(user):
    return reverse("admin:auth_user_change", args=[user.pk])


def test_the_form_offers_the_three_roles_and_no_superuser_or_single_permission(
    as_administrator, make_user
):
    anna = make_user("anna", EDITORS)
    form = as_administrator.get(change_url(anna)).context["adminform"].form

    assert "is_superuser" not in form.fields
    assert "user_permissions" not in form.fields
    assert "is_staff" not in form.fields  # it follows the roles
    assert {group.name for group in form.fields["groups"].queryset} == set(ROLES)


def test_a_crafted_post_cannot_make_anyone_superuser_or_grant_single_permissions(
    as_administrator, administrator, make_user
):
    anna = make_user("anna", EDITORS)
    permission = Permission.objects.get(codename="delete_group")
    for user in (anna, administrator):  # somebody else, and oneself
        data = form_data(as_administrator.get(change_url(user)))
        data.update(is_superuser="on", is_staff="on", user_permissions=[str(permission.pk)])

        response = as_administrator.post(change_url(user), data)

        assert response.status_code == 302
        user.refresh_from_db()
        assert not user.is_superuser
        assert not user.user_permissions.exists()
        assert not user.has_perm("auth.delete_group")


def test_a_crafted_post_cannot_put_anyone_into_another_group(as_administrator, make_user):
    anna = make_user("anna", EDITORS)
    powerful = Group.objects.create(name="Alles")
    powerful.permissions.set(Permission.objects.all())
    data = form_data(as_administrator.get(change_url(anna)))
    data["groups"] = [str(powerful.pk)]

    response = as_administrator.post(change_url(anna), data)

    assert response.status_code == 200
    assert "groups" in response.context["adminform"].form.errors
    assert list(anna.groups.values_list("name", flat=True)) == [EDITORS]


def test_administration_moves_a_user_between_roles_and_keeps_other_groups(
    as_administrator, make_user
):
    anna = make_user("anna", EDITORS)
    other = Group.objects.create(name="Newsletter")
    anna.groups.add(other)
    data = form_data(as_administrator.get(change_url(anna)))
    data["groups"] = [str(Group.objects.get(name=TRANSLATORS).pk)]

    assert as_administrator.post(change_url(anna), data).status_code == 302
    assert set(anna.groups.values_list("name", flat=True)) == {TRANSLATORS, "Newsletter"}


def test_a_superuser_cannot_be_changed_deleted_or_given_a_password_by_administration(
    as_administrator, django_user_model
):
    boss = django_user_model.objects.create_superuser("chef", password="x" * 20)
    before = boss.password
    url = change_url(boss)

    view = as_administrator.get(url)
    assert view.status_code == 200 and "Sichern" not in view.content.decode()  # read-only
    posted = as_administrator.post(url, {"username": "gekapert", "is_active": ""})
    assert posted.status_code == 403
    password_url = reverse("admin:auth_user_password_change", args=[boss.pk])
    assert as_administrator.get(password_url).status_code == 403
    assert (
        as_administrator.post(
            password_url, {"password1": "neu-und-lang-42", "password2": "neu-und-lang-42"}
        ).status_code
        == 403
    )
    delete_url = reverse("admin:auth_user_delete", args=[boss.pk])
    assert as_administrator.post(delete_url, {"post": "yes"}).status_code == 403
    bulk = as_administrator.post(
        reverse("admin:auth_user_changelist"),
        {"action": "delete_selected", "_selected_action": [str(boss.pk)], "post": "yes"},
    )
    assert bulk.status_code in (200, 302, 403)

    boss.refresh_from_db()
    assert (boss.username, boss.is_active, boss.is_superuser) == ("chef", True, True)
    assert boss.password == before


def test_groups_permissions_are_read_only_for_administration(as_administrator):
    editors = Group.objects.get(name=EDITORS)
    count = editors.permissions.count()
    url = reverse("admin:auth_group_change", args=[editors.pk])
    everything = [str(pk) for pk in Permission.objects.values_list("pk", flat=True)]

    assert as_administrator.get(url).status_code == 200  # visible
    assert (
        as_administrator.post(url, {"name": EDITORS, "permissions": everything}).status_code == 403
    )
    added = as_administrator.post(
        reverse("admin:auth_group_add"), {"name": "Neu", "permissions": everything}
    )
    assert added.status_code == 403
    deleted = as_administrator.post(
        reverse("admin:auth_group_delete", args=[editors.pk]), {"post": "yes"}
    )
    assert deleted.status_code == 403
    assert editors.permissions.count() == count
    assert not Group.objects.filter(name="Neu").exists()
    assert Group.objects.filter(name=EDITORS).exists()


def test_a_superuser_keeps_the_full_user_form(admin_client, make_user):
    anna = make_user("anna", EDITORS)
    form = admin_client.get(change_url(anna)).context["adminform"].form

    assert "is_superuser" in form.fields
    assert "user_permissions" in form.fields


def test_administration_holds_no_permission_over_groups_or_permissions():
    """Even a view the admin forgot to guard could not let Administration change a role."""
    administration = Group.objects.get(name="Administration")
    codenames = set(administration.permissions.values_list("codename", flat=True))

    assert {"add_user", "change_user", "delete_user", "view_user", "view_group"} <= codenames
    assert {"delete_accessattempt", "view_accessattempt"} <= codenames
    assert not codenames & {"add_group", "change_group", "delete_group"}
    assert not any(codename.endswith("_permission") for codename in codenames)
    assert not any(codename.endswith("_topicpage") for codename in codenames)
