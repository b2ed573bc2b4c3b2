"""vCard 3.0 (RFC 2426) for the office and its people, as phone contact apps import it.

Version 3.0 rather than 4.0 because it is the version every contact app on phones and
desktops reads (4.0 imports are still patchy). The text is UTF-8, lines end in CRLF
and are folded at 75 octets without splitting a character, and text values are
escaped as RFC 2426 section 4 (and RFC 6350 section 3.4) require.
"""

import uuid
from collections.abc import Iterable

from django.utils.translation import gettext as _

from .models import Office, Person

CRLF = "\r\n"
MAX_OCTETS = 75
PRODID = "-//Stadt Dortmund//Dortmund International//DE"
# Stable UIDs: importing a card again updates the contact instead of duplicating it.
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "international.dortmund.de")


def escape(value: str) -> str:
    """A text value with backslash, comma, semicolon and line breaks escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def compound(*components: str) -> str:
    """A structured value (N, ADR, ORG): escaped components joined by semicolons."""
    return ";".join(escape(component or "") for component in components)


def fold(line: str) -> str:
    """Splits a content line into lines of at most 75 octets; each continuation line
    starts with a space. Never cuts inside a multi-byte UTF-8 character."""
    parts, current, size = [], [], 0
    for char in line:
        octets = len(char.encode())
        if size + octets > MAX_OCTETS:
            parts.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += octets
    parts.append("".join(current))
    return CRLF.join(parts)


def render(properties: Iterable[tuple[str, str]]) -> bytes:
    """A complete vCard from (name with parameters, already escaped value) pairs."""
    lines = [("BEGIN", "VCARD"), ("VERSION", "3.0"), ("PRODID", PRODID), *properties]
    lines.append(("END", "VCARD"))
    return "".join(fold(f"{name}:{value}") + CRLF for name, value in lines).encode()


def _uid(kind: str, pk: int) -> str:
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, f'{kind}/{pk}')}"


def _office_lines(office: Office) -> list[tuple[str, str]]:
    address = compound("", "", office.street, office.city, "", office.postal_code, _("Germany"))
    return [
        ("ORG", compound(_("City of Dortmund"), office.name, office.unit)),
        ("ADR;TYPE=WORK", address),
    ]


def person_card(person: Person, url: str = "") -> bytes:
    """The card of one person: name, role, office, address and the person's own
    phone and e-mail (the office's are not put in their place)."""
    office = person.office
    properties = [
        ("UID", _uid("person", person.pk)),
        ("N", compound(person.family_name, person.given_name, "", person.honorific, "")),
        ("FN", escape(person.full_name)),
        ("TITLE", escape(person.role)),
        *_office_lines(office),
    ]
    if person.phone:
        properties.append(("TEL;TYPE=WORK,VOICE", escape(person.phone)))
    if person.email:
        properties.append(("EMAIL;TYPE=INTERNET,WORK", escape(person.email)))
    if url:
        properties.append(("URL", url))
    return render(properties)


def office_card(office: Office, url: str = "") -> bytes:
    """The card of an office, shown by contact apps as an organisation."""
    properties = [
        ("UID", _uid("office", office.pk)),
        ("N", compound("", "", "", "", "")),
        ("FN", escape(str(office))),
        *_office_lines(office),
        # Apple's contact apps show a card with this flag as a company, not a person.
        ("X-ABSHOWAS", "COMPANY"),
    ]
    if office.phone:
        properties.append(("TEL;TYPE=WORK,VOICE", escape(office.phone)))
    if office.email:
        properties.append(("EMAIL;TYPE=INTERNET,WORK", escape(office.email)))
    if office.reachability:
        properties.append(("NOTE", escape(office.reachability)))
    if url:
        properties.append(("URL", url))
    return render(properties)
