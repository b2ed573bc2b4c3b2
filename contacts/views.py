from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header

from dortmund_intl.addresses import absolute_url
from dortmund_intl.views import PageView

from . import selectors, vcard
from .models import ContactPage, Office, Person

VCARD_CONTENT_TYPE = "text/vcard; charset=utf-8"


class ContactPageView(PageView):
    """The office with its address and all its people (instead of the contact box)."""

    select_related = ("hero_image", "office")

    def get_contacts(self, frame):
        return selectors.office_listing(self.object)


def _vcard_response(card: bytes, filename: str) -> HttpResponse:
    return HttpResponse(
        card,
        content_type=VCARD_CONTENT_TYPE,
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )


def _contact_page_url(request, office: Office) -> str:
    page = ContactPage.objects.published().filter(office=office).first()
    return absolute_url(request, page.url_path) if page else ""


def person_vcard(request, pk: int):
    """A person's card, for people a published page shows (nobody else's)."""
    person = get_object_or_404(Person.objects.public().select_related("office"), pk=pk)
    card = vcard.person_card(person, url=_contact_page_url(request, person.office))
    return _vcard_response(card, person.vcard_filename)


def office_vcard(request, pk: int):
    office = get_object_or_404(Office.objects.public(), pk=pk)
    card = vcard.office_card(office, url=_contact_page_url(request, office))
    return _vcard_response(card, office.vcard_filename)
