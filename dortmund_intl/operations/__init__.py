"""Operations: what running the site on several machines needs.

Media on S3-compatible object storage (``storage.py``, read by the settings), the load
balancers' health check (``views.healthz``) and ``manage.py backup`` / ``restore`` of the
database content and the media (``backup.py``). README, "Deploying on several machines".
"""
