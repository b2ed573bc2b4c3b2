"""Demo content of the Europe app, in German and English (seed 001 and CONTENT.md).

A "Europa" section under the start page with the awards (the Europe Prize ladder:
Flag of Honour 1979, Plaque of Honour 2021; and the iCapital award 2021), the European
networks, the EU-funded projects and the EU information pages. ``link()`` adds the
"Mehr zum Thema" teasers once every app's pages exist. Idempotent: pages are found
by their German address and left alone.
"""

from dortmund_intl.demo import ensure_image, ensure_page, ensure_teasers, external, page_at
from dortmund_intl.models import TopicPage

from .models import (
    Award,
    AwardIndexPage,
    EUInfoPage,
    EUProject,
    EuropePrizeStage,
    Network,
    NetworkIndexPage,
    ProjectIndexPage,
)

SAMPLE_CAPTION = {"caption_de": "Beispielgrafik", "caption_en": "Sample graphic"}

EUROPE_BODY_DE = """<p>Dortmund gestaltet europäische Politik mit: Die Stadt bringt ihre
Themen in europäische Netzwerke ein, nutzt Förderprogramme der Europäischen Union und
gilt in Europa als Beispiel für einen gelungenen Strukturwandel. Hier finden Sie die
Auszeichnungen, die Dortmund für sein europäisches Engagement erhalten hat, die
Netzwerke, in denen die Stadt mitarbeitet, EU-geförderte Projekte und Informationen zu
Europa-Themen, die Dortmunderinnen und Dortmunder direkt betreffen.</p>"""

EUROPE_BODY_EN = """<p>Dortmund helps shape European policy: the city brings its topics
into European networks, uses funding programmes of the European Union and is seen in
Europe as an example of successful structural change. Here you find the awards Dortmund
has received for its European commitment, the networks the city works in, EU-funded
projects and information on European matters that concern the people of Dortmund
directly.</p>"""

AWARDS_BODY_DE = """<p>Für sein Engagement in Europa ist Dortmund mehrfach ausgezeichnet
worden – vom Europarat für seine Städtepartnerschaften und von der Europäischen
Kommission für seine Innovationskraft.</p>"""

AWARDS_BODY_EN = """<p>Dortmund has been honoured several times for its commitment to
Europe – by the Council of Europe for its town twinning and by the European Commission
for its capacity for innovation.</p>"""

PLAQUE_BODY_DE = """<p>2021 hat der Europarat Dortmund mit seiner Ehrenplakette
ausgezeichnet. Er würdigt damit, wie sich die Stadt vor Ort, in Verbänden und Netzwerken
und in ihren Städte- und Projektpartnerschaften für Europa einsetzt. Mit der
Ehrenplakette hat Dortmund die dritte von vier Stufen auf dem Weg zum Europapreis
erreicht.</p>
<h2>Europarat würdigt Stadt Dortmund mit Ehrenplakette</h2>
<p>Oberbürgermeister Thomas Westphal begrüßte die Würdigung aus Straßburg:</p>
<blockquote><p>„Ein Ziel unseres internationalen Engagements ist es, den europäischen
Gedanken gemeinsam mit unseren Bürgerinnen und Bürgern zu fördern, das Bewusstsein für
Europa zu stärken und Europa zu einem Symbol für Solidarität werden zu lassen. Deswegen
freue ich mich sehr über die Auszeichnung des Europarates, die uns natürlich weiter
motiviert. Wir wollen Großstadt der Nachbarn sein – nach außen und innen.“</p></blockquote>
<p>Verliehen wurde die Plakette am 29. September 2021 im Dortmunder U, zum Auftakt der
Europa-Projektwochen.</p>
<h2>Zu Leeds wurde digital Kontakt gehalten</h2>
<p>Auch im Pandemiejahr 2020 blieb Dortmund mit seinen Partnerstädten in engem Austausch,
etwa über das virtuelle Stadtfest Dortmund.Live und die Online-Ausstellung „50 Jahre
Dortmund Leeds. Was uns verbindet“. Die Projektpartnerschaften mit Cluj-Napoca in
Rumänien und Kumasi in Ghana wurden ausgebaut. In Dortmund selbst setzten sich
Bürgerinnen und Bürger bei zahlreichen Veranstaltungen mit Europa auseinander – so bei den
Europa-Projektwochen zur Klima- und Umweltpolitik der EU, die das Europe Direct
Informationszentrum Dortmund in der Auslandsgesellschaft.de e.V. jedes Jahr gemeinsam mit
der Stadt ausrichtet.</p>
<h2>Internationales Engagement wächst seit Jahren</h2>
<p>Schon 1979 hatte der Europarat Dortmund mit der Ehrenfahne ausgezeichnet – für die
Städtepartnerschaften mit Leeds (Großbritannien) und Amiens (Frankreich). Die
Ehrenplakette zeigt, wie sehr das internationale Engagement der Stadt seitdem gewachsen
ist: mit mehr Kontakten und Partnerschaften und mit thematischer Zusammenarbeit, etwa bei
Klimaschutz und Klimaanpassung.</p>"""

