from modeltranslation.translator import TranslationOptions, register

from .models import ContactPage, Office, Person


@register(Office)
class OfficeTranslationOptions(TranslationOptions):
    fields = ("name", "unit", "reachability")
    required_languages = {"de": ("name",)}


@register(Person)
class PersonTranslationOptions(TranslationOptions):
    fields = ("role",)
    required_languages = {"de": ("role",)}


@register(ContactPage)
class ContactPageTranslationOptions(TranslationOptions):
    fields = ()
