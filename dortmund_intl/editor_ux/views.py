import mimetypes
from pathlib import PurePosixPath

from django.contrib import admin
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.i18n import JavaScriptCatalog

from . import uploads

# The admin's own catalogue plus the rich-text editor's and ours (the strings Django's
# German catalogue lacks, the editor's menu labels): one script for every admin page.
JS_PACKAGES = ["django.contrib.admin", "django_prose_editor", "dortmund_intl.editor_ux"]

javascript_catalog = admin.site.admin_view(
    JavaScriptCatalog.as_view(packages=JS_PACKAGES), cacheable=True
)


@admin.site.admin_view
def pending_upload(request, token):
    """A kept upload, shown to the editor who is fixing the refused form."""
    path = uploads.path_for(token)
    if path is None:
        raise Http404
    content_type, _encoding = mimetypes.guess_type(PurePosixPath(path).name)
    response = FileResponse(
        default_storage.open(path, "rb"), content_type=content_type or "application/octet-stream"
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response
