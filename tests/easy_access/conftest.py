"""Small test videos made with ffmpeg (Debian's package, as on every machine that
checks uploads): one that meets BITV 2.0 Anlage 2 and one for each rule it breaks."""

import subprocess

import pytest

VIDEOS = {
    # name: (size, frames per second, codec arguments, file name)
    "good": ("640x360", 25, ["-c:v", "libx264", "-pix_fmt", "yuv420p"], "good.mp4"),
    "good_webm": ("320x240", 30, ["-c:v", "libvpx-vp9", "-b:v", "100k"], "good.webm"),
    "low_fps": ("640x360", 15, ["-c:v", "libx264", "-pix_fmt", "yuv420p"], "low-fps.mp4"),
    "too_small": ("160x120", 25, ["-c:v", "libx264", "-pix_fmt", "yuv420p"], "small.mp4"),
    "wrong_codec": ("640x360", 25, ["-c:v", "mpeg4"], "mpeg4.mp4"),
    "h264_in_webm": ("640x360", 25, ["-c:v", "libx264", "-f", "matroska"], "h264.webm"),
    "avi_named_mp4": ("640x360", 25, ["-c:v", "mpeg4", "-f", "avi"], "avi.mp4"),
}


@pytest.fixture(scope="session")
def videos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("videos")
    made = {}
    for name, (size, fps, codec, filename) in VIDEOS.items():
        path = folder / filename
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi"]
            + ["-i", f"testsrc=size={size}:rate={fps}:duration=1", *codec, str(path)],
            check=True,
        )
        made[name] = path
    return made


GOOD_VTT = b"WEBVTT\n\n00:00.000 --> 00:01.000\nHallo und willkommen.\n"
