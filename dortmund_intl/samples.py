"""Sample files for the demo content: small PDFs and illustrations the site makes itself.

The real PDFs and photos of the city are not part of this repository; the demo makes
clearly named samples so downloads and images can be tried out.
"""

import math
from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def sample_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF showing ``lines`` (Latin-1 text, Helvetica)."""
    text_ops = ["BT", "/F1 12 Tf", "72 760 Td", "16 TL"]
    for line in lines:
        encoded = _pdf_escape(line).encode("latin-1", "replace").decode("latin-1")
        text_ops.append(f"({encoded}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def sample_image(seed: int, width: int = 1600, height: int = 900) -> bytes:
    """An abstract illustration (JPEG): overlapping circles in city colours."""
    palette = [(176, 0, 32), (26, 95, 180), (38, 189, 226), (86, 192, 43), (252, 195, 11)]
    img = PILImage.new("RGB", (width, height), (244, 244, 242))
    draw = ImageDraw.Draw(img, "RGBA")
    for i in range(9):
        angle = seed * 1.7 + i * 0.9
        cx = width / 2 + math.cos(angle) * width * 0.3
        cy = height / 2 + math.sin(angle * 1.3) * height * 0.3
        r = height * (0.18 + 0.05 * ((seed + i) % 4))
        colour = palette[(seed + i) % len(palette)]
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(*colour, 120))
    buffer = BytesIO()
    img.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
