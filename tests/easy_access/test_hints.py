"""The Leichte-Sprache hints an editor sees while writing (dortmund_intl/easy_access/hints.py)."""

from dortmund_intl.easy_access.hints import hints_for


def kinds(text: str) -> list[str]:
    return [hint.kind for hint in hints_for(text)]


def test_a_sentence_over_15_words_gets_a_hint_and_one_of_15_does_not():
    fifteen = " ".join(["Wort"] * 15) + "."
    sixteen = " ".join(["Wort"] * 16) + "."

    assert kinds(fifteen) == []
    [hint] = hints_for(sixteen)
    assert hint.kind == "sentence"
    assert "16" in hint.message and hint.excerpt == sixteen


def test_sentences_are_counted_one_by_one_and_paragraphs_end_a_sentence():
    text = "<p>" + " ".join(["Wort"] * 10) + "</p><p>" + " ".join(["Wort"] * 10) + "</p>"
    assert kinds(text) == []
    assert kinds(" ".join(["Wort"] * 10) + ". " + " ".join(["Wort"] * 10) + "!") == []


def test_a_long_word_gets_a_hint_with_its_syllables():
    [hint] = hints_for("Die Städtepartnerschaft ist alt.")

    assert hint.kind == "word"
    assert hint.excerpt == "Städtepartnerschaft"
    assert "Städ·te·part·ner·schaft" in hint.message  # pyphen's German syllables


def test_a_long_word_split_with_a_hyphen_or_a_media_point_is_fine():
    assert kinds("Die Städte-Partnerschaft ist alt.") == []
    assert kinds("Die Städte·partnerschaft ist alt.") == []
    assert kinds("Fünfzehnbuchst ist ein Wort mit fünfzehn.") == []  # exactly 15 letters


def test_passive_voice_gets_a_hint():
    assert kinds("Das Fest wird von der Stadt organisiert.") == ["passive"]
    assert kinds("Die Gäste wurden eingeladen.") == ["passive"]
    assert kinds("Der Vertrag ist 1969 unterschrieben worden.") == ["passive"]
    assert kinds("Das Haus wird besucht.") == ["passive"]


def test_active_voice_and_werden_without_a_participle_get_no_hint():
    assert kinds("Die Stadt lädt Sie ein.") == []
    assert kinds("Es wird kalt.") == []
    assert kinds("Wir werden kommen.") == []
    assert kinds("Sie werden gehen.") == []
    assert kinds("Das Büro wird gern helfen.") == []


def test_html_is_read_as_text():
    assert kinds("<p>Das ist <strong>gut</strong> &amp; klar.</p>") == []
    [hint] = hints_for("<p>Das Wort <em>Oberbürgermeisterin</em> ist lang.</p>")
    assert hint.excerpt == "Oberbürgermeisterin"
