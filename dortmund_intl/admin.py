from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.validators import FileExtensionValidator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from contacts.inlines import PageContactInline
from sdg.inlines import GoalTagInline

from . import images, translations, xliff
from .autocomplete import AutocompleteAdminMixin
from .editor_ux.filters import PageKindFilter
from .editor_ux.history import HistoryInReadersLanguageMixin
from .editor_ux.ordering import EndOfListFormSet
from .editor_ux.pages import PageEditingMixin
from .editor_ux.uploads import KeepUploadsAdminMixin
from .models import (
    Document,
    ExternalTopic,
    GalleryImage,
    Image,
    Page,
    PageDocument,
    Teaser,
    TopicPage,
)
from .publication import PublicationAdminMixin
from .revisions.admin import RevisionAdmin
from .workflow import PageWorkflowAdminMixin, SourceLanguageLockMixin, can_edit_source


class TeaserInline(AutocompleteAdminMixin, admin.TabularInline):
    formset = EndOfListFormSet
    model = Teaser
    fk_name = "page"
    extra = 0
    autocomplete_fields = ["target"]
    fields = ["target", "sort_order"]
    verbose_name = _("related topic")
    verbose_name_plural = _("“Mehr zum Thema” (related topics, shown in this order)")


class PageDocumentInline(AutocompleteAdminMixin, admin.TabularInline):
    formset = EndOfListFormSet
    model = PageDocument
    extra = 0
    autocomplete_fields = ["document"]
    fields = ["document", "sort_order"]


class GalleryImageInline(AutocompleteAdminMixin, admin.TabularInline):
    formset = EndOfListFormSet
    model = GalleryImage
    extra = 0
    autocomplete_fields = ["image"]
    fields = ["image", "sort_order"]


PAGE_FIELDSETS = (
    (None, {"fields": ("title", "slug", "teaser", "body", "hero_image")}),
    (
        _("Place in the site"),
        {"fields": ("parent", "show_in_menus", "sort_order")},
    ),
    (
        _("Publication"),
        {
            "fields": ("status", "go_live_at", "expire_at"),
            "description": _(
                "A page is visible to visitors only when it is published and, if dates "
                "are set, between “publish from” and “publish until”."
            ),
        },
    ),
)


class PageAdmin(
    AutocompleteAdminMixin,
    PublicationAdminMixin,
    PageEditingMixin,
    PageWorkflowAdminMixin,
    RevisionAdmin,
    TabbedTranslationAdmin,
):
    """The base for the admin of every kind of page: DE/EN tabs, revisions (history,
    compare, restore), roles, no lost edits, preview and translation status."""

    fieldsets = PAGE_FIELDSETS
    list_display = ["title", "status", "url_link", "updated_at"]
    list_filter = ["status", "show_in_menus"]
    search_fields = ["title_de", "title_en", "teaser_de", "teaser_en"]
    autocomplete_fields = ["parent", "hero_image"]
    inlines = [
        TeaserInline,
        PageDocumentInline,
        GalleryImageInline,
        PageContactInline,
        GoalTagInline,
    ]
    list_select_related = ["parent"]
    date_hierarchy = None
    save_on_top = True

    def get_prepopulated_fields(self, request, obj=None):
        if not can_edit_source(request.user):
            return {"slug_en": ("title_en",)}
        return {"slug_de": ("title_de",), "slug_en": ("title_en",)}

    @admin.display(description=_("address"))
    def url_link(self, obj):
        if not obj.url_path:
            return "–"
        return format_html('<a href="{}">{}</a>', obj.url_path, obj.url_path)


# --- Translation queue and XLIFF ------------------------------------------------


class XliffImportForm(forms.Form):
    file = forms.FileField(
        label=_("Translated XLIFF file"),
        help_text=_(
            "An XLIFF 1.2 file exported here and translated by an agency (.xlf, .xliff, .xml)."
        ),
        validators=[FileExtensionValidator(["xlf", "xliff", "xml"])],
    )


def _needing_translation():
    """Pages of every kind and other content (images, documents, contacts, milestones,
    ...) whose English is missing or outdated: one query per kind."""
    found = []
    for model in translations.tracked_models():
        queryset = model._default_manager.exclude(translation_status=translations.CURRENT)
        if issubclass(model, Page):
            queryset = queryset.select_related("last_changed_by")
        found.extend(queryset)
    with translation.override("de"):
        return sorted(
            found,
            key=lambda obj: (
                not isinstance(obj, Page),
                translations.STATUS_ORDER[obj.translation_status],
                str(obj),
            ),
        )


def _edit_url(obj) -> str:
    """Where an editor changes ``obj``: its own admin, or that of the page it belongs
    to (milestones and partner names are edited inside their partnership)."""
    opts = obj._meta
    if admin.site.is_registered(type(obj)):
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    for field in opts.fields:
        if field.many_to_one and issubclass(field.related_model, Page):
            owner = field.related_model._meta
            return reverse(
                f"admin:{owner.app_label}_{owner.model_name}_change",
                args=[getattr(obj, field.attname)],
            )
    return ""


def _xliff_response(pages):
    response = HttpResponse(
        xliff.export(pages), content_type="application/x-xliff+xml; charset=utf-8"
    )
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response["Content-Disposition"] = (
        f'attachment; filename="dortmund-international-de-en-{stamp}.xlf"'
    )
    return response


@admin.action(description=_("Export selected pages for translation (XLIFF)"))
def export_xliff(modeladmin, request, queryset):
    return _xliff_response([page.specific for page in queryset])


