"""Content as lists show it: plain, read-only values in the active language.

Menus, breadcrumbs, teaser lists, downloads and contact boxes show a few columns of
many rows. Building a model instance for each row and resolving its translated fields
through modeltranslation cost more than reading the rows, so these lists are read with
``values()`` (dortmund_intl/prepared.py) and turned into cards here. A card shows a
field's text in the active language or, where that is empty, the German text, exactly
as modeltranslation's fallback does, and says so (``fallback_language``) so templates
can mark it ``lang="de"``. Cards work with the same templates as the model instances.

tests/dortmund_intl/test_prepared.py compares every card with its model instance.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.utils.translation import get_language

from . import images
from .models import LANGUAGE_CODES, Document


def localized(field: str, prefix: str = "") -> list[str]:
    """The columns of a translated field: ``title_de``, ``title_en``."""
    return [f"{prefix}{field}_{code}" for code in LANGUAGE_CODES]


class Translations:
    """Picks each field's text for the active language from a ``values()`` row."""

    def __init__(self):
        self.language = get_language() or settings.LANGUAGE_CODE
        self.default = settings.LANGUAGE_CODE

    def pick(self, row: dict, fields: tuple, prefix: str = "") -> tuple[dict, frozenset]:
        """``({field: text}, {fields shown in German on an English page})``."""
        shown, fallbacks = {}, set()
        for field, column, fallback_column in _columns(fields, prefix, self.language):
            value = row[column]
            if not value and fallback_column:
                value = row[fallback_column]
                if value:
                    fallbacks.add(field)
            shown[field] = value or ""
        return shown, frozenset(fallbacks)


@lru_cache(maxsize=256)
def _columns(fields: tuple, prefix: str, language: str) -> tuple:
    """(field, its column in ``language``, the German column when that differs)."""
    default = settings.LANGUAGE_CODE
    return tuple(
        (
            field,
            f"{prefix}{field}_{language}",
            f"{prefix}{field}_{default}" if language != default else None,
        )
        for field in fields
    )


class Card:
    __slots__ = ()

    def fallback_language(self, field: str = "title") -> str | None:
        """The language ``field`` is shown in when it is not the page's (see
        ``dortmund_intl.models.Translated``)."""
        return settings.LANGUAGE_CODE if field in self.fallbacks else None


@dataclass(frozen=True, slots=True)
class PictureCard(Card):
    """An image as a teaser or contact shows it; works with the ``picture`` template helper."""

    name: str  # the stored file's name
    width: int
    height: int
    alt: str
    fallbacks: frozenset = frozenset()

    @property
    def srcset(self) -> str:
        return images.srcset_for(self.name, self.width)

    def rendition_url(self, width: int) -> str:
        return images.rendition_url_for(self.name, self.width, width)


PICTURE_COLUMNS = ("file", "width", "height", *localized("alt"))


@dataclass(frozen=True, slots=True)
class GalleryCard(PictureCard):
    """An image of a page's gallery, with its caption and credit; works with
    includes/attachments.html like ``Image``."""

    pk: int = 0
    caption: str = ""
    credit: str = ""


GALLERY_COLUMNS = ("pk", *PICTURE_COLUMNS, *localized("caption"), "credit")


def gallery_cards(rows: list[dict]) -> list[GalleryCard]:
    translations = Translations()
    cards = []
    for row in rows:
        shown, fallbacks = translations.pick(row, ("alt", "caption"))
        cards.append(
            GalleryCard(
                pk=row["pk"],
                name=row["file"],
                width=row["width"],
                height=row["height"],
                credit=row["credit"],
                fallbacks=fallbacks,
                **shown,
            )
        )
    return cards


def picture(row: dict, prefix: str, translations: Translations) -> PictureCard | None:
    """The image whose columns in ``row`` start with ``prefix`` (e.g. "hero_image__")."""
    if not row[f"{prefix}file"]:
        return None
    shown, fallbacks = translations.pick(row, ("alt",), prefix)
    return PictureCard(
        name=row[f"{prefix}file"],
        width=row[f"{prefix}width"],
        height=row[f"{prefix}height"],
        alt=shown["alt"],
        fallbacks=fallbacks,
    )


@dataclass(frozen=True, slots=True)
class PageCard(Card):
    """A page as a teaser, menu entry or breadcrumb shows it; works with the teaser
    and navigation templates like ``Page``."""

    pk: int
    parent_id: int | None
    content_type_id: int
    show_in_menus: bool
    title: str
    teaser: str
    url_path: str
    hero_image: PictureCard | None = None
    fallbacks: frozenset = frozenset()

    def get_absolute_url(self) -> str:
        return self.url_path


PAGE_COLUMNS = (
    "pk",
    "parent_id",
    "content_type_id",
    "show_in_menus",
    *localized("title"),
    *localized("teaser"),
    *localized("url_path"),
    *[f"hero_image__{column}" for column in PICTURE_COLUMNS],
)


def page_cards(rows: list[dict]) -> list[PageCard]:
    translations = Translations()
    cards = []
    for row in rows:
        shown, fallbacks = translations.pick(row, ("title", "teaser", "url_path"))
        cards.append(
            PageCard(
                pk=row["pk"],
                parent_id=row["parent_id"],
                content_type_id=row["content_type_id"],
                show_in_menus=row["show_in_menus"],
                hero_image=picture(row, "hero_image__", translations),
                fallbacks=fallbacks,
                **shown,
            )
        )
    return cards


def cards_of(card, rows: list[dict], translated: tuple, plain: tuple, picture_prefix: str = ""):
    """``card(**fields)`` for each row: the ``translated`` fields in the active language
    (with their fallbacks), the ``plain`` columns as they are and, with
    ``picture_prefix``, the image whose columns start with it as ``hero_image``."""
    translations = Translations()
    cards = []
    for row in rows:
        shown, fallbacks = translations.pick(row, translated)
        if picture_prefix:
            shown["hero_image"] = picture(row, picture_prefix, translations)
        cards.append(card(fallbacks=fallbacks, **shown, **{field: row[field] for field in plain}))
    return cards


@dataclass(frozen=True, slots=True)
class DocumentCard(Card):
    """A download as a page lists it; works with includes/attachments.html."""

    pk: int
    name: str  # the stored file's name
    title: str
    language: str
    file_size: int
    fallbacks: frozenset = frozenset()

    LANGUAGES = Document.LANGUAGES
    # The display rules are the model's own.
    size_display = Document.size_display
    meta_display = Document.meta_display

    @property
    def file_type(self) -> str:
        return images.file_type(self.name)

    def get_absolute_url(self) -> str:
        return images.media_url(self.name)


DOCUMENT_COLUMNS = ("pk", "file", *localized("title"), "language", "file_size")


def document_cards(rows: list[dict]) -> list[DocumentCard]:
    translations = Translations()
    cards = []
    for row in rows:
        shown, fallbacks = translations.pick(row, ("title",))
        cards.append(
            DocumentCard(
                pk=row["pk"],
                name=row["file"],
                language=row["language"],
                file_size=row["file_size"],
                fallbacks=fallbacks,
                **shown,
            )
        )
    return cards
