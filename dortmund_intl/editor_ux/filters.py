from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Page


def page_kinds() -> list[type[Page]]:
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and not model._meta.proxy
    ]


class PageKindFilter(admin.SimpleListFilter):
    """*All pages* filtered by kind: the page kinds only, by their names."""

    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        types = ContentType.objects.get_for_models(*page_kinds())
        return sorted(
            ((str(types[model].pk), capfirst(model._meta.verbose_name_plural)) for model in types),
            key=lambda choice: str(choice[1]),
        )

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(content_type_id=int(self.value()))
        return queryset
