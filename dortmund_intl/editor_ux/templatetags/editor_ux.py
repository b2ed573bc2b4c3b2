from django import template

from ..dashboard import panels_for

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard_panels(context):
    """The start page's panels for the person signed in."""
    return panels_for(context["request"])
