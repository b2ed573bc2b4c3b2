"""Hints for a text in Leichte Sprache, shown to the editor as they write.

The rules checked are the ones a program can check reliably enough to be worth a hint
(Netzwerk Leichte Sprache, "Die Regeln für Leichte Sprache"; DIN SPEC 33429):

- a sentence has at most 15 words (one statement per sentence);
- a long word (more than 15 letters) is split with a hyphen ("Bundes-Tag") or a media
  point ("Bundes·tag") so it can be read in parts; pyphen's German hyphenation
  dictionary suggests where its syllables are;
- no passive voice: a form of "werden" with a past participle ("wird gemacht",
  "wurden eingeladen"). German grammar is not fully detectable by a pattern; the hint
  says "probably" and the editor decides.

A hint is advice, never a refusal: the editor may keep the text.
"""

import html
import re
from dataclasses import dataclass
from functools import lru_cache

import pyphen
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

MAX_SENTENCE_WORDS = 15
MAX_WORD_LETTERS = 15
MEDIA_POINT = "·"
# The forms of "werden" that build the passive (present, past, subjunctive, perfect).
WERDEN = frozenset(
    [
        "werde",
        "wirst",
        "wird",
        "werden",
        "werdet",
        "wurde",
        "wurdest",
        "wurden",
        "wurdet",
        "würde",
        "würdest",
        "würden",
        "würdet",
        "worden",
    ]
)
# Past participles: ge…t / ge…en (gemacht, gesehen), …iert (informiert), and verbs
# with an inseparable prefix (besucht, verteilt, erklärt, entwickelt, zerstört).
PARTICIPLE = re.compile(
    r"^(?:\w*ge\w{2,}(?:t|en)|\w{3,}iert|(?:be|ver|er|ent|zer|emp|miss|über)\w{2,}t)$"
)
# Strong verbs with an inseparable prefix end in -en (unterschrieben, vergessen), like
# infinitives: they count only after a form of "werden" that cannot build the future.
PREFIXED_EN = re.compile(r"^(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter|wider)\w{3,}en$")
NOT_FUTURE = frozenset(["wird", "wurde", "wurdest", "wurden", "wurdet", "worden"])
# Words that match the participle pattern but are not participles (adjectives,
# nouns and adverbs after "wird"/"werden" in everyday texts).
NOT_PARTICIPLES = frozenset(
    [
        "gern",
        "gestern",
        "gegen",
        "genau",
        "geht",
        "gibt",
        "gut",
        "bekannt",
        "erst",
        "mehr",
        "selbst",
        "bereit",
    ]
)
WORD = re.compile(r"[\w·\-]*\w[\w·\-]*")
# Block-level ends split sentences too: a heading or list item has no full stop.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n+")
MAX_TEXT = 100_000  # characters looked at; a longer text gets hints for its start


@dataclass(frozen=True)
class Hint:
    kind: str  # "sentence", "word" or "passive"
    message: str
    excerpt: str


@lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="de_DE")


def plain_text(value: str) -> str:
    """The text of an editor's field (rich text or plain), one block per line."""
    value = BLOCK_END.sub("\n", value[:MAX_TEXT])
    return html.unescape(strip_tags(value))


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def letters(word: str) -> int:
    return sum(character.isalpha() for character in word)


def is_passive(words: list[str]) -> bool:
    lowered = [word.lower() for word in words]
    for index, word in enumerate(lowered):
        if word in WERDEN:
            rest = lowered[index + 1 :] + lowered[:index]
            if any(PARTICIPLE.match(w) and w not in NOT_PARTICIPLES for w in rest):
                return True
            if word in NOT_FUTURE and any(PREFIXED_EN.match(w) for w in rest):
                return True
    return False


def hints_for(value: str) -> list[Hint]:
    """The hints for one field's text, in reading order."""
    found = []
    for sentence in sentences(plain_text(value or "")):
        words = WORD.findall(sentence)
        if len(words) > MAX_SENTENCE_WORDS:
            found.append(
                Hint(
                    "sentence",
                    _(
                        "This sentence has %(count)s words. In Leichte Sprache a sentence "
                        "has at most %(max)s: split it into two."
                    )
                    % {"count": len(words), "max": MAX_SENTENCE_WORDS},
                    sentence,
                )
            )
        for word in words:
            if letters(word) > MAX_WORD_LETTERS and not ({"-", MEDIA_POINT} & set(word)):
                syllables = _hyphenator().inserted(word, hyphen=MEDIA_POINT)
                found.append(
                    Hint(
                        "word",
                        _(
                            "“%(word)s” is a long word. Split it with a hyphen or a media "
                            "point where its parts are, e.g. “Städte-Partnerschaft”. "
                            "Its syllables: %(syllables)s"
                        )
                        % {"word": word, "syllables": syllables},
                        word,
                    )
                )
        if is_passive(words):
            found.append(
                Hint(
                    "passive",
                    _(
                        "This sentence is probably in the passive voice. Say who does "
                        "something, e.g. “Die Stadt lädt Sie ein” instead of “Sie werden "
                        "eingeladen”."
                    ),
                    sentence,
                )
            )
    return found


def hints_for_fields(values: dict[str, str]) -> dict[str, list[Hint]]:
    """Hints per field name, for the fields that have any."""
    return {name: found for name, value in values.items() if (found := hints_for(value))}
