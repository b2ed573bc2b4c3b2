from django.apps import AppConfig


class ScaleConfig(AppConfig):
    """manage.py load_scale: synthetic pages for load tests. No models, nothing in the
    admin."""

    name = "dortmund_intl.scale"
    label = "scale"
