"""Revisions that belong to one object: one revision per object for bulk writes, a
restore that writes the restored object and its own inline rows only, and the list of
what a restore or a comparison changes (django-reversion underneath)."""
