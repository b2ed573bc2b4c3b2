"""What ``load_scale`` makes of each page kind: one entry per concrete page model.

An entry says how large a share of the synthetic pages the kind gets, where its pages
go in the tree, and what the kind's own fields and rows are. A kind that must stay
single (one per site or a fixed set) has no share and says why. A page kind added
later is one more entry here; ``tests/scale`` fails while a kind has none.

Models are named by label, not imported: the page layer does not import the section
apps.
"""

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps

from .prose import Text, easy_body

SLUG_PREFIX = "synthetic-"


def is_synthetic(queryset):
    """The synthetic pages of a queryset of pages (the marker: the slug prefix)."""
    return queryset.filter(slug_de__startswith=SLUG_PREFIX)


def real(queryset):
    return queryset.exclude(slug_de__startswith=SLUG_PREFIX)


@dataclass
class Pools:
    """What the synthetic pages point at: read once per run."""

    root: object
    images: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    goals: list = field(default_factory=list)
    people: list = field(default_factory=list)
    offices: list = field(default_factory=list)
    teaser_targets: list = field(default_factory=list)


# --- where pages go -------------------------------------------------------------


def _model(label: str):
    return apps.get_model(label)


def where_it_lives(label: str) -> Callable[[Pools], list]:
    """Under the pages that hold the editors' pages of this kind (the demo's
    sections), or under the start page when there are none."""

    def parents(pools: Pools) -> list:
        Page = _model("dortmund_intl.Page")
        model = _model(label)
        parent_ids = real(model.objects.all()).values("parent_id")
        found = list(Page.objects.filter(pk__in=parent_ids).order_by("pk"))
        return found or [pools.root]

    return parents


def under(label: str) -> Callable[[Pools], list]:
    """Under every page of an overview kind (the editors' and the synthetic ones)."""

    def parents(pools: Pools) -> list:
        return list(_model(label).objects.order_by("pk"))

    return parents


def under_section_topics(pools: Pools) -> list:
    """Free pages go under the topic pages right below the start page (the sections),
    not beside them: a site has a handful of sections, whatever its size (the menus and
    the search's section filter list them)."""
    TopicPage = _model("dortmund_intl.TopicPage")
    sections = real(TopicPage.objects.filter(parent=pools.root)).order_by("pk")
    return list(sections) or [pools.root]


def nowhere(pools: Pools) -> list:
    return [None]


# --- the kinds' own fields and rows ----------------------------------------------


def _no_fields(number: int, text: Text, rng: random.Random, pools: Pools) -> dict:
    return {}


def _no_rows(page, rng: random.Random, pools: Pools) -> list:
    return []


COUNTRIES = ["FR", "GB", "US", "CN", "RS", "TR", "GH", "ZA", "PL", "UA", "BR", "IN"]


def partnership_fields(number, text, rng, pools):
    Partnership = _model("partnerships.Partnership")
    PartnershipIndexPage = _model("partnerships.PartnershipIndexPage")
    kind = rng.choice(
        [Partnership.Kind.CITY, Partnership.Kind.PROJECT, Partnership.Kind.FRIENDSHIP]
    )
    section = Partnership.SECTIONS[kind]
    return {
        "parent": PartnershipIndexPage.objects.filter(section=section).first(),
        "municipality_de": text.place_de,
        "municipality_en": text.place_en,
        "country": rng.choice(COUNTRIES),
        "kind": kind,
        "state": rng.choice([Partnership.State.ACTIVE] * 4 + [Partnership.State.DORMANT]),
        "since": rng.randint(1950, 2024),
        "latitude": round(rng.uniform(-40, 60), 4),
        "longitude": round(rng.uniform(-120, 140), 4),
    }