PLAQUE_BODY_EN = """<p>In 2021 the Council of Europe awarded Dortmund its Plaque of
Honour. It recognises how the city works for Europe at home, in associations and
networks, and in its city and project partnerships. With the Plaque of Honour Dortmund
has reached the third of four stages on the way to the Europe Prize.</p>
<h2>Council of Europe honours the City of Dortmund with the Plaque of Honour</h2>
<p>Lord Mayor Thomas Westphal welcomed the recognition from Strasbourg:</p>
<blockquote><p>“One aim of our international work is to promote the European idea
together with our citizens, to raise awareness of Europe and to let Europe become a
symbol of solidarity. That is why I am very pleased about the Council of Europe's award,
which of course motivates us further. We want to be a city of neighbours – outwards and
inwards.”</p></blockquote>
<p>The plaque was presented on 29 September 2021 in the Dortmunder U, at the opening of
the Europe project weeks.</p>
<h2>Staying in touch with Leeds online</h2>
<p>In the pandemic year 2020, too, Dortmund stayed in close contact with its partner
cities, for instance through the virtual city festival Dortmund.Live and the online
exhibition “50 years of Dortmund and Leeds. What connects us”. The project partnerships
with Cluj-Napoca in Romania and Kumasi in Ghana grew. In Dortmund itself, residents took
up European topics at many events – such as the Europe project weeks on the EU's climate
and environmental policy, which the Europe Direct information centre Dortmund at the
Auslandsgesellschaft.de e.V. organises with the city every year.</p>
<h2>International commitment has grown for years</h2>
<p>As early as 1979 the Council of Europe had awarded Dortmund its Flag of Honour, for
the city partnerships with Leeds (United Kingdom) and Amiens (France). The Plaque of
Honour shows how much the city's international work has grown since: more contacts and
partnerships, and cooperation on topics such as climate protection and adaptation.</p>"""

FLAG_BODY_DE = """<p>1979 verlieh der Europarat Dortmund seine Ehrenfahne. Er würdigte damit,
wie die Stadt ihre Partnerschaften mit Amiens in Frankreich (seit 1960) und Leeds in
Großbritannien (seit 1969) mit Leben füllte: durch Begegnungen von Bürgerinnen und
Bürgern, Vereinen und Schulen über Grenzen hinweg.</p>
<p>Die Ehrenfahne ist die zweite von vier Stufen des Europapreises. 2021 folgte mit der
Ehrenplakette die dritte.</p>"""

FLAG_BODY_EN = """<p>In 1979 the Council of Europe awarded Dortmund its Flag of Honour. It
recognised how the city brought its partnerships with Amiens in France (since 1960) and
Leeds in the United Kingdom (since 1969) to life: through encounters of citizens, clubs
and schools across borders.</p>
<p>The Flag of Honour is the second of the four stages of the Europe Prize. The third,
the Plaque of Honour, followed in 2021.</p>"""

ICAPITAL_BODY_DE = """<p>Mit dem iCapital Award zeichnen die Europäische Kommission und der
Europäische Innovationsrat jedes Jahr Städte aus, die Innovation in ihrer Stadtgesellschaft
fördern. Am 24. November 2021 wurde Dortmund beim European Innovation Council Summit in
Brüssel zur Europäischen Innovationshauptstadt 2021 gekürt; der Titel ist mit einer Million
Euro dotiert. Den zweiten Platz teilten sich Dublin und Málaga, Dritte wurde Vilnius.</p>
<p>Dortmund hatte sich unter dem Motto „Innovation next door – Zukunft aus der
Nachbarschaft“ mit sozialen, nachhaltigen und technologischen Projekten beworben. Die
Jury überzeugte das Zusammenspiel von Wissenschaft, Wirtschaft, Stadtgesellschaft und
Verwaltung, das die Stadt über Jahre aufgebaut hat.</p>"""

ICAPITAL_BODY_EN = """<p>With the iCapital award, the European Commission and the European
Innovation Council honour cities each year that foster innovation in their communities. On
24 November 2021, at the European Innovation Council Summit in Brussels, Dortmund was named
European Capital of Innovation 2021, a title that comes with one million euros. Dublin and
Málaga shared second place, Vilnius came third.</p>
<p>Dortmund had applied under the motto “Innovation next door – the future from the
neighbourhood” with social, sustainable and technological projects. The jury was convinced
by the interplay of science, business, civil society and administration that the city has
built up over the years.</p>"""

NETWORKS_BODY_DE = """<p>In europäischen und internationalen Netzwerken tauscht Dortmund
Fachwissen und Erfahrungen mit anderen Städten aus, teilt gute Beispiele und vertritt
kommunale Anliegen gegenüber der Europäischen Union. So wird Dortmund in Europa
wahrgenommen – und holt Anregungen für die eigene Arbeit in die Stadt.</p>"""

NETWORKS_BODY_EN = """<p>In European and international networks Dortmund exchanges
expertise and experience with other cities, shares good practice and speaks up for
local government towards the European Union. This makes Dortmund visible in Europe –
and brings ideas for the city's own work home.</p>"""

