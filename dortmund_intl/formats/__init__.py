"""Date formats where Django's own do not suit a European city's English pages: day
before month ("02/12/2026") and the 24-hour clock, as the German pages have them.
Only the formats named in en/formats.py differ from Django's."""
