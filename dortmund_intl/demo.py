"""Demo content of the shared page layer, in German and English, from the seeds.

``load()`` creates the start page, "Dortmund International", the Ukraine information,
the city-diplomacy article with its two downloads, and the external topics the seeds
show in "Mehr zum Thema". ``link()`` runs after every app has loaded and adds the
teasers that point into the other apps. Both are idempotent: what exists is left
alone, so a second run writes nothing.
"""

from django.core.files.base import ContentFile

from . import samples
from .models import Document, ExternalTopic, Image, Page, PageDocument, Teaser, TopicPage


def page_at(path_de: str) -> Page | None:
    """The page whose German address is ``path_de`` (specific), or None."""
    page = Page.objects.filter(url_path_de=path_de).first()
    return page.specific if page else None


def ensure_page(model, path_de: str, **fields) -> tuple[Page, bool]:
    existing = page_at(path_de)
    if existing is not None:
        return existing, False
    fields.setdefault("status", Page.Status.PUBLISHED)
    page = model(**fields)
    page.save()
    assert page.url_path_de == path_de, (page.url_path_de, path_de)
    return page, True


def ensure_teasers(page: Page, targets: list[Page | None]) -> None:
    """Adds the given teasers to a page that has none yet (missing targets skipped)."""
    if page is None or Teaser.objects.filter(page=page).exists():
        return
    Teaser.objects.bulk_create(
        Teaser(page=page, target=target, sort_order=position)
        for position, target in enumerate(t for t in targets if t is not None and t.pk != page.pk)
    )


def ensure_image(key: str, seed: int, alt_de: str, alt_en: str, **fields) -> Image:
    name = f"beispiel-{key}.jpg"
    existing = Image.objects.filter(file__endswith=name).first()
    if existing:
        return existing
    image = Image(alt_de=alt_de, alt_en=alt_en, **fields)
    image.file.save(name, ContentFile(samples.sample_image(seed)), save=False)
    image.save()
    return image


def ensure_document(name: str, lines: list[str], **fields) -> Document:
    existing = Document.objects.filter(file__endswith=name).first()
    if existing:
        return existing
    document = Document(**fields)
    document.file.save(name, ContentFile(samples.sample_pdf(lines)), save=False)
    document.save()
    return document


