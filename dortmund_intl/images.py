"""Image checks and renditions.

An upload is checked by its content before it is stored: a JPEG, PNG or WebP file
that Pillow decodes completely, of a size it can open safely (the file name and the
browser's content type say nothing). What is stored is a clean copy: turned upright
by its EXIF orientation, then written without EXIF (camera, GPS position), XMP or
comments; the colour profile stays. Renditions in the widths the templates use are
written once when an image is saved, under renditions/ in the media storage (the
local disk, or the S3 bucket: everything goes through the storage API, no file-system
path), so pages link straight to files.
"""

import logging
from functools import lru_cache
from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.utils.encoding import filepath_to_uri
from django.utils.functional import empty
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageOps

# The widths the templates ask for (teaser cards, content column, full width).
WIDTHS = (400, 800, 1200)
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 60_000_000
logger = logging.getLogger(__name__)


# Pillow's format name -> the file extension the stored copy gets.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# A JPEG with further pictures behind the first (a depth map, a preview), as many phones
# and cameras write it: Pillow calls it MPO. The stored copy is the first picture.
SAME_AS = {"MPO": "JPEG"}
NOT_AN_IMAGE = _("This file is not an image the site can show. Upload a JPEG, PNG or WebP file.")


def validate_image_file(file):
    if getattr(file, "_committed", False):
        # Stored already, so checked when it was uploaded. Re-reading it on a save
        # that keeps the file (a new caption, a restore) closed it under Pillow and
        # the form failed with "seek of closed file".
        return
    if file.size > MAX_BYTES:
        raise ValidationError(_("The image is larger than 20 MB. Please upload a smaller file."))
    try:
        file.seek(0)
        with PILImage.open(file, formats=list(FORMATS)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise ValidationError(
                    _("The image has too many pixels (%(w)s × %(h)s). Please scale it down.")
                    % {"w": img.width, "h": img.height}
                )
            img.verify()
        # verify() reads the structure only; a cut-off file shows when it is decoded.
        file.seek(0)
        with PILImage.open(file, formats=list(FORMATS)) as img:
            img.load()
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - Pillow's decoders raise many kinds on broken input
        raise ValidationError(NOT_AN_IMAGE, code="invalid_image") from None
    finally:
        file.seek(0)


def without_metadata(file) -> tuple[ContentFile, int, int]:
    """A clean copy of a checked upload: upright by its EXIF orientation, then
    without EXIF, XMP or comments (the ICC colour profile is kept), in its own format
    and with the extension of that format. Returns the copy, its width and height."""
    file.seek(0)
    with PILImage.open(file, formats=list(FORMATS)) as original:
        image_format = SAME_AS.get(original.format, original.format)
        icc_profile = original.info.get("icc_profile")
        transparency = original.info.get("transparency")
        upright = ImageOps.exif_transpose(original)
    upright.info = {}
    options = {"icc_profile": icc_profile} if icc_profile else {}
    if transparency is not None and image_format == "PNG":
        options["transparency"] = transparency
    if image_format == "JPEG":
        options.update(quality=90, optimize=True)
    elif image_format == "WEBP":
        options.update(quality=90)
    buffer = BytesIO()
    upright.save(buffer, image_format, **options)
    name = PurePosixPath(PurePosixPath(file.name).name)
    clean_name = f"{name.stem or 'bild'}.{FORMATS[image_format]}"
    return ContentFile(buffer.getvalue(), name=clean_name), upright.width, upright.height


def _rendition_name(name: str, width: int) -> str:
    # String operations, not PurePosixPath: this runs for every image on every page.
    folder, _slash, filename = name.rpartition("/")
    stem = filename.rsplit(".", 1)[0] if filename.rfind(".") > 0 else filename
    return (
        f"renditions/{folder}/{stem}-{width}w.webp"
        if folder
        else f"renditions/{stem}-{width}w.webp"
    )


def _widths_for(original_width: int | None) -> list[int]:
    """The rendition widths of an image this wide (only ones smaller than the original)."""
    return [width for width in WIDTHS if width < (original_width or 0)]


def make_renditions(image) -> None:
    if not image.file:
        return
    missing = [
        width
        for width in _widths_for(image.width)
        if not default_storage.exists(_rendition_name(image.file.name, width))
    ]
    if not missing:
        return
    image.file.open("rb")
    try:
        with PILImage.open(image.file, formats=list(FORMATS)) as original:
            original.load()
            source = original.convert("RGBA" if original.mode in ("RGBA", "LA", "P") else "RGB")
    except (OSError, ValueError, PILImage.DecompressionBombError):
        # An original stored before uploads were checked (or damaged since) that is no
        # readable JPEG, PNG or WebP: the image is saved (its alt text, caption, credit)
        # without renditions, rather than failing the editor's form.
        logger.warning("No renditions for %s: the file cannot be read.", image.file.name)
        return
    finally:
        image.file.close()
    for width in missing:
        height = round(source.height * width / source.width)
        buffer = BytesIO()
        source.resize((width, height), PILImage.LANCZOS).save(buffer, "WEBP", quality=82)
        default_storage.save(
            _rendition_name(image.file.name, width), ContentFile(buffer.getvalue())
        )


def file_type(name: str) -> str:
    """ "PDF" for "documents/2026/bericht.pdf" (the upper-case extension)."""
    filename = name.rpartition("/")[2]
    return filename.rpartition(".")[2].upper() if "." in filename.lstrip(".") else ""


def media_url(name: str) -> str:
    """``default_storage.url(name)``. For files on the site's own disk the address is
    put together directly: ``urljoin`` is the slowest part of a teaser image, and a page
    shows a dozen addresses. Any other storage answers itself."""
    base = _local_base_url()
    if base is not None:
        return base + filepath_to_uri(name).lstrip("/")
    return default_storage.url(name)


def _local_base_url() -> str | None:
    """MEDIA_URL when the files are on the site's own disk (their addresses depend on
    nothing else), else None. Read from the storage itself, which the settings build:
    ``default_storage`` is a lazy proxy that costs a microsecond per attribute."""
    storage = default_storage._wrapped
    if storage is empty:
        default_storage._setup()
        storage = default_storage._wrapped
    if isinstance(storage, FileSystemStorage):
        base = storage.base_url
        if base and base.endswith("/"):
            return base
    return None


def rendition_url(image, width: int) -> str:
    """The URL of the smallest rendition at least ``width`` wide (or the original)."""
    return rendition_url_for(image.file.name, image.width, width)


def srcset(image) -> str:
    return srcset_for(image.file.name, image.width)


def rendition_url_for(name: str, original_width: int, width: int) -> str:
    """``rendition_url`` from the stored file name and width alone (list cards)."""
    base = _local_base_url()
    if base is not None:
        return _local_rendition_url(base, name, original_width, width)
    return _rendition_url(name, original_width, width)


def _rendition_url(name: str, original_width: int, width: int) -> str:
    for candidate in _widths_for(original_width):
        if candidate >= width:
            return media_url(_rendition_name(name, candidate))
    return media_url(name)


def srcset_for(name: str, original_width: int) -> str:
    base = _local_base_url()
    if base is not None:
        return _local_srcset(base, name, original_width)
    return _srcset(name, original_width)


def _srcset(name: str, original_width: int) -> str:
    entries = [
        f"{media_url(_rendition_name(name, width))} {width}w"
        for width in _widths_for(original_width)
    ]
    entries.append(f"{media_url(name)} {original_width}w")
    return ", ".join(entries)


# On the site's own disk an image's addresses follow from MEDIA_URL, its stored name
# and its width alone, and every page shows the same images again (teasers, portraits):
# remembered, keyed by what the editors stored (not by anything a request sends), and
# bounded. Other storages may sign their addresses for a time, so they are asked anew.
@lru_cache(maxsize=2048)
def _local_rendition_url(base: str, name: str, original_width: int, width: int) -> str:
    return _rendition_url(name, original_width, width)


@lru_cache(maxsize=2048)
def _local_srcset(base: str, name: str, original_width: int) -> str:
    return _srcset(name, original_width)
