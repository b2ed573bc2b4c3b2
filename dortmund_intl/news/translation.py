from modeltranslation.translator import TranslationOptions, register

from .models import NewsArticle, NewsIndexPage


# The texts are the page's own (title, teaser, text); the date is the same in both languages.
@register(NewsIndexPage)
class NewsIndexPageTranslationOptions(TranslationOptions):
    fields = ()


@register(NewsArticle)
class NewsArticleTranslationOptions(TranslationOptions):
    fields = ()
