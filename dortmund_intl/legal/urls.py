from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "legal"

urlpatterns = [
    path(_("site/legal-notice/"), views.legal_notice, name="notice"),
    path(_("site/privacy/"), views.privacy, name="privacy"),
]
