"""Text for the search index: markup removed, words found and stemmed, excerpts marked.

The same functions serve both databases: PostgreSQL stems with its own german/english
configurations, SQLite's FTS5 has Porter for English but no German stemmer, so German
words are stemmed here (Snowball, the algorithm PostgreSQL's german configuration
uses) on the way into the index and on the way into the query.
"""

import re
from functools import lru_cache
from html import escape
from html.parser import HTMLParser

import snowballstemmer
from markupsafe import Markup

WORD = re.compile(r"[^\W_]+")
STEMMERS = {"de": "german", "en": "english"}
EXCERPT_WORDS = 32


class _TextOnly(HTMLParser):
    """Collects the text of rich-text HTML; block elements end a word."""

    BLOCKS = {"p", "br", "li", "h2", "h3", "h4", "blockquote", "hr", "ul", "ol", "div"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        self.handle_starttag(tag, ())

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(html: str) -> str:
    """The words a visitor reads in rich text, without tags, attributes or entities."""
    parser = _TextOnly()
    parser.feed(html or "")
    parser.close()
    return " ".join("".join(parser.parts).split())


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


@lru_cache(maxsize=len(STEMMERS))
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS.get(language, "english"))


# Longer words are stemmed every time: visitors can type words of any length, and the
# memo's bound counts words, so this keeps its size in bytes bounded too.
REMEMBERED_LENGTH = 40


def stem(word: str, language: str) -> str:
    word = word.lower()
    if len(word) > REMEMBERED_LENGTH:
        return _stemmer(language).stemWord(word)
    return _stem(word, language)


# Snowball is pure Python (some 40 µs a word) and a results page stems every word of
# its hits' texts to find the passages to show. A word's stem never changes, so the
# most recent ones are remembered; the bound holds whatever visitors search for.
@lru_cache(maxsize=16384)
def _stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


def stemmed(text: str, language: str) -> str:
    """The text as its word stems, for SQLite's German FTS5 table."""
    return " ".join(_stemmer(language).stemWords([w.lower() for w in words(text)]))


def passage(text: str, query_words: list[str], language: str) -> tuple[Markup, bool]:
    """A passage of the text around its first word that matches the query (the start
    of the text when none does), escaped, with the matching words in <mark>; and
    whether any word matched.

    The text is read word by word only as far as the passage reaches, and each distinct
    word is stemmed once: a result page does this for every hit's body, hundreds of
    words that mostly repeat."""
    text = text or ""
    wanted = {stem(word, language) for word in query_words}
    known = {}

    def matching(word: str) -> bool:
        found = known.get(word)
        if found is None:
            found = known[word] = stem(word, language) in wanted
        return found

    tokens, first = [], None
    remaining = WORD.finditer(text)
    for token in remaining:
        tokens.append(token)
        if matching(token.group()):
            first = len(tokens) - 1
            break
    if not tokens:
        return Markup(escape(text[:200])), False
    start = max(0, (first or 0) - EXCERPT_WORDS // 3)
    while start > 0 and not text[tokens[start].start() - 1].isspace():
        start -= 1  # start at a whole word ("Dortmund's", not "s")
    # Read on to the passage's end, and one word beyond: whether the text goes on.
    for token in remaining:
        tokens.append(token)
        if len(tokens) > start + EXCERPT_WORDS:
            break
    end = min(len(tokens), start + EXCERPT_WORDS)
    begin = tokens[start].start()
    finish = tokens[end - 1].end() if end < len(tokens) else len(text)
    parts, position = [], begin
    for token in tokens[start:end]:
        if matching(token.group()):
            parts.append(escape(text[position : token.start()]))
            parts.append(f"<mark>{escape(token.group())}</mark>")
            position = token.end()
    parts.append(escape(text[position:finish]))
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return Markup(prefix + "".join(parts) + suffix), first is not None


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word (padded with two spaces before, one after)."""
    padded = f"  {word.lower()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(): shared trigrams over all trigrams of both words."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second) if first | second else 0.0
