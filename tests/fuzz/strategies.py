"""What a careless editor, a broken client or an attacker may send: the building blocks
of the fuzz tests' requests."""

import re
from urllib.parse import quote

from hypothesis import strategies as st

from dortmund_intl import samples

# --- text -----------------------------------------------------------------------

NASTY_STRINGS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x0b\x0c\x1b\x7f",
    "\r\n\r\n",
    "\ufeff",
    "\u202eevil",
    "\ufffd",
    "\U0001f600" * 50,
    "é" * 3000,
    "x" * 30_000,
    '=HYPERLINK("https://evil.example/","click")',
    "<script>alert(1)</script>",
    "<p><img src=x onerror=alert(1)></p>",
    "'; DROP TABLE dortmund_intl_page; --",
    "%s %d %(x)s {0} {{ x }} {% debug %}",
    "../../../../etc/passwd",
    "null",
    "None",
    "-1",
    "0",
    "9" * 5000,
    "1e400",
    "NaN",
]

# Every character except lone surrogates, which no client can encode as UTF-8.
any_character = st.characters(exclude_categories=["Cs"])
control_character = st.characters(categories=["Cc"])

text = st.one_of(
    st.sampled_from(NASTY_STRINGS),
    st.text(any_character, max_size=60),
    st.text(st.one_of(control_character, st.sampled_from("aä ß-/")), max_size=30),
    # Longer than any field's limit (the page body has none: 30,000 characters is a
    # long article; the request's own limit is DATA_UPLOAD_MAX_MEMORY_SIZE).
    st.integers(min_value=300, max_value=30_000).map(lambda n: "ü" * n),
)
# Bytes that are not UTF-8 at all (the test client sends them as they are).
invalid_utf8 = st.sampled_from(
    [b"\xff", b"\xc3\x28", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"a\x80b", b"\xfe" * 500]
) | st.binary(min_size=1, max_size=40)

# --- numbers, dates, choices ----------------------------------------------------------

number = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(
        [str(2**63 - 1), str(2**63), str(2**64), str(-(2**63) - 1), "32768", "65536"]
        + ["-0", "1.5", "1,5", "1e3", "inf", "-inf", "nan", "0x10", "1_000", " 7 ", "١٢", "７"]
    ),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
absurd_id = st.one_of(
    st.sampled_from(["0", "-1", str(2**31), str(2**63 - 1), str(2**63), str(10**30), "1e3"]),
    st.sampled_from(["1.0", "01", " 1", "1 ", "１", "null", "[1]", "abc", "%", ""]),
)
date_text = st.one_of(
    st.dates().map(lambda d: d.strftime("%d.%m.%Y")),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        ["01.01.0001", "0001-01-01", "31.12.9999", "9999-12-31", "00.00.0000", "31.02.2026"]
        + ["2026-13-45", "99999-01-01", "1.1.1", "gestern", "2026-12-01T10:00:00Z"]
    ),
)
time_text = st.one_of(
    st.times().map(lambda t: t.strftime("%H:%M:%S")),
    st.sampled_from(["00:00", "23:59:59", "24:00", "25:61", "-1:00", "12:00:00.999999999"]),
)
checkbox = st.sampled_from(["on", "off", "", "0", "1", "false", "true", "ja"])
url_text = st.sampled_from(
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://[::1",
        "http://" + "a" * 300 + ".de/",
        "https://xn--dortmund-9za.de/",
        "https://dörtmund.de/ä?ö=ü",
        "https://example.com/%00",
        "//evil.example/",
        "https://user:pass@example.com:99999/",
        "ftp://example.com/",
        "https://" + "a." * 150 + "de/",
    ]
)
email_text = st.sampled_from(
    ["a@b", "@", "a@" + "b" * 300 + ".de", '"a b"@example.com', "ä@ö.de", "a@[::1]", "a@b..de"]
)

# --- files ------------------------------------------------------------------------

