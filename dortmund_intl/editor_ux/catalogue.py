"""Message ids our German catalogue supplies for the admin to speak one language.

- The labels of translated fields as Django stores them in change messages
  ("teaser sentence [de]", rendered later through gettext): modeltranslation builds
  them, so no catalogue has them. tests/editor_ux/test_language.py fails when a
  translated field is missing here.
- Strings Django 5.2's own German catalogue lacks (user form, password widget).
"""

from django.utils.translation import gettext_noop

FIELD_LABELS = [
    gettext_noop("Address [de]"),
    gettext_noop("Address [en]"),
    gettext_noop("Address part [de]"),
    gettext_noop("Address part [en]"),
    gettext_noop("Alternative text [de]"),
    gettext_noop("Alternative text [en]"),
    gettext_noop("Awarded by [de]"),
    gettext_noop("Awarded by [en]"),
    gettext_noop("Caption [de]"),
    gettext_noop("Caption [en]"),
    gettext_noop("Funding programme [de]"),
    gettext_noop("Funding programme [en]"),
    gettext_noop("How to reach us [de]"),
    gettext_noop("How to reach us [en]"),
    gettext_noop("Link [de]"),
    gettext_noop("Link [en]"),
    gettext_noop("Name [de]"),
    gettext_noop("Name [en]"),
    gettext_noop("Note on the funding [de]"),
    gettext_noop("Note on the funding [en]"),
    gettext_noop("Partner municipality [de]"),
    gettext_noop("Partner municipality [en]"),
    gettext_noop("Role [de]"),
    gettext_noop("Role [en]"),
    gettext_noop("Teaser sentence [de]"),
    gettext_noop("Teaser sentence [en]"),
    gettext_noop("Text [de]"),
    gettext_noop("Text [en]"),
    gettext_noop("Text of that link [de]"),
    gettext_noop("Text of that link [en]"),
    gettext_noop("Title [de]"),
    gettext_noop("Title [en]"),
    gettext_noop("Unit [de]"),
    gettext_noop("Unit [en]"),
    gettext_noop("What Dortmund does there [de]"),
    gettext_noop("What Dortmund does there [en]"),
    gettext_noop("What happened [de]"),
    gettext_noop("What happened [en]"),
]

DJANGO_MISSING = [
    gettext_noop("Reset password"),
    gettext_noop("Set password"),
    gettext_noop("Set password: %s"),
    gettext_noop("Password-based authentication"),
    gettext_noop("Password-based authentication was disabled."),
    gettext_noop("Enabled"),
    gettext_noop("Disabled"),
    gettext_noop(
        "Whether the user will be able to authenticate using a password or not. If disabled, they may still be able to authenticate using other backends, such as Single Sign-On or LDAP."
    ),
    gettext_noop("Raw passwords are not stored, so there is no way to see the user’s password."),
    gettext_noop("Enable password-based authentication for this user by setting a password."),
    gettext_noop("Conflicting form data submitted. Please try again."),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop(
        "This action will <strong>enable</strong> password-based authentication for this user."
    ),
    gettext_noop("Disable password-based authentication"),
    gettext_noop("Enable password-based authentication"),
    gettext_noop("In case you’ve forgotten, you are:"),
]
