from modeltranslation.translator import TranslationOptions, register

from .models import AccessibilityStatement, NonAccessiblePart


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = ("scope", "feedback_contact", "enforcement", "enforcement_link_text")
    required_languages = {"de": ("scope", "feedback_contact", "enforcement")}


@register(NonAccessiblePart)
class NonAccessiblePartTranslationOptions(TranslationOptions):
    fields = ("description", "alternative")
    required_languages = {"de": ("description",)}