EXTERNAL_TOPICS = [
    # (slug, title de, title en, teaser de, teaser en, link)
    (
        "bundestagswahl",
        "Bundestagswahl",
        "Federal election",
        "Informationen zum Ablauf der Bundestagswahl in Dortmund, zur Wahl der Abgeordneten "
        "des Bundestags in Berlin, zum Wahlsystem und den Rechtsgrundlagen.",
        "How the federal election works in Dortmund: electing the members of the Bundestag "
        "in Berlin, the electoral system and its legal basis.",
        "https://www.dortmund.de/themen/wahlen/",
    ),
    (
        "beibehalt-staatsangehoerigkeit",
        "Beibehalt der deutschen Staatsangehörigkeit",
        "Keeping German citizenship",
        "Seit dem 1. Januar 2000 verliert, wer freiwillig eine andere Staatsangehörigkeit "
        "annimmt, die deutsche – es sei denn, der Beibehalt wurde vorher genehmigt.",
        "Since 1 January 2000, Germans who voluntarily take another citizenship lose their "
        "German one unless keeping it was approved beforehand.",
        "https://www.dortmund.de/themen/buergerservice/",
    ),
    (
        "integrationsrat",
        "Integrationsrat",
        "Integration Council",
        "Informationen zum Integrationsrat der Stadt Dortmund.",
        "About the Integration Council of the City of Dortmund.",
        "https://www.dortmund.de/themen/integration/",
    ),
    (
        "integrationsratswahl",
        "Integrationsratswahl",
        "Integration Council election",
        "Informationen zur Wahl der Mitglieder des Integrationsrates der Stadt Dortmund, "
        "zum Wahlsystem und den Rechtsgrundlagen.",
        "How the members of Dortmund's Integration Council are elected, the electoral system "
        "and its legal basis.",
        "https://www.dortmund.de/themen/wahlen/",
    ),
    (
        "leitbild-integration",
        "Leitbild Integration",
        "Integration guidelines",
        "Informationen zum städtischen Leitbild Integration.",
        "The city's guiding principles for integration.",
        "https://www.dortmund.de/themen/integration/",
    ),
    (
        "masterplan-migration-integration",
        "Masterplan Migration/Integration",
        "Master plan Migration/Integration",
        "Informationen über den Masterplan Migration/Integration der Stadt Dortmund.",
        "About the City of Dortmund's master plan for migration and integration.",
        "https://www.dortmund.de/themen/integration/",
    ),
    (
        "umzug-vor-der-europawahl",
        "Auswirkungen von Umzügen vor der Europawahl 2024",
        "Moving house before the 2024 European election",
        "Wichtige Informationen für Wahlberechtigte, die vor einer Wahl umziehen.",
        "What voters who move house before an election need to know.",
        "https://www.dortmund.de/themen/wahlen/",
    ),
    (
        "hauptstadt-des-fairen-handels",
        "Wettbewerb „Hauptstadt des Fairen Handels“",
        "“Capital of Fair Trade” competition",
        "Das Dortmunder Aktionsbündnis setzt sich ein für Fair Trade, Sensibilisierung, "
        "Bildung und den Weg fairer Produkte in Supermärkte.",
        "Dortmund's action alliance works for fair trade, awareness, education and fair "
        "products on supermarket shelves.",
        "https://www.dortmund.de/themen/nachhaltigkeit/",
    ),
    (
        "iga-2027",
        "Konzept der IGA Metropole Ruhr 2027",
        "The IGA Metropole Ruhr 2027 concept",
        "Die IGA Metropole Ruhr 2027 ist ein regionales Dekadenprojekt und Laborraum für die "
        "nachhaltige Städte-Landschaft der Zukunft.",
        "The International Garden Exhibition IGA Metropole Ruhr 2027 is a regional project of "
        "a decade and a laboratory for the sustainable urban landscape of the future.",
        "https://www.dortmund.de/themen/iga-2027/",
    ),
    (
        "kunst-transfer",
        "KUNST.TRANSFER",
        "KUNST.TRANSFER",
        "Informationen zu KUNST.TRANSFER für den künstlerischen Austausch mit "
        "außereuropäischen Partnerstädten der Stadt Dortmund.",
        "KUNST.TRANSFER supports artistic exchange with Dortmund's partner cities outside Europe.",
        "https://www.dortmund.de/themen/kultur/",
    ),
]


START_BODY_DE = """<p>Dortmund ist eine international vernetzte Stadt. Auf diesen Seiten stellt das
Büro für Internationale Beziehungen vor, was die Stadt mit ihren Partnerinnen und Partnern
in Europa und der Welt verbindet: elf Städtepartnerschaften von Amiens (seit 1960) bis
Schytomyr (seit 2025), internationale Projektpartnerschaften, das Engagement für die
17 Nachhaltigkeitsziele der Vereinten Nationen und Dortmunds Rolle in Europa.</p>"""

START_BODY_EN = """<p>Dortmund is an internationally connected city. On these pages the Office
for International Relations presents what links the city with its partners in Europe and
around the world: eleven city partnerships from Amiens (since 1960) to Zhytomyr (since 2025),
international project partnerships, its work for the 17 United Nations Sustainable
Development Goals, and Dortmund's role in Europe.</p>"""

DI_BODY_DE = """<p>Als international orientierte Stadt pflegt Dortmund Beziehungen zu
Partnerinnen und Partnern auf der ganzen Welt. Hochschulen, Forschungseinrichtungen,
Unternehmen und die Zivilgesellschaft spielen dabei eine zentrale Rolle: Dortmunder
Unternehmen sind auf dem Weltmarkt erfolgreich, und das Zusammenspiel von Start-ups,
Wissenschaft und Politik zieht Studierende und Forschende aus aller Welt an.</p>
<p>Globalisierung und grenzüberschreitende Aufgaben wie der Klimawandel machen die
internationale Ausrichtung zu einem festen Bestandteil zukunftsfähiger Kommunalpolitik.</p>
<h2>Aufgaben des Bereichs Internationales</h2>
<ul>
<li><p>Internationale Zusammenarbeit fördern und Dortmund nach außen sichtbar machen, unter
anderem über Projektpartnerschaften und Netzwerke wie die der Vereinten Nationen,
Connective Cities und den Rat der Gemeinden und Regionen Europas.</p></li>
<li><p>Dortmund und seine Nachhaltigkeitsaktivitäten auf internationalen Konferenzen
vorstellen.</p></li>
<li><p>Die Stadt in ihrer Rolle stärken, Globalisierung im Sinne nachhaltiger Entwicklung
gerechter zu gestalten – orientiert an der New Urban Agenda und den 17 Zielen für
nachhaltige Entwicklung.</p></li>
<li><p>Impulse und Beratung für die Internationalisierung der kommunalen Arbeit geben.</p></li>
</ul>"""

