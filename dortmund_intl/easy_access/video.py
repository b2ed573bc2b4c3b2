"""Checks of a sign-language video and its captions before anything is stored.

A video is examined with ``ffprobe`` (Debian's ffmpeg package): the container must be
MP4 or WebM, the video codec one every current browser plays (H.264, VP8, VP9, AV1;
WebM holds no H.264), and the picture large and fluid enough to read signs, as BITV 2.0
Anlage 2 asks: at least 320 × 240 pixels and 25 frames per second. The checks run in
the form's validation, on the upload's temporary file, so a refused video is never
written to the media storage.
"""

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MIN_WIDTH, MIN_HEIGHT, MIN_FPS = 320, 240, 25
MAX_VIDEO_BYTES = 500 * 1024 * 1024
MAX_CAPTION_BYTES = 1024 * 1024
PROBE_TIMEOUT = 30  # seconds
# ffprobe's name of the container -> the file extension it must come with, and the
# video codecs the site accepts in it.
CONTAINERS = {
    "mp4": ("mov,mp4,m4a,3gp,3g2,mj2", {"h264", "vp9", "av1"}),
    "webm": ("matroska,webm", {"vp8", "vp9", "av1"}),
}
CODEC_NAMES = {"h264": "H.264", "vp8": "VP8", "vp9": "VP9", "av1": "AV1"}


@dataclass(frozen=True)
class VideoFacts:
    container: str  # "mp4" or "webm"
    codec: str
    width: int
    height: int
    fps: float
    duration: float  # seconds


