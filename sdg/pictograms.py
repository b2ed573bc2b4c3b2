"""The site's own pictogram for each goal, drawn from simple shapes.

Each entry is the inside of an SVG with ``viewBox="0 0 64 64"``. Strokes and fills use
``currentColor``, so a pictogram takes the readable text colour of its tile
(sdg.colours). They are our own drawings, not the UN's icons, and need no image file.
"""

from django.utils.safestring import mark_safe

_LINE = (
    'fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" '
    'stroke-linejoin="round"'
)
_FILL = 'fill="currentColor"'


def _figure(cx: int, top: int) -> str:
    return (
        f'<circle {_FILL} cx="{cx}" cy="{top}" r="5"/>'
        f'<path {_FILL} d="M{cx - 7} {top + 30} v-14 a7 7 0 0 1 14 0 v14 z"/>'
    )


_PICTOGRAMS = {
    # 1 No poverty: three people side by side
    1: _figure(14, 22) + _figure(32, 16) + _figure(50, 22),
    # 2 Zero hunger: a bowl with steam
    2: (
        f'<path {_FILL} d="M8 34 h48 a24 22 0 0 1 -48 0 z"/>'
        f'<path {_LINE} d="M22 26 c-4 -5 4 -8 0 -14 M32 26 c-4 -5 4 -8 0 -14 '
        f'M42 26 c-4 -5 4 -8 0 -14"/>'
    ),
    # 3 Good health and well-being: a heart with a pulse line
    3: (
        f'<path {_LINE} d="M32 54 C14 42 6 32 10 21 C14 11 27 11 32 21 C37 11 50 11 54 21 '
        f'C58 32 50 42 32 54 Z"/>'
        f'<path {_LINE} d="M4 34 h14 l5 -9 l6 16 l5 -12 l3 5 h23"/>'
    ),
    # 4 Quality education: an open book
    4: (
        f'<path {_LINE} d="M32 18 C25 12 15 11 8 13 V50 C15 48 25 49 32 54 C39 49 49 48 56 50 '
        f'V13 C49 11 39 12 32 18 Z M32 18 V54"/>'
    ),
    # 5 Gender equality: the two gender signs joined, an equals sign inside
    5: (
        f'<circle {_LINE} cx="29" cy="33" r="13"/>'
        f'<path {_LINE} d="M38 24 L52 10 M42 10 h10 v10 M29 46 v14 M22 53 h14 '
        f'M23 30 h12 M23 36 h12"/>'
    ),
    # 6 Clean water and sanitation: a drop with a wave
    6: (
        f'<path {_LINE} d="M32 6 C26 16 14 29 14 40 a18 18 0 0 0 36 0 C50 29 38 16 32 6 Z"/>'
        f'<path {_LINE} d="M22 41 c3 -3 7 3 10 0 s7 3 10 0"/>'
    ),
    # 7 Affordable and clean energy: the sun
    7: (
        f'<circle {_LINE} cx="32" cy="32" r="11"/>'
        f'<path {_LINE} d="M32 6 v7 M32 51 v7 M6 32 h7 M51 32 h7 M13.6 13.6 l5 5 M45.4 45.4 l5 5 '
        f'M13.6 50.4 l5 -5 M45.4 18.6 l5 -5"/>'
    ),
    # 8 Decent work and economic growth: rising bars and an arrow
    8: (
        f'<path {_FILL} d="M8 44 h10 v14 h-10 z M23 36 h10 v22 h-10 z M38 28 h10 v30 h-10 z"/>'
        f'<path {_LINE} d="M8 30 L22 20 L31 25 L54 8 M45 8 h9 v9"/>'
    ),
    # 9 Industry, innovation and infrastructure: building blocks
    9: (f'<path {_LINE} d="M8 38 h20 v18 h-20 z M36 38 h20 v18 h-20 z M22 12 h20 v18 h-20 z"/>'),
    # 10 Reduced inequalities: an equals sign in a diamond
    10: (
        f'<path {_LINE} d="M32 5 L59 32 L32 59 L5 32 Z"/><path {_LINE} d="M21 27 h22 M21 37 h22"/>'
    ),
    # 11 Sustainable cities and communities: houses and a tower
    11: (
        f'<path {_LINE} d="M4 56 h56 M9 56 V32 l9 -8 l9 8 V56 M27 56 V12 h14 V56 '
        f'M41 56 V30 h14 V56"/>'
        f'<path {_FILL} d="M31 18 h6 v5 h-6 z M31 28 h6 v5 h-6 z M31 38 h6 v5 h-6 z"/>'
    ),
    # 12 Responsible consumption and production: a loop without end
    12: (
        f'<path {_LINE} d="M32 32 C26 20 8 20 8 32 C8 44 26 44 32 32 C38 20 56 20 56 32 '
        f'C56 44 38 44 32 32 Z"/>'
    ),
    # 13 Climate action: an eye with the globe as its iris
    13: (
        f'<path {_LINE} d="M4 32 C16 14 48 14 60 32 C48 50 16 50 4 32 Z"/>'
        f'<circle {_LINE} cx="32" cy="32" r="10"/>'
        f'<path {_LINE} d="M22 32 h20 M32 22 C27 27 27 37 32 42 C37 37 37 27 32 22"/>'
    ),
    # 14 Life below water: a fish under waves
    14: (
        f'<path {_LINE} d="M4 12 c4 -4 8 4 12 0 s8 4 12 0 s8 4 12 0 s8 4 12 0 s6 3 8 1"/>'
        f'<path {_LINE} d="M10 40 C19 27 37 27 46 40 C37 53 19 53 10 40 Z"/>'
        f'<path {_FILL} d="M44 40 L58 30 V50 Z"/>'
        f'<circle {_FILL} cx="20" cy="38" r="2.5"/>'
    ),
    # 15 Life on land: a tree on the ground
    15: (
        f'<circle {_FILL} cx="32" cy="22" r="15"/>'
        f'<path {_LINE} d="M32 30 V56 M32 46 L24 39 M32 41 L40 34 M10 56 h44"/>'
    ),
    # 16 Peace, justice and strong institutions: the scales of justice
    16: (
        f'<path {_LINE} d="M32 8 V54 M20 56 h24 M12 16 h40 M12 16 L5 34 M12 16 L19 34 '
        f'M52 16 L45 34 M52 16 L59 34"/>'
        f'<path {_FILL} d="M3 34 h18 a9 7 0 0 1 -18 0 z M43 34 h18 a9 7 0 0 1 -18 0 z"/>'
    ),
    # 17 Partnerships for the goals: linked rings
    17: (f'<circle {_LINE} cx="23" cy="32" r="14"/><circle {_LINE} cx="41" cy="32" r="14"/>'),
}


def pictogram(number: int) -> str:
    """The SVG shapes of goal ``number`` (trusted markup written here, never user input)."""
    return mark_safe(_PICTOGRAMS.get(number, ""))
