"""The editorial workflow in the admin: roles, no lost edits, audit, preview,
revision comparison and translation status. Mixed into every page admin."""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion.models import Version

from . import translations
from .findability import services as search_index
from .models import LANGUAGE_CODES
from .revisions import versions as revisions
from .services import page_moved

SOURCE_PERMISSION = "dortmund_intl.edit_source_language"
PUBLISH_PERMISSION = "dortmund_intl.publish_page"
PUBLICATION_FIELDS = ("status", "go_live_at", "expire_at")
# Form-only fields of the page form (not model fields; never locked).
WORKFLOW_FIELDS = ("edit_version", "confirm_overwrite", "minor_change", "translation_confirmed")


def can_edit_source(user) -> bool:
    return user.has_perm(SOURCE_PERMISSION)


def _deny(*args, **kwargs):
    return False


class SourceLanguageLockMixin:
    """Translators (no permission to edit German texts) may change English fields only.

    The other fields are read-only, so Django's form does not even contain them: a
    crafted POST cannot change a German field. Inlines become read-only too.
    """

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if can_edit_source(request.user):
            if not request.user.has_perm(PUBLISH_PERMISSION):
                readonly += [f for f in PUBLICATION_FIELDS if f not in readonly]
            return readonly
        form_fields = self._declared_form_fields(request, obj)
        return readonly + [
            name
            for name in form_fields
            if not name.endswith("_en") and name not in readonly and name not in WORKFLOW_FIELDS
        ]

    def _declared_form_fields(self, request, obj):
        names = []
        for _name, options in self.get_fieldsets(request, obj):
            for entry in options["fields"]:
                names.extend(entry if isinstance(entry, list | tuple) else [entry])
        return names

    def get_inline_instances(self, request, obj=None):
        inlines = super().get_inline_instances(request, obj)
        if not can_edit_source(request.user):
            for inline in inlines:
                # Translators translate the English texts of existing rows (milestones,
                # partner names, ...); they neither add nor remove rows nor change others.
                inline.has_add_permission = inline.has_delete_permission = _deny
                names = list(inline.get_fields(request, obj))
                if hasattr(
                    inline, "replace_orig_field"
                ):  # modeltranslation: text -> text_de, text_en
                    names = list(inline.replace_orig_field(names))
                locked = [name for name in names if not name.endswith("_en")]
                if len(locked) == len(names):
                    inline.has_change_permission = _deny
                else:
                    inline.get_readonly_fields = lambda request, obj=None, locked=locked: locked
        return inlines

    # Lists of translated content show and filter the translation status.

    def _tracks_translation(self):
        return any(field.name == "translation_status" for field in self.model._meta.fields)

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        if self._tracks_translation() and "translation_badge" not in columns:
            columns.append("translation_badge")
        return columns

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if self._tracks_translation() and "translation_status" not in filters:
            filters.append("translation_status")
        return filters

    @admin.display(description=gettext_lazy("translation"), ordering="translation_status")
    def translation_badge(self, obj):
        colours = {
            translations.MISSING: "#8a0019",
            translations.OUTDATED: "#7a4f00",
            translations.CURRENT: "#1e6b2e",
        }
        return format_html(
            '<span style="color:{};font-weight:600">{}</span>',
            colours[obj.translation_status],
            obj.get_translation_status_display(),
        )

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if not can_edit_source(request.user):
            changelist.list_editable = ()  # list columns are never English texts
        return changelist

    def has_delete_permission(self, request, obj=None):
        return can_edit_source(request.user) and super().has_delete_permission(request, obj)

    def has_add_permission(self, request):
        return can_edit_source(request.user) and super().has_add_permission(request)


