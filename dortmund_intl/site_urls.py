from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views
from .feeds import LatestPagesFeed

app_name = "site"

urlpatterns = [
    path(_("search/"), views.SearchView.as_view(), name="search"),
    path(_("feed/"), LatestPagesFeed(), name="feed"),
]
