"""The partnership list as open data (CSV and JSON), one format for both.

Columns are stable machine names; kind and status are the codes below, so a
consumer does not depend on the wording of either language.
"""

import csv
import io
import json

from django.utils import timezone

COLUMNS = (
    "name_de",
    "name_en",
    "country_code",
    "kind",
    "status",
    "since",
    "latitude",
    "longitude",
    "wikidata_id",
    "url_de",
    "url_en",
)


def row(partnership, absolute_url) -> dict:
    """One partnership as an open-data record; ``absolute_url`` makes a full URL of a path."""
    return {
        "name_de": partnership.municipality_de,
        "name_en": partnership.municipality_en or partnership.municipality_de,
        "country_code": partnership.country,
        "kind": partnership.kind,
        "status": partnership.state,
        "since": partnership.since,
        "latitude": partnership.latitude,
        "longitude": partnership.longitude,
        "wikidata_id": partnership.wikidata_id or None,
        "url_de": absolute_url(partnership.url_for("de")),
        "url_en": absolute_url(partnership.url_for("en")),
    }


# A spreadsheet runs a cell that begins with one of these as a formula
# (=HYPERLINK(...), +cmd|...); OWASP's advice: put a ' in front, which shows as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str | int | float:
    """A value as a CSV cell that a spreadsheet shows and never runs."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for record in rows:
        writer.writerow({key: csv_cell(value) for key, value in record.items()})
    return out.getvalue()


def to_json(rows: list[dict], source_url: str) -> str:
    document = {
        "title": "Partnerships of the City of Dortmund / Partnerschaften der Stadt Dortmund",
        "publisher": "Stadt Dortmund",
        "source": source_url,
        "generated": timezone.now().isoformat(timespec="seconds"),
        "fields": {
            "kind": ["city", "friendship", "solidarity", "project"],
            "status": ["active", "dormant", "ended"],
        },
        "partnerships": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
