from modeltranslation.translator import TranslationOptions, register

from .models import (
    Award,
    AwardIndexPage,
    EUInfoPage,
    EUProject,
    Network,
    NetworkIndexPage,
    ProjectIndexPage,
)


@register(AwardIndexPage)
class AwardIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(Award)
class AwardTranslationOptions(TranslationOptions):
    fields = ("awarding_body",)
    required_languages = {"de": ("awarding_body",)}


@register(NetworkIndexPage)
class NetworkIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(Network)
class NetworkTranslationOptions(TranslationOptions):
    fields = ("role",)


@register(ProjectIndexPage)
class ProjectIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(EUProject)
class EUProjectTranslationOptions(TranslationOptions):
    fields = ("programme", "funding_note")
    required_languages = {"de": ("programme",)}


@register(EUInfoPage)
class EUInfoPageTranslationOptions(TranslationOptions):
    fields = ("source_link_text",)