_JPEG = samples.sample_image(1, width=40, height=30)
_PDF = samples.sample_pdf(["Fuzz"])
upload_content = st.one_of(
    st.sampled_from(
        [
            ("bild.jpg", _JPEG),
            ("bild.jpg", _JPEG[: len(_JPEG) // 2]),  # truncated
            ("bild.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20),
            ("grafik.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
            ("bild.eps", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"),
            ("dokument.pdf", _PDF),
            ("dokument.pdf", _PDF[:40]),
            ("leer.pdf", b""),
            ("seite.html", b"<html><script>alert(1)</script></html>"),
            ("\x00.jpg", _JPEG),
            ("a" * 300 + ".pdf", _PDF),
        ]
    ),
    st.tuples(st.sampled_from(["x.jpg", "x.pdf", "x.webp", "x", ".."]), st.binary(max_size=300)),
)

# --- addresses -----------------------------------------------------------------------

# Percent-escapes a decoder must survive: NUL, invalid and overlong UTF-8, a UTF-8
# surrogate, dot segments, slashes and a fragment or query separator in a segment.
ODD_ESCAPES = [
    "%00",
    "%ff",
    "%c3%28",
    "%c0%af",
    "%e0%80%af",
    "%ed%a0%80",
    "%2e%2e",
    "%2f",
    "%5c",
    "%3f",
    "%23",
    "%25",
    "%",
    "%g1",
    "%u00e4",
    "%C3%A4",
    "..",
    ".",
    "",
]

segment = st.one_of(
    st.sampled_from(ODD_ESCAPES),
    st.text(any_character, min_size=1, max_size=20).map(lambda s: quote(s, safe="")),
    st.text("abcdefghijklmnopqrstuvwxyzäöü-_.~0123456789", min_size=1, max_size=30),
    st.binary(min_size=1, max_size=12).map(lambda b: "".join(f"%{c:02x}" for c in b)),
    st.integers(min_value=200, max_value=5000).map(lambda n: "a" * n),
)


@st.composite
def address_variant(draw, base: str) -> str:
    """``base`` as it is, or changed the way people and programs get addresses wrong."""
    parts = [part for part in base.split("/") if part]
    how = draw(
        st.sampled_from(
            ["same", "append", "replace", "no-slash", "double-slash", "upper", "deep", "cut"]
            + ["number"]
        )
    )
    if how == "append":
        parts += draw(st.lists(segment, min_size=1, max_size=4))
    elif how == "replace" and parts:
        index = draw(st.integers(min_value=0, max_value=len(parts) - 1))
        parts[index] = draw(segment)
    elif how == "deep":
        parts += [draw(segment)] * draw(st.integers(min_value=10, max_value=300))
    elif how == "cut" and parts:
        last = parts[-1]
        parts[-1] = last[: draw(st.integers(min_value=0, max_value=len(last)))]
    path = "/" + "/".join(parts) + ("/" if parts else "")
    if how == "number":  # ids in addresses (vCards): beyond any column's range
        huge = draw(st.sampled_from(["0", str(2**63 - 1), str(2**63), str(10**30), "9" * 5000]))
        path = re.sub(r"\d+", huge, path)
    if how == "no-slash":
        path = path.rstrip("/") or "/"
    elif how == "double-slash":
        path = path.replace("/", "//", draw(st.integers(min_value=1, max_value=3)))
    elif how == "upper":
        path = path.upper()
    return path


query_key = st.one_of(
    st.sampled_from(["q", "page", "p", "o", "lang", "format", "next", "utm_source", "old"]),
    st.text(any_character, max_size=10),
)
query_value = st.one_of(text, st.sampled_from(ODD_ESCAPES), absurd_id)


@st.composite
def query_string(draw) -> str:
    """A raw query string (what reaches QUERY_STRING), well-formed or not."""
    pairs = draw(st.lists(st.tuples(query_key, query_value), max_size=4))
    style = draw(st.sampled_from(["encoded", "raw", "escapes", "bare"]))
    if style == "encoded":
        return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)
    if style == "raw":  # unescaped, as a careless client sends it (bytes as latin-1)
        return "&".join(f"{k}={v}" for k, v in pairs).encode().decode("latin-1")
    if style == "escapes":
        escapes = draw(st.lists(st.sampled_from(ODD_ESCAPES), min_size=1, max_size=6))
        return "q=" + "".join(escapes)
    return draw(st.sampled_from(["&", "&&&", "=", "q", "q=&q=", "?", "%", "a=1;b=2"]))


# --- request headers -------------------------------------------------------------------

language_tag = st.one_of(
    st.sampled_from(["de", "en", "de-DE", "en-GB", "fr", "*", "x-klingon", "de_DE", "", "i-"]),
    st.text("abcdefghijklmnopqrstuvwxyz-_*0123456789", max_size=20),
)
q_value = st.sampled_from(["", ";q=1", ";q=0", ";q=0.5", ";q=abc", ";q=-1", ";q=1e400", ";q="])


@st.composite
def accept_language(draw) -> str:
    if draw(st.booleans()):
        entries = draw(st.lists(st.tuples(language_tag, q_value), max_size=6))
        return ",".join(tag + q for tag, q in entries)
    return draw(
        st.sampled_from(
            ["," * 2000, "de;q=1," * 500, "de-" + "a" * 5000, "\x00", "ä", "de\r\nX: 1"]
        )
        | st.text(any_character, max_size=40).map(lambda s: s.encode().decode("latin-1"))
    )


http_date = st.one_of(
    st.datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT")),
    st.sampled_from(
        [
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Mon, 01 Jan 0001 00:00:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Tue, 99 Foo 2026 99:99:99 GMT",
            "99999999999999999999",
            "-1",
            "",
        ]
    ),
)
etag = st.one_of(
    st.sampled_from(['"abc"', 'W/"abc"', "*", '"', "W/", '"a", "b", W/"c"', ",,,", '"' * 500]),
    st.text(any_character, max_size=40).map(lambda s: s.encode().decode("latin-1")),
)
header_text = st.one_of(
    st.text(any_character, max_size=40).map(lambda s: s.encode().decode("latin-1")),
    st.sampled_from(["", "\x00", "a" * 20_000]),
)


@st.composite
def request_headers(draw) -> dict[str, str]:
    """WSGI environ entries for a request's headers, each one present or not."""
    choices = {
        "HTTP_ACCEPT_LANGUAGE": accept_language(),
        "HTTP_IF_NONE_MATCH": etag,
        "HTTP_IF_MODIFIED_SINCE": http_date,
        "HTTP_IF_MATCH": etag,
        "HTTP_IF_UNMODIFIED_SINCE": http_date,
        "HTTP_COOKIE": st.one_of(
            st.sampled_from(["django_language=xx", "sessionid=abc", "csrftoken=" + "a" * 64]),
            header_text,
        ),
        "HTTP_RANGE": st.sampled_from(["bytes=0-0", "bytes=-1", "bytes=9999999999999-", "x"]),
        "HTTP_REFERER": header_text,
        "HTTP_USER_AGENT": header_text,
        "HTTP_X_FORWARDED_PROTO": st.sampled_from(["https", "http", "ftp", ""]),
        "HTTP_X_FORWARDED_FOR": header_text,
        "HTTP_ACCEPT": st.sampled_from(["*/*", "text/html;q=abc", "application/json", "", ","]),
        "HTTP_ACCEPT_ENCODING": st.sampled_from(["gzip", "br", "identity;q=0", "*;q=0", ""]),
    }
    chosen = draw(st.lists(st.sampled_from(sorted(choices)), unique=True, max_size=5))
    return {name: draw(choices[name]) for name in chosen}


method = st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "TRACE"])
