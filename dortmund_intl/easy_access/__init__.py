"""Leichte Sprache and Deutsche Gebärdensprache: the two alternative-language page kinds
BITV 2.0 § 4 asks a public body's website to offer.

They live in one app because they answer one requirement: § 4 asks for explanations in
German Sign Language *and* in Leichte Sprache on the start page of a public body's
site (what the site contains, how to find one's way, the main contents of the
accessibility statement, pointers to further content in that language). Both are
German-only kinds of page (``GermanOnlyPage``), both are linked from the header of
every German page, and both are checked as editors write them: a Leichte-Sprache text
gets hints (``hints.py``), a sign-language video is checked with ffprobe against
BITV 2.0 Anlage 2 (``video.py``).
"""
