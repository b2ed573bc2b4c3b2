"""Demo news in German and English, from the seeds and the content brief: the Council of
Europe's Plaque of Honour (2021), the European project weeks in schools (2020), the
partnership with Zhytomyr (2025) and the IGA Metropole Ruhr 2027.

The seeds give the year of each event, not the day: each article carries a date in
that year (the IGA article, which reports no dated event, one in 2025), for the editors
to replace with the real one. Idempotent: existing articles are left alone (an editor's
changes stay), tags and teasers are added only to articles that have none.
"""

import datetime

from dortmund_intl.demo import ensure_image, ensure_page, ensure_teasers, external, page_at
from dortmund_intl.models import Page
from sdg.models import Goal, GoalTag

from .models import NewsArticle, NewsIndexPage

LISTING_DE = "/de/aktuelles/"
SAMPLE_CAPTION = {"caption_de": "Beispielgrafik", "caption_en": "Sample graphic"}

ARTICLES = [
    {
        "slug_de": "ehrenplakette-des-europarates",
        "slug_en": "council-of-europe-plaque-of-honour",
        "date": datetime.date(2021, 6, 1),
        "title_de": "Europarat würdigt Dortmund mit der Ehrenplakette",
        "title_en": "Council of Europe honours Dortmund with its Plaque of Honour",
        "teaser_de": "Für ihr europäisches Engagement in Städtepartnerschaften und Netzwerken "
        "erhält die Stadt Dortmund 2021 die Ehrenplakette des Europarates.",
        "teaser_en": "In 2021 the City of Dortmund receives the Council of Europe's Plaque of "
        "Honour for its European commitment in city partnerships and networks.",
        "body_de": """<p>Der Europarat hat Dortmund 2021 mit der Ehrenplakette ausgezeichnet. Er
würdigt damit das europäische Engagement der Stadt vor Ort, in Verbänden und Netzwerken sowie
in ihren Städte- und Projektpartnerschaften.</p>
<p>Die Ehrenplakette ist die dritte von vier Stufen auf dem Weg zum Europapreis des
Europarates: Europadiplom, Ehrenfahne, Ehrenplakette und Europapreis. Die Ehrenfahne hatte
Dortmund bereits 1979 erhalten, für die Städtepartnerschaften mit Leeds und Amiens.</p>
<h2>„Großstadt der Nachbarn sein“</h2>
<p>Oberbürgermeister Thomas Westphal begrüßte die Würdigung aus Straßburg:</p>
<blockquote><p>„Ein Ziel unseres internationalen Engagements ist es, den europäischen Gedanken
gemeinsam mit unseren Bürgerinnen und Bürgern zu fördern, das Bewusstsein für Europa zu stärken
und Europa zu einem Symbol für Solidarität werden zu lassen. Deswegen freue ich mich sehr über
die Auszeichnung des Europarates, die uns natürlich weiter motiviert. Wir wollen Großstadt der
Nachbarn sein – nach außen und innen.“</p></blockquote>
<p>Die Auszeichnung zeigt, wie sehr das internationale Engagement der Stadt gewachsen ist: in
der Zahl der Kontakte und Partnerschaften ebenso wie in thematischen Kooperationen, etwa beim
Klimaschutz und bei der Anpassung an den Klimawandel.</p>""",
        "body_en": """<p>In 2021 the Council of Europe awarded Dortmund its Plaque of Honour. It
recognises the city's European commitment at home, in associations and networks, and in its
city and project partnerships.</p>
<p>The Plaque of Honour is the third of the four stages on the way to the Council of Europe's
Europe Prize: the European Diploma, the Flag of Honour, the Plaque of Honour and the Europe
Prize. Dortmund received the Flag of Honour as early as 1979, for its city partnerships with
Leeds and Amiens.</p>
<h2>“A big city of neighbours”</h2>
<p>Lord Mayor Thomas Westphal welcomed the recognition from Strasbourg:</p>
<blockquote><p>“One aim of our international engagement is to promote the European idea together
with our citizens, to raise awareness of Europe and to make Europe a symbol of solidarity. That
is why I am very pleased about the Council of Europe's award, which of course motivates us
further. We want to be a big city of neighbours – outwards and inwards.”</p></blockquote>
<p>The award shows how much the city's international engagement has grown: in the number of
contacts and partnerships as well as in cooperation on themes such as climate protection and
adaptation to climate change.</p>""",
        "image": ("news-ehrenplakette", 5),
        "goals": [11, 17],
        "teasers": [
            "/de/europa/auszeichnungen/ehrenplakette/",
            "/de/europa/auszeichnungen/ehrenfahne/",
            "/de/europa/auszeichnungen/",
            "/de/europa/netzwerke/",
            "/de/staedtepartnerschaften/",
        ],
    },
    {
        "slug_de": "europa-projektwochen-klima-und-umwelt",
        "slug_en": "european-project-weeks-climate-and-environment",
        "date": datetime.date(2020, 10, 1),
        "title_de": "Europa-Projektwochen zur Klima- und Umweltpolitik der EU",
        "title_en": "European project weeks on the EU's climate and environmental policy",
        "teaser_de": "Vorträge, Diskussionen und Workshops für Schülerinnen und Schüler: Die "
        "Europa-Projektwochen 2020 widmen sich der Klima- und Umweltpolitik der EU.",
        "teaser_en": "Talks, discussions and workshops for school pupils: the 2020 European "
        "project weeks are about the EU's climate and environmental policy.",
        "body_de": """<p>Auch im Jahr der Coronavirus-Pandemie haben sich Dortmunderinnen und
Dortmunder vor Ort mit Europa beschäftigt. Dazu gehörten die Europa-Projektwochen 2020, diesmal
zur Klima- und Umweltpolitik der Europäischen Union.</p>
<p>Die Veranstaltungsreihe bietet Vorträge, Diskussionen und Workshops für Schülerinnen und
Schüler. Sie wird jedes Jahr vom Europe Direct Informationszentrum Dortmund in der
Auslandsgesellschaft.de e.V. gemeinsam mit der Stadt Dortmund organisiert.</p>
<p>Den Kontakt zu den Partnerstädten hielt die Stadt 2020 vor allem digital, etwa mit dem
Stadtfest Dortmund.Live und der Online-Ausstellung „50 Jahre Dortmund Leeds. Was uns
verbindet“.</p>""",
        "body_en": """<p>Even in the year of the coronavirus pandemic, people in Dortmund engaged
with Europe locally. Among the events were the European project weeks 2020, this time on the
European Union's climate and environmental policy.</p>
<p>The series offers talks, discussions and workshops for school pupils. It is organised every
year by the Europe Direct information centre Dortmund at the Auslandsgesellschaft.de e.V.
together with the City of Dortmund.</p>
<p>In 2020 the city kept in touch with its partner cities mostly online, for instance with the
city festival Dortmund.Live and the online exhibition “50 Jahre Dortmund Leeds. Was uns
verbindet” (50 years of Dortmund and Leeds: what connects us).</p>""",
        "image": None,
        "goals": [4, 13],
        "teasers": [
            "/de/europa/europa-projektwochen/",
            "/de/europa/europe-direct/",
            "/de/nachhaltigkeitsziele/ziel-13/",
            "/de/nachhaltigkeitsziele/ziel-4/",
        ],
    },
    {
        "slug_de": "staedtepartnerschaft-schytomyr",
        "slug_en": "city-partnership-zhytomyr",
        "date": datetime.date(2025, 6, 2),
        "title_de": "Schytomyr wird Dortmunds jüngste Partnerstadt",
        "title_en": "Zhytomyr becomes Dortmund's youngest partner city",
        "teaser_de": "Aus der Solidaritätspartnerschaft mit Schytomyr in der Ukraine ist 2025 "
        "eine Städtepartnerschaft geworden – Dortmunds elfte.",
        "teaser_en": "In 2025 the solidarity partnership with Zhytomyr in Ukraine became a city "
        "partnership – Dortmund's eleventh.",
        "body_de": """<p>Dortmund und Schytomyr im Norden der Ukraine sind seit 2025
Partnerstädte. Begonnen hatte die Verbindung als Solidaritätspartnerschaft; 2025 wurde daraus
eine Städtepartnerschaft.</p>
<p>Schytomyr ist damit die jüngste von elf Partnerstädten Dortmunds. Die älteste ist Amiens in
Frankreich, Partnerstadt seit 1960; dazu gehören Leeds, Buffalo, Netanya, Novi Sad, Zwickau,
Xi'an, Trabzon, Kumasi und Rostow am Don, wo der Kontakt ruht.</p>
<p>Informationen zum Krieg in der Ukraine und wichtige Links zum Thema hat die Stadt auf einer
eigenen Seite zusammengestellt.</p>""",
        "body_en": """<p>Dortmund and Zhytomyr in northern Ukraine have been partner cities since
2025. The link began as a solidarity partnership; in 2025 it became a city partnership.</p>
<p>Zhytomyr is thus the youngest of Dortmund's eleven partner cities. The oldest is Amiens in
France, a partner since 1960; the others are Leeds, Buffalo, Netanya, Novi Sad, Zwickau,
Xi'an, Trabzon, Kumasi and Rostov-on-Don, where contact is dormant.</p>
<p>The city has gathered information on the war in Ukraine and important links on a page of
its own.</p>""",
        "image": ("news-schytomyr", 6),
        "goals": [16, 17],
        "teasers": [
            "/de/staedtepartnerschaften/schytomyr/",
            "/de/ukraine/",
            "/de/staedtepartnerschaften/",
            "/de/nachhaltigkeitsziele/ziel-16/",
        ],
    },
    {
        "slug_de": "iga-metropole-ruhr-2027",
        "slug_en": "iga-metropole-ruhr-2027",
        "date": datetime.date(2025, 3, 3),
        "title_de": "Die Internationale Gartenausstellung kommt 2027 ins Ruhrgebiet",
        "title_en": "The International Garden Exhibition comes to the Ruhr in 2027",
        "teaser_de": "Dortmund macht mit bei der IGA Metropole Ruhr 2027, einem regionalen "
        "Dekadenprojekt für die nachhaltige Städte-Landschaft der Zukunft.",
        "teaser_en": "Dortmund takes part in the IGA Metropole Ruhr 2027, a regional project of "
        "a decade for the sustainable urban landscape of the future.",
        "body_de": """<p>2027 kommt die Internationale Gartenausstellung (IGA) ins Ruhrgebiet –
und Dortmund macht mit. Die IGA Metropole Ruhr 2027 ist ein regionales Dekadenprojekt und ein
Laborraum für die nachhaltige Städte-Landschaft der Zukunft, mit Ausstrahlung weit über die
Region hinaus.</p>
<p>Für ihren Beitrag hat die Stadt Dortmund zusammen mit der IGA Metropole Ruhr gGmbH einen
internationalen, interdisziplinären freiraumplanerischen Realisierungswettbewerb
ausgelobt.</p>
<p>Das Konzept der IGA Metropole Ruhr 2027 und Dortmunds Planungen stellt die Stadt auf ihrer
Themenseite zur IGA vor.</p>""",
        "body_en": """<p>In 2027 the International Garden Exhibition (IGA) comes to the Ruhr – and
Dortmund takes part. The IGA Metropole Ruhr 2027 is a regional project of a decade and a
laboratory for the sustainable urban landscape of the future, reaching far beyond the
region.</p>
<p>For its part, the City of Dortmund, together with IGA Metropole Ruhr gGmbH, has held an
international, interdisciplinary landscape-design competition for a project to be built.</p>
<p>The city presents the concept of the IGA Metropole Ruhr 2027 and Dortmund's plans on its
IGA topic page.</p>""",
        "image": ("news-iga-2027", 8),
        "goals": [11, 15],
        "teasers": [
            ("external", "iga-2027"),
            "/de/nachhaltigkeitsziele/ziel-11/",
            "/de/nachhaltigkeitsziele/ziel-15/",
        ],
    },
]