def partnership_rows(page, rng, pools):
    Milestone = _model("partnerships.Milestone")
    PartnerOrganisation = _model("partnerships.PartnerOrganisation")
    rows = [
        Milestone(
            partnership_id=page.pk,
            year=year,
            text_de=f"Dortmund und {page.municipality_de} vereinbaren ein gemeinsames Projekt.",
            text_en=f"Dortmund and {page.municipality_en} agree on a joint project.",
        )
        for year in sorted(rng.sample(range(page.since, 2026), min(3, 2026 - page.since)))
    ]
    rows.append(
        PartnerOrganisation(
            partnership_id=page.pk,
            name_de=f"Freundeskreis {page.municipality_de} e. V.",
            name_en=f"Friends of {page.municipality_en}",
            role=PartnerOrganisation.Role.ASSOCIATION,
        )
    )
    return rows


def contact_page_fields(number, text, rng, pools):
    return {"office": rng.choice(pools.offices)} if pools.offices else {"office": None}


def award_fields(number, text, rng, pools):
    return {
        "awarding_body_de": "Europäische Kommission",
        "awarding_body_en": "European Commission",
        "year": rng.randint(1980, 2025),
    }


def news_fields(number, text, rng, pools):
    return {"date": datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randint(0, 4000))}


def network_fields(number, text, rng, pools):
    return {
        "member_since": rng.randint(1970, 2024),
        "role_de": f"Mitglied; Dortmund arbeitet im Forum {text.subject_de} mit",
        "role_en": f"Member; Dortmund works in the forum on {text.subject_en}",
    }


def project_fields(number, text, rng, pools):
    start = rng.randint(2014, 2025)
    return {
        "programme_de": rng.choice(["Horizont Europa", "EFRE", "Interreg Europe"]),
        "programme_en": rng.choice(["Horizon Europe", "ERDF", "Interreg Europe"]),
        "start_year": start,
        "end_year": start + rng.randint(1, 5),
        "eu_funding": rng.randint(50, 5000) * 1000,
    }


def info_fields(number, text, rng, pools):
    return {"checked_on": datetime.date(2026, 1, 1) + datetime.timedelta(days=number % 300)}


def external_fields(number, text, rng, pools):
    return {"link": f"https://www.dortmund.de/themen/beispiel-{number}/"}


def easy_read_fields(number, text, rng, pools):
    EasyReadStartPage = _model("easy_access.EasyReadStartPage")
    return {
        "parent": EasyReadStartPage.objects.order_by("pk").first(),
        "body_de": easy_body(number),
        "body_en": "",
        "teaser_de": "Ein Text in Leichter Sprache.",
        "teaser_en": "",
        "title_en": "",
        "slug_en": "",
    }


def sign_language_fields(number, text, rng, pools):
    """Synthetic sign-language pages share the video of the editors' first one."""
    SignLanguagePage = _model("easy_access.SignLanguagePage")
    model = real(SignLanguagePage.objects.order_by("pk")).first()
    if model is None:
        return {"parent": None}
    copied = {
        name: getattr(model, name)
        for name in (
            "video",
            "captions",
            "poster_id",
            "video_codec",
            "video_width",
            "video_height",
            "video_fps",
            "video_duration",
            "video_size",
        )
    }
    EasyReadStartPage = _model("easy_access.EasyReadStartPage")
    return {
        **copied,
        "parent": EasyReadStartPage.objects.order_by("pk").first() or model.parent,
        "transcript": easy_body(number),
        "body_en": "",
        "teaser_en": "",
        "title_en": "",
        "slug_en": "",
    }


@dataclass(frozen=True)
class Kind:
    model: str  # "app_label.ModelName"
    key_de: str  # the address part's word: synthetic-<key>-00042
    key_en: str
    title_de: str  # with {subject} and {place}
    title_en: str
    share: float = 0.0  # of the synthetic pages; 0: none of this kind
    reason: str = ""  # why a kind gets none
    parents: Callable[[Pools], list] = nowhere
    fields: Callable = _no_fields
    rows: Callable = _no_rows
    at_least: int = 1  # for a kind with a share, even in a small run
    german_only: bool = False


def single(model: str, reason: str) -> Kind:
    return Kind(model, "", "", "", "", reason=reason)


