"""Demo content of the SDG app, in German and English, from CONTENT.md and the seeds.

The overview and the 17 goals come from the data migration. ``load()`` hangs the
overview under the start page and gives it and each goal a text on what Dortmund does,
then publishes them. ``link()`` runs once every app has loaded: it tags the
partnerships and topic pages with the goals they serve and adds "Mehr zum Thema"
teasers to the goal pages. Both are idempotent: a page that already has a text, tags
or teasers is left alone.
"""

from django.db.models import Q

from dortmund_intl.demo import ensure_teasers, external, page_at
from dortmund_intl.models import Page

from . import services
from .models import Goal, GoalIndexPage, GoalTag

OVERVIEW_BODY_DE = """<p>2015 haben die Vereinten Nationen die Agenda 2030 mit 17 Zielen für
nachhaltige Entwicklung beschlossen. Sie gelten für alle Länder – und für Städte wie
Dortmund, in denen sich vieles davon im Alltag entscheidet.</p>
<p>Das Büro für Internationale Beziehungen orientiert sich an diesen Zielen und an der New
Urban Agenda der Vereinten Nationen. Zu jedem Ziel lesen Sie hier, was Dortmund dafür tut,
und finden die Partnerschaften und Projekte, die dazu beitragen.</p>"""

OVERVIEW_BODY_EN = """<p>In 2015 the United Nations adopted the 2030 Agenda with 17 goals for
sustainable development. They apply to every country – and to cities like Dortmund, where
much of what they ask for is decided in everyday life.</p>
<p>The Office for International Relations is guided by these goals and by the United
Nations' New Urban Agenda. For each goal you can read here what Dortmund does for it, and
find the partnerships and projects that contribute.</p>"""

