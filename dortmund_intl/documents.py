"""Download checks: a document is what its extension says, by its content.

The extension decides how a visitor's computer opens a download, so a file named
``.pdf`` must be a PDF, an office document the zip package of its format, a text
file text. Checked before anything is stored, so a refused upload leaves no file.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 20 * 1024 * 1024
OOXML = {"docx", "xlsx", "pptx"}
OPENDOCUMENT = {"odt": "text", "ods": "spreadsheet", "odp": "presentation"}


def _is_pdf(file) -> bool:
    return file.read(5) == b"%PDF-"


def _zip_names(file) -> list[str] | None:
    try:
        with zipfile.ZipFile(file) as package:
            return package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _is_ooxml(file) -> bool:
    names = _zip_names(file)
    return names is not None and "[Content_Types].xml" in names


def _is_opendocument(file, kind: str) -> bool:
    try:
        with zipfile.ZipFile(file) as package:
            mimetype = package.read("mimetype")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False
    return mimetype == f"application/vnd.oasis.opendocument.{kind}".encode()


def _is_text(file) -> bool:
    head = file.read(64 * 1024)
    return b"\x00" not in head


def matches_extension(file, extension: str) -> bool:
    file.seek(0)
    try:
        if extension == "pdf":
            return _is_pdf(file)
        if extension in OOXML:
            return _is_ooxml(file)
        if extension in OPENDOCUMENT:
            return _is_opendocument(file, OPENDOCUMENT[extension])
        if extension in {"txt", "csv"}:
            return _is_text(file)
        return False
    finally:
        file.seek(0)


def validate_document_file(file):
    if getattr(file, "_committed", False):
        return  # the file already stored (an edit of title or language): checked on upload
    if file.size > MAX_BYTES:
        raise ValidationError(_("The file is larger than 20 MB. Please upload a smaller file."))
    extension = file.name.rpartition(".")[2].lower() if "." in file.name else ""
    if extension not in {"pdf", "txt", "csv", *OOXML, *OPENDOCUMENT}:
        return  # FileExtensionValidator names the types allowed
    if not matches_extension(file, extension):
        raise ValidationError(
            _(
                "The content of this file does not match its type (.%(extension)s). "
                "Upload a real PDF or office document."
            )
            % {"extension": extension},
            code="invalid_document",
        )
