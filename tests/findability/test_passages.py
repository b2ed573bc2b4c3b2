"""The passage a hit shows: around the first word found, whole words, marked, and
"…" where the text goes on; the teaser's when the body has no word of the query."""

import re

import pytest

from dortmund_intl.findability.text import EXCERPT_WORDS, passage
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

FILLER = " ".join(f"Wort{i}" for i in range(200))


def excerpt(client, query):
    html = client.get("/de/suche/", {"q": query}).content.decode()
    return re.findall(r'<p class="search-result__excerpt"[^>]*>(.*?)</p>', html, re.S)


def test_a_match_deep_in_a_long_body_shows_the_words_around_it(client, start_page):
    TopicPageFactory(
        title_de="Lang", teaser_de="Kurz", body_de=f"<p>{FILLER} Partnerschaften {FILLER}</p>"
    )

    [shown] = excerpt(client, "Partnerschaft")

    assert shown.startswith("… Wort190 ")  # ten words before the match
    assert "<mark>Partnerschaften</mark>" in shown
    assert shown.endswith(f"Wort{EXCERPT_WORDS - 12} …")
    assert len(re.findall(r"\w+", shown.replace("<mark>", "").replace("</mark>", ""))) == 32


def test_a_body_without_the_word_gives_way_to_the_teaser(client, start_page):
    TopicPageFactory(title_de="Partnerschaft", teaser_de="Ein Teaser", body_de=f"<p>{FILLER}</p>")

    assert excerpt(client, "Partnerschaft") == ["Ein Teaser"]


def test_the_passage_starts_at_a_whole_word():
    # Ten words before the match would start at the "s" of "Dortmund's".
    text = "eins " * 5 + "Dortmund's " + "zwei " * 9 + "Partnerschaft"

    shown, matched = passage(text, ["Partnerschaft"], "de")

    assert matched
    assert shown == "… Dortmund&#x27;s " + "zwei " * 9 + "<mark>Partnerschaft</mark>"


def test_a_text_without_the_word_shows_its_start_unmarked():
    shown, matched = passage(FILLER, ["Partnerschaft"], "de")

    assert not matched
    assert shown.startswith("Wort0 Wort1 ")
    assert shown.endswith(f"Wort{EXCERPT_WORDS - 1} …")
    assert "<mark>" not in shown
