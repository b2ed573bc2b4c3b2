"""The page layer every section shares: pages, teasers, images and documents.

Every page-like model of every app extends ``Page`` (multi-table inheritance, as
Wagtail's Page). The base table alone holds what a teaser, a breadcrumb or a menu
entry needs (title, teaser, URL, image), so those lists cost one query whatever the
kinds of page in them.
"""

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import date_format, time_format
from django.utils.functional import cached_property
from django.utils.hashable import make_hashable
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from . import documents, images, translations
from .plaintext import without_control_characters
from .richtext import RichTextField
from .routes import reserved_top_level_names

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The longest address a page can have (Page.url_path); longer ones are a 404 unread.
MAX_PATH_LENGTH = 500


class Translated:
    """Tells which language a translated field is shown in."""

    def fallback_language(self, field: str = "title") -> str | None:
        """The language a field is shown in when it differs from the page's language,
        i.e. "de" for an English page whose English text is missing."""
        current = get_language() or settings.LANGUAGE_CODE
        if current == settings.LANGUAGE_CODE:
            return None
        if getattr(self, f"{field}_{current}", None):
            return None
        if getattr(self, f"{field}_{settings.LANGUAGE_CODE}", None):
            return settings.LANGUAGE_CODE
        return None

    def _get_FIELD_display(self, field):
        """Django's ``get_<field>_display()``, its choices turned into a lookup once per
        field rather than on every call (Django flattens and hashes them each time;
        a page shows several). The labels are still translated when shown."""
        value = getattr(self, field.attname)
        label = _choice_labels(field).get(make_hashable(value), value)
        return force_str(label, strings_only=True)


@lru_cache(maxsize=256)  # one entry per model field with choices
def _choice_labels(field) -> dict:
    return dict(make_hashable(field.flatchoices))


class TranslationTracked(Translated, models.Model):
    """A model whose English texts are tracked: missing, outdated or up to date
    (dortmund_intl/translations.py). Every save records what changed."""

    # The German text of each field as it was when its English text was last saved
    # (see dortmund_intl/translations.py); the status is derived from it on save.
    translation_sources = models.JSONField(default=dict, editable=False)
    translation_status = models.CharField(
        _("translation"),
        max_length=10,
        choices=translations.STATUS_CHOICES,
        default=translations.MISSING,
        editable=False,
        db_index=True,
    )

    class Meta:
        abstract = True

    def save(self, *args, minor_change=False, translation_confirmed=False, **kwargs):
        translations.record_saved_values(
            self,
            None if self._state.adding else getattr(self, "_loaded_values", {}),
            minor_change,
            translation_confirmed,
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "translation_sources",
                "translation_status",
            }
        super().save(*args, **kwargs)
        self._loaded_values = {
            field.attname: getattr(self, field.attname) for field in self._meta.concrete_fields
        }

    def clean_fields(self, exclude=None):
        # What editors type, without invisible control characters (see plaintext.py).
        for field in self._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField):
                value = getattr(self, field.attname)
                if isinstance(value, str):
                    setattr(self, field.attname, without_control_characters(value))
        super().clean_fields(exclude=exclude)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # What was loaded, to tell on save which translated texts changed.
        instance._loaded_values = dict(zip(field_names, values, strict=True))
        return instance


# --- Media ---------------------------------------------------------------------


class Image(TranslationTracked):
    file = models.ImageField(
        _("image file"),
        upload_to="images/%Y/",
        width_field="width",
        height_field="height",
        validators=[images.validate_image_file],
        help_text=_("JPEG, PNG or WebP, at most 20 MB. The site makes the sizes the pages need."),
    )
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    alt = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it "
            "(screen readers, slow connections). Required in German and English."
        ),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=200,
        blank=True,
        default="Stadt Dortmund",
        help_text=_('Who took or owns the image, e.g. "Stadt Dortmund". Shown as "Image: …".'),
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["-created_at"]

    def __str__(self):
        return self.alt or Path(self.file.name).name

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            # A new upload (checked by validate_image_file): store the clean copy only.
            self.file, self.width, self.height = images.without_metadata(self.file)
        if self.file and not (self.width and self.height):
            # FieldFile.save(..., save=False) leaves the dimension fields empty.
            self.width, self.height = self.file.width, self.file.height
        super().save(*args, **kwargs)
        # Renditions are files derived from the upload; they are written once here
        # so that rendering a page never touches the image itself.
        images.make_renditions(self)

    def get_absolute_url(self):
        return images.media_url(self.file.name)

    def rendition_url(self, width: int) -> str:
        return images.rendition_url(self, width)

    @property
    def srcset(self) -> str:
        return images.srcset(self)