NETWORKS = [
    {
        "slug_de": "rgre",
        "slug_en": "cemr",
        "title_de": "Rat der Gemeinden und Regionen Europas (RGRE)",
        "title_en": "Council of European Municipalities and Regions (CEMR)",
        "teaser_de": "Der europaweite Verband der Städte, Gemeinden und Regionen – "
        "mit einer deutschen Sektion, in der Dortmund Mitglied ist.",
        "teaser_en": "The Europe-wide association of towns, municipalities and regions – "
        "with a German section Dortmund belongs to.",
        "link": "https://www.rgre.de/",
        "role_de": "Mitglied der Deutschen Sektion; Dortmunder Ratsmitglieder wirken in "
        "ihrer Delegiertenversammlung mit.",
        "role_en": "Member of the German section; members of Dortmund's city council take "
        "part in its assembly of delegates.",
        "body_de": "<p>Der Rat der Gemeinden und Regionen Europas ist die europaweite "
        "Organisation der kommunalen und regionalen Gebietskörperschaften. Er besteht aus "
        "einem europäischen Dachverband und nationalen Sektionen. Die Deutsche Sektion "
        "befasst sich mit den Fragen der Europäischen Union, die Kommunen betreffen, "
        "vertritt die Interessen der deutschen Städte, Gemeinden und Landkreise und "
        "informiert ihre Mitglieder über EU-Fördermittel.</p><p>Dortmund gehört der "
        "Deutschen Sektion als unmittelbares Mitglied des Deutschen Städtetages an. "
        "Mitglieder des Rates der Stadt nehmen an der Delegiertenversammlung teil, in der "
        "sich die deutschen Kommunen zu europäischen Fragen abstimmen.</p>",
        "body_en": "<p>The Council of European Municipalities and Regions is the "
        "Europe-wide organisation of local and regional authorities. It consists of a "
        "European umbrella association and national sections. The German section deals "
        "with the questions of the European Union that concern local government, speaks "
        "for Germany's towns, municipalities and districts and informs its members about "
        "EU funding.</p><p>Dortmund belongs to the German section as a direct member of "
        "the Association of German Cities (Deutscher Städtetag). Members of the city "
        "council take part in the assembly of delegates, where German local authorities "
        "agree their positions on European questions.</p>",
        "sort_order": 10,
    },
    {
        "slug_de": "eurocities",
        "slug_en": "eurocities",
        "title_de": "EUROCITIES",
        "title_en": "EUROCITIES",
        "teaser_de": "Das Netzwerk der europäischen Großstädte, in dem Dortmund in "
        "mehreren Foren mitarbeitet.",
        "teaser_en": "The network of Europe's major cities, where Dortmund works in "
        "several forums.",
        "link": "https://eurocities.eu/",
        "role_de": "Mitglied; vertreten im Kulturforum, im Sozialforum und im Forum für "
        "Wirtschaftsentwicklung.",
        "role_en": "Member; represented in the culture forum, the social affairs forum and "
        "the economic development forum.",
        "body_de": "<p>EUROCITIES ist das Netzwerk der großen Städte Europas. Seit seiner "
        "Gründung 1986 vertritt es die Interessen der Großstädte gegenüber den Organen der "
        "Europäischen Union und bietet ihnen ein Forum, um Erfahrungen auszutauschen und "
        "gemeinsame Projekte voranzubringen. Die Arbeit ist in Foren und Arbeitsgruppen "
        "organisiert.</p><p>Dortmund arbeitet im Kulturforum, im Sozialforum und im Forum "
        "für Wirtschaftsentwicklung sowie in verschiedenen Arbeitsgruppen mit.</p>",
        "body_en": "<p>EUROCITIES is the network of Europe's major cities. Since it was "
        "founded in 1986 it has represented the interests of large cities towards the "
        "institutions of the European Union and given them a forum to exchange experience "
        "and take joint projects forward. The work is organised in forums and working "
        "groups.</p><p>Dortmund works in the culture forum, the social affairs forum and "
        "the economic development forum, and in several working groups.</p>",
        "sort_order": 20,
    },
    {
        "slug_de": "connective-cities",
        "slug_en": "connective-cities",
        "title_de": "Connective Cities",
        "title_en": "Connective Cities",
        "teaser_de": "Die internationale Städte-Plattform für nachhaltige Entwicklung: "
        "Fachleute aus Kommunen lernen voneinander.",
        "teaser_en": "The international cities platform for sustainable development: "
        "local government experts learn from each other.",
        "link": "https://www.connective-cities.net/",
        "role_de": "Fach- und Erfahrungsaustausch mit Kommunen weltweit; Dortmund teilt "
        "dort Erfahrungen aus dem Strukturwandel.",
        "role_en": "Exchange of expertise and experience with municipalities worldwide; "
        "Dortmund shares what it learnt from structural change.",
        "body_de": "<p>Connective Cities ist die internationale Städte-Plattform für "
        "nachhaltige Stadtentwicklung, ein Gemeinschaftsvorhaben des Deutschen "
        "Städtetages, der Deutschen Gesellschaft für Internationale Zusammenarbeit (GIZ) "
        "und von Engagement Global mit ihrer Servicestelle Kommunen in der Einen Welt, "
        "gefördert vom Bundesministerium für wirtschaftliche Zusammenarbeit und "
        "Entwicklung. In Workshops, Dialogveranstaltungen und Beratungen lernen Fachleute "
        "aus Kommunen voneinander und entwickeln gemeinsam Projekte.</p><p>Dortmund nutzt "
        "die Plattform für den Austausch mit Kommunen weltweit. Als gutes Beispiel stellt "
        "Connective Cities unter anderem vor, wie Dortmund einen ehemaligen Stahlstandort "
        "neu belebt hat.</p>",
        "body_en": "<p>Connective Cities is the international cities platform for "
        "sustainable urban development, a joint venture of the Association of German "
        "Cities, the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) and "
        "Engagement Global with its Service Agency Communities in One World, supported by "
        "the Federal Ministry for Economic Cooperation and Development. In workshops, "
        "dialogue events and advice, local government experts learn from each other and "
        "develop projects together.</p><p>Dortmund uses the platform to exchange with "
        "municipalities around the world. Among its good practices, Connective Cities "
        "presents how Dortmund revitalised a former steelworks site.</p>",
        "sort_order": 30,
    },
    {
        "slug_de": "un-netzwerke",
        "slug_en": "un-networks",
        "title_de": "Netzwerke der Vereinten Nationen",
        "title_en": "United Nations networks",
        "teaser_de": "Wie Dortmund seine Arbeit für nachhaltige Entwicklung in die Netzwerke "
        "der Vereinten Nationen einbringt.",
        "teaser_en": "How Dortmund brings its work for sustainable development into the "
        "networks of the United Nations.",
        "link": "",
        "role_de": "Dortmund stellt seine Nachhaltigkeitsarbeit auf internationalen "
        "Konferenzen vor und orientiert sich an der New Urban Agenda und den 17 Zielen.",
        "role_en": "Dortmund presents its sustainability work at international conferences "
        "and follows the New Urban Agenda and the 17 goals.",
        "body_de": "<p>Über Netzwerke der Vereinten Nationen macht das Büro für "
        "Internationale Beziehungen Dortmund international sichtbar und stellt die "
        "Nachhaltigkeitsaktivitäten der Stadt auf internationalen Konferenzen vor.</p>"
        "<p>Leitlinien sind die New Urban Agenda der Vereinten Nationen und die 17 Ziele "
        "für nachhaltige Entwicklung: Dortmund will dazu beitragen, die Globalisierung "
        "gerechter zu gestalten – im Interesse der Menschen in Dortmund wie andernorts.</p>",
        "body_en": "<p>Through networks of the United Nations, the Office for "
        "International Relations makes Dortmund visible internationally and presents the "
        "city's sustainability work at international conferences.</p><p>Its guidelines "
        "are the United Nations' New Urban Agenda and the 17 Sustainable Development Goals: "
        "Dortmund wants to help make globalisation fairer – in the interest of people in "
        "Dortmund and elsewhere.</p>",
        "sort_order": 40,
    },
]

