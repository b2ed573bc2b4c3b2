"""The goal tiles' text must stay readable: WCAG 2.1 AA, 4.5:1 for normal text."""

import itertools

import pytest

from sdg.colours import contrast_ratio, text_colour_on
from sdg.models import Goal


def test_contrast_ratio_follows_the_wcag_formula():
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21)
    assert contrast_ratio("#56C02B", "#56C02B") == pytest.approx(1)
    # #767676 is the lightest grey that passes AA on white.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < 4.5


@pytest.mark.django_db
def test_text_on_every_goal_colour_meets_wcag_aa():
    goals = list(Goal.objects.all())

    assert len(goals) == 17
    for goal in goals:
        assert contrast_ratio(goal.text_colour, goal.colour) >= 4.5, goal.number


def test_white_is_kept_where_it_is_readable_as_on_the_un_icons():
    assert text_colour_on("#19486A") == "#FFFFFF"  # goal 17
    assert text_colour_on("#FCC30B") != "#FFFFFF"  # goal 7, white would be 1.6:1


def test_the_chosen_text_colour_meets_aa_on_any_background():
    steps = range(0, 256, 15)
    for r, g, b in itertools.product(steps, steps, steps):
        background = f"#{r:02X}{g:02X}{b:02X}"
        assert contrast_ratio(text_colour_on(background), background) >= 4.5, background
