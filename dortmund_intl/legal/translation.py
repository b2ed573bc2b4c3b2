from modeltranslation.translator import TranslationOptions, register

from .models import LegalNotice, PrivacyNotice, ProcessingActivity


@register(LegalNotice)
class LegalNoticeTranslationOptions(TranslationOptions):
    fields = (
        "publisher",
        "legal_form",
        "represented_by",
        "content_responsible",
        "supervisory_authority",
    )
    required_languages = {"de": ("publisher", "content_responsible")}


@register(PrivacyNotice)
class PrivacyNoticeTranslationOptions(TranslationOptions):
    fields = ("controller", "data_protection_officer", "rights", "complaint")
    required_languages = {"de": ("controller", "data_protection_officer", "rights", "complaint")}


@register(ProcessingActivity)
class ProcessingActivityTranslationOptions(TranslationOptions):
    fields = ("title", "data", "purpose", "legal_basis", "retention", "recipients")
    required_languages = {"de": ("title", "data", "purpose", "legal_basis")}