PROJECTS_BODY_DE = """<p>Ob Kultur, Forschung, Klimaschutz oder Bildung: Mittel der
Europäischen Union stärken viele Bereiche in Dortmund. Hier stellen wir Projekte vor,
an denen die Stadt beteiligt ist.</p>"""

PROJECTS_BODY_EN = """<p>Culture, research, climate protection or education: funding from
the European Union strengthens many areas of life in Dortmund. Here we present projects
the city takes part in.</p>"""

MISSION_BODY_DE = """<p>Die Stadt Dortmund beteiligt sich an der EU-Mission „100
klimaneutrale und intelligente Städte“, einer der Missionen des EU-Forschungsprogramms
Horizont Europa. Im Januar 2022 hatte Dortmund sein Interesse bekundet; im April 2022
wurde die Stadt aus 377 Bewerberstädten ausgewählt – als eine von neun deutschen Städten.
Auch Dortmunds rumänische Projektpartnerstadt Cluj-Napoca ist dabei.</p>
<h2>Klimastadtvertrag</h2>
<p>Kern der Mission ist der Klimastadtvertrag (Climate City Contract): ein Strategieplan
zur Klimaneutralität mit einem Maßnahmen- und Finanzierungsplan. In Workshops mit
Stadtgesellschaft, Fachleuten, städtischen Gesellschaften und Fachämtern wurde die
Wärmewende als größter Hebel für weniger CO2 erkannt, auf den die Stadt Einfluss hat.
Unternehmen, Verbände und Bildungseinrichtungen können eigene Klimaschutzmaßnahmen
einbringen.</p>"""

MISSION_BODY_EN = """<p>The City of Dortmund takes part in the EU mission “100
climate-neutral and smart cities”, one of the missions of the EU research programme
Horizon Europe. Dortmund expressed its interest in January 2022 and was selected in April
2022 from 377 applicant cities – as one of nine German cities. Dortmund's Romanian project
partner city Cluj-Napoca takes part as well.</p>
<h2>Climate City Contract</h2>
<p>At the heart of the mission is the Climate City Contract: a strategic plan for climate
neutrality with an action plan and an investment plan. Workshops with residents, experts,
municipal companies and city departments identified the heating transition as the biggest
lever for cutting CO2 that the city can influence. Businesses, associations and
educational institutions can add climate measures of their own.</p>"""

