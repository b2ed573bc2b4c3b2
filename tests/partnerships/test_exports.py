import csv
import io
import json

import pytest

from partnerships.models import Partnership, Section
from tests.partnerships.factories import PartnershipFactory, PartnershipIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partnerships(start_page):
    PartnershipIndexPageFactory(section=Section.CITY)
    PartnershipIndexPageFactory(section=Section.PROJECT)
    leeds = PartnershipFactory(
        municipality_de="Leeds",
        municipality_en="Leeds",
        slug_de="leeds",
        slug_en="leeds",
        country="GB",
        since=1969,
        latitude=53.7997,
        longitude=-1.5492,
        wikidata_id="Q39121",
    )
    rostov = PartnershipFactory(
        municipality_de="Rostow am Don",
        municipality_en="Rostov-on-Don",
        country="RU",
        since=1977,
        state=Partnership.State.DORMANT,
    )
    dabola = PartnershipFactory(
        municipality_de="Dabola",
        municipality_en="Dabola",
        country="GN",
        since=None,
        kind=Partnership.Kind.PROJECT,
    )
    PartnershipFactory(municipality_de="Entwurf", status=Partnership.Status.DRAFT)
    return [leeds, rostov, dabola]


@pytest.mark.parametrize(
    ("path", "filename"),
    [
        ("/de/partnerschaften/daten.csv", "dortmund-partnerschaften.csv"),
        ("/en/partnerships/data.csv", "dortmund-partnerships.csv"),
    ],
)
def test_csv_carries_every_published_partnership_and_no_draft(client, partnerships, path, filename):
    response = client.get(path)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert [row["name_de"] for row in rows] == ["Leeds", "Rostow am Don", "Dabola"]
    assert rows[0] == {
        "name_de": "Leeds",
        "name_en": "Leeds",
        "country_code": "GB",
        "kind": "city",
        "status": "active",
        "since": "1969",
        "latitude": "53.7997",
        "longitude": "-1.5492",
        "wikidata_id": "Q39121",
        "url_de": "http://testserver/de/staedtepartnerschaften/leeds/",
        "url_en": "http://testserver/en/city-partnerships/leeds/",
    }
    assert rows[1]["status"] == "dormant"
    assert rows[2]["kind"] == "project" and rows[2]["since"] == ""


@pytest.mark.parametrize(
    ("path", "filename"),
    [
        ("/de/partnerschaften/daten.json", "dortmund-partnerschaften.json"),
        ("/en/partnerships/data.json", "dortmund-partnerships.json"),
    ],
)
def test_json_carries_every_published_partnership_and_no_draft(
    client, partnerships, path, filename
):
    response = client.get(path)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == f'inline; filename="{filename}"'
    data = json.loads(response.content)
    records = data["partnerships"]
    assert {r["url_de"] for r in records} == {
        f"http://testserver{p.url_path_de}" for p in partnerships
    }
    leeds = records[0]
    assert leeds["since"] == 1969 and leeds["latitude"] == 53.7997
    assert leeds["wikidata_id"] == "Q39121"
    assert records[2]["since"] is None and records[2]["wikidata_id"] is None


def test_exports_take_one_query_whatever_the_number_of_rows(
    client, partnerships, django_assert_num_queries
):
    """Intended to prevent an n+1 issue in the open-data exports."""
    PartnershipFactory.create_batch(20)

    with django_assert_num_queries(1):
        client.get("/en/partnerships/data.csv")
    with django_assert_num_queries(1):
        client.get("/en/partnerships/data.json")