DI_BODY_EN = """<p>As an internationally minded city, Dortmund maintains relations with
partners all over the world. Universities, research institutes, businesses and civil society
play a central part: Dortmund companies hold leading places on world markets, and the
interplay of start-ups, science and politics attracts students and researchers from
everywhere.</p>
<p>Globalisation and challenges that cross borders, such as climate change, make an
international outlook a fixed part of forward-looking local policy.</p>
<h2>What the international office does</h2>
<ul>
<li><p>Promote international cooperation and make Dortmund visible abroad, among other
things through project partnerships and networks such as those of the United Nations,
Connective Cities and the Council of European Municipalities and Regions.</p></li>
<li><p>Present Dortmund and its sustainability work at international conferences.</p></li>
<li><p>Strengthen the city's role in making globalisation fairer in the sense of
sustainable development, guided by the New Urban Agenda and the 17 Sustainable Development
Goals.</p></li>
<li><p>Give ideas and advice for the internationalisation of the city's work.</p></li>
</ul>"""

UKRAINE_BODY_DE = """<p>Seit dem 24. Februar 2022 führt Russland einen Angriffskrieg gegen die
Ukraine. Schon 2014 hatte Russland die Halbinsel Krim annektiert. Für viele Zivilistinnen
und Zivilisten ist die Lage lebensgefährlich; Millionen Menschen sind geflohen, zunächst vor
allem in Nachbarländer wie Polen und Rumänien.</p>
<p>Städte und Gemeinden in Deutschland zeigen sich solidarisch – mit Hilfslieferungen und
der Aufnahme von Geflüchteten. Geflüchtete aus der Ukraine sind in Dortmund willkommen.
2025 hat Dortmund mit Schytomyr eine Solidaritätspartnerschaft begründet.</p>"""

UKRAINE_BODY_EN = """<p>Since 24 February 2022 Russia has been waging a war of aggression
against Ukraine. Russia had already annexed the Crimean peninsula in 2014. For many
civilians the situation is life-threatening; millions of people have fled, at first mostly
to neighbouring countries such as Poland and Romania.</p>
<p>Towns and cities in Germany show their solidarity with relief supplies and by taking in
refugees. Refugees from Ukraine are welcome in Dortmund. In 2025 Dortmund entered a
solidarity partnership with Zhytomyr.</p>"""

DIPLOMACY_BODY_DE = """<h2>Starke Städte</h2>
<p>Mit Blick auf die Bundestagswahl 2025 und die zweite Amtszeit von US-Präsident Donald
Trump erschien am 24. Januar 2025 der Artikel „Starke Städte sorgen für außenpolitische
Stabilität“ in <em>Internationale Politik</em>, dem Magazin der Deutschen Gesellschaft für
Auswärtige Politik (DGAP). Martin van der Pütten und Ayan Huseynova vom Team Internationale
Beziehungen der Stadt Dortmund fordern darin:</p>
<blockquote><p>„Die neue Bundesregierung muss im internationalen Kontext Städte
umfangreicher einbinden. Die wirtschaftlichen und geopolitischen Herausforderungen sind zu
groß, um nebeneinanderher zu arbeiten – insbesondere mit Blick auf das transatlantische
Verhältnis.“</p></blockquote>
<p>Den vollständigen Artikel finden Sie unten als Download auf Deutsch und Englisch.</p>"""

