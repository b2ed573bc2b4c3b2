"""Every feed parses cleanly in a feed reader (feedparser) and dates every item."""

import feedparser
import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

FEEDS = ["/de/feed/", "/en/feed/"]


@pytest.mark.parametrize("path", FEEDS)
def test_every_feed_parses_without_errors_and_dates_every_item(client, path):
    call_command("load_demo", verbosity=0)

    response = client.get(path)
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert len(feed.entries) == 20
    for entry in feed.entries:
        assert entry.get("published_parsed"), entry.get("title")
        assert entry.link.startswith("http") and path[:4] in entry.link
