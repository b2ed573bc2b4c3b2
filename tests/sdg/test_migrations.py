"""The data migration: the 17 goals and their overview exist on every installation."""

import pytest

from dortmund_intl.models import Page
from sdg import services
from sdg.models import Goal, GoalIndexPage

pytestmark = pytest.mark.django_db

# From CONTENT.md (German names, official colours) and the UN (English names).
EXPECTED = {
    1: ("#E5243B", "Keine Armut", "No poverty"),
    2: ("#DDA63A", "Kein Hunger", "Zero hunger"),
    3: ("#4C9F38", "Gesundheit und Wohlergehen", "Good health and well-being"),
    4: ("#C5192D", "Hochwertige Bildung", "Quality education"),
    5: ("#FF3A21", "Geschlechtergerechtigkeit", "Gender equality"),
    6: ("#26BDE2", "Sauberes Wasser und Sanitäreinrichtungen", "Clean water and sanitation"),
    7: ("#FCC30B", "Bezahlbare und saubere Energie", "Affordable and clean energy"),
    8: (
        "#A21942",
        "Menschenwürdige Arbeit und Wirtschaftswachstum",
        "Decent work and economic growth",
    ),
    9: (
        "#FD6925",
        "Industrie, Innovation und Infrastruktur",
        "Industry, innovation and infrastructure",
    ),
    10: ("#DD1367", "Weniger Ungleichheiten", "Reduced inequalities"),
    11: ("#FD9D24", "Nachhaltige Städte und Gemeinden", "Sustainable cities and communities"),
    12: (
        "#BF8B2E",
        "Nachhaltige/r Konsum und Produktion",
        "Responsible consumption and production",
    ),
    13: ("#3F7E44", "Maßnahmen zum Klimaschutz", "Climate action"),
    14: ("#0A97D9", "Leben unter Wasser", "Life below water"),
    15: ("#56C02B", "Leben an Land", "Life on land"),
    16: (
        "#00689D",
        "Frieden, Gerechtigkeit und starke Institutionen",
        "Peace, justice and strong institutions",
    ),
    17: ("#19486A", "Partnerschaften zur Erreichung der Ziele", "Partnerships for the goals"),
}


def test_the_17_goals_exist_after_migrate_with_their_numbers_names_and_colours():
    goals = {goal.number: goal for goal in Goal.objects.all()}

    assert sorted(goals) == list(range(1, 18))
    for number, (colour, name_de, name_en) in EXPECTED.items():
        goal = goals[number]
        assert (goal.colour, goal.name_de, goal.name_en) == (colour, name_de, name_en)
        assert goal.title_de == f"Ziel {number}: {name_de}"
        assert goal.title_en == f"Goal {number}: {name_en}"


def test_goal_teasers_are_the_sentences_the_seeds_show():
    goal = Goal.objects.get(number=15)

    assert goal.teaser_de == (
        "Eine Übersicht zum UN Nachhaltigkeitsziel Nummer 15: Leben an Land in Dortmund."
    )
    assert goal.teaser_en == (
        "An overview of UN Sustainable Development Goal 15: Life on land in Dortmund."
    )


def test_goals_hang_under_the_overview_at_their_final_addresses_as_drafts():
    overview = GoalIndexPage.objects.get()
    goal = Goal.objects.get(number=15)

    assert overview.url_path_de == "/de/nachhaltigkeitsziele/"
    assert overview.url_path_en == "/en/sustainable-development-goals/"
    assert goal.parent_id == overview.pk
    assert goal.url_path_de == "/de/nachhaltigkeitsziele/ziel-15/"
    assert goal.url_path_en == "/en/sustainable-development-goals/goal-15/"
    # Nothing half-written goes public: the texts are written before publishing.
    assert not Page.objects.published().filter(pk__in=[overview.pk, goal.pk]).exists()


def test_goals_are_pages_of_their_own_kind():
    goal = Page.objects.get(url_path_de="/de/nachhaltigkeitsziele/ziel-15/")

    assert isinstance(goal.specific, Goal)
    assert isinstance(Page.objects.get(pk=goal.parent_id).specific, GoalIndexPage)


def test_overview_is_created_under_the_start_page_when_there_is_one(start_page):
    """The migration's second case, run again with the live models (sdg.services)."""
    Goal.objects.all().delete()
    GoalIndexPage.objects.all().delete()

    services.ensure_goals()

    overview = GoalIndexPage.objects.get()
    assert overview.parent_id == start_page.pk
    assert overview.url_path_de == "/de/nachhaltigkeitsziele/"
    assert Goal.objects.count() == 17
    assert Goal.objects.get(number=6).url_path_en == "/en/sustainable-development-goals/goal-6/"