# Overviews first: the pages of their kinds go under them.
KINDS = [
    Kind(
        "dortmund_intl.TopicPage",
        "thema",
        "topic",
        "{subject}: Zusammenarbeit mit {place}",
        "{subject}: working with {place}",
        share=0.30,
        parents=under_section_topics,
    ),
    Kind(
        "dortmund_intl.ExternalTopic",
        "extern",
        "external",
        "{subject} in Dortmund",
        "{subject} in Dortmund",
        share=0.05,
        parents=nowhere,
        fields=external_fields,
    ),
    single("partnerships.PartnershipIndexPage", "one overview per section (unique)"),
    Kind(
        "partnerships.Partnership",
        "partnerschaft",
        "partnership",
        "{place}",
        "{place}",
        # A city has dozens of partnerships, not thousands: their overview lists all.
        share=0.02,
        fields=partnership_fields,
        rows=partnership_rows,
    ),
    single("sdg.GoalIndexPage", "the one overview of the 17 goals"),
    single("sdg.Goal", "the UN's 17 goals, numbered 1 to 17 (unique)"),
    Kind(
        "contacts.ContactPage",
        "kontakt",
        "contact",
        "Kontakt: {subject}",
        "Contact: {subject}",
        share=0.01,
        parents=under_section_topics,
        fields=contact_page_fields,
    ),
    Kind(
        "europe.AwardIndexPage",
        "auszeichnungen",
        "awards",
        "Auszeichnungen {place}",
        "Awards {place}",
        share=0.001,
        parents=where_it_lives("europe.AwardIndexPage"),
    ),
    Kind(
        "europe.Award",
        "preis",
        "award",
        "Preis für {subject}",
        "Award for {subject}",
        share=0.06,
        parents=under("europe.AwardIndexPage"),
        fields=award_fields,
    ),
    Kind(
        "europe.NetworkIndexPage",
        "netzwerke",
        "networks",
        "Netzwerke {place}",
        "Networks {place}",
        share=0.001,
        parents=where_it_lives("europe.NetworkIndexPage"),
    ),
    Kind(
        "europe.Network",
        "netzwerk",
        "network",
        "Netzwerk {subject}",
        "Network for {subject}",
        share=0.08,
        parents=under("europe.NetworkIndexPage"),
        fields=network_fields,
    ),
    Kind(
        "europe.ProjectIndexPage",
        "eu-projekte",
        "eu-projects",
        "EU-Projekte {place}",
        "EU projects {place}",
        share=0.001,
        parents=where_it_lives("europe.ProjectIndexPage"),
    ),
    Kind(
        "europe.EUProject",
        "eu-projekt",
        "eu-project",
        "EU-Projekt {subject} mit {place}",
        "EU project on {subject} with {place}",
        share=0.12,
        parents=under("europe.ProjectIndexPage"),
        fields=project_fields,
    ),
    Kind(
        "europe.EUInfoPage",
        "eu-info",
        "eu-info",
        "EU-Information: {subject}",
        "EU information: {subject}",
        share=0.10,
        parents=where_it_lives("europe.EUInfoPage"),
        fields=info_fields,
    ),
    single("news.NewsIndexPage", "one news listing (the start page's news link to it)"),
    Kind(
        "news.NewsArticle",
        "meldung",
        "news",
        "{subject}: Neues aus {place}",
        "{subject}: news from {place}",
        share=0.10,
        parents=under("news.NewsIndexPage"),
        fields=news_fields,
    ),
    single("accessibility.AccessibilityStatement", "one statement per site (the footer's)"),
    single("legal.LegalNotice", "one legal notice per site (the footer's)"),
    single("legal.PrivacyNotice", "one privacy notice per site (the footer's)"),
    single("easy_access.EasyReadStartPage", "one Leichte-Sprache start page (fixed address)"),
    Kind(
        "easy_access.EasyReadPage",
        "leichte-sprache",
        "",
        "Leichte Sprache: {subject}",
        "",
        share=0.08,
        fields=easy_read_fields,
        german_only=True,
    ),
    Kind(
        "easy_access.SignLanguagePage",
        "gebaerdensprache",
        "",
        "Gebärdensprache: {subject}",
        "",
        share=0.001,
        fields=sign_language_fields,
        german_only=True,
    ),
]