def _path(article: dict) -> str:
    return f"{LISTING_DE}{article['slug_de']}/"


def load() -> None:
    listing, _ = ensure_page(
        NewsIndexPage,
        LISTING_DE,
        parent=page_at("/de/"),
        title_de="Aktuelles",
        title_en="News",
        slug_de="aktuelles",
        slug_en="news",
        teaser_de="Neuigkeiten aus den internationalen Beziehungen der Stadt Dortmund.",
        teaser_en="News from the City of Dortmund's international relations.",
        body_de="<p>Was es Neues gibt aus Dortmunds Städte- und Projektpartnerschaften, zu "
        "Europa und zu den Zielen für nachhaltige Entwicklung – die neuesten Meldungen "
        "zuerst.</p>",
        body_en="<p>What is new in Dortmund's city and project partnerships, on Europe and on "
        "the Sustainable Development Goals – the latest news first.</p>",
        sort_order=90,
    )
    for article in ARTICLES:
        image = None
        if article["image"]:
            key, seed = article["image"]
            image = ensure_image(
                key,
                seed,
                "Abstrakte Grafik aus farbigen Kreisen",
                "Abstract graphic of coloured circles",
                **SAMPLE_CAPTION,
            )
        fields = {
            name: value
            for name, value in article.items()
            if name not in ("image", "goals", "teasers")
        }
        page, created = ensure_page(
            NewsArticle, _path(article), parent=listing, hero_image=image, **fields
        )
        if created:
            GoalTag.objects.bulk_create(
                GoalTag(page=page, goal=goal)
                for goal in Goal.objects.filter(number__in=article["goals"])
            )


def link() -> None:
    """The articles' "Mehr zum Thema", once every app's pages exist."""
    for article in ARTICLES:
        targets: list[Page | None] = [
            external(target[1]) if isinstance(target, tuple) else page_at(target)
            for target in article["teasers"]
        ]
        ensure_teasers(page_at(_path(article)), targets)
