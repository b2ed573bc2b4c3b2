from django import template

from .. import comments

register = template.Library()


@register.filter
def revision_comment(revision):
    """The history comment in the reader's language."""
    return comments.comment(revision)


@register.filter
def person(user):
    """Who saved a version, by name ("–" for nobody, e.g. load_demo)."""
    if user is None:
        return "–"
    return user.get_full_name() or user.get_username()