DIPLOMACY_BODY_EN = """<h2>Strong cities</h2>
<p>With the 2025 federal election and the second term of US President Donald Trump in view,
the article “Strong Cities Ensure Stability in Foreign Policy” appeared on 24 January 2025 in
<em>Internationale Politik</em>, the magazine of the German Council on Foreign Relations
(DGAP). Martin van der Pütten and Ayan Huseynova of the City of Dortmund's international
relations team write:</p>
<blockquote><p>“The new federal government must involve cities far more in international
affairs. The economic and geopolitical challenges are too great for working side by side
without each other – especially with regard to the transatlantic relationship.”</p></blockquote>
<p>The full article is available below as a download in German and English.</p>"""


def load() -> None:
    start, _ = ensure_page(
        TopicPage,
        "/de/",
        title_de="Internationales",
        title_en="International",
        slug_de="internationales",
        slug_en="international",
        teaser_de="Dortmunds Städte- und Projektpartnerschaften, Europa und die "
        "UN-Nachhaltigkeitsziele.",
        teaser_en="Dortmund's city and project partnerships, Europe and the UN Sustainable "
        "Development Goals.",
        body_de=START_BODY_DE,
        body_en=START_BODY_EN,
        list_children=True,
    )
    international, _ = ensure_page(
        TopicPage,
        "/de/dortmund-international/",
        parent=start,
        title_de="Dortmund International",
        title_en="Dortmund International",
        slug_de="dortmund-international",
        slug_en="dortmund-international",
        teaser_de="Aufgaben des Bereichs Internationales: Zusammenarbeit, Sichtbarkeit, "
        "nachhaltige Entwicklung.",
        teaser_en="What the international office does: cooperation, visibility, sustainable "
        "development.",
        body_de=DI_BODY_DE,
        body_en=DI_BODY_EN,
        show_in_menus=True,
        sort_order=10,
        hero_image=ensure_image(
            "dortmund-international",
            3,
            "Abstrakte Grafik aus farbigen Kreisen",
            "Abstract graphic of coloured circles",
            caption_de="Beispielgrafik",
            caption_en="Sample graphic",
        ),
    )
    ukraine, _ = ensure_page(
        TopicPage,
        "/de/ukraine/",
        parent=start,
        title_de="Informationen zum Krieg in der Ukraine",
        title_en="Information on the war in Ukraine",
        slug_de="ukraine",
        slug_en="ukraine",
        teaser_de="Informationen rund um den Krieg in der Ukraine sowie einige wichtige Links "
        "zum Thema.",
        teaser_en="Information on the war in Ukraine and some important links on the subject.",
        body_de=UKRAINE_BODY_DE,
        body_en=UKRAINE_BODY_EN,
        show_in_menus=True,
        sort_order=40,
    )
    diplomacy, created = ensure_page(
        TopicPage,
        "/de/dortmund-international/staedte-diplomatie/",
        parent=international,
        title_de="Dortmund und Globale Städte-Diplomatie",
        title_en="Dortmund and global city diplomacy",
        slug_de="staedte-diplomatie",
        slug_en="city-diplomacy",
        teaser_de="Starke Städte sorgen für außenpolitische Stabilität: ein Beitrag des Teams "
        "Internationale Beziehungen in „Internationale Politik“.",
        teaser_en="Strong cities ensure stability in foreign policy: an article by the "
        "international relations team in “Internationale Politik”.",
        body_de=DIPLOMACY_BODY_DE,
        body_en=DIPLOMACY_BODY_EN,
        sort_order=20,
    )
    if created:
        article_de = ensure_document(
            "beispiel-starke-staedte-de.pdf",
            [
                "Beispieldatei (Demo-Inhalt)",
                "Starke Staedte sorgen fuer aussenpolitische Stabilitaet",
                "Martin van der Puetten, Internationale Politik, 24. Januar 2025",
            ],
            title_de="„Starke Städte sorgen für außenpolitische Stabilität“ von Martin van der "
            "Pütten – veröffentlicht in „Internationale Politik“ (24. Januar 2025)",
            title_en="“Starke Städte sorgen für außenpolitische Stabilität” by Martin van der "
            "Pütten – published in “Internationale Politik” (24 January 2025), German",
            language="de",
        )
        article_en = ensure_document(
            "sample-strong-cities-en.pdf",
            [
                "Sample file (demo content)",
                "Strong Cities Ensure Stability in Foreign Policy",
                "Martin van der Puetten, Internationale Politik, January 24th, 2025",
            ],
            title_de="„Strong Cities Ensure Stability in Foreign Policy“ von Martin van der "
            "Pütten – englische Fassung (24. Januar 2025)",
            title_en="“Strong Cities Ensure Stability in Foreign Policy” by Martin van der "
            "Pütten – published in “Internationale Politik” (January 24th, 2025)",
            language="en",
        )
        PageDocument.objects.bulk_create(
            [
                PageDocument(page=diplomacy, document=article_de, sort_order=0),
                PageDocument(page=diplomacy, document=article_en, sort_order=1),
            ]
        )

    for slug, title_de, title_en, teaser_de, teaser_en, link in EXTERNAL_TOPICS:
        if ExternalTopic.objects.filter(slug_de=slug).exists():
            continue
        ExternalTopic.objects.create(
            slug_de=slug,
            title_de=title_de,
            title_en=title_en,
            teaser_de=teaser_de,
            teaser_en=teaser_en,
            link_de=link,
            status=Page.Status.PUBLISHED,
        )


