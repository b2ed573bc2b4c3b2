"""The start page's box of the latest news (registered in apps.NewsConfig.ready)."""

from dortmund_intl.views import StartPageBox, start_page_box

from . import selectors


@start_page_box
def latest_news(start_page) -> StartPageBox | None:
    latest = selectors.latest()
    if latest is None:
        return None
    return StartPageBox(
        template="news/includes/start_page.html",
        head_template="news/includes/head.html",
        context={"latest": latest},
    )
