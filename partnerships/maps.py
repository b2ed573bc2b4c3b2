"""The partnership maps, drawn by the site itself.

Coordinates are projected with the Equal Earth projection (Šavrič, Patterson, Jenny
2018) onto a canvas fitted around Dortmund and its partners; the country outlines
come from Natural Earth (data/countries-110m.json, public domain). The template turns
the result into an inline SVG: no tiles, no scripts, nothing loaded from elsewhere.
Labels are placed next to their points so that none covers another label or point.
"""

import json
import math
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from markupsafe import Markup, escape

DATA = Path(__file__).resolve().parent / "data" / "countries-110m.json"

WIDTH = 960
FONT_SIZE = 17  # label size in canvas units; the template's CSS uses the same
POINT_RADIUS = 6
HOME = ("Dortmund", 51.5136, 7.4653)  # label, latitude, longitude

# Equal Earth constants.
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Equal Earth: (x, y) with y growing southwards, as on a screen."""
    phi = math.radians(latitude)
    lam = math.radians(longitude)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, -y


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def overlap(self, other: "Box") -> float:
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return width * height if width > 0 and height > 0 else 0.0

    def outside(self, width: float, height: float) -> float:
        """How far the box sticks out of the canvas (0 when inside)."""
        return (
            max(0.0, -self.left)
            + max(0.0, -self.top)
            + max(0.0, self.right - width)
            + max(0.0, self.bottom - height)
        )


@dataclass
class Marker:
    label: str
    x: float
    y: float
    url: str = ""
    state: str = ""
    lang: str | None = None  # "de" when an English page shows the German name
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "start"
    leader: bool = False
    leader_to: tuple[float, float] = (0.0, 0.0)


@dataclass
class Map:
    width: int
    height: int
    land: str
    home: Marker
    markers: list[Marker] = field(default_factory=list)

    @property
    def states(self) -> list[str]:
        """The partnership states shown on this map, for the legend."""
        return sorted({marker.state for marker in self.markers})

    @cached_property
    def markers_svg(self) -> Markup:
        """The partners' points as SVG links, each value escaped: written once per map
        (maps are remembered, see ``draw``) rather than on every request, as an
        overview shows two dozen points of a dozen values each."""
        return Markup("".join(_marker_svg(marker) for marker in self.markers))


def _marker_svg(marker: Marker) -> str:
    line = ""
    if marker.leader:
        line = (
            f'<line class="partnership-map__leader" x1="{escape(marker.x)}" y1="{escape(marker.y)}"'
            f' x2="{escape(marker.leader_to[0])}" y2="{escape(marker.leader_to[1])}"/>'
        )
    lang = f' lang="{escape(marker.lang)}"' if marker.lang else ""
    return (
        f'\n    <a href="{escape(marker.url)}" class="partnership-map__point'
        f' partnership-map__point--{escape(marker.state)}">\n      {line}\n'
        f'      <circle cx="{escape(marker.x)}" cy="{escape(marker.y)}" r="6"/>\n'
        f'      <text x="{escape(marker.label_x)}" y="{escape(marker.label_y)}"'
        f' text-anchor="{escape(marker.anchor)}"{lang}>{escape(marker.label)}</text>\n'
        "    </a>\n    "
    )


@cache
def _rings() -> list[list[tuple[float, float]]]:
    with DATA.open() as data:
        return [[project(lat, lon) for lon, lat in ring] for ring in json.load(data)]


def _numbers(values) -> str:
    """SVG path numbers, as short as they go: a minus sign separates as well as a space."""
    out = ""
    for value in values:
        text = str(value)
        out += text if (not out or text.startswith("-")) else " " + text
    return out


@lru_cache(maxsize=32)  # one per map extent; the partnerships decide the extents
def _land_path(left: float, top: float, scale: float, width: int, height: int) -> str:
    """The country outlines inside the canvas as one SVG path in whole canvas units,
    relative moves, islands smaller than a few units left out."""
    commands = []
    for ring in _rings():
        points = [(round((x - left) * scale), round((y - top) * scale)) for x, y in ring]
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        if max(xs) < 0 or min(xs) > width or max(ys) < 0 or min(ys) > height:
            continue
        if max(xs) - min(xs) + max(ys) - min(ys) < 4:
            continue
        kept = [points[0]]
        for point in points[1:]:
            if abs(point[0] - kept[-1][0]) + abs(point[1] - kept[-1][1]) >= 3:
                kept.append(point)
        if len(kept) < 3:
            continue
        deltas = []
        for (x0, y0), (x1, y1) in zip(kept, kept[1:], strict=False):
            deltas += [x1 - x0, y1 - y0]
        commands.append(f"M{_numbers(kept[0])}l{_numbers(deltas)}z")
    return "".join(commands)


def _fit(points: list[tuple[float, float]]) -> tuple[float, float, float, int]:
    """(left, top, scale, height) of a canvas WIDTH wide showing every point with room
    around it, neither much wider nor much taller than a screen."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    min_span = 0.35  # about 20 degrees of longitude: a single partner is not a street map
    span_x = max(max(xs) - min(xs), min_span)
    span_y = max(max(ys) - min(ys), min_span / 2)
    centre_x = (max(xs) + min(xs)) / 2
    centre_y = (max(ys) + min(ys)) / 2
    # Room for the points' labels: more at the sides, where the names run.
    span_x *= 1.3
    span_y *= 1.35
    ratio = min(max(span_y / span_x, 0.5), 0.75)
    if span_y / span_x > ratio:
        span_x = span_y / ratio
    else:
        span_y = span_x * ratio
    scale = WIDTH / span_x
    return centre_x - span_x / 2, centre_y - span_y / 2, scale, round(WIDTH * ratio)


