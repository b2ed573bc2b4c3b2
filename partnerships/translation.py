from modeltranslation.translator import TranslationOptions, register

from .models import Milestone, PartnerOrganisation, Partnership, PartnershipIndexPage


@register(PartnershipIndexPage)
class PartnershipIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(Partnership)
class PartnershipTranslationOptions(TranslationOptions):
    fields = ("municipality",)
    required_languages = {"de": ("municipality",)}


@register(Milestone)
class MilestoneTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = {"de": ("text",)}


@register(PartnerOrganisation)
class PartnerOrganisationTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"de": ("name",)}
