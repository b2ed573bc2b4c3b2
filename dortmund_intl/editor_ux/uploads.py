"""Uploads survive a form error.

When an image or document form is refused for another field (the English alt text is
missing, a formset row is wrong), the browser forgets the chosen file. So before the
form is shown again, each new upload is stored in a pending area of the default
storage and the form carries a signed reference to it in a hidden field; the next
submission takes the file from there unless a new one is chosen. Pending files older
than ``MAX_AGE`` are removed on the next use and by ``manage.py clean_pending_uploads``.
"""

import contextlib
import os
import uuid
from datetime import timedelta
from pathlib import PurePosixPath

from django.contrib.admin.widgets import AdminFileWidget
from django.core import signing
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.urls import reverse
from django.utils import timezone

AREA = "pending-uploads"
MAX_AGE = timedelta(hours=24)
SALT = "editor_ux.pending-upload"
SUFFIX = "__pending"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif"}


def stash(upload: UploadedFile) -> str:
    """Store ``upload`` in the pending area; return its signed reference."""
    clean_expired()
    name = PurePosixPath(upload.name).name
    upload.seek(0)
    path = default_storage.save(f"{AREA}/{uuid.uuid4().hex}/{name}", upload)
    upload.seek(0)
    return signing.dumps(path, salt=SALT)


def path_for(token: str) -> str | None:
    """The pending file a reference points to, or None if it is forged, too old or gone."""
    try:
        path = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not (isinstance(path, str) and path.startswith(f"{AREA}/") and ".." not in path):
        return None
    return path if default_storage.exists(path) else None


def restore(token: str) -> SimpleUploadedFile | None:
    """The pending file as a fresh upload, validated again like one."""
    path = path_for(token)
    if path is None:
        return None
    with default_storage.open(path, "rb") as stored:
        return SimpleUploadedFile(PurePosixPath(path).name, stored.read())


def discard(token: str) -> None:
    path = path_for(token)
    if path is not None:
        default_storage.delete(path)
        _remove_folder(str(PurePosixPath(path).parent))


def _remove_folder(folder: str) -> None:
    """A local disk keeps empty folders; object storage has none to remove."""
    with contextlib.suppress(NotImplementedError, OSError):  # S3: no path; not empty
        os.rmdir(default_storage.path(folder))


def clean_expired(now=None) -> int:
    """Delete pending files older than MAX_AGE; return how many were deleted."""
    now = now or timezone.now()
    removed = 0
    try:
        folders, _files = default_storage.listdir(AREA)
    except FileNotFoundError:
        return 0
    for folder in folders:
        for name in default_storage.listdir(f"{AREA}/{folder}")[1]:
            path = f"{AREA}/{folder}/{name}"
            if now - default_storage.get_modified_time(path) > MAX_AGE:
                default_storage.delete(path)
                removed += 1
        _remove_folder(f"{AREA}/{folder}")
    return removed


class KeptFileWidget(AdminFileWidget):
    """The admin's file input, plus the file kept from the refused submission."""

    template_name = "editor_ux/widgets/kept_file.html"
    pending = None  # {"token", "name", "url", "is_image"} once a file is kept

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["pending"] = self.pending
        context["widget"]["pending_name"] = name + SUFFIX
        return context

    def use_required_attribute(self, initial):
        return self.pending is None and super().use_required_attribute(initial)


class KeepUploadsFormMixin:
    """Takes a kept file back when the editor did not choose a new one."""

    def __init__(self, data=None, files=None, *args, **kwargs):
        super().__init__(data, files, *args, **kwargs)
        self.kept_tokens = {}
        for name in self._file_fields():
            self.fields[name].widget = KeptFileWidget(attrs=self.fields[name].widget.attrs)
            if data is None:
                continue
            token = data.get(self.add_prefix(name) + SUFFIX)
            if not token or (files and files.get(self.add_prefix(name))):
                continue
            upload = restore(token)
            if upload is not None:
                self.files = self.files.copy()
                self.files[self.add_prefix(name)] = upload
                self.kept_tokens[name] = token

    def _file_fields(self):
        return [name for name, field in self.fields.items() if hasattr(field, "allow_empty_file")]

    def keep_uploads(self):
        """Before the refused form is shown again: keep each new upload and show it."""
        for name in self._file_fields():
            upload = self.files.get(self.add_prefix(name))
            if not isinstance(upload, UploadedFile) or name in self.errors:
                continue  # nothing new, or the file itself was refused
            token = self.kept_tokens.get(name) or stash(upload)
            self.kept_tokens[name] = token
            self.fields[name].widget.pending = {
                "token": token,
                "name": PurePosixPath(upload.name).name,
                "url": reverse("editor_ux:pending_upload", args=[token]),
                "is_image": PurePosixPath(upload.name).suffix.lower() in IMAGE_SUFFIXES,
            }


class KeepUploadsAdminMixin:
    """For a ModelAdmin whose form has a file: a refused submission keeps the file."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if issubclass(form, KeepUploadsFormMixin):
            return form
        return type(form.__name__, (KeepUploadsFormMixin, form), {})

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        adminform = context.get("adminform")
        if adminform is not None and adminform.form.is_bound:
            adminform.form.keep_uploads()
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for token in getattr(form, "kept_tokens", {}).values():
            discard(token)
