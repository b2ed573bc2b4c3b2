"""Image checks and renditions.

An upload is checked before it is stored (a real image, a size Pillow can open
safely); renditions in the widths the templates use are written once when an image
is saved, under MEDIA_ROOT/renditions/, so pages link straight to files.
"""

from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

# The widths the templates ask for (teaser cards, content column, full width).
WIDTHS = (400, 800, 1200)
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 60_000_000


def validate_image_file(file):
    if file.size > MAX_BYTES:
        raise ValidationError(_("The image is larger than 20 MB. Please upload a smaller file."))
    try:
        file.seek(0)
        with PILImage.open(file) as img:
            if img.width * img.height > MAX_PIXELS:
                raise ValidationError(
                    _("The image has too many pixels (%(w)s × %(h)s). Please scale it down.")
                    % {"w": img.width, "h": img.height}
                )
            img.verify()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, PILImage.DecompressionBombError):
        raise ValidationError(
            _("This file is not an image the site can show. Upload a JPEG, PNG or WebP file.")
        ) from None
    finally:
        file.seek(0)


def _rendition_name(name: str, width: int) -> str:
    path = PurePosixPath(name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}w.webp")


def _widths_for(image) -> list[int]:
    return [width for width in WIDTHS if width < (image.width or 0)]


def make_renditions(image) -> None:
    if not image.file:
        return
    missing = [
        width
        for width in _widths_for(image)
        if not default_storage.exists(_rendition_name(image.file.name, width))
    ]
    if not missing:
        return
    image.file.open("rb")
    try:
        with PILImage.open(image.file) as original:
            original.load()
            source = original.convert("RGBA" if original.mode in ("RGBA", "LA", "P") else "RGB")
    finally:
        image.file.close()
    for width in missing:
        height = round(source.height * width / source.width)
        buffer = BytesIO()
        source.resize((width, height), PILImage.LANCZOS).save(buffer, "WEBP", quality=82)
        default_storage.save(
            _rendition_name(image.file.name, width), ContentFile(buffer.getvalue())
        )


def rendition_url(image, width: int) -> str:
    """The URL of the smallest rendition at least ``width`` wide (or the original)."""
    for candidate in _widths_for(image):
        if candidate >= width:
            return default_storage.url(_rendition_name(image.file.name, candidate))
    return image.file.url


def srcset(image) -> str:
    entries = [
        f"{default_storage.url(_rendition_name(image.file.name, width))} {width}w"
        for width in _widths_for(image)
    ]
    entries.append(f"{image.file.url} {image.width}w")
    return ", ".join(entries)
