"""Demo content: the accessibility statement of this site, in German and English.

Written for this site (a self-assessment against BITV 2.0); the enforcement procedure
is North Rhine-Westphalia's: the Ombudsstelle für barrierefreie Informationstechnik
(§§ 10d, 10e BGG NRW, §§ 9 ff. BITV NRW). Idempotent: an existing statement is left alone.
"""

import datetime

from dortmund_intl.demo import ensure_page, page_at

from .models import AccessibilityStatement, NonAccessiblePart

PATH_DE = "/de/erklaerung-zur-barrierefreiheit/"
OFFICE_DE = (
    "Amt für Angelegenheiten des Oberbürgermeisters und des Rates – "
    "Büro für Internationale Beziehungen"
)
OFFICE_EN = "Office of the Lord Mayor and the City Council – Office for International Relations"
ADDRESS = "Betenstraße 19\n44135 Dortmund"

PARTS = [
    (
        "Die PDF-Dokumente zum Herunterladen, etwa der Fachartikel „Starke Städte sorgen für "
        "außenpolitische Stabilität“, sind nicht durchgängig barrierefrei: Überschriften und "
        "Lesereihenfolge sind nicht für Screenreader ausgezeichnet.",
        "The PDF documents for download, such as the article “Strong Cities Ensure Stability "
        "in Foreign Policy”, are not fully accessible: headings and reading order are not "
        "tagged for screen readers.",
        NonAccessiblePart.Reason.NON_COMPLIANCE,
        "Schreiben Sie uns: Wir senden Ihnen den Inhalt als barrierefreies Dokument oder als "
        "Text in einer E-Mail.",
        "Write to us and we will send you the content as an accessible document or as text "
        "in an e-mail.",
    ),
    (
        "Auf der Karte der Partnerstädte liegen die Namen mancher nah beieinander liegender "
        "Städte eng zusammen; bei starker Vergrößerung sind sie schwer zu unterscheiden.",
        "On the map of partner cities the names of some cities that lie close together are "
        "placed tightly; at high zoom levels they are hard to tell apart.",
        NonAccessiblePart.Reason.NON_COMPLIANCE,
        "Dieselben Partnerschaften stehen unter der Karte als Liste und lassen sich als "
        "Tabelle (CSV) herunterladen.",
        "The same partnerships are listed below the map and can be downloaded as a table (CSV).",
    ),
    (
        "Seiten anderer Anbieter, auf die wir verlinken (zum Beispiel Partnerstädte, "
        "Netzwerke und EU-Programme), gestalten diese selbst; ihre Barrierefreiheit liegt "
        "nicht in der Verantwortung der Stadt Dortmund.",
        "Pages of other providers we link to (for example partner cities, networks and EU "
        "programmes) are designed by them; their accessibility is not the City of "
        "Dortmund's responsibility.",
        NonAccessiblePart.Reason.OUT_OF_SCOPE,
        "",
        "",
    ),
]


def load() -> None:
    start = page_at("/de/")
    statement, created = ensure_page(
        AccessibilityStatement,
        PATH_DE,
        parent=start,
        title_de="Erklärung zur Barrierefreiheit",
        title_en="Accessibility statement",
        slug_de="erklaerung-zur-barrierefreiheit",
        slug_en="accessibility-statement",
        teaser_de="Wie barrierefrei diese Website ist, was noch fehlt und wie Sie uns "
        "Barrieren melden.",
        teaser_en="How accessible this website is, what is still missing and how to report "
        "a barrier to us.",
        body_de="<p>Die Stadt Dortmund möchte ihre Websites für alle Menschen zugänglich "
        "machen, im Einklang mit dem Behindertengleichstellungsgesetz Nordrhein-Westfalen "
        "(BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW), "
        "die sich auf die BITV 2.0 des Bundes und die europäische Norm EN 301 549 "
        "stützen.</p>",
        body_en="<p>The City of Dortmund wants its websites to be usable by everyone, in line "
        "with North Rhine-Westphalia's Disability Equality Act (BGG NRW) and its regulation "
        "on accessible information technology (BITV NRW), which build on the federal "
        "BITV 2.0 and the European standard EN 301 549.</p>",
        scope_de="Diese Erklärung gilt für die Website „Dortmund International“ des Büros "
        "für Internationale Beziehungen der Stadt Dortmund: alle Seiten auf Deutsch und "
        "Englisch mit ihren Downloads.",
        scope_en="This statement applies to the website “Dortmund International” of the City "
        "of Dortmund's Office for International Relations: every page in German and English "
        "with its downloads.",
        compliance=AccessibilityStatement.Compliance.PARTIALLY,
        standard=AccessibilityStatement.Standard.BITV,
        method=AccessibilityStatement.Method.SELF,
        prepared_on=datetime.date(2026, 12, 1),
        last_reviewed_on=datetime.date(2026, 12, 1),
        feedback_contact_de=f"{OFFICE_DE}\n{ADDRESS}\n\nSchreiben Sie uns, wenn Ihnen "
        "Barrieren auffallen, am einfachsten über das Formular „Barriere melden“. Auf Wunsch "
        "antworten wir Ihnen.",
        feedback_contact_en=f"{OFFICE_EN}\n{ADDRESS}\n\nPlease tell us about any barrier "
        "you meet, most easily through the form “Report a barrier”. We answer if you wish.",
        enforcement_de="Haben Sie uns eine Barriere gemeldet und keine zufriedenstellende "
        "Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie "
        "Informationstechnik des Landes Nordrhein-Westfalen wenden. Sie ist der "
        "Landesbeauftragten für Menschen mit Behinderung zugeordnet (§§ 10d, 10e BGG NRW, "
        "§§ 9 ff. BITV NRW) und vermittelt in einem kostenlosen Ombudsverfahren zwischen "
        "Ihnen und der Stadt.",
        enforcement_en="If you reported a barrier to us and did not receive a satisfactory "
        "answer, you can turn to the Ombudsman's Office for Accessible Information "
        "Technology of North Rhine-Westphalia. It belongs to the State Commissioner for "
        "People with Disabilities (§§ 10d, 10e BGG NRW, §§ 9 ff. BITV NRW) and mediates "
        "between you and the city in a procedure free of charge.",
        enforcement_link="https://www.lbbp.nrw.de/ombudsstelle",
        enforcement_link_text_de="Ombudsstelle für barrierefreie Informationstechnik NRW",
        enforcement_link_text_en="Ombudsman's Office for Accessible IT of North "
        "Rhine-Westphalia (in German)",
    )
    if created:
        for position, (text_de, text_en, reason, alt_de, alt_en) in enumerate(PARTS):
            NonAccessiblePart.objects.create(
                statement=statement,
                description_de=text_de,
                description_en=text_en,
                reason=reason,
                alternative_de=alt_de,
                alternative_en=alt_en,
                sort_order=position,
            )