@admin.register(Page)
class AllPagesAdmin(PublicationAdminMixin, admin.ModelAdmin):
    """Every page of every kind in one list; searched by the teaser autocomplete."""

    list_display = ["title", "kind", "status", "translation_status", "url_path", "updated_at"]
    list_filter = ["status", "translation_status", PageKindFilter]
    search_fields = ["title_de", "title_en", "teaser_de", "url_path_de"]
    list_select_related = ["content_type", "last_changed_by"]
    ordering = ["title_de"]
    actions = [export_xliff]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Pages are edited in the admin of their own kind; this list leads there.
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("kind"), ordering="content_type")
    def kind(self, obj):
        model = obj.content_type.model_class()
        url = reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk]
        )
        return format_html('<a href="{}">{}</a>', url, model._meta.verbose_name)

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("field_name") == "parent":
            # A parent page lives on this site (not an external topic's link).
            queryset = queryset.filter(url_path_de__startswith="/")
        return queryset.select_related("content_type"), may_have_duplicates

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "translations/",
                wrap(self.translation_queue_view),
                name="dortmund_intl_translation_queue",
            ),
            path(
                "translations/export/",
                wrap(self.translation_export_view),
                name="dortmund_intl_translation_export",
            ),
            path(
                "translations/import/",
                wrap(self.translation_import_view),
                name="dortmund_intl_translation_import",
            ),
            *super().get_urls(),
        ]

    def translation_queue_view(self, request):
        """The translators' queue: every page whose English is missing or outdated."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = []
        for obj in _needing_translation():
            report = [row for row in translations.report(obj) if row.status != translations.CURRENT]
            with translation.override("de"):
                title = str(obj)
            rows.append(
                {
                    "title": title,
                    "kind": obj._meta.verbose_name,
                    "fields": report,
                    "words": sum(row.words for row in report),
                    "url": _edit_url(obj),
                    "changed": getattr(obj, "updated_at", None),
                    "changed_by": getattr(obj, "last_changed_by", None),
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Translation queue"),
            "opts": self.model._meta,
            "rows": rows,
            "total_words": sum(row["words"] for row in rows),
            "import_form": XliffImportForm(),
        }
        return TemplateResponse(request, "admin/dortmund_intl/translation_queue.html", context)

    def translation_export_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        return _xliff_response(_needing_translation())

    def translation_import_view(self, request):
        if not (request.user.has_perm("dortmund_intl.change_page") and request.method == "POST"):
            raise PermissionDenied
        form = XliffImportForm(request.POST, request.FILES)
        report = None
        if form.is_valid():
            try:
                report = xliff.import_file(form.cleaned_data["file"].read(), user=request.user)
            except xliff.ImportRefused as refused:
                report = refused.report
        context = {
            **self.admin_site.each_context(request),
            "title": _("XLIFF import"),
            "opts": self.model._meta,
            "form": form,
            "report": report,
        }
        status = 200 if report is not None and report.ok else 400
        return TemplateResponse(
            request, "admin/dortmund_intl/xliff_import.html", context, status=status
        )


@admin.register(TopicPage)
class TopicPageAdmin(PageAdmin):
    fieldsets = (
        PAGE_FIELDSETS[0],
        (
            _("Place in the site"),
            {"fields": ("parent", "show_in_menus", "sort_order", "list_children")},
        ),
        PAGE_FIELDSETS[2],
    )
    list_display = ["title", "parent", "status", "show_in_menus", "url_link", "updated_at"]


@admin.register(ExternalTopic)
class ExternalTopicAdmin(PageAdmin):
    fieldsets = (
        (None, {"fields": ("title", "slug", "teaser", "link", "hero_image")}),
        PAGE_FIELDSETS[2],
    )
    list_display = ["title", "link", "status", "updated_at"]
    inlines = []
    autocomplete_fields = ["hero_image"]


@admin.register(Image)
class ImageAdmin(
    KeepUploadsAdminMixin,
    HistoryInReadersLanguageMixin,
    SourceLanguageLockMixin,
    RevisionAdmin,
    TabbedTranslationAdmin,
):
    list_display = ["thumbnail", "alt", "credit", "width", "height", "created_at"]
    search_fields = ["alt_de", "alt_en", "caption_de", "caption_en", "credit"]
    fields = ["file", "alt", "caption", "credit"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "file":
            # Django's own check says "a valid image" of ~70 formats; say which ones.
            field.error_messages["invalid_image"] = images.NOT_AN_IMAGE
        return field

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        if not obj.file:
            return "–"
        return format_html(
            '<img src="{}" alt="" style="max-height:60px;max-width:100px">', obj.rendition_url(400)
        )


@admin.register(Document)
class DocumentAdmin(
    KeepUploadsAdminMixin,
    HistoryInReadersLanguageMixin,
    SourceLanguageLockMixin,
    RevisionAdmin,
    TabbedTranslationAdmin,
):
    list_display = ["title", "language", "file_kind", "size", "created_at"]
    list_filter = ["language"]
    search_fields = ["title_de", "title_en"]
    fields = ["file", "title", "language"]

    @admin.display(description=_("type"))
    def file_kind(self, obj):
        return obj.file_type

    @admin.display(description=_("size"))
    def size(self, obj):
        return obj.size_display


admin.site.site_header = _("Dortmund International – editing")
admin.site.site_title = _("Dortmund International")
admin.site.index_title = _("Content")
