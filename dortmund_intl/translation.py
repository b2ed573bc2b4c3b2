from modeltranslation.translator import TranslationOptions, register

from .models import Document, ExternalTopic, Image, Page, TopicPage


@register(Image)
class ImageTranslationOptions(TranslationOptions):
    fields = ("alt", "caption")
    required_languages = {"de": ("alt",), "en": ("alt",)}


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("de",)


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "teaser", "body", "url_path")
    required_languages = {"de": ("title", "slug")}


@register(TopicPage)
class TopicPageTranslationOptions(TranslationOptions):
    fields = ()


@register(ExternalTopic)
class ExternalTopicTranslationOptions(TranslationOptions):
    fields = ("link",)
    required_languages = {"de": ("link",)}