class PageWorkflowForm(forms.ModelForm):
    """Carries the page's save count; a save on top of a newer save is refused."""

    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    confirm_overwrite = forms.BooleanField(
        label=gettext_lazy("Replace the other person's change with my input"),
        required=False,
        widget=forms.HiddenInput,
    )
    translation_confirmed = forms.BooleanField(
        label=gettext_lazy("The English texts are still correct"),
        required=False,
        help_text=gettext_lazy(
            "Marks the outdated English fields as up to date without changing them, "
            "when the German change needs no change in English."
        ),
    )
    minor_change = forms.BooleanField(
        label=gettext_lazy("Minor change (typo fix): the English translation stays up to date"),
        required=False,
        help_text=gettext_lazy(
            "Tick this only for changes to the German text that need no new translation."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["edit_version"].initial = self.instance.lock_version

    def _update_errors(self, errors):
        # A model's clean() names the field a problem belongs to, but a translator's
        # form has only the English fields: a problem with a field this form lacks is
        # shown above the form (Django would fail with "has no field named ...").
        if hasattr(errors, "error_dict"):
            misplaced = [
                name
                for name in errors.error_dict
                if name != NON_FIELD_ERRORS and name not in self.fields
            ]
            for name in misplaced:
                errors.error_dict.setdefault(NON_FIELD_ERRORS, []).extend(
                    errors.error_dict.pop(name)
                )
        super()._update_errors(errors)

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if not instance.pk:
            return cleaned
        opened_with = cleaned.get("edit_version")
        current = (
            type(instance)
            ._default_manager.filter(pk=instance.pk)
            .values_list("lock_version", "last_changed_by__username", "updated_at")
            .first()
        )
        if current is None or opened_with is None or opened_with == current[0]:
            return cleaned
        if cleaned.get("confirm_overwrite"):
            return cleaned
        _version, who, when = current
        self.conflict = {"opened_with": opened_with, "current": current[0]}
        self.fields["confirm_overwrite"].widget = forms.CheckboxInput()
        raise forms.ValidationError(
            _(
                "%(who)s saved this page at %(when)s, after you opened it. Your input is "
                "kept below and nothing was saved. Compare the two versions, then either "
                "reload the page and redo your change, or tick “Replace the other "
                "person's change with my input” and save again."
            )
            % {
                "who": who or _("Somebody"),
                "when": date_format(timezone.localtime(when), "DATETIME_FORMAT"),
            },
            code="conflict",
        )


class PageWorkflowAdminMixin(SourceLanguageLockMixin):
    form = PageWorkflowForm
    change_form_template = "admin/dortmund_intl/page/change_form.html"
    object_history_template = "admin/dortmund_intl/page/object_history.html"

    # -- lists

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        return columns if "last_changed_by" in columns else [*columns, "last_changed_by"]

    def get_list_select_related(self, request):
        related = super().get_list_select_related(request)
        if related is True:
            return related
        return [*(related or []), "last_changed_by"]

    # -- the form

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        extra = ["edit_version", "confirm_overwrite"]
        if can_edit_source(request.user) and obj is not None:
            extra.append("minor_change")
        if obj is not None and obj.translation_status == translations.OUTDATED:
            extra.append("translation_confirmed")
        fieldsets.append((gettext_lazy("Saving"), {"fields": extra, "classes": ["workflow"]}))
        return fieldsets

    def save_model(self, request, obj, form, change):
        obj.last_changed_by = request.user
        was_live = None
        if change:
            was_live = (
                type(obj)
                ._default_manager.filter(pk=obj.pk)
                .values_list("status", flat=True)
                .first()
            )
        if obj.status == obj.Status.PUBLISHED and was_live != obj.Status.PUBLISHED:
            if not request.user.has_perm(PUBLISH_PERMISSION):
                raise PermissionDenied
            obj.published_at = timezone.now()
            obj.published_by = request.user
        minor_change = bool(form.cleaned_data.get("minor_change")) and can_edit_source(request.user)
        obj.save(
            minor_change=minor_change,
            translation_confirmed=bool(form.cleaned_data.get("translation_confirmed")),
        )

    # -- restoring old versions (django-reversion) is the editors' job

    def _check_restore_permission(self, request):
        if not (can_edit_source(request.user) and request.user.has_perm(PUBLISH_PERMISSION)):
            raise PermissionDenied

    def revision_view(self, request, object_id, version_id, extra_context=None):
        self._check_restore_permission(request)
        live = (
            self.model._default_manager.filter(pk=unquote(object_id))
            .values("lock_version", *(f"url_path_{code}" for code in LANGUAGE_CODES))
            .first()
        )
        response = super().revision_view(request, object_id, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302 and live:
            self._after_restore(unquote(object_id), live)
        return response

    def recover_view(self, request, version_id, extra_context=None):
        self._check_restore_permission(request)
        response = super().recover_view(request, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302:
            # A deleted page came back (written without save()): find it again.
            version = Version.objects.get(pk=version_id)
            page = self.model._default_manager.filter(pk=version.object_id).first()
            if page is not None:
                search_index.index_page(page)
        return response

    def _after_restore(self, pk, live):
        """reversion writes the old row as it was, including its save count and
        addresses; count on from the live save count (so forms opened before the
        restore are refused) and move the page's children and redirects along."""
        page = self.model._default_manager.get(pk=pk)
        type(page)._default_manager.filter(pk=pk).update(lock_version=live["lock_version"] + 1)
        moved = {
            live[f"url_path_{code}"]: getattr(page, f"url_path_{code}")
            for code in LANGUAGE_CODES
            if live[f"url_path_{code}"]
            and live[f"url_path_{code}"] != getattr(page, f"url_path_{code}")
        }
        if moved:
            page_moved(page, moved)
        # reversion writes the row without save(): the search index follows here.
        search_index.index_page(page)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        extra_context = dict(extra_context or {})
        if obj is not None:
            extra_context.update(self.workflow_context(request, obj))
        return super().change_view(request, object_id, form_url, extra_context)

    def add_view(self, request, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "preview_urls": self._preview_urls(None),
        }
        return super().add_view(request, form_url, extra_context)

    def workflow_context(self, request, obj):
        versions = list(Version.objects.get_for_object(obj).select_related("revision")[:2])
        compare_url = None
        if len(versions) == 2:
            compare_url = self._compare_url(obj, versions[1].pk, versions[0].pk)
        return {
            "translation_report": translations.report(obj),
            "preview_urls": self._preview_urls(obj),
            "audit": obj,
            "latest_compare_url": compare_url,
        }

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context.get("adminform").form if context.get("adminform") else None
        conflict = getattr(form, "conflict", None)
        if conflict and obj is not None:
            context["conflict_compare_url"] = self._conflict_compare_url(obj, conflict)
        return super().render_change_form(request, context, add, change, form_url, obj)

    # -- extra admin views: preview and comparison

    def get_urls(self):
        opts = self.model._meta
        info = opts.app_label, opts.model_name
        wrap = self.admin_site.admin_view
        return [
            path(
                "add/preview/<str:language>/",
                wrap(self.preview_view),
                name="{}_{}_preview_new".format(*info),
            ),
            path(
                "<path:object_id>/preview/<str:language>/",
                wrap(self.preview_view),
                name="{}_{}_preview".format(*info),
            ),
            path(
                "<path:object_id>/history/compare/",
                wrap(self.compare_view),
                name="{}_{}_compare".format(*info),
            ),
            *super().get_urls(),
        ]

    def _preview_urls(self, obj):
        opts = self.model._meta
        if obj is None:
            name = f"admin:{opts.app_label}_{opts.model_name}_preview_new"
            return {code: reverse(name, args=[code]) for code in ("de", "en")}
        name = f"admin:{opts.app_label}_{opts.model_name}_preview"
        return {code: reverse(name, args=[obj.pk, code]) for code in ("de", "en")}

    def _compare_url(self, obj, old, new):
        opts = self.model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_compare", args=[obj.pk])
        return f"{url}?old={old}&new={new}"

    def _conflict_compare_url(self, obj, conflict):
        versions = {
            version.field_dict.get("lock_version"): version.pk
            for version in Version.objects.get_for_object(obj)[:50]
        }
        old = versions.get(conflict["opened_with"])
        new = versions.get(conflict["current"])
        if old and new:
            return self._compare_url(obj, old, new)
        history = reverse(
            f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_history",
            args=[obj.pk],
        )
        return history

    def preview_view(self, request, language, object_id=None):
        """The page as visitors will see it, saved or with the unsaved form input."""
        if language not in ("de", "en"):
            raise Http404
        obj = None
        if object_id is not None:
            obj = self.get_object(request, object_id)
            if obj is None:
                raise Http404
        if not (
            self.has_view_or_change_permission(request, obj)
            if obj
            else self.has_add_permission(request)
        ):
            raise PermissionDenied
        if request.method == "POST":
            form_class = self.get_form(request, obj, change=obj is not None)
            form = form_class(request.POST, request.FILES, instance=obj)
            if not form.is_valid():
                return TemplateResponse(
                    request,
                    "admin/dortmund_intl/page/preview_errors.html",
                    {**self.admin_site.each_context(request), "form": form, "title": _("Preview")},
                )
            obj = form.save(commit=False)
            for code in ("de", "en"):
                setattr(obj, f"url_path_{code}", obj.build_url_path(code))
        elif obj is None:
            raise Http404
        # The preview renders like a visitor's GET, whatever brought the form data.
        request.method = "GET"
        with translation.override(language):
            view = import_string(obj.page_view)
            response = view.as_view(model=type(obj), preview_object=obj)(request, pk=obj.pk)
            response.render()
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
        return response

    def compare_view(self, request, object_id):
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        try:
            old = get_object_or_404(versions, pk=int(request.GET.get("old", "")))
            new = get_object_or_404(versions, pk=int(request.GET.get("new", "")))
        except ValueError:
            raise Http404 from None
        if old.revision.date_created > new.revision.date_created:
            old, new = new, old
        # Everything a restore would undo: fields and inline rows, names not ids.
        changes = revisions.changes(revisions.version_state(old), revisions.version_state(new))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare versions of “%(page)s”") % {"page": obj},
            "opts": self.model._meta,
            "original": obj,
            "old": old,
            "new": new,
            "changes": changes,
            "history_url": reverse(
                f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_history",
                args=[obj.pk],
            ),
        }
        return TemplateResponse(request, "admin/dortmund_intl/page/compare.html", context)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        versions = []
        if obj is not None:
            versions = list(
                Version.objects.get_for_object(obj).select_related("revision__user")[:100]
            )
        extra_context = {
            **(extra_context or {}),
            "versions": versions,
            "can_restore": can_edit_source(request.user)
            and request.user.has_perm(PUBLISH_PERMISSION),
            "compare_url": reverse(
                f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_compare",
                args=[object_id],
            ),
        }
        return super().history_view(request, object_id, extra_context)
