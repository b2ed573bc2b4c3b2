from django.urls import path

from . import views

app_name = "editor_ux"

urlpatterns = [
    path("pending/<str:token>/", views.pending_upload, name="pending_upload"),
]
