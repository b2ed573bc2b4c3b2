"""The Leichte-Sprache pages and the sign-language (DGS) page.

Leichte Sprache is a form of German, and the DGS video is signed in German Sign
Language with German captions: both kinds exist only in German. Their English address
is their German one (``GermanOnlyPage``), so no English copy of a German text is ever
served under /en/, and the translation queue leaves them out.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from dortmund_intl.models import Image, Page
from dortmund_intl.richtext import RichTextField

from .video import VideoFacts, check_captions, check_video


class GermanOnlyPage:
    """A page that exists in German only: its address in every language is the German
    one, and it has no English text to translate (dortmund_intl/translations.py)."""

    needs_translation = False

    def build_url_path(self, language: str) -> str:
        return super().build_url_path(settings.LANGUAGE_CODE)


class EasyReadStartPage(GermanOnlyPage, Page):
    """The start page in Leichte Sprache, with what BITV 2.0 § 4 asks of it. Its text
    (the page's "text" field) welcomes the reader; the three fields below follow."""

    site_contents = RichTextField(
        _("what this website contains"),
        help_text=_(
            "In Leichte Sprache: the main topics of the website, e.g. partner cities, "
            "the goals for sustainable development, Europe, contact."
        ),
    )
    navigation_hints = RichTextField(
        _("how to find your way"),
        help_text=_(
            "In Leichte Sprache: where the menu, the search and the language choice are, "
            "and how to get back to the start page."
        ),
    )
    accessibility_summary = RichTextField(
        _("the accessibility statement in Leichte Sprache"),
        help_text=_(
            "In Leichte Sprache: the main contents of the accessibility statement: what "
            "is not yet accessible, how to report a barrier, where to complain. The page "
            "links the full statement below this text."
        ),
    )

    page_view = "dortmund_intl.easy_access.views.EasyReadStartView"

    class Meta:
        verbose_name = _("Leichte Sprache start page")
        verbose_name_plural = _("Leichte Sprache start pages")


class EasyReadPage(GermanOnlyPage, Page):
    """A text in Leichte Sprache, placed under the Leichte-Sprache start page."""

    page_view = "dortmund_intl.easy_access.views.GermanOnlyPageView"

    class Meta:
        verbose_name = _("Leichte Sprache page")
        verbose_name_plural = _("Leichte Sprache pages")


class SignLanguagePage(GermanOnlyPage, Page):
    """A video in German Sign Language (DGS), hosted on this site, with German
    captions, a poster image and a transcript."""

    video = models.FileField(
        _("video"),
        upload_to="videos/%Y/",
        validators=[FileExtensionValidator(["mp4", "webm"])],
        help_text=_(
            "MP4 (H.264) or WebM (VP8, VP9, AV1), at least 320 × 240 pixels and 25 frames "
            "per second (BITV 2.0). The site checks the file when you save."
        ),
    )
    captions = models.FileField(
        _("captions (WebVTT, German)"),
        upload_to="videos/captions/%Y/",
        validators=[FileExtensionValidator(["vtt"])],
        help_text=_(
            "The German captions of the video as a WebVTT file (.vtt). Required: people "
            "who do not sign read what is said."
        ),
    )
    poster = models.ForeignKey(
        Image,
        verbose_name=_("poster image"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The still image shown before the video plays, e.g. the signer."),
    )
    transcript = RichTextField(
        _("transcript"),
        help_text=_("Everything the video says, as text, for people who cannot watch it."),
    )
    video_codec = models.CharField(max_length=10, editable=False, default="")
    video_width = models.PositiveIntegerField(editable=False, default=0)
    video_height = models.PositiveIntegerField(editable=False, default=0)
    video_fps = models.FloatField(editable=False, default=0)
    video_duration = models.FloatField(_("duration in seconds"), editable=False, default=0)
    video_size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)

    page_view = "dortmund_intl.easy_access.views.SignLanguageView"
    page_select_related = ("poster",)

    class Meta:
        verbose_name = _("sign language page")
        verbose_name_plural = _("sign language pages")

    def clean(self):
        super().clean()
        errors = {}
        if self.video and not self.video._committed:
            try:
                self.record_video(check_video(self.video.file), self.video.file.size)
            except ValidationError as error:
                errors["video"] = error.error_list
        if self.captions and not self.captions._committed:
            try:
                check_captions(self.captions.file)
            except ValidationError as error:
                errors["captions"] = error.error_list
        if errors:
            raise ValidationError(errors)

    def record_video(self, facts: VideoFacts, size: int) -> None:
        """Keeps what the check found out, for the download link and the page."""
        self.video_codec = facts.codec
        self.video_width, self.video_height = facts.width, facts.height
        self.video_fps, self.video_duration = facts.fps, facts.duration
        self.video_size = size

    @property
    def video_type(self) -> str:
        return "video/webm" if self.video.name.lower().endswith(".webm") else "video/mp4"

    @property
    def size_display(self) -> str:
        """The size as the site shows downloads: "240 KB", "1,4 MB" (German page)."""
        kb = self.video_size / 1024
        if kb < 1024:
            return f"{max(1, round(kb))} KB"
        return f"{kb / 1024:.1f}".replace(".", ",") + " MB"

    @property
    def duration_display(self) -> str:
        """ "0:09 Minuten", "12:30 Minuten"."""
        minutes, seconds = divmod(round(self.video_duration), 60)
        return f"{minutes}:{seconds:02d}"
