"""Yes/no icons in the admin's language.

Django's admin draws a boolean (the list columns "on the map", "in the main
navigation", the read-only fields) as an icon whose alt text is Python's ``True`` /
``False``, in every language: a screen reader in the German admin read "True". Every
call site imports ``admin_list._boolean_icon`` when it runs, so replacing it here
(``EditorUxConfig.ready``) reaches them all.
"""

from django.contrib.admin.templatetags import admin_list
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_noop

_ICONS = {
    True: ("yes", gettext_noop("Yes")),
    False: ("no", gettext_noop("No")),
    None: ("unknown", gettext_noop("Unknown")),
}


def boolean_icon(field_val):
    icon, label = _ICONS[field_val]
    return format_html(
        '<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), gettext(label)
    )


def install() -> None:
    admin_list._boolean_icon = boolean_icon
