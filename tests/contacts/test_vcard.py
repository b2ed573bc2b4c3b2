"""The vCards parse as strict RFC 2426 (vCard 3.0) and carry what a phone needs."""

import re

import pytest

from contacts import vcard
from tests.contacts.factories import ContactPageFactory, OfficeFactory, PageContactFactory

pytestmark = pytest.mark.django_db

NAME = re.compile(r"^[A-Za-z0-9-]+$")
PARAM = re.compile(r'^[A-Za-z0-9-]+=(?:[^";:,]+|"[^"]*")(?:,(?:[^";:,]+|"[^"]*"))*$')
ESCAPE = re.compile(r"\\(.)")
STRUCTURED = {"N", "ADR", "ORG"}
TEXT = {"FN", "TITLE", "NOTE"}


class VCardError(AssertionError):
    pass


def _unescape(value: str) -> str:
    def replace(match):
        char = match.group(1)
        if char in "nN":
            return "\n"
        if char in "\\,;":
            return char
        raise VCardError(f"invalid escape \\{char} in {value!r}")

    return ESCAPE.sub(replace, value)


def _split_unescaped(value: str, separator: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        raise VCardError(f"dangling backslash in {value!r}")
    parts.append("".join(current))
    return parts


def parse(data: bytes) -> dict[str, list[tuple[dict, object]]]:
    """A strict reader: UTF-8, CRLF only, lines of at most 75 octets, folding with one
    white-space character, valid names, parameters and escapes, BEGIN/VERSION/END."""
    text = data.decode("utf-8")  # raises on anything that is not UTF-8
    if not text.endswith("\r\n"):
        raise VCardError("the card does not end with CRLF")
    physical = text[:-2].split("\r\n")
    for line in physical:
        if "\r" in line or "\n" in line:
            raise VCardError(f"bare CR or LF in {line!r}")
        if len(line.encode()) > 75:
            raise VCardError(f"line longer than 75 octets: {line!r}")
    logical: list[str] = []
    for line in physical:
        if line[:1] in (" ", "\t"):
            if not logical:
                raise VCardError("continuation line without a line before it")
            logical[-1] += line[1:]
        else:
            logical.append(line)
    if logical[0] != "BEGIN:VCARD" or logical[-1] != "END:VCARD":
        raise VCardError("not wrapped in BEGIN:VCARD … END:VCARD")
    if logical[1] != "VERSION:3.0":
        raise VCardError("VERSION:3.0 must follow BEGIN")
    properties: dict[str, list[tuple[dict, object]]] = {}
    for line in logical[1:-1]:
        head, sep, value = line.partition(":")
        if not sep:
            raise VCardError(f"no colon in {line!r}")
        name, *params = head.split(";")
        if not NAME.match(name):
            raise VCardError(f"bad property name {name!r}")
        parsed_params = {}
        for param in params:
            if not PARAM.match(param):
                raise VCardError(f"bad parameter {param!r}")
            key, _, values = param.partition("=")
            parsed_params[key.upper()] = values.upper().split(",")
        name = name.upper()
        if name in STRUCTURED:
            parsed = [_unescape(part) for part in _split_unescaped(value, ";")]
        elif name in TEXT:
            if len(_split_unescaped(value, ",")) > 1 or len(_split_unescaped(value, ";")) > 1:
                raise VCardError(f"unescaped comma or semicolon in {name}: {value!r}")
            parsed = _unescape(value)
        else:
            parsed = value
        properties.setdefault(name, []).append((parsed_params, parsed))
    for required in ("FN", "N"):
        if required not in properties:
            raise VCardError(f"{required} is missing")
    return properties


def value(card, name):
    return card[name][0][1]


@pytest.fixture
def person(start_page):
    link = PageContactFactory(
        page=start_page,
        person__given_name="Martin",
        person__family_name="van der Pütten",
        person__honorific="Dr.",
        person__role_de="Leitung, Koordinator; Städte-Diplomatie",
        person__role_en="Head of office, coordinator; city diplomacy",
        person__phone="0231 50-12345",
        person__email="kontakt@example.org",
    )
    return link.person


def test_person_card_parses_and_carries_name_role_office_and_numbers(client, person):
    response = client.get(f"/de/kontakte/personen/{person.pk}.vcf")

    card = parse(response.content)
    assert value(card, "FN") == "Dr. Martin van der Pütten"
    assert value(card, "N") == ["van der Pütten", "Martin", "", "Dr.", ""]
    assert value(card, "TITLE") == "Leitung, Koordinator; Städte-Diplomatie"
    assert value(card, "ORG")[0] == "Stadt Dortmund"
    assert value(card, "ORG")[1] == "Amt für Angelegenheiten des Oberbürgermeisters und des Rates"
    assert value(card, "ADR") == ["", "", "Betenstraße 19", "Dortmund", "", "44135", "Deutschland"]
    assert card["TEL"] == [({"TYPE": ["WORK", "VOICE"]}, "0231 50-12345")]
    assert value(card, "EMAIL") == "kontakt@example.org"
    assert value(card, "UID").startswith("urn:uuid:")


def test_person_card_in_english(client, person):
    card = parse(client.get(f"/en/contacts/people/{person.pk}.vcf").content)

    assert value(card, "TITLE") == "Head of office, coordinator; city diplomacy"
    assert value(card, "ORG")[0] == "City of Dortmund"
    assert value(card, "ADR")[-1] == "Germany"


def test_the_response_is_a_utf8_vcard_download(client, person):
    response = client.get(f"/de/kontakte/personen/{person.pk}.vcf")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="martin-van-der-putten.vcf"'


def test_the_uid_stays_the_same_so_a_second_import_updates_the_contact(client, person):
    first = parse(client.get(f"/de/kontakte/personen/{person.pk}.vcf").content)
    again = parse(client.get(f"/en/contacts/people/{person.pk}.vcf").content)

    assert value(first, "UID") == value(again, "UID")


def test_empty_phone_and_email_are_left_out(client, start_page):
    person = PageContactFactory(page=start_page, person__phone="", person__email="").person

    card = parse(client.get(f"/de/kontakte/personen/{person.pk}.vcf").content)

    assert "TEL" not in card and "EMAIL" not in card


def test_office_card_with_reachability_over_several_lines(client, start_page):
    office = OfficeFactory(
        unit_de="Büro für Internationale Beziehungen",
        phone="+49 231 50-0",
        reachability_de="Termine nach Vereinbarung.\nU-Bahn: Stadtgarten; Bus, Tram",
    )
    page = ContactPageFactory(office=office)

    response = client.get(f"/de/kontakte/dienststellen/{office.pk}.vcf")

    card = parse(response.content)
    assert value(card, "N") == ["", "", "", "", ""]
    assert value(card, "FN") == (
        "Amt für Angelegenheiten des Oberbürgermeisters und des Rates – "
        "Büro für Internationale Beziehungen"
    )
    assert value(card, "NOTE") == "Termine nach Vereinbarung.\nU-Bahn: Stadtgarten; Bus, Tram"
    assert value(card, "URL") == f"http://testserver{page.url_path_de}"
    assert value(card, "X-ABSHOWAS") == "COMPANY"
    assert response["Content-Disposition"].endswith(
        'filename="buro-fur-internationale-beziehungen.vcf"'
    )


def test_long_lines_are_folded_without_splitting_a_character():
    long_line = "NOTE:" + "Straße, Übergänge – " * 12

    folded = vcard.fold(long_line)

    physical = folded.split("\r\n")
    assert len(physical) > 3
    assert all(len(line.encode()) <= 75 for line in physical)
    for line in physical:
        line.encode().decode("utf-8")  # every physical line is whole UTF-8 on its own
    assert physical[0] + "".join(line[1:] for line in physical[1:]) == long_line


def test_escaping_follows_rfc_2426():
    assert vcard.escape("a\\b,c;d\r\ne\nf") == "a\\\\b\\,c\\;d\\ne\\nf"
    assert vcard.compound("van der Pütten", "Martin;X") == "van der Pütten;Martin\\;X"


def test_no_card_for_people_no_published_page_shows(client, start_page):
    """Someone entered in the admin but not shown anywhere has no public vCard."""
    hidden = PageContactFactory(page__status="draft").person
    office_only_in_drafts = hidden.office

    assert client.get(f"/de/kontakte/personen/{hidden.pk}.vcf").status_code == 404
    assert (
        client.get(f"/de/kontakte/dienststellen/{office_only_in_drafts.pk}.vcf").status_code == 404
    )


def test_a_published_contacts_page_alone_does_not_make_its_office_people_public(client, start_page):
    """Only a published page showing the person does (issue 9: a draft's contact was
    downloadable through the office's contacts page)."""
    page = ContactPageFactory()
    person = PageContactFactory(page__status="draft", person__office=page.office).person

    assert client.get(f"/de/kontakte/personen/{person.pk}.vcf").status_code == 404
    PageContactFactory(page=start_page, person=person)
    assert client.get(f"/de/kontakte/personen/{person.pk}.vcf").status_code == 200


def test_parser_rejects_what_phones_choke_on():
    good = vcard.render([("N", "A;B;;;"), ("FN", "B A")])
    parse(good)

    for broken in (
        good.replace(b"\r\n", b"\n"),
        good.replace(b"FN:B A", b"FN:B, A"),
        good.replace(b"FN:B A", b"FN:B \\x A"),
        good.replace(b"FN:B A", b"FN:" + b"x" * 80),
        good.replace(b"FN:B A", "FN:Pütten".encode("latin-1")),
    ):
        with pytest.raises((VCardError, UnicodeDecodeError)):
            parse(broken)
