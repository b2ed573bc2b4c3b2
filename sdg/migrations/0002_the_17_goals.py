"""The 17 goals and their overview page exist on every installation.

They are created as drafts: a fresh site shows nothing half-written. Editors (or
``manage.py load_demo``) write what Dortmund does for each goal and publish it.

The overview hangs under the start page when there is one. On a fresh database there
is none yet (the start page is content, created by editors or the demo); the overview
then has no parent and the address it will have under the start page
(/de/nachhaltigkeitsziele/), see ``GoalIndexPage.build_url_path``. Attaching it to the
start page later changes no address.

Historical models have no custom ``save()``: content type and addresses are set here.
``create_goals`` also works with the live app registry (sdg.services.ensure_goals uses
it after a test flushed the tables).
"""

from django.db import migrations

# (number, colour, German name, English name) as the United Nations publish them.
GOALS = [
    (1, "#E5243B", "Keine Armut", "No poverty"),
    (2, "#DDA63A", "Kein Hunger", "Zero hunger"),
    (3, "#4C9F38", "Gesundheit und Wohlergehen", "Good health and well-being"),
    (4, "#C5192D", "Hochwertige Bildung", "Quality education"),
    (5, "#FF3A21", "Geschlechtergerechtigkeit", "Gender equality"),
    (6, "#26BDE2", "Sauberes Wasser und Sanitäreinrichtungen", "Clean water and sanitation"),
    (7, "#FCC30B", "Bezahlbare und saubere Energie", "Affordable and clean energy"),
    (8, "#A21942", "Menschenwürdige Arbeit und Wirtschaftswachstum", "Decent work and economic growth"),
    (9, "#FD6925", "Industrie, Innovation und Infrastruktur", "Industry, innovation and infrastructure"),
    (10, "#DD1367", "Weniger Ungleichheiten", "Reduced inequalities"),
    (11, "#FD9D24", "Nachhaltige Städte und Gemeinden", "Sustainable cities and communities"),
    (12, "#BF8B2E", "Nachhaltige/r Konsum und Produktion", "Responsible consumption and production"),
    (13, "#3F7E44", "Maßnahmen zum Klimaschutz", "Climate action"),
    (14, "#0A97D9", "Leben unter Wasser", "Life below water"),
    (15, "#56C02B", "Leben an Land", "Life on land"),
    (16, "#00689D", "Frieden, Gerechtigkeit und starke Institutionen", "Peace, justice and strong institutions"),
    (17, "#19486A", "Partnerschaften zur Erreichung der Ziele", "Partnerships for the goals"),
]

OVERVIEW = {
    "title_de": "17 Ziele für eine nachhaltige Entwicklung",
    "title_en": "17 Sustainable Development Goals",
    "slug_de": "nachhaltigkeitsziele",
    "slug_en": "sustainable-development-goals",
    "teaser_de": "Eine Übersicht zu den 17 verabschiedeten UN Zielen für eine nachhaltige "
    "Entwicklung und Armutsbekämpfung.",
    "teaser_en": "An overview of the 17 goals the United Nations adopted for sustainable "
    "development and the fight against poverty.",
}


def _translated(**values):
    """The translated columns plus the untranslated original column (German)."""
    fields = {}
    for name, (de, en) in values.items():
        fields.update({f"{name}_de": de, f"{name}_en": en, name: de})
    return fields


def _content_type(apps, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label="sdg", model=model)[0]


def create_goals(apps, schema_editor):
    Page = apps.get_model("dortmund_intl", "Page")
    GoalIndexPage = apps.get_model("sdg", "GoalIndexPage")
    Goal = apps.get_model("sdg", "Goal")

    overview = GoalIndexPage.objects.first()
    if overview is None:
        start = Page.objects.filter(parent__isnull=True, url_path_de="/de/").first()
        paths = {
            code: (start.url_path_de if code == "de" else start.url_path_en) if start else f"/{code}/"
            for code in ("de", "en")
        }
        overview = GoalIndexPage.objects.create(
            content_type=_content_type(apps, "goalindexpage"),
            parent=start,
            status="draft",
            sort_order=30,
            **_translated(
                title=(OVERVIEW["title_de"], OVERVIEW["title_en"]),
                slug=(OVERVIEW["slug_de"], OVERVIEW["slug_en"]),
                teaser=(OVERVIEW["teaser_de"], OVERVIEW["teaser_en"]),
                url_path=(
                    f"{paths['de']}{OVERVIEW['slug_de']}/",
                    f"{paths['en']}{OVERVIEW['slug_en']}/",
                ),
            ),
        )

    goal_type = _content_type(apps, "goal")
    existing = set(Goal.objects.values_list("number", flat=True))
    for number, colour, name_de, name_en in GOALS:
        if number in existing:
            continue
        slug_de, slug_en = f"ziel-{number}", f"goal-{number}"
        Goal.objects.create(
            content_type=goal_type,
            parent=overview,
            status="draft",
            sort_order=number,
            number=number,
            colour=colour,
            **_translated(
                name=(name_de, name_en),
                title=(f"Ziel {number}: {name_de}", f"Goal {number}: {name_en}"),
                slug=(slug_de, slug_en),
                teaser=(
                    f"Eine Übersicht zum UN Nachhaltigkeitsziel Nummer {number}: {name_de} "
                    "in Dortmund.",
                    f"An overview of UN Sustainable Development Goal {number}: {name_en} "
                    "in Dortmund.",
                ),
                url_path=(
                    f"{overview.url_path_de}{slug_de}/",
                    f"{overview.url_path_en}{slug_en}/",
                ),
            ),
        )


def remove_goals(apps, schema_editor):
    apps.get_model("sdg", "GoalTag").objects.all().delete()
    apps.get_model("sdg", "Goal").objects.all().delete()
    apps.get_model("sdg", "GoalIndexPage").objects.filter(children__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("sdg", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_goals, remove_goals)]
