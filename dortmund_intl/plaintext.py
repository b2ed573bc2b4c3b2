"""Editors' plain text without the control characters nobody can see or type.

Text pasted from a word processor or a PDF can carry control characters (a form
feed, a vertical tab, U+0001 ...). They show as nothing on a page, but XML 1.0 cannot
carry them at all, so one in a title broke the RSS feed. They are dropped silently
when an editor saves (TranslationTracked.clean_fields) — an error about a character
nobody can see would only puzzle — and again wherever text goes into XML (the feed),
for text stored before. Tabs and line breaks stay.
"""

import re

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def without_control_characters(value: str) -> str:
    return CONTROL_CHARACTERS.sub("", value) if value else value
