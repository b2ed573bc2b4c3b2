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


def matches(text: str, query_words: list[str], language: str) -> bool:
    wanted = {stem(word, language) for word in query_words}
    return any(stem(word, language) in wanted for word in words(text))


def excerpt(text: str, query_words: list[str], language: str) -> Markup:
    """A passage of the text around its first word that matches the query (the start
    of the text when none does), escaped, with the matching words in <mark>."""
    wanted = {stem(word, language) for word in query_words}
    tokens = list(WORD.finditer(text or ""))
    if not tokens:
        return Markup(escape((text or "")[:200]))
    first = next((i for i, m in enumerate(tokens) if stem(m.group(), language) in wanted), 0)
    start = max(0, first - EXCERPT_WORDS // 3)
    while start > 0 and not text[tokens[start].start() - 1].isspace():
        start -= 1  # start at a whole word ("Dortmund's", not "s")
    end = min(len(tokens), start + EXCERPT_WORDS)
    begin = tokens[start].start()
    finish = tokens[end - 1].end() if end < len(tokens) else len(text)
    parts, position = [], begin
    for match in tokens[start:end]:
        if stem(match.group(), language) in wanted:
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:finish]))
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return Markup(prefix + "".join(parts) + suffix)


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word (padded with two spaces before, one after)."""
    padded = f"  {word.lower()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(): shared trigrams over all trigrams of both words."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second) if first | second else 0.0
