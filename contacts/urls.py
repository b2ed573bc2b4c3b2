from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "contacts"

urlpatterns = [
    path(_("contacts/people/<int:pk>.vcf"), views.person_vcard, name="person_vcard"),
    path(_("contacts/offices/<int:pk>.vcf"), views.office_vcard, name="office_vcard"),
]
