"""The demo content's public pages, for the tests that visit every one of them."""

from dortmund_intl.models import Page


def published_paths() -> list[str]:
    """The address of every published demo page in German and English (external topics,
    whose address lies elsewhere, left out)."""
    paths = [
        path
        for pair in Page.objects.published().values_list("url_path_de", "url_path_en")
        for path in pair
        if path.startswith("/")
    ]
    assert len(paths) > 80, "load_demo first"
    return paths
