from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.compatibility, deploy=True)
def feedback_email_is_set(app_configs, **kwargs):
    """Barrier reports must reach a person (BITV 2.0 § 7: the office answers them)."""
    if settings.FEEDBACK_EMAIL:
        return []
    return [
        checks.Warning(
            "DJANGO_FEEDBACK_EMAIL is not set: barrier reports are stored but not e-mailed.",
            hint="Set it to the office's address, e.g. the team that answers accessibility "
            "feedback.",
            id="accessibility.W001",
        )
    ]