# What Dortmund does for each goal: number -> (German, English).
GOAL_TEXTS = {
    1: (
        """<p>Armut hat viele Ursachen, ungerechte Handelsbeziehungen gehören dazu. Dortmund
setzt sich deshalb für den Fairen Handel ein: Faire Preise und soziale Standards sollen
Produzentinnen und Produzenten in Entwicklungsländern ein verlässliches Einkommen sichern.
Das Dortmunder Aktionsbündnis wirbt für faire Produkte und bringt sie in die Supermärkte.</p>
<p>In den internationalen Projektpartnerschaften arbeitet die Stadt mit ihren
Partnerkommunen daran, die Lebenssituation vor Ort zu verbessern – in Dura (Palästina) zum
Beispiel bei Abfallentsorgung, Sozialarbeit und IT-Ausstattung.</p>""",
        """<p>Poverty has many causes, and unfair trade is one of them. That is why Dortmund
supports fair trade: fair prices and social standards are meant to give producers in
developing countries a reliable income. Dortmund's fair trade alliance promotes fair products
and brings them onto supermarket shelves.</p>
<p>In its international project partnerships the city works with partner municipalities to
improve living conditions on the ground – in Dura, Palestine, for example, with waste
disposal, social work and IT equipment.</p>""",
    ),
    2: (
        """<p>Wer von seiner Ernte leben kann, kann sich und seine Familie ernähren. Der Faire
Handel sorgt für verlässliche Preise für Bäuerinnen und Bauern; Dortmund fördert ihn, unter
anderem mit seiner Teilnahme am Wettbewerb „Hauptstadt des Fairen Handels“.</p>
<p>Das Dortmunder Aktionsbündnis für Fairen Handel macht mit Bildungsangeboten bewusst,
woher Lebensmittel kommen und unter welchen Bedingungen sie erzeugt werden.</p>""",
        """<p>People who can live from their harvest can feed themselves and their families.
Fair trade gives farmers reliable prices; Dortmund promotes it, among other things by taking
part in the German “Capital of Fair Trade” competition.</p>
<p>With its educational work, Dortmund's fair trade alliance raises awareness of where food
comes from and under which conditions it is produced.</p>""",
    ),
    3: (
        """<p>Gesundheit beginnt bei sauberem Wasser und Hygiene. Im Projekt „Jeder Tropfen
zählt“ des Weltladens Aplerbeck in Bondo (Kenia), das die Stadt Dortmund beratend und
koordinierend unterstützt, sind unter anderem Handwaschstationen und zwei Schultoiletten
entstanden.</p>
<p>In der Projektpartnerschaft mit Dura (Palästina) soll ein Hospitationsaustausch mit dem
Klinikum Dortmund die medizinische Versorgung vor Ort verbessern.</p>""",
        """<p>Health begins with clean water and hygiene. In Bondo, Kenya, the “Every Drop
Counts” project of the Weltladen Aplerbeck – advised and coordinated by the City of
Dortmund – has built hand-washing stations and two school toilets, among other things.</p>
<p>In the project partnership with Dura, Palestine, an exchange of medical staff with
Klinikum Dortmund is to improve health care on the spot.</p>""",
    ),
    4: (
        """<p>Europa versteht man am besten im Gespräch: Jedes Jahr organisiert das Europe
Direct Informationszentrum Dortmund in der Auslandsgesellschaft.de e.V. gemeinsam mit der
Stadt die Europa-Projektwochen – mit Vorträgen, Diskussionen und Workshops für Schülerinnen
und Schüler.</p>
<p>Die Stadt- und Landesbibliothek hält internationale und mehrsprachige Angebote bereit.
Das Dortmunder Aktionsbündnis für Fairen Handel setzt auf Bildung und Sensibilisierung. Und
in Bondo (Kenia) tragen neue Schultoiletten dazu bei, dass Kinder gesund lernen
können.</p>""",
        """<p>Europe is best understood through conversation: every year the Europe Direct
information centre Dortmund at Auslandsgesellschaft.de e.V. and the city organise the
Europe project weeks, with talks, discussions and workshops for school students.</p>
<p>The city and regional library (Stadt- und Landesbibliothek) offers international and
multilingual services. Dortmund's fair trade alliance relies on education and awareness. And
in Bondo, Kenya, new school toilets help children to learn in good health.</p>""",
    ),
    5: (
        """<p>Gleiche Rechte und Chancen für Frauen und Männer, Mädchen und Jungen sind eine
Voraussetzung für alle anderen Ziele. Die Stadt Dortmund richtet ihre internationale Arbeit
an den 17 Nachhaltigkeitszielen aus – Ziel 5 gehört ausdrücklich dazu.</p>
<p>Ein Beispiel aus den Projektpartnerschaften: Saubere Schultoiletten, wie sie im Projekt
„Jeder Tropfen zählt“ in Bondo (Kenia) entstanden sind, erleichtern gerade Mädchen den
regelmäßigen Schulbesuch.</p>""",
        """<p>Equal rights and opportunities for women and men, girls and boys are a
precondition for all the other goals. The City of Dortmund bases its international work on
the 17 Sustainable Development Goals, and goal 5 is expressly one of them.</p>
<p>An example from the project partnerships: clean school toilets like those built in the
“Every Drop Counts” project in Bondo, Kenya, make it easier for girls in particular to go to
school regularly.</p>""",
    ),
    6: (
        """<p>„Jeder Tropfen zählt“: Unter diesem Namen setzt sich der Weltladen Aplerbeck seit
2008 für die Wasserversorgung in Bondo (Kenia) ein. Die Stadt Dortmund unterstützt das
Projekt beratend und koordinierend.</p>
<p>Entstanden sind Regenwassertanks, zwei Schultoiletten und Handwaschstationen – sauberes
Wasser und Sanitärversorgung dort, wo sie im Alltag gebraucht werden.</p>""",
        """<p>“Every Drop Counts” (“Jeder Tropfen zählt”): under this name the Weltladen
Aplerbeck, a fair trade shop in Dortmund, has worked for the water supply of Bondo, Kenya,
since 2008. The City of Dortmund advises and coordinates the project.</p>
<p>Rainwater tanks, two school toilets and hand-washing stations have been built – clean
water and sanitation where they are needed every day.</p>""",
    ),
    7: (
        """<p>Dortmund gehört zu den Städten der EU-Mission „100 klimaneutrale und intelligente
Städte“ und hat dafür einen Klimastadtvertrag erarbeitet. Eine klimaneutrale Stadt braucht
Energie, die bezahlbar bleibt und aus sauberen Quellen kommt – in Gebäuden, im Verkehr und
in der Wirtschaft.</p>
<p>Im europäischen Austausch, etwa im Rat der Gemeinden und Regionen Europas, teilt
Dortmund seine Erfahrungen und lernt von anderen Städten.</p>""",
        """<p>Dortmund is one of the cities of the EU mission “100 climate-neutral and smart
cities” and has drawn up a Climate City Contract for it. A climate-neutral city needs energy
that stays affordable and comes from clean sources – in buildings, in transport and in
business.</p>
<p>In European exchange, for example in the Council of European Municipalities and Regions,
Dortmund shares its experience and learns from other cities.</p>""",
    ),
    8: (
        """<p>Dortmund hat den Wandel von Kohle und Stahl zu einem Standort für Technologie,
Wissenschaft und Dienstleistungen gestaltet und gilt in Europa als Vorbild für gelungenen
Strukturwandel. Global tätige Dortmunder Unternehmen behaupten sich auf dem Weltmarkt;
Start-ups, etablierte Unternehmen, Wissenschaft und Politik bilden ein gut funktionierendes
Ökosystem.</p>
<p>Menschenwürdige Arbeit endet nicht an der Stadtgrenze: Mit dem Einsatz für den Fairen
Handel unterstützt Dortmund faire Preise und soziale Standards in den Lieferketten.</p>""",
        """<p>Dortmund has shaped the change from coal and steel to a place of technology,
science and services, and is seen in Europe as a model of successful structural change.
Globally active Dortmund companies hold their own on the world market; start-ups,
established companies, science and politics form a well-functioning ecosystem.</p>
<p>Decent work does not end at the city limits: by supporting fair trade, Dortmund stands
up for fair prices and social standards in supply chains.</p>""",
    ),
    9: (
        """<p>Das Zusammenspiel von Start-ups, etablierten Unternehmen, Wissenschaft und Politik
bringt Studierende aus der ganzen Welt und international anerkannte Forschungseinrichtungen
nach Dortmund. EU-Fördermittel stärken Projekte in Kultur, Forschung und Bildung.</p>
<p>Im Netzwerk Connective Cities tauschen Städte ihre Erfahrungen in der nachhaltigen
Stadtentwicklung aus. In der Projektpartnerschaft mit Dura (Palästina) hat Dortmund unter
anderem bei der IT-Ausstattung unterstützt.</p>""",
        """<p>The interplay of start-ups, established companies, science and politics brings
students from all over the world and internationally renowned research institutes to
Dortmund. EU funding strengthens projects in culture, research and education.</p>
<p>In the Connective Cities network, cities exchange their experience of sustainable urban
development. In the project partnership with Dura, Palestine, Dortmund has helped with IT
equipment, among other things.</p>""",
    ),
    10: (
        """<p>Dortmund ist eine Stadt vieler Herkünfte. Der Masterplan Migration/Integration und
das Leitbild Integration beschreiben, wie alle Dortmunderinnen und Dortmunder gleichberechtigt
am Leben der Stadt teilhaben können. Der Integrationsrat vertritt die Anliegen der Menschen
mit Einwanderungsgeschichte gegenüber Rat und Verwaltung.</p>
<p>Geflüchtete aus der Ukraine sind in Dortmund willkommen. Und mit dem Fairen Handel setzt
sich die Stadt für gerechtere Handelsbeziehungen mit Ländern des Südens ein.</p>""",
        """<p>Dortmund is a city of many origins. The master plan Migration/Integration and the
city's integration guidelines describe how all people in Dortmund can take part in the
city's life on equal terms. The Integration Council represents the concerns of people with
a history of immigration to the City Council and the administration.</p>
<p>Refugees from Ukraine are welcome in Dortmund. And through fair trade the city works for
fairer trade relations with the countries of the South.</p>""",
    ),
    11: (
        """<p>Die Internationale Gartenausstellung kommt 2027 ins Ruhrgebiet, und Dortmund macht
mit: Die IGA Metropole Ruhr 2027 ist ein regionales Dekadenprojekt und ein Laborraum für die
nachhaltige Städte-Landschaft der Zukunft. Für den Dortmunder Zukunftsgarten hat die Stadt
gemeinsam mit der IGA Metropole Ruhr gGmbH einen internationalen, interdisziplinären
freiraumplanerischen Wettbewerb ausgelobt.</p>
<p>International orientiert sich das Büro für Internationale Beziehungen an der New Urban
Agenda der Vereinten Nationen. In den Projektpartnerschaften mit Dura und Dabola geht es um
eine Aufgabe jeder Stadt: Abfälle vermeiden und sicher entsorgen – in Dura gemeinsam mit der
EDG, der Entsorgung Dortmund GmbH.</p>""",
        """<p>The International Garden Exhibition comes to the Ruhr area in 2027, and Dortmund
takes part: IGA Metropole Ruhr 2027 is a regional project of a decade and a laboratory for
the sustainable urban landscape of the future. For the Dortmund “Zukunftsgarten” (garden of
the future) the city and IGA Metropole Ruhr gGmbH held an international, interdisciplinary
landscape planning competition.</p>
<p>Internationally, the Office for International Relations is guided by the United Nations'
New Urban Agenda. The project partnerships with Dura and Dabola deal with a task every city
has: avoiding waste and disposing of it safely – in Dura together with EDG, Dortmund's
municipal waste company.</p>""",
    ),
    12: (
        """<p>Fair einkaufen kann jede und jeder. Dortmund beteiligt sich am Wettbewerb
„Hauptstadt des Fairen Handels“; das Dortmunder Aktionsbündnis setzt sich für Fair Trade,
Sensibilisierung und Bildung ein und dafür, dass faire Produkte ihren Weg in die Supermärkte
finden. Das Netzwerk „Faire Kulturhauptstadt Ruhr2010“ fördert den Fairen Handel in den
Städten des Ruhrgebiets.</p>
<p>Weniger Abfall und eine geordnete Entsorgung sind Themen der Projektpartnerschaften mit
Dabola (Guinea) und Dura (Palästina).</p>""",
        """<p>Everyone can shop fairly. Dortmund takes part in the German “Capital of Fair
Trade” competition; Dortmund's action alliance works for fair trade, awareness and education,
and for fair products finding their way onto supermarket shelves. The network “Faire
Kulturhauptstadt Ruhr2010” promotes fair trade in the cities of the Ruhr area.</p>
<p>Less waste and orderly disposal are the subjects of the project partnerships with Dabola,
Guinea, and Dura, Palestine.</p>""",
    ),
    13: (
        """<p>Mit dem Klimastadtvertrag der EU-Mission „100 klimaneutrale und intelligente
Städte“ hat sich Dortmund auf den Weg zur Klimaneutralität gemacht. Auch international
arbeitet die Stadt mit anderen Städten in Klimaschutz und Klimaanpassung zusammen.</p>
<p>Die Europa-Projektwochen, die das Europe Direct Informationszentrum Dortmund jedes Jahr
mit der Stadt organisiert, widmeten sich 2020 der Klima- und Umweltpolitik der EU.</p>""",
        """<p>With the Climate City Contract of the EU mission “100 climate-neutral and smart
cities”, Dortmund has set out on the path to climate neutrality. Internationally, too, the
city works with other cities on climate protection and adaptation.</p>
<p>The Europe project weeks, which the Europe Direct information centre Dortmund organises
with the city every year, were devoted to the EU's climate and environment policy in
2020.</p>""",
    ),
    14: (
        """<p>Dortmund liegt fern vom Meer und trägt trotzdem Verantwortung für Flüsse und
Meere: Was an Land nicht gesammelt und sicher entsorgt wird, landet oft im Wasser. Deshalb
sind Abfallentsorgung und -vermeidung Schwerpunkte der Projektpartnerschaften mit Dabola
(Guinea) und Dura (Palästina).</p>
<p>Auch bewusster Konsum hilft: Wer weniger wegwirft, entlastet die Gewässer überall auf
der Welt.</p>""",
        """<p>Dortmund lies far from the sea and still bears responsibility for rivers and
oceans: what is not collected and safely disposed of on land often ends up in the water.
That is why waste disposal and avoidance are the focus of the project partnerships with
Dabola, Guinea, and Dura, Palestine.</p>
<p>Conscious consumption helps too: throwing away less relieves waters all over the
world.</p>""",
    ),
    15: (
        """<p>Mit der Internationalen Gartenausstellung IGA Metropole Ruhr 2027 entstehen im
Ruhrgebiet neue Grün- und Freiräume. Dortmund macht mit: Für den Dortmunder Zukunftsgarten
hat die Stadt gemeinsam mit der IGA Metropole Ruhr gGmbH einen internationalen
Planungswettbewerb ausgelobt.</p>
<p>Die IGA versteht sich als Laborraum für die nachhaltige Städte-Landschaft der Zukunft –
mit Platz für Natur in der Stadt und für Menschen, die draußen Erholung suchen.</p>""",
        """<p>With the International Garden Exhibition IGA Metropole Ruhr 2027, new green and
open spaces are being created in the Ruhr area. Dortmund takes part: for the Dortmund
“Zukunftsgarten” (garden of the future) the city and IGA Metropole Ruhr gGmbH held an
international planning competition.</p>
<p>The IGA sees itself as a laboratory for the sustainable urban landscape of the future –
with room for nature in the city and for people looking for recreation outdoors.</p>""",
    ),
    16: (
        """<p>Städte können Brücken bauen, wo Staaten an Grenzen stoßen. Für die
Städtepartnerschaften mit Leeds und Amiens erhielt Dortmund 1979 die Ehrenfahne des
Europarates, 2021 für sein europäisches Engagement die Ehrenplakette. In ihrem Beitrag
„Starke Städte sorgen für außenpolitische Stabilität“ (2025) plädieren Martin van der Pütten
und Ayan Huseynova vom Team Internationale Beziehungen dafür, Städte stärker in die
Außenpolitik einzubinden.</p>
<p>Seit dem russischen Angriffskrieg steht Dortmund an der Seite der Ukraine; 2025 wurde mit
Schytomyr eine Solidaritätspartnerschaft begründet. Die Projektpartnerschaft mit Dura soll
die Beziehungen zwischen deutschen und palästinensischen Kommunen stärken.</p>""",
        """<p>Cities can build bridges where states reach their limits. Dortmund received the
Council of Europe's Flag of Honour in 1979 for its partnerships with Leeds and Amiens, and
its Plaque of Honour in 2021 for its European commitment. In their article “Strong Cities
Ensure Stability in Foreign Policy” (2025), Martin van der Pütten and Ayan Huseynova of the
international relations team argue for involving cities more in foreign policy.</p>
<p>Since Russia's war of aggression began, Dortmund has stood by Ukraine; in 2025 a
solidarity partnership with Zhytomyr was founded. The project partnership with Dura aims to
strengthen relations between German and Palestinian municipalities.</p>""",
    ),
    17: (
        """<p>Partnerschaften sind der Kern der internationalen Arbeit Dortmunds. Elf
Städtepartnerschaften verbinden die Stadt mit Europa und der Welt – von Amiens (seit 1960)
bis Schytomyr (seit 2025). Dazu kommen Projektpartnerschaften mit Dura (Palästina), Bondo
(Kenia), Dabola (Guinea) und Cluj-Napoca (Rumänien); aus der Projektpartnerschaft mit
Kumasi (Ghana) ist 2024 eine Städtepartnerschaft geworden.</p>
<p>In Netzwerken wie dem Rat der Gemeinden und Regionen Europas, Connective Cities und den
Netzwerken der Vereinten Nationen tauscht Dortmund Wissen aus. Vereine, Unternehmen,
Hochschulen und die Zivilgesellschaft tragen viele dieser Partnerschaften mit – wie der
Weltladen Aplerbeck das Projekt in Bondo.</p>""",
        """<p>Partnerships are at the heart of Dortmund's international work. Eleven city
partnerships link the city with Europe and the world – from Amiens (since 1960) to Zhytomyr
(since 2025). There are also project partnerships with Dura (Palestine), Bondo (Kenya),
Dabola (Guinea) and Cluj-Napoca (Romania); in 2024 the project partnership with Kumasi
(Ghana) became a city partnership.</p>
<p>In networks such as the Council of European Municipalities and Regions, Connective Cities
and the networks of the United Nations, Dortmund exchanges knowledge. Associations,
companies, universities and civil society carry many of these partnerships – as the
Weltladen Aplerbeck carries the project in Bondo.</p>""",
    ),
}