BREXIT_BODY_DE = """<p>Das Vereinigte Königreich Großbritannien und Nordirland ist am
31. Januar 2020 aus der Europäischen Union ausgetreten; die Übergangsphase endete am
31. Dezember 2020. Seitdem gilt die Freizügigkeit der EU nicht mehr für britische
Staatsangehörige, die neu nach Deutschland kommen.</p>
<h2>Britinnen und Briten in Dortmund</h2>
<p>Wer schon vor Ende 2020 in Deutschland lebte, behält seine Rechte nach dem
Austrittsabkommen und erhält ein „Aufenthaltsdokument-GB“ von der Ausländerbehörde. Wer
später zugezogen ist, braucht einen Aufenthaltstitel wie andere Staatsangehörige von
Staaten außerhalb der EU.</p>
<h2>Die Partnerschaft mit Leeds</h2>
<p>Die Städtepartnerschaft mit Leeds besteht seit 1969 und geht weiter – Begegnungen,
Austausch und gemeinsame Projekte hängen nicht an der Mitgliedschaft in der EU.</p>"""

BREXIT_BODY_EN = """<p>The United Kingdom of Great Britain and Northern Ireland left the
European Union on 31 January 2020; the transition period ended on 31 December 2020. Since
then the EU's free movement no longer applies to British nationals who newly come to
Germany.</p>
<h2>British citizens in Dortmund</h2>
<p>Those who already lived in Germany before the end of 2020 keep their rights under the
Withdrawal Agreement and receive a residence document for UK nationals
(“Aufenthaltsdokument-GB”) from the immigration office. Those who moved here later need a
residence permit, like nationals of other countries outside the EU.</p>
<h2>The partnership with Leeds</h2>
<p>The city partnership with Leeds has existed since 1969 and goes on – encounters,
exchange and joint projects do not depend on membership of the EU.</p>"""

FREE_MOVEMENT_BODY_DE = """<p>Bürgerinnen und Bürger der Europäischen Union dürfen in
jeden Mitgliedstaat einreisen und dort leben. Das gilt auch für ihre Familienangehörigen,
die nicht die Staatsangehörigkeit eines EU-Staates haben.</p>
<h2>Leben in Dortmund</h2>
<ul>
<li><p>Für die ersten drei Monate genügt ein gültiger Personalausweis oder Reisepass.</p></li>
<li><p>Länger bleiben dürfen unter anderem Arbeitnehmerinnen und Arbeitnehmer,
Selbstständige, Arbeitsuchende sowie Menschen mit ausreichenden Mitteln und
Krankenversicherungsschutz.</p></li>
<li><p>Wer nach Dortmund zieht, meldet die Wohnung innerhalb von zwei Wochen bei den
Bürgerdiensten an.</p></li>
<li><p>Familienangehörige aus Staaten außerhalb der EU erhalten eine Aufenthaltskarte.</p></li>
<li><p>Nach fünf Jahren rechtmäßigen Aufenthalts entsteht ein Daueraufenthaltsrecht.</p></li>
</ul>"""

FREE_MOVEMENT_BODY_EN = """<p>Citizens of the European Union may enter any member state and
live there. This also applies to their family members who are not nationals of an EU
country.</p>
<h2>Living in Dortmund</h2>
<ul>
<li><p>For the first three months a valid identity card or passport is enough.</p></li>
<li><p>Workers, the self-employed, jobseekers and people with sufficient means and health
insurance, among others, may stay longer.</p></li>
<li><p>Anyone moving to Dortmund registers their address with the citizens' services
(Bürgerdienste) within two weeks.</p></li>
<li><p>Family members from countries outside the EU receive a residence card.</p></li>
<li><p>After five years of lawful residence, a right of permanent residence arises.</p></li>
</ul>"""

EUROPE_DIRECT_BODY_DE = """<p>Das Europe Direct Informationszentrum Dortmund ist die
Anlaufstelle für alle Fragen rund um Europa und die Europäische Union. Es gehört zum Netz
der Europe-Direct-Zentren der Europäischen Kommission und hat seinen Sitz in der
Auslandsgesellschaft.de e.V. auf der Nordseite des Hauptbahnhofs.</p>
<p>Bürgerinnen und Bürger erhalten hier praktische Informationen zu ihren Rechten in der
EU. Das Zentrum lädt zu Vorträgen und Diskussionen ein, bietet Workshops für
Schulklassen an und veranstaltet gemeinsam mit der Stadt Dortmund ein Europaquiz und die
jährlichen Europa-Projektwochen.</p>"""

EUROPE_DIRECT_BODY_EN = """<p>The Europe Direct information centre Dortmund is the place to
go with any question about Europe and the European Union. It belongs to the European
Commission's network of Europe Direct centres and is based at the Auslandsgesellschaft.de
e.V. on the north side of the main station.</p>
<p>Residents get practical information on their rights in the EU. The centre invites
people to talks and debates, offers workshops for school classes and, together with the
City of Dortmund, runs a Europe quiz and the yearly Europe project weeks.</p>"""

