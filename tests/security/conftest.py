import pytest
from django.contrib.auth.models import Group

from dortmund_intl.roles import ADMINISTRATORS

PASSWORD = "ein-langes-passwort-42"


@pytest.fixture
def make_user(django_user_model):
    def make(name, *roles, **fields):
        user = django_user_model.objects.create_user(name, password=PASSWORD, **fields)
        user.groups.add(*Group.objects.filter(name__in=roles))
        return user

    return make


@pytest.fixture
def administrator(make_user):
    return make_user("ulla", ADMINISTRATORS)


@pytest.fixture
def as_administrator(client, administrator):
    client.force_login(administrator)
    client.cookies["django_language"] = "de"
    return client
