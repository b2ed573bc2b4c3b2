"""Synthetic German and English text of realistic length for ``load_scale``.

Deterministic: the same page number gives the same text, so a top-up run and a test
see the same pages. The sentences are plain (no invented facts about real people or
places): the towns are "Beispielstadt 42" / "Sample Town 42".
"""

import random
from dataclasses import dataclass

# (German, English) pairs.
SUBJECTS = [
    ("Klimaschutz", "climate action"),
    ("Jugendaustausch", "youth exchange"),
    ("Wasserversorgung", "water supply"),
    ("Kultur und Begegnung", "culture and encounter"),
    ("berufliche Bildung", "vocational training"),
    ("kommunale Verwaltung", "municipal administration"),
    ("Gesundheit", "health"),
    ("Abfallwirtschaft", "waste management"),
    ("Stadtentwicklung", "urban development"),
    ("Sport und Schule", "sport and schools"),
    ("erneuerbare Energie", "renewable energy"),
    ("Mobilität", "mobility"),
]

SENTENCES = [
    (
        "Die Partnerschaft zwischen Dortmund und {place} verbindet Menschen, Vereine und "
        "Verwaltungen seit vielen Jahren.",
        "The partnership between Dortmund and {place} has connected people, associations "
        "and administrations for many years.",
    ),
    (
        "Im Mittelpunkt der gemeinsamen Arbeit steht das Thema {subject}.",
        "The joint work centres on {subject}.",
    ),
    (
        "Fachleute aus beiden Städten tauschen regelmäßig Erfahrungen aus und besuchen einander.",
        "Experts from both cities regularly share their experience and visit each other.",
    ),
    (
        "Schulen, Hochschulen und Initiativen aus Dortmund beteiligen sich an den Projekten.",
        "Schools, universities and initiatives from Dortmund take part in the projects.",
    ),
    (
        "Das Büro für Internationale Beziehungen koordiniert die Zusammenarbeit und berät "
        "alle, die mitmachen möchten.",
        "The Office for International Relations coordinates the cooperation and advises "
        "everyone who would like to take part.",
    ),
    (
        "Die Ergebnisse werden jedes Jahr im Ausschuss für internationale Angelegenheiten "
        "vorgestellt.",
        "The results are presented every year to the committee for international affairs.",
    ),
    (
        "Gefördert wird die Arbeit aus Mitteln der Stadt Dortmund und aus Programmen von "
        "Bund und Europäischer Union.",
        "The work is funded by the City of Dortmund and by programmes of the federal "
        "government and the European Union.",
    ),
    (
        "Bürgerinnen und Bürger können sich in den Partnerschaftsvereinen engagieren.",
        "Residents can get involved in the twinning associations.",
    ),
    (
        "Zum Thema {subject} entstanden Leitfäden, Workshops und eine gemeinsame "
        "Veranstaltungsreihe.",
        "Guides, workshops and a joint series of events on {subject} came out of it.",
    ),
    (
        "Die Nachhaltigkeitsziele der Vereinten Nationen geben der Partnerschaft eine "
        "gemeinsame Richtung.",
        "The United Nations' sustainable development goals give the partnership a common "
        "direction.",
    ),
    (
        "Delegationen aus {place} besuchten Dortmund zuletzt im Frühjahr.",
        "Delegations from {place} last visited Dortmund in the spring.",
    ),
    (
        "Wer Fragen hat, erreicht das Team über die Kontaktseite.",
        "Anyone with questions can reach the team through the contact page.",
    ),
]

HEADINGS = [
    ("Worum es geht", "What it is about"),
    ("Was bisher geschah", "What has happened so far"),
    ("Wie Sie mitmachen können", "How you can take part"),
    ("Ausblick", "Outlook"),
]

# Leichte Sprache: short sentences, one statement each, German only.
EASY_SENTENCES = [
    "Dortmund hat Partner-Städte.",
    "Die Städte arbeiten zusammen.",
    "Menschen aus den Städten besuchen sich.",
    "Kinder und Jugendliche lernen sich kennen.",
    "Das Büro für Internationale Beziehungen hilft dabei.",
    "Sie haben eine Frage?",
    "Dann schreiben Sie uns.",
    "Oder Sie rufen uns an.",
]


@dataclass(frozen=True)
class Text:
    subject_de: str
    subject_en: str
    place_de: str
    place_en: str
    teaser_de: str
    teaser_en: str
    body_de: str
    body_en: str


def text_for(number: int, seed: str) -> Text:
    """A page's title material, teaser sentence and text (about 300 words) in both
    languages."""
    rng = random.Random(f"{seed}-{number}")
    subject_de, subject_en = rng.choice(SUBJECTS)
    place_de, place_en = f"Beispielstadt {number}", f"Sample Town {number}"
    paragraphs_de, paragraphs_en = [], []
    for heading_de, heading_en in HEADINGS:
        chosen = rng.sample(SENTENCES, 5)
        paragraphs_de.append(f"<h2>{heading_de}</h2>")
        paragraphs_en.append(f"<h2>{heading_en}</h2>")
        for part in (chosen[:3], chosen[3:]):
            paragraphs_de.append(
                "<p>"
                + " ".join(de.format(subject=subject_de, place=place_de) for de, _ in part)
                + "</p>"
            )
            paragraphs_en.append(
                "<p>"
                + " ".join(en.format(subject=subject_en, place=place_en) for _, en in part)
                + "</p>"
            )
    return Text(
        subject_de=subject_de,
        subject_en=subject_en,
        place_de=place_de,
        place_en=place_en,
        teaser_de=f"Wie Dortmund und {place_de} beim Thema {subject_de} zusammenarbeiten.",
        teaser_en=f"How Dortmund and {place_en} work together on {subject_en}.",
        body_de="".join(paragraphs_de),
        body_en="".join(paragraphs_en),
    )


def easy_body(number: int) -> str:
    rng = random.Random(f"easy-{number}")
    return "".join(f"<p>{sentence}</p>" for sentence in rng.sample(EASY_SENTENCES, 6))
