"""Writes that are more than a form save."""

from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.db import transaction

from .pagecache.version import content_changed


@transaction.atomic
def page_moved(page, moved: dict[str, str]) -> None:
    """Keep every address a page ever had answering, with a 301 to the new one.

    ``moved`` maps old paths to new paths (one pair per language that changed).
    Pages below the moved page get their new addresses (and redirects) too.
    """
    for old_path, new_path in moved.items():
        if not old_path.startswith("/"):
            continue  # an external topic's link, not an address of this site
        # The page came back to an address it had before: that address is live again.
        Redirect.objects.filter(old_path=new_path).delete()
        # Earlier redirects to the old address now lead straight to the new one.
        Redirect.objects.filter(new_path=old_path).update(new_path=new_path)
        content_changed()  # update() sends no signal (page cache)
        Redirect.objects.update_or_create(
            site_id=settings.SITE_ID, old_path=old_path, defaults={"new_path": new_path}
        )
    for child in page.children.all():
        child.specific.save()