CITY_INDEX = "/de/staedtepartnerschaften/"
PROJECT_INDEX = "/de/dortmund-international/projektpartnerschaften/"

# German address of a page -> the goals it serves.
TAGS = {
    f"{PROJECT_INDEX}bondo/": [3, 4, 5, 6, 17],
    f"{PROJECT_INDEX}dura/": [1, 3, 9, 11, 12, 14, 16, 17],
    f"{PROJECT_INDEX}dabola/": [11, 12, 14, 17],
    f"{PROJECT_INDEX}cluj-napoca/": [17],
    f"{CITY_INDEX}kumasi/": [17],
    f"{CITY_INDEX}schytomyr/": [16, 17],
    f"{CITY_INDEX}leeds/": [16, 17],
    f"{CITY_INDEX}amiens/": [16, 17],
    "/de/ukraine/": [10, 16],
    "/de/dortmund-international/": [17],
    "/de/dortmund-international/staedte-diplomatie/": [16, 17],
    "/de/europa/": [16, 17],
    "/de/europa/netzwerke/": [7, 9, 17],
}


def load() -> None:
    services.ensure_goals()
    overview = GoalIndexPage.objects.get()
    start = page_at("/de/")
    if overview.parent_id is None and start is not None:
        # The migration left the overview detached when there was no start page yet;
        # its address is the same under the start page.
        overview.parent = start
        overview.save()
    if not overview.body_de:
        overview.body_de, overview.body_en = OVERVIEW_BODY_DE, OVERVIEW_BODY_EN
        overview.status = Page.Status.PUBLISHED
        overview.show_in_menus = True
        overview.save()
    for goal in Goal.objects.filter(Q(body_de="") | Q(body_de__isnull=True)):
        goal.body_de, goal.body_en = GOAL_TEXTS[goal.number]
        goal.status = Page.Status.PUBLISHED
        goal.save()


