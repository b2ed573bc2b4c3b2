# Django's "en" formats are American (12/02/2026, 9 a.m.); the English pages of a
# German city are read across Europe, where 12/02 is the 12th of February.
from django.conf.locale.en.formats import *  # noqa: F403

SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
TIME_FORMAT = "H:i"