class Document(TranslationTracked):
    LANGUAGES = [
        ("de", _("German")),
        ("en", _("English")),
        ("fr", _("French")),
        ("tr", _("Turkish")),
        ("uk", _("Ukrainian")),
        ("ar", _("Arabic")),
        ("zh", _("Chinese")),
        ("sr", _("Serbian")),
        ("ru", _("Russian")),
    ]
    ALLOWED_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]

    file = models.FileField(
        _("file"),
        upload_to="documents/%Y/",
        validators=[FileExtensionValidator(ALLOWED_EXTENSIONS), documents.validate_document_file],
        help_text=_("PDF or an office document, at most 20 MB."),
    )
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(
        _("language of the document"), max_length=5, choices=LANGUAGES, default="de"
    )
    file_size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            self.file_size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return images.media_url(self.file.name)

    @property
    def file_type(self) -> str:
        return images.file_type(self.file.name)

    @property
    def size_display(self) -> str:
        """The size as the city's site shows it: "162 KB", "1,4 MB"."""
        kb = self.file_size / 1024
        if kb < 1024:
            return f"{max(1, round(kb))} KB"
        mb = f"{kb / 1024:.1f}"
        return f"{mb.replace('.', ',') if get_language() == 'de' else mb} MB"

    @property
    def meta_display(self) -> str:
        # A dict lookup: get_language_display() rebuilds the choices on every call.
        language = dict(self.LANGUAGES).get(self.language, self.language)
        return f"{self.file_type}, {self.size_display}, {language}"


# --- Pages ---------------------------------------------------------------------


def moment(value) -> str:
    """A date and time as editors read it in the active language: "02.12.2026, 09:00"."""
    local = timezone.localtime(value)
    return f"{date_format(local, 'SHORT_DATE_FORMAT')}, {time_format(local, 'TIME_FORMAT')}"


class PublicationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    LIVE = "live", _("Published")
    SCHEDULED = "scheduled", _("Scheduled")
    EXPIRED = "expired", _("Expired")


class PageQuerySet(models.QuerySet):
    def published(self, at=None):
        """What visitors may see now. The one definition used by views, teasers,
        sitemaps, search and exports; a scheduled page appears and disappears on
        time without any worker."""
        at = at or timezone.now()
        return self.filter(
            Q(status=Page.Status.PUBLISHED),
            Q(go_live_at__isnull=True) | Q(go_live_at__lte=at),
            Q(expire_at__isnull=True) | Q(expire_at__gt=at),
        )

    def drafts(self):
        return self.filter(status=Page.Status.DRAFT)

    def scheduled(self, at=None):
        """Published pages whose "publish from" lies ahead: they appear on time."""
        return self.filter(status=Page.Status.PUBLISHED, go_live_at__gt=at or timezone.now())

    def expired(self, at=None):
        """Published pages whose "publish until" has passed."""
        return self.filter(status=Page.Status.PUBLISHED, expire_at__lte=at or timezone.now())

    def teasers(self):
        """The columns a teaser renders from: title, teaser sentence, address, image."""
        return self.select_related("hero_image").only(
            *[
                f"{name}_{code}"
                for name in ("title", "teaser", "url_path")
                for code in LANGUAGE_CODES
            ],
            "title",
            "teaser",
            "url_path",
            "status",
            "show_in_menus",
            "sort_order",
            "parent_id",
            "content_type_id",
            "hero_image",
        )

    def links(self):
        """The columns a menu entry or breadcrumb renders from: title and address."""
        return self.only(
            *[f"{name}_{code}" for name in ("title", "url_path") for code in LANGUAGE_CODES],
            "title",
            "url_path",
            "show_in_menus",
            "sort_order",
            "parent_id",
            "content_type_id",
        )