PROJECT_WEEKS_BODY_DE = """<p>Seit 2015 veranstaltet das Europe Direct Informationszentrum
Dortmund gemeinsam mit der Stadt Dortmund jedes Jahr die Europa-Projektwochen: Vorträge
und Diskussionen für alle und Workshops für Schülerinnen und Schüler zu einem aktuellen
Thema der europäischen Politik.</p>
<h2>Themen der vergangenen Jahre</h2>
<ul>
<li><p>2021: Werte und Rechte in Europa – zum Auftakt erhielt Dortmund die Ehrenplakette
des Europarates</p></li>
<li><p>2020: Klima- und Umweltpolitik in der EU</p></li>
<li><p>2019: Populismus und Extremismus in Europa</p></li>
<li><p>2018: Digitalisierung und Demokratie</p></li>
<li><p>2017: Kann Europa als Sozialunion gelingen?</p></li>
<li><p>2016: Die Flüchtlingspolitik der EU</p></li>
<li><p>2015: Grüne Woche Europa</p></li>
</ul>"""

PROJECT_WEEKS_BODY_EN = """<p>Since 2015 the Europe Direct information centre Dortmund and
the City of Dortmund have held the Europe project weeks every year: talks and debates for
everyone and workshops for school students on a current topic of European policy.</p>
<h2>Topics of past years</h2>
<ul>
<li><p>2021: Values and rights in Europe – at the opening Dortmund received the Council of
Europe's Plaque of Honour</p></li>
<li><p>2020: Climate and environmental policy in the EU</p></li>
<li><p>2019: Populism and extremism in Europe</p></li>
<li><p>2018: Digitalisation and democracy</p></li>
<li><p>2017: Can Europe succeed as a social union?</p></li>
<li><p>2016: The EU's refugee policy</p></li>
<li><p>2015: A green week for Europe</p></li>
</ul>"""


