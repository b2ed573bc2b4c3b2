"""The barrier report form and its defences against spam, without any third party.

- A honeypot: a field people never see (hidden by the stylesheet) and bots fill in.
- A signed form token (django.core.signing) made when the form is shown: it proves the
  post comes from a form this site handed out, not too fast (bots post at once) and
  not too late (an old token copied into a script stops working). Each token is
  accepted once.
- A rate limit per client address (views.py).

The used tokens and the rate limit's counts live in the cache ``feedback``, apart from
the page cache. Should the cache server be down, the form still takes reports, with the
honeypot and the token's signature and age checked: a report is never lost.

The token replaces Django's CSRF protection on this form: the CSRF cookie would be the
one cookie an anonymous visitor gets, and the site promises none (no consent banner).
A cross-site forgery of a barrier report harms nobody's account, since there is none;
what matters against abuse is that each post needs a fresh token from this site, and
the rate limit.
"""

import logging
import re
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.forms.utils import ErrorDict
from django.utils.translation import gettext_lazy as _

from .models import BarrierReport

TOKEN_SALT = "dortmund_intl.accessibility.barrier-report"
CACHE = "feedback"
# Control characters a text cannot contain (tab, line feed and carriage return may).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# An address of a page here: "/de/partnerschaften/leeds/" (letters, digits, - . _ ~ % +).
LOCAL_PATH = re.compile(r"/(?!/)[\w\-./~%+]*")
logger = logging.getLogger(__name__)


def make_token() -> str:
    return signing.dumps({"t": int(time.time()), "n": secrets.token_urlsafe(9)}, salt=TOKEN_SALT)


def without_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


def local_path(value: str) -> str:
    """``value`` if it is an address on this site (``/de/…``), else an empty string: a
    ``?page=`` prefill never carries another site's address or markup into the form."""
    value = (value or "")[:500]
    return value if LOCAL_PATH.fullmatch(value) else ""


class BarrierReportForm(forms.ModelForm):
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = BarrierReport
        fields = ["name", "email", "page", "description"]
        labels = {
            "name": _("Your name (optional)"),
            "email": _("Your e-mail address (optional)"),
            "page": _("Page concerned"),
            "description": _("Describe the barrier"),
        }
        help_texts = {
            "email": _("Only if you would like an answer. We use it for nothing else."),
            "page": _("The address or the title of the page where you met the barrier."),
            "description": _(
                "What did you try to do, and what stopped you? At most 5,000 characters."
            ),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "description": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "description": {
                "required": _("Please describe the barrier you met."),
                "max_length": _(
                    "Please shorten your description to at most %(limit_value)d characters "
                    "(it has %(show_value)d)."
                ),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["token"] = make_token()

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "email", "page", "description"):
            value = self.data.get(name, "")
            if CONTROL_CHARACTERS.search(value):
                self.add_error(
                    name,
                    _(
                        "This text contains invisible control characters, which cannot be "
                        "stored. We have removed them: please check the text and send it again."
                    ),
                )
        if self.data.get("website"):
            raise forms.ValidationError(
                _("Your report could not be sent. Please leave the last field empty."),
                code="honeypot",
            )
        self._check_token(self.data.get("token", ""))
        return cleaned

    def _check_token(self, token: str) -> None:
        limits = settings.FEEDBACK_FORM_TOKEN
        try:
            data = signing.loads(token, salt=TOKEN_SALT)
            age = time.time() - int(data["t"])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise forms.ValidationError(
                _("The form could not be checked. Please press “Send report” again."),
                code="token_invalid",
            ) from None
        if age > limits["max_age"]:
            raise forms.ValidationError(
                _(
                    "The form was open for a long time, so for your security it has to be "
                    "sent once more. Your text is still here: please press “Send report” again."
                ),
                code="token_expired",
            )
        if age < limits["min_age"]:
            raise forms.ValidationError(
                _("That was very fast. Please check your report and press “Send report” again."),
                code="token_too_fast",
            )
        self._token_nonce = str(data.get("n", ""))

    def use_token(self) -> bool:
        """Marks the form's token as used; False if it was used before (a replayed post).
        The entry expires with the token, so the cache holds no more than the tokens of
        the last ``max_age`` seconds (and LocMem's own ``MAX_ENTRIES``)."""
        try:
            return caches[CACHE].add(
                f"barrier-report-token:{self._token_nonce}",
                1,
                timeout=settings.FEEDBACK_FORM_TOKEN["max_age"],
            )
        except Exception:
            logger.warning("Cache unreachable: form token not checked for reuse.", exc_info=True)
            return True

    def refreshed(self) -> "BarrierReportForm":
        """The same input with control characters removed and a new token, to show again."""
        data = self.data.copy()
        for name in ("name", "email", "page", "description"):
            data[name] = without_control_characters(data.get(name, ""))
        data["token"] = make_token()
        data["website"] = ""
        form = type(self)(data)
        # The messages of this attempt, if it was checked (a refused flood is not).
        form._errors = self._errors if self._errors is not None else ErrorDict()
        return form
