"""Demo content: the start page in Leichte Sprache with four texts under it (partner
cities, the goals for sustainable development, Europe, contact) and the sign-language
page with a generated sample video.

Leichte Sprache is German only, so these pages have no English text. The texts follow
the rules the admin's hints check (tests/easy_access/test_demo.py keeps them so). The
video in demo_media/ was generated with ffmpeg: a coloured picture saying
"Beispielvideo / Sample", 9 seconds, 640 × 360, 25 frames per second, H.264, with
German WebVTT captions. It shows no signing: a real DGS video replaces it. Idempotent:
pages are found by their German address and left alone.
"""

from pathlib import Path

from django.core.files import File

from dortmund_intl.demo import page_at
from dortmund_intl.models import Image, Page

from .addresses import EASY_READ_PATH, SIGN_LANGUAGE_PATH
from .models import EasyReadPage, EasyReadStartPage, SignLanguagePage
from .video import check_video

MEDIA = Path(__file__).resolve().parent / "demo_media"
SAMPLE = "beispielvideo-gebaerdensprache"

WELCOME = """<p>Hier finden Sie Informationen in Leichter Sprache.</p>
<p>Die Informationen sind von der Stadt Dortmund.
Sie sind vom Büro für Internationale Beziehungen.</p>
<p>Das Büro kümmert sich um die Kontakte von Dortmund in die Welt.</p>"""

SITE_CONTENTS = """<p>Auf dieser Internet·seite steht:</p>
<ul>
<li>Welche Partner·städte Dortmund hat.</li>
<li>Wie Dortmund mit Städten in anderen Ländern zusammen·arbeitet.</li>
<li>Was Dortmund für eine gute Zukunft tut.
Die Vereinten Nationen haben dafür 17 Ziele gemacht.</li>
<li>Was Dortmund in Europa macht.</li>
<li>Wie Sie das Büro erreichen.</li>
</ul>"""

NAVIGATION = """<p>Oben auf jeder Seite ist das Menü.
Im Menü stehen die wichtigen Themen.
Klicken Sie auf ein Thema.
Dann kommen Sie zu der Seite für das Thema.</p>
<p>Oben links ist das Zeichen von der Stadt Dortmund.
Klicken Sie auf das Zeichen.
Dann kommen Sie zur Start·seite.</p>
<p>Oben rechts ist die Suche.
Schreiben Sie ein Wort in das Feld.
Dann klicken Sie auf: Suchen.</p>
<p>Neben der Suche können Sie die Sprache wählen.
Es gibt die Seite auf Deutsch und auf Englisch.</p>
<p>Oben steht auch: Leichte Sprache.
Damit kommen Sie immer zurück auf diese Seite.</p>"""

ACCESSIBILITY = """<p>Die Stadt Dortmund will:
Alle Menschen sollen diese Internet·seite gut benutzen können.
Auch Menschen mit Behinderung.
Das nennt man: barriere·frei.</p>
<p>Es gibt ein Gesetz dafür.
Das Gesetz heißt:
Barriere·freie Informations·technik-Verordnung.
Die Abkürzung ist: BITV 2.0.</p>
<p>Die Internet·seite ist zum großen Teil barriere·frei.
Manche Teile sind noch nicht barriere·frei.
Zum Beispiel manche Dokumente zum Herunter·laden.
Wir arbeiten daran.</p>
<p>Haben Sie eine Barriere gefunden?
Dann sagen Sie es uns bitte.
Auf der Seite zur Barriere·freiheit ist ein Formular.
Dort können Sie uns schreiben.</p>
<p>Sie sind nicht zufrieden mit unserer Antwort?
Dann können Sie sich beschweren.
Es gibt dafür eine Schlichtungs·stelle.
Die Schlichtungs·stelle hilft Ihnen kostenlos.</p>"""