def load() -> None:
    start = page_at("/de/")
    if start is None:
        return  # the core demo has not run; nothing to hang pages under

    europe, _ = ensure_page(
        TopicPage,
        "/de/europa/",
        parent=start,
        title_de="Europa",
        title_en="Europe",
        slug_de="europa",
        slug_en="europe",
        teaser_de="Dortmund gestaltet europäische Politik mit und bringt lokale Themen auf "
        "die europäische Agenda.",
        teaser_en="Dortmund helps shape European policy and puts local topics on the "
        "European agenda.",
        body_de=EUROPE_BODY_DE,
        body_en=EUROPE_BODY_EN,
        list_children=True,
        show_in_menus=True,
        sort_order=30,
    )

    awards, _ = ensure_page(
        AwardIndexPage,
        "/de/europa/auszeichnungen/",
        parent=europe,
        title_de="Auszeichnungen",
        title_en="Awards",
        slug_de="auszeichnungen",
        slug_en="awards",
        teaser_de="Ehrenfahne, Ehrenplakette, Innovationshauptstadt: wie Europa Dortmunds "
        "Engagement würdigt.",
        teaser_en="Flag of Honour, Plaque of Honour, Capital of Innovation: how Europe "
        "recognises Dortmund's commitment.",
        body_de=AWARDS_BODY_DE,
        body_en=AWARDS_BODY_EN,
        sort_order=10,
    )
    ensure_page(
        Award,
        "/de/europa/auszeichnungen/ehrenplakette/",
        parent=awards,
        title_de="Ehrenplakette",
        title_en="Plaque of Honour",
        slug_de="ehrenplakette",
        slug_en="plaque-of-honour",
        teaser_de="Der Europarat würdigt Dortmunds europäisches Engagement in "
        "Städtepartnerschaften und Netzwerken mit seiner Ehrenplakette.",
        teaser_en="The Council of Europe honours Dortmund's European commitment in town "
        "twinning and networks with its Plaque of Honour.",
        body_de=PLAQUE_BODY_DE,
        body_en=PLAQUE_BODY_EN,
        awarding_body_de="Europarat",
        awarding_body_en="Council of Europe",
        year=2021,
        europe_prize_stage=EuropePrizeStage.PLAQUE_OF_HONOUR,
        hero_image=ensure_image(
            "ehrenplakette",
            5,
            "Abstrakte Grafik aus farbigen Kreisen",
            "Abstract graphic of coloured circles",
            **SAMPLE_CAPTION,
        ),
        sort_order=10,
    )
    ensure_page(
        Award,
        "/de/europa/auszeichnungen/ehrenfahne/",
        parent=awards,
        title_de="Ehrenfahne",
        title_en="Flag of Honour",
        slug_de="ehrenfahne",
        slug_en="flag-of-honour",
        teaser_de="1979 erhielt Dortmund die Ehrenfahne des Europarates für seine "
        "Partnerschaften mit Leeds und Amiens.",
        teaser_en="In 1979 Dortmund received the Council of Europe's Flag of Honour for its "
        "partnerships with Leeds and Amiens.",
        body_de=FLAG_BODY_DE,
        body_en=FLAG_BODY_EN,
        awarding_body_de="Europarat",
        awarding_body_en="Council of Europe",
        year=1979,
        europe_prize_stage=EuropePrizeStage.FLAG_OF_HONOUR,
        sort_order=20,
    )
    ensure_page(
        Award,
        "/de/europa/auszeichnungen/icapital/",
        parent=awards,
        title_de="iCapital Award: Europäische Innovationshauptstadt 2021",
        title_en="iCapital award: European Capital of Innovation 2021",
        slug_de="icapital",
        slug_en="icapital",
        teaser_de="Grundsätzliches zum iCapital Award der Europäischen Kommission und "
        "warum Dortmund ihn 2021 gewann.",
        teaser_en="About the European Commission's iCapital award and why Dortmund won it in 2021.",
        body_de=ICAPITAL_BODY_DE,
        body_en=ICAPITAL_BODY_EN,
        awarding_body_de="Europäische Kommission",
        awarding_body_en="European Commission",
        year=2021,
        hero_image=ensure_image(
            "icapital",
            7,
            "Abstrakte Grafik aus farbigen Kreisen",
            "Abstract graphic of coloured circles",
            **SAMPLE_CAPTION,
        ),
        sort_order=30,
    )

    networks, _ = ensure_page(
        NetworkIndexPage,
        "/de/europa/netzwerke/",
        parent=europe,
        title_de="Europäische Netzwerke",
        title_en="European networks",
        slug_de="netzwerke",
        slug_en="networks",
        teaser_de="Erfahrungen austauschen, gute Beispiele teilen und Dortmund in Europa "
        "sichtbar machen: die Netzwerke der Stadt.",
        teaser_en="Exchanging experience, sharing good practice and making Dortmund "
        "visible in Europe: the city's networks.",
        body_de=NETWORKS_BODY_DE,
        body_en=NETWORKS_BODY_EN,
        sort_order=20,
    )
    for fields in NETWORKS:
        ensure_page(
            Network, f"/de/europa/netzwerke/{fields['slug_de']}/", parent=networks, **fields
        )

    projects, _ = ensure_page(
        ProjectIndexPage,
        "/de/europa/eu-projekte/",
        parent=europe,
        title_de="EU-geförderte Projekte",
        title_en="EU-funded projects",
        slug_de="eu-projekte",
        slug_en="eu-projects",
        teaser_de="Kultur, Forschung, Klimaschutz, Bildung: Projekte in Dortmund, die die "
        "Europäische Union fördert.",
        teaser_en="Culture, research, climate protection, education: projects in Dortmund "
        "funded by the European Union.",
        body_de=PROJECTS_BODY_DE,
        body_en=PROJECTS_BODY_EN,
        sort_order=30,
    )
    ensure_page(
        EUProject,
        "/de/europa/eu-projekte/eu-mission-klimaneutrale-staedte/",
        parent=projects,
        title_de="EU-Mission „100 klimaneutrale und intelligente Städte“",
        title_en="EU mission “100 climate-neutral and smart cities”",
        slug_de="eu-mission-klimaneutrale-staedte",
        slug_en="eu-mission-climate-neutral-cities",
        teaser_de="Informationen zum Klimastadtvertrag der EU-Mission „100 klimaneutrale "
        "und intelligente Städte“.",
        teaser_en="About the Climate City Contract of the EU mission “100 climate-neutral "
        "and smart cities”.",
        body_de=MISSION_BODY_DE,
        body_en=MISSION_BODY_EN,
        programme_de="Horizont Europa (EU-Missionen)",
        programme_en="Horizon Europe (EU missions)",
        start_year=2022,
        end_year=2030,
        funding_note_de="Beratung, Austausch und leichterer Zugang zu Fördermitteln; kein "
        "fester Förderbetrag",
        funding_note_en="Advice, exchange and easier access to funding; no fixed amount",
        link="https://www.dortmund.de/themen/umwelt-nachhaltigkeit-und-klimaschutz/"
        "eu-mission-100-klimaneutrale-und-intelligente-staedte/",
    )

    ensure_page(
        EUInfoPage,
        "/de/europa/brexit/",
        parent=europe,
        title_de="Brexit",
        title_en="Brexit",
        slug_de="brexit",
        slug_en="brexit",
        teaser_de="Informationen zum Austritt des Vereinigten Königreichs Großbritannien und "
        "Nordirland aus der Europäischen Union.",
        teaser_en="About the United Kingdom of Great Britain and Northern Ireland leaving "
        "the European Union.",
        body_de=BREXIT_BODY_DE,
        body_en=BREXIT_BODY_EN,
        sort_order=40,
    )
    ensure_page(
        EUInfoPage,
        "/de/europa/freizuegigkeit/",
        parent=europe,
        title_de="Freizügigkeit (EU)",
        title_en="Free movement in the EU",
        slug_de="freizuegigkeit",
        slug_en="free-movement",
        teaser_de="Unionsbürgerinnen und -bürger und ihre Familien dürfen in jeden EU-Staat "
        "einreisen und dort leben.",
        teaser_en="EU citizens and their families may enter any EU country and live there.",
        body_de=FREE_MOVEMENT_BODY_DE,
        body_en=FREE_MOVEMENT_BODY_EN,
        source_link="https://europa.eu/youreurope/",
        source_link_text_de="Ihr Europa – das Portal der EU für Bürgerinnen und Bürger",
        source_link_text_en="Your Europe – the EU's portal for citizens",
        sort_order=50,
    )
    ensure_page(
        EUInfoPage,
        "/de/europa/europe-direct/",
        parent=europe,
        title_de="Europe Direct Informationszentrum Dortmund",
        title_en="Europe Direct information centre Dortmund",
        slug_de="europe-direct",
        slug_en="europe-direct",
        teaser_de="Die Anlaufstelle für Fragen zu Europa in der Auslandsgesellschaft.de e.V.",
        teaser_en="The place to go with questions about Europe, at the "
        "Auslandsgesellschaft.de e.V.",
        body_de=EUROPE_DIRECT_BODY_DE,
        body_en=EUROPE_DIRECT_BODY_EN,
        source_link="https://www.europe-direct-dortmund.de/",
        source_link_text_de="Website des Europe Direct Dortmund",
        source_link_text_en="Website of Europe Direct Dortmund (in German)",
        sort_order=60,
    )
    ensure_page(
        EUInfoPage,
        "/de/europa/europa-projektwochen/",
        parent=europe,
        title_de="Europa-Projektwochen",
        title_en="Europe project weeks",
        slug_de="europa-projektwochen",
        slug_en="europe-project-weeks",
        teaser_de="Vorträge, Diskussionen und Schul-Workshops: jedes Jahr ein Thema der "
        "europäischen Politik.",
        teaser_en="Talks, debates and school workshops: one topic of European policy every year.",
        body_de=PROJECT_WEEKS_BODY_DE,
        body_en=PROJECT_WEEKS_BODY_EN,
        source_link="https://www.europe-direct-dortmund.de/europa-projektwochen/",
        source_link_text_de="Programm der Europa-Projektwochen",
        source_link_text_en="Programme of the Europe project weeks (in German)",
        sort_order=70,
    )


