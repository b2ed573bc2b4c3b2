import itertools

import pytest

from partnerships import maps
from partnerships.demo import PARTNERSHIPS
from partnerships.models import Partnership


def test_equal_earth_projection():
    x, y = maps.project(0, 0)
    assert (round(x, 9), round(y, 9)) == (0, 0)
    east, _ = maps.project(0, 90)
    west, _ = maps.project(0, -90)
    assert east == pytest.approx(-west) and east > 0
    _, north = maps.project(60, 0)
    assert north < 0  # north is up on a screen
    # Equal Earth's equator runs from -2.7064 to 2.7064 (A1 = 1.340264 at 180°).
    assert maps.project(0, 180)[0] == pytest.approx(2.7064, abs=1e-3)


def _demo_map(kinds):
    partnerships = [
        Partnership(
            municipality_de=demo.municipality_de,
            latitude=demo.latitude,
            longitude=demo.longitude,
            state=demo.state,
            url_path_de=f"/de/{demo.slug_de}/",
        )
        for demo in PARTNERSHIPS
        if (demo.becomes[0] if demo.becomes else demo.kind) in kinds
    ]
    return maps.draw(partnerships)


@pytest.mark.parametrize("kinds", [["city"], ["project"]])
def test_every_point_lies_on_the_canvas_and_no_label_covers_another(kinds):
    drawn = _demo_map(kinds)

    points = [drawn.home, *drawn.markers]
    for marker in points:
        assert 0 <= marker.x <= drawn.width and 0 <= marker.y <= drawn.height
    boxes = [maps._label_box(m.label_x, m.label_y, m.anchor, m.label) for m in points]
    for box in boxes:
        assert box.outside(drawn.width, drawn.height) == 0
    for first, second in itertools.combinations(boxes, 2):
        assert first.overlap(second) == 0
    for box, marker in itertools.product(boxes, points):
        assert box.overlap(maps._point_box(marker)) == 0


def test_land_is_drawn_around_the_points():
    drawn = _demo_map(["city"])

    assert drawn.land.startswith("M") and drawn.land.count("z") > 50
    assert drawn.states == ["active", "dormant"]


def test_nothing_to_draw():
    assert maps.draw([]) is None