PAGES = [
    {
        "slug_de": "partner-staedte",
        "title_de": "Die Partner·städte von Dortmund",
        "teaser_de": "Dortmund hat Freunde in vielen Ländern.",
        "body_de": """<p>Dortmund hat Partner·städte.
Eine Partner·stadt ist eine Stadt in einem anderen Land.
Die Menschen aus beiden Städten lernen sich kennen.
Sie besuchen sich.
Sie arbeiten zusammen.</p>
<h2>Diese Partner·städte hat Dortmund</h2>
<ul>
<li>Amiens in Frankreich. Seit dem Jahr 1960.</li>
<li>Leeds in Groß·britannien. Seit dem Jahr 1969.</li>
<li>Rostow am Don in Russland. Seit dem Jahr 1977.
Im Moment ruht der Kontakt.</li>
<li>Buffalo in den USA. Seit dem Jahr 1978.</li>
<li>Netanya in Israel. Seit dem Jahr 1981.</li>
<li>Novi Sad in Serbien. Seit dem Jahr 1982.</li>
<li>Zwickau in Deutschland. Seit dem Jahr 1988.</li>
<li>Xi'an in China. Seit dem Jahr 1992.</li>
<li>Trabzon in der Türkei. Seit dem Jahr 2014.</li>
<li>Kumasi in Ghana. Seit dem Jahr 2024.</li>
<li>Schytomyr in der Ukraine. Seit dem Jahr 2025.</li>
</ul>
<h2>Projekt·partnerschaften</h2>
<p>Dortmund hilft auch anderen Städten bei wichtigen Aufgaben.
Zum Beispiel Dura in Palästina.
Dort geht es um den Müll.
Oder Bondo in Kenia.
Dort geht es um sauberes Wasser.</p>""",
    },
    {
        "slug_de": "ziele-fuer-die-zukunft",
        "title_de": "17 Ziele für eine gute Zukunft",
        "teaser_de": "Dortmund macht mit bei den Zielen der Vereinten Nationen.",
        "body_de": """<p>Die Vereinten Nationen sind fast alle Länder der Welt.
Die Abkürzung ist: UN.</p>
<p>Die UN haben 17 Ziele aufgeschrieben.
Die Ziele sollen bis zum Jahr 2030 erreicht sein.
Es geht um eine gute Zukunft für alle Menschen.</p>
<h2>Einige Ziele</h2>
<ul>
<li>Kein Mensch soll arm sein.</li>
<li>Kein Mensch soll Hunger haben.</li>
<li>Alle Menschen sollen sauberes Wasser haben.</li>
<li>Alle Kinder sollen gut lernen können.</li>
<li>Wir schützen das Klima.</li>
</ul>
<h2>Was macht Dortmund?</h2>
<p>Dortmund macht bei den Zielen mit.
Zum Beispiel mit der Partner·stadt Kumasi in Ghana.
Oder mit Bondo in Kenia.
Dort sammeln die Menschen jetzt Regen·wasser.
Dortmund hilft dabei.</p>""",
    },
    {
        "slug_de": "europa",
        "title_de": "Dortmund und Europa",
        "teaser_de": "Dortmund arbeitet mit vielen Städten in Europa zusammen.",
        "body_de": """<p>Dortmund liegt in Europa.
In Europa gibt es viele Länder.
27 Länder sind in der Europäischen Union.
Die Abkürzung ist: EU.</p>
<h2>Dortmund hat Preise bekommen</h2>
<p>Der Europarat hat Dortmund 2 Preise gegeben.
Im Jahr 1979 hat Dortmund die Ehren·fahne bekommen.
Im Jahr 2021 hat Dortmund die Ehren·plakette bekommen.
Die Preise sind für die gute Arbeit mit den Partner·städten.</p>
<h2>Geld von der EU</h2>
<p>Die EU gibt Geld für Projekte in Dortmund.
Zum Beispiel für den Schutz vom Klima.</p>
<h2>Informationen über Europa</h2>
<p>In Dortmund gibt es das Europe Direct Informations·zentrum.
Dort bekommen Sie Informationen über Europa.
Jedes Jahr gibt es die Europa-Projekt·wochen.</p>""",
    },
    {
        "slug_de": "kontakt",
        "title_de": "So erreichen Sie uns",
        "teaser_de": "Hier steht die Adresse vom Büro für Internationale Beziehungen.",
        "body_de": """<p>Sie haben eine Frage?
Dann schreiben Sie uns.</p>
<p>Das ist unsere Adresse:</p>
<p>Stadt Dortmund<br>
Büro für Internationale Beziehungen<br>
Betenstraße 19<br>
44135 Dortmund</p>
<p>Das Büro ist in der Innen·stadt von Dortmund.
Es ist nah am Rathaus.</p>
<p>Auf der Seite Kontakt finden Sie die Menschen im Büro.
Die Seite ist nicht in Leichter Sprache.</p>""",
    },
]

SIGN_LANGUAGE_BODY = """<p>Hier erklären wir die Internet·seite „Dortmund international“ in
Deutscher Gebärdensprache.</p>"""

TRANSCRIPT = """<p>Dies ist ein Beispielvideo.</p>
<p>Hier steht bald ein Video in Deutscher Gebärdensprache.</p>
<p>Es erklärt die Internet-Seite „Dortmund international“.</p>"""


def load() -> None:
    start = page_at("/de/")
    if start is None:
        return
    easy_read = page_at(EASY_READ_PATH)
    if easy_read is None:
        easy_read = EasyReadStartPage(
            parent=start,
            slug_de="leichte-sprache",
            title_de="Leichte Sprache",
            teaser_de="Informationen über diese Internet·seite in Leichter Sprache.",
            body_de=WELCOME,
            site_contents=SITE_CONTENTS,
            navigation_hints=NAVIGATION,
            accessibility_summary=ACCESSIBILITY,
            status=Page.Status.PUBLISHED,
            sort_order=90,
        )
        easy_read.save()
    for position, fields in enumerate(PAGES):
        if page_at(f"{EASY_READ_PATH}{fields['slug_de']}/") is None:
            EasyReadPage(
                parent=easy_read, status=Page.Status.PUBLISHED, sort_order=position, **fields
            ).save()
    if page_at(SIGN_LANGUAGE_PATH) is None:
        _sign_language_page(start).save()


def _sign_language_page(start: Page) -> SignLanguagePage:
    poster = Image(
        alt_de="Standbild aus dem Beispielvideo: Schrift „Beispielvideo / Sample“",
        alt_en="Still from the sample video: the words “Beispielvideo / Sample”",
        caption_de="Beispielvideo",
        caption_en="Sample video",
    )
    with open(MEDIA / f"{SAMPLE}-poster.jpg", "rb") as source:
        poster.file.save(f"{SAMPLE}-poster.jpg", File(source), save=False)
    poster.save()
    page = SignLanguagePage(
        parent=start,
        slug_de="gebaerdensprache",
        title_de="Gebärdensprache",
        teaser_de="Informationen über diese Internetseite in Deutscher Gebärdensprache (DGS).",
        body_de=SIGN_LANGUAGE_BODY,
        transcript=TRANSCRIPT,
        poster=poster,
        status=Page.Status.PUBLISHED,
        sort_order=91,
    )
    with open(MEDIA / f"{SAMPLE}.mp4", "rb") as source:
        video = File(source, name=f"{SAMPLE}.mp4")
        page.record_video(check_video(video), video.size)
        page.video.save(f"{SAMPLE}.mp4", video, save=False)
    with open(MEDIA / f"{SAMPLE}.vtt", "rb") as source:
        page.captions.save(f"{SAMPLE}.vtt", File(source), save=False)
    return page
