from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "partnerships"

urlpatterns = [
    path(_("partnerships/data.csv"), views.partnerships_csv, name="csv"),
    path(_("partnerships/data.json"), views.partnerships_json, name="json"),
]
