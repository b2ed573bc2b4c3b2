"""Demo content of the partnerships app, in German and English, from CONTENT.md and the seeds.

``load()`` creates the two overview pages and the eleven city partnerships and five
project partnerships (Kumasi is one of both: it is created as the project partnership
it was and then becomes a city partnership through ``services.change_kind``, so its
old address answers with a 301 like a real one would). ``link()`` adds the "Mehr zum
Thema" teasers once every app's pages exist. Both are idempotent: a partnership is
looked up by its German address and left alone when it exists.
"""

from dataclasses import dataclass, field

from dortmund_intl import translations
from dortmund_intl.demo import ensure_image, ensure_page, ensure_teasers, external, page_at
from dortmund_intl.models import GalleryImage, Page

from . import services
from .models import Milestone, PartnerOrganisation, Partnership, PartnershipIndexPage, Section

CITY_INDEX = "/de/staedtepartnerschaften/"
PROJECT_INDEX = "/de/dortmund-international/projektpartnerschaften/"


@dataclass
class Demo:
    slug_de: str
    slug_en: str
    title_de: str
    title_en: str
    municipality_de: str
    municipality_en: str
    country: str
    kind: str
    since: int | None
    latitude: float
    longitude: float
    teaser_de: str
    teaser_en: str
    body_de: str
    body_en: str
    state: str = Partnership.State.ACTIVE
    wikidata_id: str = ""
    # (year, German, English)
    milestones: list[tuple[int, str, str]] = field(default_factory=list)
    # (role, name de, name en, link)
    organisations: list[tuple[str, str, str, str]] = field(default_factory=list)
    # Becomes this kind in this year after it was created (Kumasi).
    becomes: tuple[str, int] | None = None


CITY = Partnership.Kind.CITY
PROJECT = Partnership.Kind.PROJECT
PARTNER = PartnerOrganisation.Role.LOCAL_PARTNER
FLAG_OF_HONOUR = (
    1979,
    "Der Europarat zeichnet Dortmund für die Städtepartnerschaften mit Leeds und Amiens mit "
    "seiner Ehrenfahne aus.",
    "The Council of Europe awards Dortmund its Flag of Honour for the city partnerships with "
    "Leeds and Amiens.",
)

