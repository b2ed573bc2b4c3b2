from django.urls import path
from django.utils.translation import gettext_lazy as _

from .feeds import LatestPagesFeed
from .findability.views import SearchView

app_name = "site"

urlpatterns = [
    path(_("search/"), SearchView.as_view(), name="search"),
    path(_("feed/"), LatestPagesFeed(), name="feed"),
]
