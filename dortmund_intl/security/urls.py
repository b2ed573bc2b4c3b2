from django.contrib import admin
from django.urls import path

from . import views

app_name = "security"

# The admin's own addresses are not translated; neither are these.
urlpatterns = [
    path("two-factor/", admin.site.admin_view(views.setup), name="setup"),
    path("two-factor/code/", admin.site.admin_view(views.verify), name="verify"),
]
