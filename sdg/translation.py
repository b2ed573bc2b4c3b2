from modeltranslation.translator import TranslationOptions, register

from .models import Goal, GoalIndexPage


@register(GoalIndexPage)
class GoalIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(Goal)
class GoalTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"de": ("name",), "en": ("name",)}
