import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from europe.models import EuropePrizeStage
from europe.selectors import europe_prize_ladder
from tests.europe.factories import AwardFactory, EUInfoPageFactory, EUProjectFactory

pytestmark = pytest.mark.django_db


def test_each_stage_of_the_europe_prize_can_be_given_only_once(start_page):
    AwardFactory(europe_prize_stage=EuropePrizeStage.PLAQUE_OF_HONOUR)

    with pytest.raises(IntegrityError):
        AwardFactory(europe_prize_stage=EuropePrizeStage.PLAQUE_OF_HONOUR)


def test_awards_outside_the_ladder_may_share_the_empty_stage(start_page):
    AwardFactory(europe_prize_stage=None)
    AwardFactory(europe_prize_stage=None)


def test_a_project_cannot_end_before_it_starts(start_page):
    project = EUProjectFactory.build(
        parent=EUProjectFactory().parent, start_year=2024, end_year=2020, slug_de="x"
    )

    with pytest.raises(ValidationError) as error:
        project.full_clean()

    assert "end_year" in error.value.message_dict


def test_an_information_page_needs_an_address_for_its_link_text(start_page):
    page = EUInfoPageFactory(source_link="")

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "source_link" in error.value.message_dict


def test_the_ladder_without_awards_shows_four_open_stages(db):
    ladder = europe_prize_ladder()

    assert [step.name for step in ladder] == [
        "Europadiplom",
        "Ehrenfahne",
        "Ehrenplakette",
        "Europapreis",
    ]
    assert all(step.is_open and not step.is_current and step.award is None for step in ladder)


def test_the_ladder_marks_awarded_stages_the_current_and_the_open_ones(start_page):
    flag = AwardFactory(year=1979, europe_prize_stage=EuropePrizeStage.FLAG_OF_HONOUR)
    plaque = AwardFactory(year=2021, europe_prize_stage=EuropePrizeStage.PLAQUE_OF_HONOUR)

    ladder = europe_prize_ladder()

    assert [step.award and step.award.pk for step in ladder] == [None, flag.pk, plaque.pk, None]
    assert [step.is_current for step in ladder] == [False, False, True, False]
    assert [step.is_open for step in ladder] == [False, False, False, True]
