"""Readable text on the goal colours (WCAG 2.1 contrast, success criterion 1.4.3).

The tiles keep the official UN colours and choose the text colour instead: white where
it reaches the AA ratio of 4.5:1 (as on the UN's own icons), otherwise the site's ink
colour or black. Black always succeeds where white fails: at the luminance where
white falls to 4.5:1, black reaches about 4.67:1, so every colour gets a readable text.
"""

AA_NORMAL_TEXT = 4.5
WHITE = "#FFFFFF"
INK = "#1B1B1B"  # --ink in static/css/site.css
BLACK = "#000000"


def relative_luminance(hex_colour: str) -> float:
    """The relative luminance of an sRGB colour such as "#E5243B" (WCAG 2.1 definition)."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(background: str) -> str:
    """The colour for normal-size text on ``background`` that meets WCAG AA."""
    for candidate in (WHITE, INK):
        if contrast_ratio(candidate, background) >= AA_NORMAL_TEXT:
            return candidate
    return BLACK


STYLESHEET = "static/css/sdg-colours.css"


def stylesheet(goals) -> str:
    """The goals' tile colours as classes ``.sdg-tile--1`` … ``.sdg-tile--17``.

    Public pages carry no inline style (the Content-Security-Policy allows styles from
    the site's own files only), so the colours live in a static file written from the
    goals by ``manage.py sdg_stylesheet``; a test keeps it in step with the database."""
    rules = "".join(
        f".sdg-tile--{goal.number} {{ --goal-colour: {goal.colour}; "
        f"--goal-text: {text_colour_on(goal.colour)}; }}\n"
        for goal in goals
    )
    return (
        "/* The 17 goals' colours (official UN colour, readable text colour).\n"
        "   Written by `manage.py sdg_stylesheet` from the goals; do not edit by hand. */\n" + rules
    )