PARTNERSHIPS = [
    Demo(
        slug_de="amiens",
        slug_en="amiens",
        title_de="Amiens",
        title_en="Amiens",
        municipality_de="Amiens",
        municipality_en="Amiens",
        country="FR",
        kind=CITY,
        since=1960,
        latitude=49.8941,
        longitude=2.2958,
        teaser_de="Entstehungsgeschichte und Werdegang der ältesten Dortmunder Städtepartnerschaft.",
        teaser_en="How Dortmund's oldest city partnership began and grew.",
        body_de=(
            "<p>Amiens in Nordfrankreich ist seit 1960 Partnerstadt Dortmunds – keine andere "
            "Städtepartnerschaft der Stadt ist älter. Nur fünfzehn Jahre nach Kriegsende war sie "
            "ein Zeichen der deutsch-französischen Annäherung.</p><p>1979 würdigte der Europarat "
            "die Partnerschaften mit Amiens und Leeds mit seiner Ehrenfahne.</p>"
        ),
        body_en=(
            "<p>Amiens in northern France has been Dortmund's partner city since 1960 – none of the "
            "city's partnerships is older. Only fifteen years after the end of the war, it was a "
            "sign of French-German reconciliation.</p><p>In 1979 the Council of Europe honoured the "
            "partnerships with Amiens and Leeds with its Flag of Honour.</p>"
        ),
        milestones=[
            (
                1960,
                "Beginn der Städtepartnerschaft, der ältesten Dortmunds.",
                "The city partnership begins, Dortmund's oldest.",
            ),
            FLAG_OF_HONOUR,
        ],
    ),
    Demo(
        slug_de="leeds",
        slug_en="leeds",
        title_de="Leeds",
        title_en="Leeds",
        municipality_de="Leeds",
        municipality_en="Leeds",
        country="GB",
        kind=CITY,
        since=1969,
        latitude=53.7997,
        longitude=-1.5492,
        teaser_de="Entstehungsgeschichte und Werdegang der Städtepartnerschaft Dortmund und Leeds.",
        teaser_en="How the partnership between Dortmund and Leeds began and grew.",
        body_de=(
            "<p>Seit 1969 sind Dortmund und Leeds Partnerstädte. 1979 zeichnete der Europarat "
            "Dortmund für die Partnerschaften mit Leeds und Amiens mit seiner Ehrenfahne "
            "aus.</p><p>Auch während der Coronavirus-Pandemie hielten beide Städte engen Kontakt: "
            "2020 erinnerte die Online-Ausstellung „50 Jahre Dortmund Leeds. Was uns verbindet“ an "
            "ein halbes Jahrhundert Partnerschaft.</p>"
        ),
        body_en=(
            "<p>Dortmund and Leeds have been partner cities since 1969. In 1979 the Council of "
            "Europe awarded Dortmund its Flag of Honour for the partnerships with Leeds and "
            "Amiens.</p><p>The two cities stayed in close touch during the coronavirus pandemic "
            "too: in 2020 the online exhibition “50 Jahre Dortmund Leeds. Was uns verbindet” (50 "
            "years of Dortmund and Leeds: what connects us) marked half a century of "
            "partnership.</p>"
        ),
        wikidata_id="Q39121",
        milestones=[
            (
                1969,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
            FLAG_OF_HONOUR,
            (
                2020,
                "Online-Ausstellung „50 Jahre Dortmund Leeds. Was uns verbindet“.",
                (
                    "Online exhibition “50 Jahre Dortmund Leeds. Was uns verbindet” (50 years of "
                    "Dortmund and Leeds: what connects us)."
                ),
            ),
        ],
    ),
    Demo(
        slug_de="rostow-am-don",
        slug_en="rostov-on-don",
        title_de="Rostow am Don",
        title_en="Rostov-on-Don",
        municipality_de="Rostow am Don",
        municipality_en="Rostov-on-Don",
        country="RU",
        kind=CITY,
        since=1977,
        latitude=47.2357,
        longitude=39.7015,
        teaser_de=(
            "Entstehungsgeschichte und Werdegang der Städtepartnerschaft zwischen Dortmund und "
            "Rostow am Don."
        ),
        teaser_en="How the partnership between Dortmund and Rostov-on-Don began.",
        body_de=(
            "<p>Dortmund und Rostow am Don in Südrussland sind seit 1977 Partnerstädte. Die "
            "Kontakte im Rahmen der Partnerschaft ruhen derzeit.</p>"
        ),
        body_en=(
            "<p>Dortmund and Rostov-on-Don in southern Russia have been partner cities since 1977. "
            "Contacts within the partnership are currently dormant.</p>"
        ),
        state=Partnership.State.DORMANT,
        milestones=[
            (
                1977,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
        ],
    ),
    Demo(
        slug_de="buffalo",
        slug_en="buffalo",
        title_de="Buffalo",
        title_en="Buffalo",
        municipality_de="Buffalo",
        municipality_en="Buffalo",
        country="US",
        kind=CITY,
        since=1978,
        latitude=42.8864,
        longitude=-78.8784,
        teaser_de="Entstehungsgeschichte und Werdegang der Städtepartnerschaft Dortmund und Buffalo.",
        teaser_en="How the partnership between Dortmund and Buffalo began and grew.",
        body_de=(
            "<p>Buffalo im US-Bundesstaat New York ist seit 1978 Partnerstadt Dortmunds. Beide "
            "Städte verbindet ihre Geschichte als Industriestandorte im Strukturwandel.</p>"
        ),
        body_en=(
            "<p>Buffalo in New York State has been Dortmund's partner city since 1978. Both cities "
            "share a history as industrial centres going through structural change.</p>"
        ),
        wikidata_id="Q40435",
        milestones=[
            (
                1978,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
        ],
    ),
    Demo(
        slug_de="netanya",
        slug_en="netanya",
        title_de="Netanya",
        title_en="Netanya",
        municipality_de="Netanya",
        municipality_en="Netanya",
        country="IL",
        kind=CITY,
        since=1981,
        latitude=32.3215,
        longitude=34.8532,
        teaser_de=(
            "Entstehungsgeschichte und Werdegang der Städtepartnerschaft zwischen Dortmund und "
            "Netanya."
        ),
        teaser_en="How the partnership between Dortmund and Netanya began and grew.",
        body_de="<p>Seit 1981 ist die israelische Küstenstadt Netanya Partnerstadt Dortmunds.</p>",
        body_en="<p>Since 1981 the Israeli coastal city of Netanya has been Dortmund's partner city.</p>",
        milestones=[
            (
                1981,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
        ],
    ),
    Demo(
        slug_de="novi-sad",
        slug_en="novi-sad",
        title_de="Novi Sad",
        title_en="Novi Sad",
        municipality_de="Novi Sad",
        municipality_en="Novi Sad",
        country="RS",
        kind=CITY,
        since=1982,
        latitude=45.2671,
        longitude=19.8335,
        teaser_de="Entstehung und Werdegang der Städtepartnerschaft zwischen Dortmund und Novi Sad.",
        teaser_en="How the partnership between Dortmund and Novi Sad began and grew.",
        body_de=(
            "<p>Novi Sad an der Donau, damals in Jugoslawien, heute in Serbien, ist seit 1982 "
            "Partnerstadt Dortmunds.</p>"
        ),
        body_en=(
            "<p>Novi Sad on the Danube, then in Yugoslavia and today in Serbia, has been Dortmund's "
            "partner city since 1982.</p>"
        ),
        milestones=[
            (
                1982,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
        ],
    ),
    Demo(
        slug_de="zwickau",
        slug_en="zwickau",
        title_de="Zwickau",
        title_en="Zwickau",
        municipality_de="Zwickau",
        municipality_en="Zwickau",
        country="DE",
        kind=CITY,
        since=1988,
        latitude=50.7189,
        longitude=12.4961,
        teaser_de="Die innerdeutsche Städtepartnerschaft zwischen Dortmund und Zwickau.",
        teaser_en="The partnership between Dortmund and Zwickau within Germany.",
        body_de=(
            "<p>Die Partnerschaft mit Zwickau in Sachsen begann 1988, als die Stadt noch in der DDR "
            "lag. Sie ist Dortmunds Städtepartnerschaft innerhalb Deutschlands.</p>"
        ),
        body_en=(
            "<p>The partnership with Zwickau in Saxony began in 1988, when the town still lay in "
            "the GDR. It is Dortmund's city partnership within Germany.</p>"
        ),
        milestones=[
            (
                1988,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
        ],
    ),
    Demo(
        slug_de="xian",
        slug_en="xian",
        title_de="Xi’an",
        title_en="Xi’an",
        municipality_de="Xi’an",
        municipality_en="Xi’an",
        country="CN",
        kind=CITY,
        since=1992,
        latitude=34.3416,
        longitude=108.9398,
        teaser_de="Entstehungsgeschichte und Werdegang der Städtepartnerschaft zwischen Dortmund und Xi’an.",
        teaser_en="How the partnership between Dortmund and Xi’an began and grew.",
        body_de=(
            "<p>Seit 1992 ist Xi’an, die Hauptstadt der chinesischen Provinz Shaanxi, Partnerstadt "
            "Dortmunds.</p>"
        ),
        body_en=(
            "<p>Since 1992 Xi’an, capital of China's Shaanxi province, has been Dortmund's partner "
            "city.</p>"
        ),
        milestones=[
            (
                1992,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
        ],
    ),
    Demo(
        slug_de="trabzon",
        slug_en="trabzon",
        title_de="Trabzon",
        title_en="Trabzon",
        municipality_de="Trabzon",
        municipality_en="Trabzon",
        country="TR",
        kind=CITY,
        since=2014,
        latitude=41.0027,
        longitude=39.7168,
        teaser_de=(
            "Entstehungsgeschichte und Werdegang der Städtepartnerschaft zwischen Dortmund und "
            "Trabzon."
        ),
        teaser_en="How the partnership between Dortmund and Trabzon began and grew.",
        body_de="<p>Trabzon an der türkischen Schwarzmeerküste ist seit 2014 Partnerstadt Dortmunds.</p>",
        body_en="<p>Trabzon on Türkiye's Black Sea coast has been Dortmund's partner city since 2014.</p>",
        milestones=[
            (
                2014,
                "Beginn der Städtepartnerschaft.",
                "The city partnership begins.",
            ),
        ],
    ),
    Demo(
        slug_de="kumasi",
        slug_en="kumasi",
        title_de="Kumasi",
        title_en="Kumasi",
        municipality_de="Kumasi",
        municipality_en="Kumasi",
        country="GH",
        kind=PROJECT,
        since=None,
        latitude=6.6885,
        longitude=-1.6244,
        teaser_de=(
            "Die Stadt Dortmund pflegt offizielle partnerschaftliche Beziehungen mit der Stadt "
            "Kumasi in Ghana."
        ),
        teaser_en="The City of Dortmund maintains an official partnership with the city of Kumasi in Ghana.",
        body_de=(
            "<p>Mit Kumasi in Ghana verband Dortmund zunächst eine Projektpartnerschaft. Auch "
            "während der Coronavirus-Pandemie wurde die Zusammenarbeit 2020 ausgebaut.</p><p>Seit "
            "2024 ist Kumasi offizielle Partnerstadt Dortmunds: Aus der Projektpartnerschaft wurde "
            "eine Städtepartnerschaft.</p>"
        ),
        body_en=(
            "<p>Dortmund's ties with Kumasi in Ghana began as a project partnership. Even during "
            "the coronavirus pandemic the cooperation grew in 2020.</p><p>Since 2024 Kumasi has "
            "been Dortmund's official partner city: the project partnership became a city "
            "partnership.</p>"
        ),
        wikidata_id="Q182059",
        milestones=[
            (
                2020,
                "Die Projektpartnerschaft wird trotz der Pandemie ausgebaut.",
                "The project partnership grows despite the pandemic.",
            ),
        ],
        becomes=(CITY, 2024),
    ),
    Demo(
        slug_de="schytomyr",
        slug_en="zhytomyr",
        title_de="Schytomyr",
        title_en="Zhytomyr",
        municipality_de="Schytomyr",
        municipality_en="Zhytomyr",
        country="UA",
        kind=CITY,
        since=2025,
        latitude=50.2547,
        longitude=28.6587,
        teaser_de=(
            "Aus der Solidaritätspartnerschaft mit Schytomyr in der Ukraine ist 2025 eine "
            "Städtepartnerschaft geworden."
        ),
        teaser_en="The solidarity partnership with Zhytomyr in Ukraine became a city partnership in 2025.",
        body_de=(
            "<p>Mit Schytomyr im Norden der Ukraine verband Dortmund zunächst eine "
            "Solidaritätspartnerschaft. 2025 wurde daraus Dortmunds jüngste Städtepartnerschaft.</p>"
        ),
        body_en=(
            "<p>Dortmund's ties with Zhytomyr in northern Ukraine began as a solidarity "
            "partnership. In 2025 it became Dortmund's youngest city partnership.</p>"
        ),
        milestones=[
            (
                2025,
                "Aus der Solidaritätspartnerschaft wird eine Städtepartnerschaft.",
                "The solidarity partnership becomes a city partnership.",
            ),
        ],
    ),
    Demo(
        slug_de="dura",
        slug_en="dura",
        title_de="Dura, Palästina",
        title_en="Dura, Palestine",
        municipality_de="Dura",
        municipality_en="Dura",
        country="PS",
        kind=PROJECT,
        since=2018,
        latitude=31.5069,
        longitude=35.0289,
        teaser_de="Projektpartnerschaft mit der Stadt Dura, Palästina.",
        teaser_en="Project partnership with the town of Dura, Palestine.",
        body_de=(
            "<p>Die Stadt Dortmund pflegt seit 2018 eine kommunale Projektpartnerschaft mit Dura, "
            "einer Stadt mit rund 40.000 Einwohnerinnen und Einwohnern. Ziel ist es, die "
            "Beziehungen zwischen deutschen und palästinensischen Kommunen zu stärken und mit "
            "gemeinsamen Projekten die Lebenssituation vor Ort zu "
            "verbessern.</p><h2>Projekte</h2><ul><li>Abfallentsorgung, gemeinsam mit der "
            "EDG</li><li>Sozialarbeit</li><li>IT-Ausstattung</li><li>ein Hospitanten-Austausch mit "
            "dem Klinikum Dortmund für die medizinische Versorgung</li></ul><p>Die Fotoausstellung "
            "„Leben in Palästina“ des Fotojournalisten Mashhour Wihwah hat den Dortmunderinnen und "
            "Dortmundern den Alltag in Dura nähergebracht.</p>"
        ),
        body_en=(
            "<p>Since 2018 the City of Dortmund has had a municipal project partnership with Dura, "
            "a town of about 40,000 people. It aims to strengthen the ties between German and "
            "Palestinian municipalities and to improve living conditions there through joint "
            "projects.</p><h2>Projects</h2><ul><li>waste management, together with "
            "EDG</li><li>social work</li><li>IT equipment</li><li>an exchange of medical staff with "
            "Klinikum Dortmund to improve health care</li></ul><p>The photo exhibition “Leben in "
            "Palästina” (Life in Palestine) by photojournalist Mashhour Wihwah showed people in "
            "Dortmund everyday life in Dura.</p>"
        ),
        milestones=[
            (
                2018,
                "Beginn der Projektpartnerschaft.",
                "The project partnership begins.",
            ),
        ],
        organisations=[
            (
                PARTNER,
                "EDG Entsorgung Dortmund GmbH",
                "EDG Entsorgung Dortmund GmbH (waste management)",
                "https://www.edg.de/",
            ),
            (
                PARTNER,
                "Klinikum Dortmund",
                "Klinikum Dortmund (hospital)",
                "https://www.klinikumdo.de/",
            ),
        ],
    ),
    Demo(
        slug_de="bondo",
        slug_en="bondo",
        title_de="Bondo, Kenia",
        title_en="Bondo, Kenya",
        municipality_de="Bondo",
        municipality_en="Bondo",
        country="KE",
        kind=PROJECT,
        since=2008,
        latitude=0.0987,
        longitude=34.2744,
        teaser_de=(
            "Die Stadt Dortmund unterstützt das Projekt „Jeder Tropfen zählt“ in beratender und "
            "koordinierender Hinsicht."
        ),
        teaser_en="The City of Dortmund advises and coordinates the project “Every Drop Counts”.",
        body_de=(
            "<p>Seit 2008 engagiert sich der Weltladen Aplerbeck mit dem Projekt „Jeder Tropfen "
            "zählt“ in Bondo, Kenia. Die Stadt Dortmund unterstützt es beratend und "
            "koordinierend.</p><p>Mit dem Projekt entstanden Regenwassertanks, zwei Schultoiletten "
            "und Handwaschstationen – ein Beitrag zum Nachhaltigkeitsziel 6, sauberes Wasser und "
            "Sanitäreinrichtungen.</p>"
        ),
        body_en=(
            "<p>Since 2008 the Weltladen Aplerbeck, a fair-trade shop, has been running the project "
            "“Jeder Tropfen zählt” (Every Drop Counts) in Bondo, Kenya. The City of Dortmund "
            "advises and coordinates.</p><p>The project built rainwater tanks, two school toilets "
            "and hand-washing stations – a contribution to Sustainable Development Goal 6, clean "
            "water and sanitation.</p>"
        ),
        milestones=[
            (
                2008,
                "Der Weltladen Aplerbeck beginnt das Projekt „Jeder Tropfen zählt“.",
                "The Weltladen Aplerbeck starts the project “Every Drop Counts”.",
            ),
        ],
        organisations=[
            (
                PARTNER,
                "Weltladen Aplerbeck",
                "Weltladen Aplerbeck (fair-trade shop)",
                "",
            ),
        ],
    ),
    Demo(
        slug_de="dabola",
        slug_en="dabola",
        title_de="Dabola, Guinea",
        title_en="Dabola, Guinea",
        municipality_de="Dabola",
        municipality_en="Dabola",
        country="GN",
        kind=PROJECT,
        since=None,
        latitude=10.7489,
        longitude=-11.1078,
        teaser_de=(
            "Zwischen Dortmund und der Stadt Dabola in Guinea wurde eine Projektpartnerschaft mit "
            "inhaltlichem Fokus auf Abfallentsorgung und -vermeidung angestoßen."
        ),
        teaser_en=(
            "Dortmund and the town of Dabola in Guinea have started a project partnership on waste "
            "disposal and avoidance."
        ),
        body_de=(
            "<p>Mit Dabola in Guinea hat Dortmund eine Projektpartnerschaft angestoßen. Im "
            "Mittelpunkt stehen die Entsorgung und die Vermeidung von Abfall.</p>"
        ),
        body_en=(
            "<p>Dortmund has started a project partnership with Dabola in Guinea. It focuses on "
            "disposing of and avoiding waste.</p>"
        ),
    ),
    Demo(
        slug_de="cluj-napoca",
        slug_en="cluj-napoca",
        title_de="Cluj-Napoca, Rumänien",
        title_en="Cluj-Napoca, Romania",
        municipality_de="Cluj-Napoca",
        municipality_en="Cluj-Napoca",
        country="RO",
        kind=PROJECT,
        since=None,
        latitude=46.7712,
        longitude=23.6236,
        teaser_de="Projektpartnerschaft mit der rumänischen Stadt Cluj-Napoca.",
        teaser_en="Project partnership with the Romanian city of Cluj-Napoca.",
        body_de=(
            "<p>Mit Cluj-Napoca in Siebenbürgen verbindet Dortmund eine Projektpartnerschaft. Auch "
            "während der Coronavirus-Pandemie wurde die Zusammenarbeit 2020 ausgebaut.</p>"
        ),
        body_en=(
            "<p>Dortmund has a project partnership with Cluj-Napoca in Transylvania. The "
            "cooperation grew in 2020, even during the coronavirus pandemic.</p>"
        ),
        milestones=[
            (
                2020,
                "Die Zusammenarbeit wird trotz der Pandemie ausgebaut.",
                "The cooperation grows despite the pandemic.",
            ),
        ],
    ),
]

CITY_INDEX_BODY_DE = """<p>Elf Städte in Europa, Asien, Afrika und Nordamerika sind Partnerstädte
Dortmunds – von Amiens, Dortmunds ältester Partnerstadt seit 1960, bis Schytomyr in der Ukraine,
der jüngsten seit 2025. Für die Partnerschaften mit Leeds und Amiens erhielt Dortmund 1979 die
Ehrenfahne des Europarates.</p>"""

CITY_INDEX_BODY_EN = """<p>Eleven cities in Europe, Asia, Africa and North America are Dortmund's
partner cities – from Amiens, its oldest partner since 1960, to Zhytomyr in Ukraine, the
youngest since 2025. In 1979 the Council of Europe awarded Dortmund its Flag of Honour for the
partnerships with Leeds and Amiens.</p>"""

PROJECT_INDEX_BODY_DE = """<p>In Projektpartnerschaften arbeitet Dortmund mit Kommunen weltweit an
konkreten Vorhaben: Abfallwirtschaft, Wasser und Sanitärversorgung, Gesundheit und Bildung.
Vereine, städtische Gesellschaften und Einrichtungen aus Dortmund sind dabei wichtige
Partner.</p>
<p>Aus der Projektpartnerschaft mit Kumasi in Ghana ist 2024 eine
<a href="/de/staedtepartnerschaften/kumasi/">Städtepartnerschaft</a> geworden.</p>"""

PROJECT_INDEX_BODY_EN = """<p>In project partnerships Dortmund works with municipalities around the
world on concrete projects: waste management, water and sanitation, health and education.
Associations, municipal companies and institutions from Dortmund are important partners.</p>
<p>In 2024 the project partnership with Kumasi in Ghana became a
<a href="/en/city-partnerships/kumasi/">city partnership</a>.</p>"""


def _translated(row):
    """A new row with its translation status worked out, as a save would do: bulk_create
    bypasses save(), and the rows would wait in the translators' queue with nothing to do."""
    translations.record_saved_values(row, None, minor_change=False)
    return row


def _required(path_de: str) -> Page:
    page = page_at(path_de)
    if page is None:
        raise RuntimeError(
            f"The page {path_de} is missing: load the core demo (dortmund_intl.demo) first."
        )
    return page


def _create(demo: Demo) -> Partnership:
    partnership = Partnership(
        slug_de=demo.slug_de,
        slug_en=demo.slug_en,
        title_de=demo.title_de,
        title_en=demo.title_en,
        municipality_de=demo.municipality_de,
        municipality_en=demo.municipality_en,
        country=demo.country,
        kind=demo.kind,
        state=demo.state,
        since=demo.since,
        latitude=demo.latitude,
        longitude=demo.longitude,
        wikidata_id=demo.wikidata_id,
        teaser_de=demo.teaser_de,
        teaser_en=demo.teaser_en,
        body_de=demo.body_de,
        body_en=demo.body_en,
        status=Page.Status.PUBLISHED,
    )
    services.save_partnership(partnership)
    Milestone.objects.bulk_create(
        _translated(
            Milestone(partnership=partnership, year=year, text_de=de, text_en=en, sort_order=i)
        )
        for i, (year, de, en) in enumerate(demo.milestones)
    )
    PartnerOrganisation.objects.bulk_create(
        _translated(
            PartnerOrganisation(
                partnership=partnership, role=role, name_de=de, name_en=en, link=link, sort_order=i
            )
        )
        for i, (role, de, en, link) in enumerate(demo.organisations)
    )
    if demo.becomes:
        kind, year = demo.becomes
        partnership.since = year
        services.change_kind(partnership, kind, year=year)
    return partnership


def _gallery(page: Page, images) -> None:
    if page is None or GalleryImage.objects.filter(page=page).exists():
        return
    GalleryImage.objects.bulk_create(
        GalleryImage(page=page, image=image, sort_order=i) for i, image in enumerate(images)
    )


def load() -> None:
    start = _required("/de/")
    international = _required("/de/dortmund-international/")
    ensure_page(
        PartnershipIndexPage,
        CITY_INDEX,
        parent=start,
        section=Section.CITY,
        title_de="Städtepartnerschaften",
        title_en="City partnerships",
        slug_de="staedtepartnerschaften",
        slug_en="city-partnerships",
        teaser_de="Dortmunds elf Partnerstädte von Amiens (1960) bis Schytomyr (2025), auf der "
        "Karte und nach Jahren.",
        teaser_en="Dortmund's eleven partner cities from Amiens (1960) to Zhytomyr (2025), on "
        "the map and by year.",
        body_de=CITY_INDEX_BODY_DE,
        body_en=CITY_INDEX_BODY_EN,
        show_in_menus=True,
        sort_order=20,
    )
    ensure_page(
        PartnershipIndexPage,
        PROJECT_INDEX,
        parent=international,
        section=Section.PROJECT,
        title_de="Internationale Projektpartnerschaften",
        title_en="International project partnerships",
        slug_de="projektpartnerschaften",
        slug_en="project-partnerships",
        teaser_de="Übersicht der Projektpartnerschaften der Stadt Dortmund mit internationalen "
        "Partnern.",
        teaser_en="The City of Dortmund's project partnerships with international partners.",
        body_de=PROJECT_INDEX_BODY_DE,
        body_en=PROJECT_INDEX_BODY_EN,
        sort_order=10,
    )
    for demo in PARTNERSHIPS:
        final_kind = demo.becomes[0] if demo.becomes else demo.kind
        index = CITY_INDEX if Partnership.SECTIONS[final_kind] == Section.CITY else PROJECT_INDEX
        if page_at(f"{index}{demo.slug_de}/") is None:
            _create(demo)

    photo = (
        "Abstrakte Grafik aus farbigen Kreisen",
        "Abstract graphic of coloured circles",
    )
    _gallery(
        page_at(f"{PROJECT_INDEX}dura/"),
        [
            ensure_image(
                f"dura-{n}",
                seed,
                *photo,
                caption_de="Beispielgrafik: Platz für ein Foto der Ausstellung „Leben in "
                "Palästina“",
                caption_en="Sample graphic: room for a photo of the exhibition “Life in Palestine”",
            )
            for n, seed in ((1, 5), (2, 8))
        ],
    )
    _gallery(
        page_at(f"{CITY_INDEX}leeds/"),
        [
            ensure_image(
                f"leeds-{n}",
                seed,
                *photo,
                caption_de="Beispielgrafik: Platz für ein Foto aus Leeds",
                caption_en="Sample graphic: room for a photo from Leeds",
            )
            for n, seed in ((1, 11), (2, 13))
        ],
    )


def link() -> None:
    """The "Mehr zum Thema" teasers, once the SDG and Europe pages exist too."""

    def city(slug):
        return page_at(f"{CITY_INDEX}{slug}/")

    def project(slug):
        return page_at(f"{PROJECT_INDEX}{slug}/")

    def goal(number):
        return page_at(f"/de/nachhaltigkeitsziele/ziel-{number}/")

    europe = page_at("/de/europa/")
    diplomacy = page_at("/de/dortmund-international/staedte-diplomatie/")
    teasers = {
        page_at(CITY_INDEX): [page_at(PROJECT_INDEX), europe, diplomacy, page_at("/de/ukraine/")],
        page_at(PROJECT_INDEX): [
            page_at(CITY_INDEX),
            page_at("/de/nachhaltigkeitsziele/"),
            goal(17),
            diplomacy,
        ],
        city("amiens"): [city("leeds"), europe, city("zwickau")],
        city("leeds"): [city("amiens"), europe, city("buffalo")],
        city("rostow-am-don"): [city("schytomyr"), page_at("/de/ukraine/"), europe],
        city("buffalo"): [city("leeds"), external("kunst-transfer"), city("xian")],
        city("netanya"): [external("kunst-transfer"), city("novi-sad"), city("trabzon")],
        city("novi-sad"): [europe, city("netanya"), city("trabzon")],
        city("zwickau"): [city("amiens"), europe, diplomacy],
        city("xian"): [external("kunst-transfer"), city("buffalo"), city("kumasi"), diplomacy],
        city("trabzon"): [
            external("integrationsrat"),
            city("novi-sad"),
            external("kunst-transfer"),
        ],
        city("kumasi"): [
            goal(17),
            project("bondo"),
            project("dabola"),
            external("kunst-transfer"),
            page_at(PROJECT_INDEX),
        ],
        city("schytomyr"): [page_at("/de/ukraine/"), goal(16), europe, city("rostow-am-don")],
        project("dura"): [
            goal(16),
            goal(3),
            goal(4),
            project("bondo"),
            external("kunst-transfer"),
            page_at("/de/nachhaltigkeitsziele/"),
            external("integrationsrat"),
        ],
        project("bondo"): [goal(6), project("dura"), project("dabola"), city("kumasi")],
        project("dabola"): [goal(12), goal(11), project("dura"), project("bondo")],
        project("cluj-napoca"): [europe, project("dura"), project("dabola"), city("kumasi")],
    }
    for page, targets in teasers.items():
        ensure_teasers(page, targets)