def _run_ffprobe(path: str) -> dict:
    ffprobe = shutil.which("ffprobe")
    if ffprobe is None:
        raise ValidationError(
            _(
                "The video cannot be checked right now because the server lacks the program "
                "ffprobe (package ffmpeg). Nothing was saved. Please tell the IT service."
            ),
            code="no_ffprobe",
        )
    try:
        completed = subprocess.run(
            [ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams"]
            + [path],
            capture_output=True,
            timeout=PROBE_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ValidationError(
            _("The video could not be checked in time. Please try a smaller file."),
            code="timeout",
        ) from None
    if completed.returncode != 0:
        raise ValidationError(
            _("This file is not a video that can be read. Upload an MP4 or WebM video."),
            code="unreadable",
        )
    return json.loads(completed.stdout or b"{}")


def _frame_rate(stream: dict) -> float:
    for key in ("avg_frame_rate", "r_frame_rate"):
        value = stream.get(key) or "0/0"
        try:
            rate = Fraction(value)
        except (ValueError, ZeroDivisionError):
            continue
        if rate > 0:
            return float(rate)
    return 0.0


def facts_from_probe(probe: dict, extension: str) -> VideoFacts:
    """The facts of a probed file, or a ValidationError listing every failed rule."""
    extension = extension.lower().lstrip(".")
    if extension not in CONTAINERS:
        raise ValidationError(
            _("Upload the video as an MP4 or WebM file (.mp4, .webm)."), code="extension"
        )
    format_name, codecs = CONTAINERS[extension]
    if probe.get("format", {}).get("format_name") != format_name:
        raise ValidationError(
            _("The file is not an MP4 or WebM video, whatever its name says."),
            code="container",
        )
    videos = [s for s in probe.get("streams", []) if s.get("codec_type") == "video"]
    if not videos:
        raise ValidationError(_("The file contains no video picture."), code="no_video")
    stream = videos[0]
    codec = stream.get("codec_name", "")
    width, height = int(stream.get("width") or 0), int(stream.get("height") or 0)
    fps = _frame_rate(stream)
    errors = []
    if codec not in codecs:
        errors.append(
            ValidationError(
                _(
                    "The video codec %(codec)s cannot be used in a %(container)s file here. "
                    "Use %(allowed)s."
                ),
                code="codec",
                params={
                    "codec": codec or "?",
                    "container": extension.upper(),
                    "allowed": ", ".join(CODEC_NAMES[name] for name in sorted(codecs)),
                },
            )
        )
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        errors.append(
            ValidationError(
                _(
                    "The video is %(width)s × %(height)s pixels. Signs must be easy to see: "
                    "BITV 2.0 asks for at least %(min_width)s × %(min_height)s pixels."
                ),
                code="size",
                params={
                    "width": width,
                    "height": height,
                    "min_width": MIN_WIDTH,
                    "min_height": MIN_HEIGHT,
                },
            )
        )
    if fps < MIN_FPS - 0.01:
        errors.append(
            ValidationError(
                _(
                    "The video has %(fps)s frames per second. Signs must move smoothly: "
                    "BITV 2.0 asks for at least %(min_fps)s."
                ),
                code="fps",
                params={"fps": f"{fps:.3g}", "min_fps": MIN_FPS},
            )
        )
    if errors:
        raise ValidationError(errors)
    duration = float(probe.get("format", {}).get("duration") or stream.get("duration") or 0)
    return VideoFacts(extension, codec, width, height, round(fps, 3), round(duration, 2))


def check_video(uploaded) -> VideoFacts:
    """Checks an uploaded (or stored) video file; raises ValidationError when refused."""
    if uploaded.size > MAX_VIDEO_BYTES:
        raise ValidationError(
            _("The video is larger than %(max)s MB. Please upload a shorter or smaller file."),
            code="too_large",
            params={"max": MAX_VIDEO_BYTES // (1024 * 1024)},
        )
    extension = Path(uploaded.name).suffix
    if hasattr(uploaded, "temporary_file_path"):
        return facts_from_probe(_run_ffprobe(uploaded.temporary_file_path()), extension)
    # A small upload is held in memory: ffprobe reads a temporary copy, removed at once.
    with tempfile.NamedTemporaryFile(suffix=extension) as copy:
        uploaded.seek(0)
        for chunk in uploaded.chunks():
            copy.write(chunk)
        copy.flush()
        uploaded.seek(0)
        return facts_from_probe(_run_ffprobe(copy.name), extension)


# --- WebVTT ---------------------------------------------------------------------

TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
CUE_TIMING = re.compile(rf"^{TIMESTAMP}[ \t]+-->[ \t]+{TIMESTAMP}(?:[ \t].*)?$")


def _seconds(hours, minutes, seconds, millis) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def check_captions(uploaded) -> int:
    """Checks a WebVTT caption file (W3C WebVTT: the signature line, cue timings with
    the end after the start); returns the number of cues, raises ValidationError."""
    if uploaded.size > MAX_CAPTION_BYTES:
        raise ValidationError(_("The caption file is larger than 1 MB."), code="too_large")
    uploaded.seek(0)
    raw = uploaded.read()
    uploaded.seek(0)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("The caption file must be UTF-8 encoded text."), code="encoding"
        ) from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not re.match(r"^WEBVTT(?:[ \t].*)?$", lines[0]):
        raise ValidationError(
            _('This is not a WebVTT caption file: its first line must be "WEBVTT".'),
            code="signature",
        )
    cues = 0
    for number, line in enumerate(lines, start=1):
        if "-->" not in line:
            continue
        match = CUE_TIMING.match(line.strip())
        if not match:
            raise ValidationError(
                _(
                    "Line %(line)s of the caption file has no valid time (e.g. 00:01.000 --> 00:04.000)."
                ),
                code="timing",
                params={"line": number},
            )
        start, end = _seconds(*match.groups()[:4]), _seconds(*match.groups()[4:])
        if end <= start:
            raise ValidationError(
                _("Line %(line)s of the caption file ends before it starts."),
                code="timing",
                params={"line": number},
            )
        cues += 1
    if not cues:
        raise ValidationError(_("The caption file contains no captions."), code="no_cues")
    return cues
