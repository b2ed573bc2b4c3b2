"""History comments in the reader's language.

A revision's comment is stored once and read by editors in German and in English. The
admin's change messages are stored structured (``editor_ux.history``); the comments
written here (a restore, the demo content, the XLIFF import) are stored as their
English message id, a restore with the date of the version it brought back, and are
translated when the history is shown.
"""

import json

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop
from reversion.models import Revision, Version

DEMO_CONTENT = gettext_noop("Demo content")
XLIFF_IMPORT = gettext_noop("Translation imported from an XLIFF file")
_FIXED = {DEMO_CONTENT, XLIFF_IMPORT}
_RESTORED = "restored"


def restored(version: Version) -> str:
    """The comment of a restore of ``version``."""
    return json.dumps([{_RESTORED: {"date": version.revision.date_created.isoformat()}}])


def when(moment) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def comment(revision: Revision) -> str:
    """The revision's comment in the active language."""
    text = revision.comment
    if text in _FIXED:
        return gettext(text)
    if text.startswith(f'[{{"{_RESTORED}"'):
        try:
            moment = parse_datetime(json.loads(text)[0][_RESTORED]["date"])
        except (ValueError, KeyError, IndexError, TypeError):
            moment = None
        if moment is not None:
            return gettext("Restored the version of %(when)s") % {"when": when(moment)}
    return revision.get_comment()
