"""The Python helpers of the public templates (dortmund_intl/markup.py)."""

from django.utils import translation

from dortmund_intl.cards import PictureCard
from dortmund_intl.markup import lang_attr, picture

CARD = PictureCard(name="images/rathaus.jpg", width=1600, height=900, alt='Rathaus "alt" & neu')


def test_a_picture_escapes_what_editors_write():
    html = picture(CARD, 400, "100vw", class_="teaser__image")

    assert 'alt="Rathaus &#34;alt&#34; &amp; neu"' in html
    assert 'class="teaser__image"' in html
    assert 'width="1600" height="900"' in html
    assert "<script" not in picture(
        PictureCard(name="a.jpg", width=10, height=10, alt="<script>x</script>"), 400, "100vw"
    )


def test_a_picture_offers_its_renditions_and_picks_the_one_for_its_width():
    html = picture(CARD, 400, "100vw")

    assert 'src="/media/renditions/images/rathaus-400w.webp"' in html
    assert (
        'srcset="/media/renditions/images/rathaus-400w.webp 400w, '
        "/media/renditions/images/rathaus-800w.webp 800w, "
        "/media/renditions/images/rathaus-1200w.webp 1200w, /media/images/rathaus.jpg 1600w"
    ) in html
    assert 'loading="lazy"' in html


def test_a_decorative_picture_has_an_empty_alt():
    assert 'alt=""' in picture(CARD, 400, "100vw", decorative=True)


def test_german_text_on_an_english_page_is_marked():
    card = PictureCard(name="a.jpg", width=10, height=10, alt="Rathaus", fallbacks={"alt"})

    with translation.override("en"):
        assert lang_attr(card, "alt") == ' lang="de"'
        assert ' lang="de" ' in picture(card, 400, "100vw")
    assert lang_attr(CARD, "alt") == ""


def test_picture_addresses_follow_media_url_when_it_changes(settings):
    before = picture(CARD, 400, "100vw")
    settings.MEDIA_URL = "https://media.example.org/files/"

    after = picture(CARD, 400, "100vw")

    assert 'src="/media/renditions/images/rathaus-400w.webp"' in before
    assert 'src="https://media.example.org/files/renditions/images/rathaus-400w.webp"' in after
    assert "/media/" not in after.replace("media.example.org", "")


def test_the_date_filter_writes_each_day_in_the_language_of_the_page():
    import datetime

    from django.template import engines

    template = engines["jinja2"].from_string('{{ day|date("DATE_FORMAT") }}|{{ moment|date("Y") }}')
    day = datetime.date(2026, 3, 2)
    moment = datetime.datetime(2021, 5, 1, 12, tzinfo=datetime.UTC)
    shown = []
    for language in ("de", "en", "de", "en"):
        with translation.override(language):
            shown.append(template.render({"day": day, "moment": moment}))

    assert shown == ["2. März 2026|2021", "March 2, 2026|2021"] * 2