def link() -> None:
    """The "Mehr zum Thema" teasers of the Europe pages (seed 001 for the Plaque of
    Honour); targets of other apps that do not exist are skipped."""
    partnership = "/de/staedtepartnerschaften/{}/".format
    project = "/de/dortmund-international/projektpartnerschaften/{}/".format
    goal = "/de/nachhaltigkeitsziele/ziel-{}/".format
    ensure_teasers(
        page_at("/de/europa/auszeichnungen/ehrenplakette/"),
        [
            page_at("/de/europa/eu-projekte/"),
            page_at(goal(8)),
            page_at(partnership("buffalo")),
            page_at("/de/nachhaltigkeitsziele/"),
            page_at(project("dura")),
            external("iga-2027"),
            external("beibehalt-staatsangehoerigkeit"),
            page_at(partnership("novi-sad")),
            page_at(partnership("trabzon")),
            page_at(partnership("leeds")),
            page_at(partnership("rostow-am-don")),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/auszeichnungen/ehrenfahne/"),
        [
            page_at(partnership("leeds")),
            page_at(partnership("amiens")),
            page_at("/de/europa/auszeichnungen/ehrenplakette/"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/auszeichnungen/icapital/"),
        [
            page_at("/de/europa/eu-projekte/eu-mission-klimaneutrale-staedte/"),
            page_at(goal(9)),
            page_at("/de/europa/auszeichnungen/ehrenplakette/"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/auszeichnungen/"),
        [page_at("/de/europa/netzwerke/"), page_at("/de/europa/eu-projekte/")],
    )
    ensure_teasers(
        page_at("/de/europa/netzwerke/"),
        [
            page_at("/de/europa/europe-direct/"),
            page_at("/de/europa/eu-projekte/"),
            page_at(goal(17)),
            page_at("/de/dortmund-international/"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/eu-projekte/"),
        [
            page_at("/de/europa/auszeichnungen/icapital/"),
            page_at("/de/europa/europe-direct/"),
            page_at(goal(13)),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/eu-projekte/eu-mission-klimaneutrale-staedte/"),
        [
            page_at(goal(13)),
            page_at(goal(11)),
            page_at(project("cluj-napoca")),
            page_at("/de/europa/auszeichnungen/icapital/"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/brexit/"),
        [
            page_at(partnership("leeds")),
            page_at("/de/europa/freizuegigkeit/"),
            page_at("/de/europa/europe-direct/"),
            external("beibehalt-staatsangehoerigkeit"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/freizuegigkeit/"),
        [
            page_at("/de/europa/brexit/"),
            page_at("/de/europa/europe-direct/"),
            external("beibehalt-staatsangehoerigkeit"),
            external("integrationsrat"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/europe-direct/"),
        [
            page_at("/de/europa/europa-projektwochen/"),
            page_at("/de/europa/eu-projekte/"),
            page_at("/de/europa/netzwerke/"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/europa-projektwochen/"),
        [
            page_at("/de/europa/europe-direct/"),
            page_at("/de/europa/auszeichnungen/ehrenplakette/"),
        ],
    )
    ensure_teasers(
        page_at("/de/europa/"),
        [
            page_at("/de/dortmund-international/"),
            page_at(goal(17)),
            external("umzug-vor-der-europawahl"),
        ],
    )
