"""Where uploads live: the local disk (default) or an S3-compatible object store.

Read by the settings, so nothing here imports Django's models. With
``DJANGO_MEDIA_STORAGE=s3`` every upload, image rendition and document goes through
django-storages' S3 backend to one bucket that every app machine shares; pages link to
the objects' public addresses (``DJANGO_S3_PUBLIC_URL``, or the endpoint's own address
of the bucket), and the Content-Security-Policy allows that origin for images and video.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from dortmund_intl.env import env_choice, env_str

FILE_SYSTEM = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def public_base_url(bucket: str, endpoint_url: str, region: str, public_url: str) -> str:
    """The address under which the bucket's objects are read, ending in "/"."""
    if public_url:
        base = public_url
    elif endpoint_url:
        # S3-compatible stores (MinIO, Ceph, the city's own) answer path-style.
        base = f"{endpoint_url.rstrip('/')}/{bucket}"
    else:
        base = f"https://{bucket}.s3.{region or 'us-east-1'}.amazonaws.com"
    if not base.startswith(("https://", "http://")):
        raise ImproperlyConfigured("DJANGO_S3_PUBLIC_URL must start with https:// (or http://).")
    return base.rstrip("/") + "/"


def media_storage() -> tuple[dict, str | None]:
    """``STORAGES["default"]`` and the ``MEDIA_URL`` that goes with it (None: keep
    the settings' own ``/media/``)."""
    if env_choice("DJANGO_MEDIA_STORAGE", ["local", "s3"], "local") == "local":
        return FILE_SYSTEM, None
    bucket = env_str("DJANGO_S3_BUCKET")
    if not bucket:
        raise ImproperlyConfigured("DJANGO_MEDIA_STORAGE=s3 needs DJANGO_S3_BUCKET.")
    endpoint_url = env_str("DJANGO_S3_ENDPOINT_URL")
    region = env_str("DJANGO_S3_REGION")
    base_url = public_base_url(bucket, endpoint_url, region, env_str("DJANGO_S3_PUBLIC_URL"))
    return s3_storage(
        bucket,
        endpoint_url=endpoint_url,
        region=region,
        access_key=env_str("DJANGO_S3_ACCESS_KEY_ID"),
        secret_key=env_str("DJANGO_S3_SECRET_ACCESS_KEY"),
        base_url=base_url,
    ), base_url


def s3_storage(
    bucket: str,
    *,
    endpoint_url: str = "",
    region: str = "",
    access_key: str = "",
    secret_key: str = "",
    base_url: str,
) -> dict:
    """The ``STORAGES`` entry for django-storages' S3 backend (also used by the tests)."""
    public = urlsplit(base_url)
    options = {
        "bucket_name": bucket,
        # Public, unsigned addresses: a signed one expires, and pages are cached.
        "querystring_auth": False,
        # Pages link straight to the object's public address, put together without
        # a call to the S3 client (a page shows a dozen images).
        "custom_domain": (public.netloc + public.path).rstrip("/"),
        "url_protocol": f"{public.scheme}:",
        # Two editors uploading "foto.jpg" get two files, as on the local disk: S3's
        # default would replace the first one's image with the second's.
        "file_overwrite": False,
        # The bucket's own policy decides who may read; no ACL per object.
        "default_acl": None,
        "object_parameters": {"CacheControl": "public, max-age=86400"},
        "signature_version": "s3v4",
    }
    if endpoint_url:
        options.update(endpoint_url=endpoint_url, addressing_style="path")
    if region:
        options["region_name"] = region
    if access_key:
        options.update(access_key=access_key, secret_key=secret_key)
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