def external(slug: str) -> ExternalTopic | None:
    return ExternalTopic.objects.filter(slug_de=slug).first()


def link() -> None:
    """Teasers of the core pages, once every app's pages exist (seeds 000, 002, 003, 004)."""
    ensure_teasers(
        page_at("/de/dortmund-international/"),
        [
            external("hauptstadt-des-fairen-handels"),
            page_at("/de/europa/netzwerke/"),
            page_at("/de/nachhaltigkeitsziele/ziel-15/"),
            external("bundestagswahl"),
            external("leitbild-integration"),
            page_at("/de/dortmund-international/projektpartnerschaften/kumasi/"),
            page_at("/de/staedtepartnerschaften/kumasi/"),
            external("umzug-vor-der-europawahl"),
            external("integrationsratswahl"),
            page_at("/de/nachhaltigkeitsziele/ziel-2/"),
            page_at("/de/dortmund-international/projektpartnerschaften/dabola/"),
            page_at("/de/europa/freizuegigkeit/"),
            page_at("/de/nachhaltigkeitsziele/ziel-12/"),
            page_at("/de/nachhaltigkeitsziele/ziel-10/"),
            external("iga-2027"),
            external("beibehalt-staatsangehoerigkeit"),
        ],
    )
    ensure_teasers(
        page_at("/de/ukraine/"),
        [
            page_at("/de/staedtepartnerschaften/schytomyr/"),
            page_at("/de/staedtepartnerschaften/kumasi/"),
            page_at("/de/europa/"),
            page_at("/de/nachhaltigkeitsziele/ziel-17/"),
            external("kunst-transfer"),
            external("hauptstadt-des-fairen-handels"),
            page_at("/de/nachhaltigkeitsziele/ziel-5/"),
            page_at("/de/nachhaltigkeitsziele/ziel-6/"),
            page_at("/de/nachhaltigkeitsziele/ziel-9/"),
            external("masterplan-migration-integration"),
            external("iga-2027"),
            external("beibehalt-staatsangehoerigkeit"),
        ],
    )
    ensure_teasers(
        page_at("/de/dortmund-international/staedte-diplomatie/"),
        [
            page_at("/de/europa/"),
            page_at("/de/dortmund-international/projektpartnerschaften/dabola/"),
            external("bundestagswahl"),
            page_at("/de/nachhaltigkeitsziele/ziel-7/"),
            page_at("/de/dortmund-international/projektpartnerschaften/"),
            page_at("/de/nachhaltigkeitsziele/ziel-3/"),
            page_at("/de/staedtepartnerschaften/xian/"),
            page_at("/de/dortmund-international/projektpartnerschaften/bondo/"),
            page_at("/de/nachhaltigkeitsziele/ziel-1/"),
            external("integrationsrat"),
        ],
    )
    ensure_teasers(
        page_at("/de/"),
        [
            page_at("/de/dortmund-international/staedte-diplomatie/"),
            page_at("/de/nachhaltigkeitsziele/"),
            external("hauptstadt-des-fairen-handels"),
            external("iga-2027"),
        ],
    )