def link() -> None:
    """Tags the other apps' pages with goals and fills the goals' "Mehr zum Thema"."""
    goals = {goal.number: goal for goal in Goal.objects.all()}
    tagged = set(GoalTag.objects.values_list("page_id", flat=True))
    GoalTag.objects.bulk_create(
        GoalTag(page=page, goal=goals[number])
        for page in (page_at(path) for path in TAGS)
        if page is not None and page.pk not in tagged
        for number in TAGS[page.url_path_de]
    )

    def goal(number):
        return goals[number]

    fair_trade = external("hauptstadt-des-fairen-handels")
    iga = external("iga-2027")
    # Teasers lead on to what the goal's page does not list already (its tagged pages).
    teasers = {
        GoalIndexPage.objects.get(): [
            page_at("/de/dortmund-international/"),
            page_at(PROJECT_INDEX),
            page_at(CITY_INDEX),
            fair_trade,
            iga,
        ],
        goal(1): [fair_trade, page_at(PROJECT_INDEX), goal(10)],
        goal(2): [fair_trade, goal(12), goal(1)],
        goal(3): [goal(6), goal(2), page_at(PROJECT_INDEX)],
        goal(4): [page_at("/de/europa/"), external("kunst-transfer"), goal(5)],
        goal(5): [external("leitbild-integration"), goal(4), goal(10)],
        goal(6): [goal(3), goal(14), page_at(PROJECT_INDEX)],
        goal(7): [goal(13), goal(11), page_at("/de/europa/")],
        goal(8): [fair_trade, goal(9), goal(12)],
        goal(9): [page_at("/de/dortmund-international/"), goal(8), goal(11)],
        goal(10): [
            external("masterplan-migration-integration"),
            external("integrationsrat"),
            external("leitbild-integration"),
            goal(5),
        ],
        goal(11): [iga, goal(15), goal(12)],
        goal(12): [fair_trade, goal(14), goal(2)],
        goal(13): [goal(7), iga, page_at("/de/europa/")],
        goal(14): [goal(12), goal(6), goal(15)],
        goal(15): [iga, goal(11), goal(13)],
        goal(16): [external("integrationsrat"), goal(10), goal(17)],
        goal(17): [page_at(CITY_INDEX), page_at(PROJECT_INDEX), external("kunst-transfer")],
    }
    for page, targets in teasers.items():
        ensure_teasers(page, targets)