def _text_width(text: str) -> float:
    return FONT_SIZE * (0.58 * len(text) + 0.3)


def _candidates(marker: Marker):
    """Label positions around a point, nearest first: (label x, y, anchor, leader)."""
    gap = POINT_RADIUS + 4
    base = FONT_SIZE * 0.35  # from the text's baseline to its middle
    for distance, leader in ((0, False), (FONT_SIZE * 1.6, True), (FONT_SIZE * 3.2, True)):
        d = distance
        yield marker.x + gap + d, marker.y + base, "start", leader
        yield marker.x - gap - d, marker.y + base, "end", leader
        yield marker.x, marker.y - gap - d - base + 2, "middle", leader
        yield marker.x, marker.y + gap + d + base * 2 + 4, "middle", leader
        yield marker.x + gap * 0.7 + d, marker.y - gap - d * 0.6, "start", leader
        yield marker.x + gap * 0.7 + d, marker.y + gap + d * 0.6 + base * 2, "start", leader
        yield marker.x - gap * 0.7 - d, marker.y - gap - d * 0.6, "end", leader
        yield marker.x - gap * 0.7 - d, marker.y + gap + d * 0.6 + base * 2, "end", leader


def _label_box(x: float, y: float, anchor: str, text: str) -> Box:
    width = _text_width(text)
    left = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    return Box(left - 2, y - FONT_SIZE * 0.85, left + width + 2, y + FONT_SIZE * 0.3)


def _point_box(marker: Marker) -> Box:
    r = POINT_RADIUS + 2
    return Box(marker.x - r, marker.y - r, marker.x + r, marker.y + r)


def place_labels(markers: list[Marker], width: int, height: int) -> None:
    """Put each label where it covers no other label or point (greedy, crowded first);
    where every place is taken, the least covered one, with a leader line."""
    points = [_point_box(marker) for marker in markers]
    placed: list[Box] = []

    def crowding(marker: Marker) -> int:
        return -sum(
            1 for other in markers if abs(other.x - marker.x) + abs(other.y - marker.y) < 80
        )

    for marker in sorted(markers, key=crowding):
        best = None
        for x, y, anchor, leader in _candidates(marker):
            box = _label_box(x, y, anchor, marker.label)
            cost = (
                sum(box.overlap(other) for other in placed)
                + sum(box.overlap(point) for point in points)
                + box.outside(width, height) * 50
            )
            if best is None or cost < best[0]:
                best = (cost, x, y, anchor, leader, box)
            if cost == 0:
                break
        _cost, x, y, anchor, leader, box = best
        marker.label_x, marker.label_y, marker.anchor, marker.leader = (
            round(x, 1),
            round(y, 1),
            anchor,
            leader,
        )
        if leader:
            # The line ends at the label's edge nearest to the point.
            end_x = min(max(marker.x, box.left), box.right)
            end_y = min(max(marker.y, box.top), box.bottom)
            marker.leader_to = (round(end_x, 1), round(end_y, 1))
        placed.append(box)


def draw(partnerships) -> Map | None:
    """The map of these partnerships around Dortmund (None when there is nothing to show).

    The map is worked out from what it shows: each point's name, place, address, state
    and language. Placing the labels is most of a map overview's time, and the same
    partnerships give the same map, so the last few maps are remembered by exactly
    those values: a changed name, place or state is a different key and is drawn anew,
    nothing old is ever served, and the bound holds whatever is asked (one map per
    overview and language on a working site). Callers only read the map.
    """
    points = tuple(
        (
            p.municipality,
            p.latitude,
            p.longitude,
            p.get_absolute_url(),
            p.state,
            p.fallback_language("municipality"),
        )
        for p in partnerships
        if p.latitude is not None and p.longitude is not None
    )
    return _draw(points) if points else None


@lru_cache(maxsize=16)
def _draw(points: tuple) -> Map:
    home_label, home_lat, home_lon = HOME
    projected = [project(latitude, longitude) for _label, latitude, longitude, *_ in points]
    home_xy = project(home_lat, home_lon)
    left, top, scale, height = _fit([*projected, home_xy])

    def to_canvas(xy):
        return round((xy[0] - left) * scale, 1), round((xy[1] - top) * scale, 1)

    home = Marker(home_label, *to_canvas(home_xy), state="home")
    markers = [
        Marker(label, *to_canvas(xy), url=url, state=state, lang=lang)
        for (label, _lat, _lon, url, state, lang), xy in zip(points, projected, strict=True)
    ]
    place_labels([home, *markers], WIDTH, height)
    land = _land_path(round(left, 4), round(top, 4), round(scale, 2), WIDTH, height)
    return Map(width=WIDTH, height=height, land=land, home=home, markers=markers)