class Page(TranslationTracked):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    content_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, editable=False, related_name="+"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("The page this page belongs under; it decides the address and breadcrumbs."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("address part"),
        max_length=100,
        help_text=_(
            'The last part of the address, e.g. "leeds". Lower-case letters, digits '
            "and hyphens. Changing it later is safe: the old address forwards."
        ),
    )
    teaser = models.CharField(
        _("teaser sentence"),
        max_length=300,
        blank=True,
        help_text=_('One sentence shown wherever this page is teased ("Mehr zum Thema").'),
    )
    body = RichTextField(_("text"), blank=True)
    hero_image = models.ForeignKey(
        Image,
        verbose_name=_("main image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    go_live_at = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Optional. A published page appears on the site from this moment."),
    )
    expire_at = models.DateTimeField(
        _("publish until"),
        null=True,
        blank=True,
        help_text=_("Optional. The page disappears from the site at this moment."),
    )
    show_in_menus = models.BooleanField(_("show in main navigation"), default=False, db_index=True)
    sort_order = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Lower numbers come first in menus and lists.")
    )
    url_path = models.CharField(
        _("address"), max_length=MAX_PATH_LENGTH, editable=False, db_index=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    last_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    published_at = models.DateTimeField(_("last published"), null=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    # Counts saves; an edit form carries the number it was opened with, so a save on
    # top of somebody else's newer save is refused instead of overwriting it.
    lock_version = models.PositiveIntegerField(default=0, editable=False)

    objects = PageQuerySet.as_manager()

    # The view that renders this kind of page (see dortmund_intl.views.serve), and the
    # relations of the kind's own table that its page shows (joined when it is loaded).
    page_view = "dortmund_intl.views.PageView"
    page_select_related = ()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("all pages")
        ordering = ["sort_order", "title"]
        indexes = [models.Index(fields=["status", "go_live_at", "expire_at"])]
        permissions = [
            ("publish_page", _("Can publish and unpublish pages")),
            ("edit_source_language", _("Can edit German (source language) texts")),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, minor_change=False, translation_confirmed=False, **kwargs):
        from . import services
        from .findability import services as search_index

        self.lock_version += 1
        if not self.content_type_id:
            self.content_type = ContentType.objects.get_for_model(self)
        old_paths = {code: getattr(self, f"url_path_{code}") for code in LANGUAGE_CODES}
        for code in LANGUAGE_CODES:
            setattr(self, f"url_path_{code}", self.build_url_path(code))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                *(f"url_path_{code}" for code in LANGUAGE_CODES),
                "lock_version",
            }
        super().save(
            *args, minor_change=minor_change, translation_confirmed=translation_confirmed, **kwargs
        )
        moved = {
            old: getattr(self, f"url_path_{code}")
            for code, old in old_paths.items()
            if old and old != getattr(self, f"url_path_{code}")
        }
        if moved:
            # An address that was ever public keeps answering (301), and pages
            # below a moved page move with it.
            services.page_moved(self, moved)
        # The search index follows every save here, the one place all writes pass
        # (admin, imports, demo, moved sub-pages); see findability/services.py.
        search_index.index_page(self)

    def get_absolute_url(self):
        return self.url_path

    def url_for(self, language: str) -> str:
        return getattr(self, f"url_path_{language}") or self.url_path

    def linked_data(self, origin: str, url: str, context) -> list[dict]:
        """What this kind of page says about its subject in JSON-LD (schema.org), on top
        of the WebPage and BreadcrumbList every page has (findability/seo.py). Kinds
        override it, from what their page has already read: it must not query."""
        return []

    # -- kinds

    @cached_property
    def specific(self) -> "Page":
        model = ContentType.objects.get_for_id(self.content_type_id).model_class()
        if isinstance(self, model):
            return self
        return model._default_manager.get(pk=self.pk)

    @property
    def kind_name(self) -> str:
        return ContentType.objects.get_for_id(self.content_type_id).model_class()._meta.verbose_name

    @property
    def is_live(self) -> bool:
        return self.publication_state == PublicationState.LIVE

    # -- publication as editors read it (the same rule as PageQuerySet.published)

    def publication_state_at(self, at) -> str:
        if self.status != self.Status.PUBLISHED:
            return PublicationState.DRAFT
        if self.go_live_at is not None and self.go_live_at > at:
            return PublicationState.SCHEDULED
        if self.expire_at is not None and self.expire_at <= at:
            return PublicationState.EXPIRED
        return PublicationState.LIVE

    @property
    def publication_state(self) -> str:
        return self.publication_state_at(timezone.now())

    @property
    def publication_label(self) -> str:
        """The state shown in every admin list, the change form and the start page:
        "geplant ab 02.12.2026, 09:00" rather than "Veröffentlicht"."""
        state = self.publication_state
        if state == PublicationState.SCHEDULED:
            return _("scheduled for %(when)s") % {"when": moment(self.go_live_at)}
        if state == PublicationState.EXPIRED:
            return _("expired on %(when)s") % {"when": moment(self.expire_at)}
        if state == PublicationState.LIVE and self.expire_at is not None:
            return _("published until %(when)s") % {"when": moment(self.expire_at)}
        return str(PublicationState(state).label)

    @property
    def is_translation_missing(self) -> bool:
        return any(self.fallback_language(field) for field in ("title", "body"))

    # -- addresses

    def build_url_path(self, language: str) -> str:
        if self.parent_id is None:
            return f"/{language}/"
        parent_path = self.parent.url_for(language)
        slug = getattr(self, f"slug_{language}") or self.slug
        return f"{parent_path}{slug}/"

    def clean(self):
        super().clean()
        if self.parent_id and self.pk:
            ancestor = self.parent
            while ancestor is not None:
                if ancestor.pk == self.pk:
                    raise ValidationError(_("A page cannot be placed under itself."), code="parent")
                ancestor = ancestor.parent
        # Every problem at once, so an editor fixes them in one go.
        errors = {}
        if self.parent_id and not self.parent.is_on_site:
            errors["parent"] = [
                _(
                    "%(page)s leads to another website and cannot have pages under it. "
                    "Choose a page of this site."
                )
                % {"page": self.parent}
            ]
        if self.go_live_at and self.expire_at and self.go_live_at >= self.expire_at:
            errors["expire_at"] = [_("“Publish until” must be later than “publish from”.")]
        if not errors.get("parent"):
            for check in (self.validate_depth, self.validate_not_a_route):
                try:
                    check()
                except ValidationError as error:
                    for field, messages in error.message_dict.items():
                        errors.setdefault(field, []).extend(messages)
        if errors:
            raise ValidationError(errors)
        if self.parent_id is None and self.needs_parent:
            roots = Page.objects.filter(parent__isnull=True, url_path_de="/de/")
            if self.pk:
                roots = roots.exclude(pk=self.pk)
            if roots.exists():
                raise ValidationError(
                    _("There is already a start page. Choose the page this page belongs under."),
                    code="parent",
                )
        self.validate_unique_address()

    # Only the start page and pages outside the site (external topics) have no parent.
    needs_parent = True
    # Whether pages of this kind live on this site (at url_path) and can have pages
    # under them; an external topic only leads elsewhere.
    lives_on_site = True
    # Whether a page of this kind is listed among its parent's sub-pages ("In diesem
    # Bereich"); the site's legal pages are reached from every page's footer instead.
    listed_in_sections = True

    @property
    def is_on_site(self) -> bool:
        if not self.content_type_id:
            return type(self).lives_on_site
        return ContentType.objects.get_for_id(self.content_type_id).model_class().lives_on_site

    def validate_not_a_route(self):
        """The address must not be one of the site's own (search, feed, data exports,
        vCards ... in either language): the URLconf is asked, so a route added later is
        covered. Directly below the start page the site's top-level addresses (admin,
        media, static, sitemap.xml) are refused too: they would only confuse."""
        if self.parent_id is None or not self.is_on_site:
            return
        errors = {}
        for code in LANGUAGE_CODES:
            path = self.build_url_path(code)
            slug = getattr(self, f"slug_{code}", None) or self.slug_de or self.slug
            with override(code):
                try:
                    match = resolve(path)
                except Resolver404:
                    continue  # nothing answers there yet: no route of the site's own
            if match.url_name != "page" or (
                self.parent.parent_id is None and slug in reserved_top_level_names()
            ):
                field = f"slug_{code}" if getattr(self, f"slug_{code}", None) else "slug_de"
                errors.setdefault(field, []).append(
                    _(
                        "The address %(path)s belongs to the site itself. "
                        "Choose another address part."
                    )
                    % {"path": path}
                )
        if errors:
            raise ValidationError(errors)

    def validate_depth(self):
        """A page (and the pages below it) stays within PAGE_MAX_DEPTH levels and
        MAX_PATH_LENGTH characters, the addresses the site answers at all."""
        if self.parent_id is None or not self.needs_parent:
            return
        # How much deeper and longer the pages below this one reach (moving a page
        # moves them too).
        below_depth = below_length = 0
        if self.pk:
            old = Page.objects.filter(pk=self.pk).values_list("url_path_de", "url_path_en").first()
            for code, old_path in zip(LANGUAGE_CODES, old or (), strict=False):
                if not old_path:
                    continue
                for path in Page.objects.filter(
                    **{f"url_path_{code}__startswith": old_path}
                ).values_list(f"url_path_{code}", flat=True):
                    below_depth = max(below_depth, path.count("/") - old_path.count("/"))
                    below_length = max(below_length, len(path) - len(old_path))
        for code in LANGUAGE_CODES:
            path = self.build_url_path(code)
            if path.strip("/").count("/") + below_depth > settings.PAGE_MAX_DEPTH:
                raise ValidationError(
                    {
                        "parent": _(
                            "Pages can sit at most %(depth)s levels below the start page. "
                            "Choose a parent page higher up."
                        )
                        % {"depth": settings.PAGE_MAX_DEPTH}
                    }
                )
            if len(path) + below_length > MAX_PATH_LENGTH:
                field = f"slug_{code}" if getattr(self, f"slug_{code}", None) else "slug_de"
                raise ValidationError(
                    {
                        field: _(
                            "The address would be longer than %(length)s characters. "
                            "Choose a shorter address part."
                        )
                        % {"length": MAX_PATH_LENGTH}
                    }
                )

    def validate_unique_address(self):
        errors = {}
        if self.parent_id is None:
            return  # the start page: at most one, checked in clean()
        for code in LANGUAGE_CODES:
            path = self.build_url_path(code)
            clash = Page.objects.filter(**{f"url_path_{code}": path})
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                field = f"slug_{code}" if getattr(self, f"slug_{code}", None) else "slug_de"
                errors.setdefault(field, []).append(
                    _("Another page already has the address %(path)s. Choose another address part.")
                    % {"path": path}
                )
        if errors:
            raise ValidationError(errors)


class TopicPage(Page):
    """A free page: the start page, an overview, an article, an information page."""

    page_view = "dortmund_intl.views.TopicPageView"

    list_children = models.BooleanField(
        _("list sub-pages"),
        default=False,
        help_text=_("Show the published pages under this page as teasers below the text."),
    )

    class Meta:
        verbose_name = _("topic page")
        verbose_name_plural = _("topic pages")


class ExternalTopic(Page):
    """A teaser whose target lies outside this section, e.g. "Bundestagswahl"."""

    lives_on_site = False

    link = models.URLField(
        _("link"),
        max_length=500,
        help_text=_("The full address the teaser leads to, e.g. https://www.dortmund.de/…"),
    )

    needs_parent = False

    class Meta:
        verbose_name = _("external topic")
        verbose_name_plural = _("external topics")

    def build_url_path(self, language: str) -> str:
        return getattr(self, f"link_{language}", None) or self.link_de or self.link or ""

    def validate_unique_address(self):
        pass


# --- What a page shows besides its text ----------------------------------------


class Teaser(models.Model):
    """One entry of a page's "Mehr zum Thema" box, pointing at any other page."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="teaser_links")
    target = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="teased_by",
    )
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("related topic")
        verbose_name_plural = _("related topics (“Mehr zum Thema”)")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "target"], name="unique_teaser_per_page")
        ]

    def __str__(self):
        return str(self.target)

    def clean(self):
        if self.page_id and self.page_id == self.target_id:
            raise ValidationError({"target": _("A page cannot tease itself.")})


class PageDocument(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="document_links")
    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="page_links"
    )
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "document"], name="unique_document_per_page")
        ]

    def __str__(self):
        return str(self.document)


class GalleryImage(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="gallery_links")
    image = models.ForeignKey(
        Image, verbose_name=_("image"), on_delete=models.CASCADE, related_name="gallery_links"
    )
    sort_order = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "image"], name="unique_gallery_image_per_page")
        ]

    def __str__(self):
        return str(self.image)
