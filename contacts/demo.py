"""Demo content of the contacts app, in German and English (seeds 003 and 004).

The office for international relations and its two people, a contacts page, and the
contact boxes: the start page carries the office's people, so every page inherits
them; "Dortmund International" shows its head only (seed 003) and the city-diplomacy
article both authors (seed 004).

No phone number or e-mail address is made up for real people: those fields stay
empty, and the portraits are drawn placeholders, not photos. Idempotent: what exists
is found by its natural key and left alone.
"""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw

from dortmund_intl.demo import ensure_page, page_at
from dortmund_intl.models import Image, Page

from .models import ContactPage, Office, PageContact, Person

OFFICE = {
    "name_de": "Amt für Angelegenheiten des Oberbürgermeisters und des Rates",
    "name_en": "Office of the Lord Mayor and the City Council",
    "unit_de": "Büro für Internationale Beziehungen",
    "unit_en": "Office for International Relations",
    "street": "Betenstraße 19",
    "postal_code": "44135",
    "city": "Dortmund",
}

PEOPLE = [
    {
        "given_name": "Martin",
        "family_name": "van der Pütten",
        "role_de": "Leitung, Koordinator Globale Städte-Diplomatie",
        "role_en": "Head of office, coordinator for global city diplomacy",
        "sort_order": 0,
    },
    {
        "given_name": "Ayan",
        "family_name": "Huseynova",
        "role_de": "Referentin Städte-Diplomatie",
        "role_en": "Policy officer for city diplomacy",
        "sort_order": 1,
    },
]


def placeholder_portrait() -> bytes:
    """A drawn stand-in for a portrait photo: a neutral silhouette."""
    width, height = 480, 600
    img = PILImage.new("RGB", (width, height), (214, 214, 210))
    draw = ImageDraw.Draw(img)
    draw.ellipse((150, 110, 330, 290), fill=(150, 150, 146))
    draw.ellipse((60, 330, 420, 760), fill=(150, 150, 146))
    buffer = BytesIO()
    img.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def ensure_portrait(person: Person) -> Image:
    initials = person.given_name[:1] + person.family_name.split()[-1][:1]
    name = f"beispiel-portraet-{initials.lower()}.jpg"
    existing = Image.objects.filter(file__endswith=name).first()
    if existing:
        return existing
    image = Image(
        alt_de=f"Platzhalterbild statt eines Porträtfotos von {person.full_name}",
        alt_en=f"Placeholder instead of a portrait photo of {person.full_name}",
        caption_de="Beispielbild",
        caption_en="Sample image",
        credit="Stadt Dortmund",
    )
    image.file.save(name, ContentFile(placeholder_portrait()), save=False)
    image.save()
    return image


def ensure_contacts(page: Page | None, people: list[Person]) -> None:
    """Gives a page its contact box, unless it already has one."""
    if page is None or PageContact.objects.filter(page=page).exists():
        return
    PageContact.objects.bulk_create(
        PageContact(page=page, person=person, sort_order=position)
        for position, person in enumerate(people)
    )


def load() -> None:
    office = Office.objects.filter(street=OFFICE["street"], unit_de=OFFICE["unit_de"]).first()
    if office is None:
        office = Office.objects.create(**OFFICE)

    people = []
    for fields in PEOPLE:
        person = Person.objects.filter(
            given_name=fields["given_name"], family_name=fields["family_name"]
        ).first()
        if person is None:
            person = Person.objects.create(office=office, **fields)
        if person.portrait_id is None:
            person.portrait = ensure_portrait(person)
            person.save(update_fields=["portrait"])
        people.append(person)

    start = page_at("/de/")
    if start is None:
        return  # the core demo has not run; nothing to hang pages under
    ensure_page(
        ContactPage,
        "/de/kontakt/",
        parent=start,
        office=office,
        title_de="Kontakt",
        title_en="Contact",
        slug_de="kontakt",
        slug_en="contact",
        teaser_de="So erreichen Sie das Büro für Internationale Beziehungen der Stadt Dortmund.",
        teaser_en="How to reach the City of Dortmund's Office for International Relations.",
        body_de="<p>Das Büro für Internationale Beziehungen ist Ansprechpartner für "
        "Städte- und Projektpartnerschaften, Europa und die Nachhaltigkeitsziele der "
        "Vereinten Nationen – für Bürgerinnen und Bürger ebenso wie für die Stadtverwaltung. "
        "Die Kontaktdaten können Sie als vCard in Ihr Adressbuch übernehmen.</p>",
        body_en="<p>The Office for International Relations is the contact for city and "
        "project partnerships, Europe and the United Nations Sustainable Development Goals – "
        "for residents as well as for the city administration. You can save the contact "
        "details to your address book as a vCard.</p>",
        show_in_menus=True,
        sort_order=90,
    )
    martin, ayan = people
    ensure_contacts(start, [martin, ayan])
    ensure_contacts(page_at("/de/dortmund-international/"), [martin])
    ensure_contacts(page_at("/de/dortmund-international/staedte-diplomatie/"), [martin, ayan])
