from django.urls import path
from django.utils.translation import gettext_lazy as _

from .feeds import NewsAtomFeed, NewsFeed

app_name = "news"

urlpatterns = [
    path(_("news/feed/rss/"), NewsFeed(), name="rss"),
    path(_("news/feed/atom/"), NewsAtomFeed(), name="atom"),
]
