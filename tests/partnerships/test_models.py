import datetime

import pycountry
import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from partnerships import countries
from partnerships.models import Partnership, Section, validate_past_date, validate_year


@pytest.mark.parametrize(
    ("code", "de", "en"),
    [
        ("GB", "Vereinigtes Königreich", "United Kingdom"),
        ("RU", "Russische Föderation", "Russian Federation"),
        ("TR", "Türkei", "Türkiye"),
        ("KE", "Kenia", "Kenya"),
        ("KR", "Südkorea", "South Korea"),
    ],
)
def test_country_names_come_from_iso_3166_in_both_languages(code, de, en):
    assert countries.name(code, "de") == de
    assert countries.name(code, "en") == en
    with translation.override("en"):
        assert countries.name(code) == en


def test_country_choices_are_every_iso_country_sorted_in_the_active_language():
    with translation.override("de"):
        names = [str(label) for _code, label in countries.choices()]
    assert len(names) == len(pycountry.countries)
    assert names.index("Österreich") < names.index("Pakistan")
    assert names.index("Ägypten") < names.index("Albanien")


def test_unknown_country_code_is_shown_as_it_is():
    assert countries.name("XX") == "XX"


@time_machine.travel(datetime.date(2026, 6, 1))
@pytest.mark.parametrize("year", [1945, 1960, 2026])
def test_possible_years(year):
    validate_year(year)


@time_machine.travel(datetime.date(2026, 6, 1))
@pytest.mark.parametrize(("year", "code"), [(1944, "too_early"), (2027, "future")])
def test_impossible_years(year, code):
    with pytest.raises(ValidationError) as error:
        validate_year(year)
    assert error.value.code == code


@time_machine.travel(datetime.date(2026, 6, 1))
def test_council_decision_cannot_lie_in_the_future():
    validate_past_date(datetime.date(2026, 5, 31))
    with pytest.raises(ValidationError):
        validate_past_date(datetime.date(2026, 6, 2))


def test_kinds_belong_to_sections():
    assert Partnership.kinds_in(Section.CITY) == ["city", "friendship", "solidarity"]
    assert Partnership.kinds_in(Section.PROJECT) == ["project"]


def test_facts_shown_for_a_partnership():
    partnership = Partnership(
        country="UA", wikidata_id="Q1", state=Partnership.State.DORMANT, municipality_de="X"
    )

    assert partnership.country_name == "Ukraine"
    assert partnership.wikidata_url == "https://www.wikidata.org/wiki/Q1"
    assert partnership.state_note == "Kontakt ruht"
    assert Partnership(state=Partnership.State.ACTIVE).state_note == ""
