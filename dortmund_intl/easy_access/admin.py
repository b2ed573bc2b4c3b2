from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dortmund_intl.admin import PageAdmin
from dortmund_intl.editor_ux.uploads import KeepUploadsAdminMixin
from dortmund_intl.workflow import can_edit_source

from . import hints
from .models import EasyReadPage, EasyReadStartPage, SignLanguagePage

# The page base's fields, German only: these kinds have no English text.
GERMAN_TEXT = ("title_de", "slug_de", "teaser_de", "body_de", "hero_image")
PLACE = (gettext_lazy("Place in the site"), {"fields": ("parent", "sort_order")})
PUBLICATION = (gettext_lazy("Publication"), {"fields": ("status", "go_live_at", "expire_at")})


class GermanOnlyPageAdmin(PageAdmin):
    list_display = ["title", "parent", "status", "url_link", "updated_at"]
    search_fields = ["title_de", "teaser_de"]

    def get_prepopulated_fields(self, request, obj=None):
        if not can_edit_source(request.user):
            return {}
        return {"slug_de": ("title_de",)}

    def has_change_permission(self, request, obj=None):
        # Nothing here for translators to translate: they may look, not change.
        return can_edit_source(request.user) and super().has_change_permission(request, obj)


class EasyReadAdmin(GermanOnlyPageAdmin):
    """A Leichte-Sprache text shows hints while the editor writes: computed here on
    the server, shown after every save and, with the small script, as they type."""

    hint_fields = ("title_de", "teaser_de", "body_de")
    readonly_fields = ["language_hints"]

    class Media:
        js = ["easy_access/hints.js"]
        css = {"all": ["easy_access/admin.css"]}

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "hints/",
                self.admin_site.admin_view(self.hints_view),
                name=f"{opts.app_label}_{opts.model_name}_hints",
            ),
            *super().get_urls(),
        ]

    def hints_view(self, request):
        """The hints for the texts posted by the edit form's script, as HTML."""
        if request.method != "POST" or not self.has_view_or_change_permission(request):
            raise PermissionDenied
        values = {name: request.POST.get(name, "") for name in self.hint_fields}
        return HttpResponse(self.render_hints(values), content_type="text/html; charset=utf-8")

    def render_hints(self, values: dict[str, str]) -> str:
        found = hints.hints_for_fields(values)
        if not found:
            return format_html(
                '<p class="easy-read-hints__none">{}</p>',
                _("No hints: the sentences are short, long words are split, no passive found."),
            )
        labels = {
            name: self.model._meta.get_field(name.removesuffix("_de")).verbose_name
            for name in found
        }
        return format_html_join(
            "",
            '<h3 class="easy-read-hints__field">{}</h3><ul class="easy-read-hints__list">{}</ul>',
            (
                (
                    labels[name].capitalize(),
                    format_html_join(
                        "",
                        '<li class="easy-read-hints__hint easy-read-hints__hint--{}">{}'
                        "<br><q>{}</q></li>",
                        ((hint.kind, hint.message, hint.excerpt) for hint in field_hints),
                    ),
                )
                for name, field_hints in found.items()
            ),
        )

    @admin.display(description=gettext_lazy("Leichte Sprache hints"))
    def language_hints(self, obj):
        opts = self.model._meta
        values = {name: getattr(obj, name, "") or "" for name in self.hint_fields} if obj else {}
        return format_html(
            '<div class="easy-read-hints" data-hints-url="{}" data-fields="{}" '
            'aria-live="polite">{}</div>',
            reverse(f"admin:{opts.app_label}_{opts.model_name}_hints"),
            " ".join(self.hint_fields),
            self.render_hints(values),
        )


HINTS = (
    gettext_lazy("Leichte Sprache hints"),
    {
        "fields": ("language_hints",),
        "description": gettext_lazy(
            "Checked as you write: sentences with more than 15 words, long words without "
            "a hyphen or media point (·), and the passive voice. A hint is advice: you "
            "decide."
        ),
    },
)


@admin.register(EasyReadStartPage)
class EasyReadStartPageAdmin(EasyReadAdmin):
    hint_fields = (
        *EasyReadAdmin.hint_fields,
        "site_contents",
        "navigation_hints",
        "accessibility_summary",
    )
    fieldsets = (
        (
            None,
            {
                "fields": GERMAN_TEXT,
                "description": gettext_lazy(
                    "The start page in Leichte Sprache, at the address /de/leichte-sprache/ "
                    "that the header of every German page links to. The text welcomes the "
                    "reader; the three texts below are what BITV 2.0 § 4 asks for. Pages in "
                    "Leichte Sprache placed under this page are listed after them."
                ),
            },
        ),
        (
            gettext_lazy("What BITV 2.0 asks for"),
            {"fields": ("site_contents", "navigation_hints", "accessibility_summary")},
        ),
        HINTS,
        PLACE,
        PUBLICATION,
    )


@admin.register(EasyReadPage)
class EasyReadPageAdmin(EasyReadAdmin):
    fieldsets = (
        (
            None,
            {
                "fields": GERMAN_TEXT,
                "description": gettext_lazy(
                    "A text in Leichte Sprache. Place it under the Leichte Sprache start "
                    "page, which lists it."
                ),
            },
        ),
        HINTS,
        PLACE,
        PUBLICATION,
    )


@admin.register(SignLanguagePage)
class SignLanguagePageAdmin(KeepUploadsAdminMixin, GermanOnlyPageAdmin):
    # A refused form keeps the video and the captions (dortmund_intl/editor_ux/uploads.py).
    fieldsets = (
        (None, {"fields": ("title_de", "slug_de", "teaser_de", "body_de")}),
        (
            gettext_lazy("Video in German Sign Language"),
            {
                "fields": ("video", "captions", "poster", "transcript", "video_facts"),
                "description": gettext_lazy(
                    "The video is stored on this site (no video platform). The page shows "
                    "it with the browser's own player, the captions switched on, and offers "
                    "it for download with its size and duration."
                ),
            },
        ),
        PLACE,
        PUBLICATION,
    )
    readonly_fields = ["video_facts"]
    autocomplete_fields = ["parent", "poster"]
    inlines = []

    @admin.display(description=gettext_lazy("checked video"))
    def video_facts(self, obj):
        if not obj or not obj.video_width:
            return "–"
        return _(
            "%(codec)s, %(width)s × %(height)s pixels, %(fps)s frames per second, "
            "%(duration)s minutes, %(size)s"
        ) % {
            "codec": obj.video_codec.upper(),
            "width": obj.video_width,
            "height": obj.video_height,
            "fps": f"{obj.video_fps:g}",
            "duration": obj.duration_display,
            "size": obj.size_display,
        }
