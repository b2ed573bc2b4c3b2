"""Settings for Dortmund International.

Read once from the environment (dortmund_intl/env.py). With no variables set the
site runs locally on SQLite with debug on; production sets DJANGO_DEBUG=false and
a real DJANGO_SECRET_KEY, and refuses to start without one.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_choice, env_int, env_list, env_str
from .operations.storage import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=True)

_INSECURE_KEY = "django-insecure-local-development-only"
SECRET_KEY = env_str("DJANGO_SECRET_KEY", _INSECURE_KEY)
if not DEBUG and (SECRET_KEY == _INSECURE_KEY or len(SECRET_KEY) < 32):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random value of at least 32 characters "
        "when DJANGO_DEBUG is off."
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its admin tabs win.
    "modeltranslation",
    # Before the admin, so their admin templates win; editor_ux's base_site.html extends
    # security's (the two-factor link), which extends Django's admin/base.html.
    "dortmund_intl.editor_ux",
    "dortmund_intl.security",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.redirects",
    "django.contrib.postgres",
    "django_prose_editor",
    "reversion",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "dortmund_intl",
    "dortmund_intl.findability",
    "dortmund_intl.revisions",
    "partnerships",
    "sdg",
    "europe",
    "contacts",
    "dortmund_intl.accessibility",
    "dortmund_intl.legal",
    "dortmund_intl.easy_access",
    "dortmund_intl.pagecache",
    "dortmund_intl.operations",
    "dortmund_intl.scale",
    "dortmund_intl.news",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files carry the policies too.
    "dortmund_intl.security.middleware.ContentSecurityPolicyMiddleware",
    "dortmund_intl.security.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Page cache (dortmund_intl/pagecache): stores the finished response, with the cookies
    # the middlewares below set; answers once the language and the host are known.
    "dortmund_intl.pagecache.middleware.UpdatePageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that a 404 of the admin, static or media stays a 404 (no redirect).
    "dortmund_intl.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "dortmund_intl.pagecache.middleware.FetchPageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "dortmund_intl.security.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # An id in the address beyond what a database can hold is a 404.
    "dortmund_intl.middleware.IdRangeMiddleware",
    # Old URLs of moved or renamed pages answer with a 301 (contrib.redirects).
    "django.contrib.redirects.middleware.RedirectFallbackMiddleware",
    # The admin and previews answer "X-Robots-Tag: noindex" (findability).
    "dortmund_intl.findability.middleware.NoIndexAdminMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# The one public address of the site (e.g. https://international.dortmund.de), for the
# absolute URLs in the sitemap, feeds, exports and vCards; empty: the request's own host.
SITE_URL = env_str("DJANGO_SITE_URL").rstrip("/")
if SITE_URL and not SITE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("DJANGO_SITE_URL must start with https:// (or http://).")

# How deep a page may sit below the start page (/de/europa/eu-projekte/x/ is 3 deep; the
# demo's deepest). An address deeper than this, or longer than a page's address can be
# (Page.url_path, 500 characters), is a 404 before any database work.
PAGE_MAX_DEPTH = 6

ROOT_URLCONF = "dortmund_intl.urls"
WSGI_APPLICATION = "dortmund_intl.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        # The public pages (templates/): Jinja2, see dortmund_intl/jinja.py for why.
        "BACKEND": "dortmund_intl.jinja.Jinja2",
        "NAME": "jinja2",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "dortmund_intl.jinja.environment"},
    },
    {
        # The admin and the apps' own templates (e.g. admin/dortmund_intl/...).
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env_str("DJANGO_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DJANGO_DB_PREPARED_STATEMENTS", default=True
):
    # A statement psycopg has run five times on a connection becomes a prepared statement:
    # PostgreSQL stops planning the page reads anew (half of each query's cost here, see
    # docs/benchmark.md). Needs server-side binding; turn it off behind a pooler in
    # transaction mode (pgbouncer), which cannot keep prepared statements.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=5
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's SQLite backend with its placeholder rewriting remembered (see there).
    DATABASES["default"]["ENGINE"] = "dortmund_intl.sqlite3"
    # The browser tests' live server answers from another thread; an in-memory test
    # database fails there with "table is locked", a file waits for the lock instead.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, page cache and HTTP caching (dortmund_intl/pagecache, README) -----------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # Several sites (or CI runs) may share one Redis.
            "KEY_PREFIX": env_str("DJANGO_CACHE_KEY_PREFIX", "dortmund-intl"),
        }
    }
    CACHES["feedback"] = CACHES["default"]
else:
    # One process only: another process would not see this one's content version.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env_int("DJANGO_CACHE_MAX_ENTRIES", 1000)},
        },
        # The barrier report form's rate limit and used tokens (accessibility/forms.py),
        # apart from the pages: a visitor who browses many pages between two posts would
        # otherwise push the count of their posts out. A few dozen bytes an entry.
        "feedback": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "feedback",
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        },
    }
# The page cache for anonymous visitors; unset: on whenever DEBUG is off (decided per
# request, so the test suite, which runs with DEBUG off, runs with it).
PAGE_CACHE = env_bool("DJANGO_PAGE_CACHE", default=None)
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 60 * 60)
# Cache-Control max-age of public pages, for browsers and a reverse proxy.
CACHE_MAX_AGE = env_int("DJANGO_CACHE_MAX_AGE", 60)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the source, English the second language.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English short dates day first and the 24-hour clock (dortmund_intl/formats/).
FORMAT_MODULE_PATH = ["dortmund_intl.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_LANGUAGES = ("de", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("de",)}
# modeltranslation's admin tabs load jQuery UI from a Google CDN by default; the
# site serves its own copy so the admin makes no request to another host.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads on the local disk, or with DJANGO_MEDIA_STORAGE=s3 in an S3-compatible
# object store that several app machines share (operations/storage.py); then MEDIA_URL
# is the store's public address.
_MEDIA_STORAGE, _MEDIA_STORE_URL = media_storage()
MEDIA_URL = _MEDIA_STORE_URL or "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=DEBUG)
STORAGES = {
    "default": _MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": env_str(
            "DJANGO_STATICFILES_STORAGE",
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}

# Uploads: images and documents up to 20 MB.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024

PROSE_EDITOR_DEFAULT_PRESET = "configurable"

# E-mail: the console locally (mails are printed), SMTP in production.
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Barrier reports (dortmund_intl/accessibility): where they are mailed, how long they are
# kept (the privacy page states it), and the form's limits against spam and floods.
FEEDBACK_EMAIL = env_str("DJANGO_FEEDBACK_EMAIL", "barrier-reports@localhost" if DEBUG else "")
FEEDBACK_RETENTION_DAYS = int(env_str("DJANGO_FEEDBACK_RETENTION_DAYS", "180"))
FEEDBACK_RATE_LIMIT = (10, 60 * 60)  # posts per client address, per window in seconds
FEEDBACK_FORM_TOKEN = {"min_age": 3, "max_age": 2 * 60 * 60}  # seconds
FEEDBACK_MAX_BODY_SIZE = 64 * 1024  # bytes; the form's fields fit in a fraction of this

# --- Security (README, "Security") ------------------------------------------------

SESSION_COOKIE_SECURE = not DEBUG and env_bool("DJANGO_SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Only a TLS proxy in front may say that a request came over HTTPS: without one, any
# client could send "X-Forwarded-Proto: https" and pass for a secure request.
BEHIND_TLS_PROXY = env_bool("DJANGO_BEHIND_TLS_PROXY", default=False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", default=False)
# The load balancer asks each app server directly, over plain HTTP (operations/views.py).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# No page of the site is ever shown in a frame, not even by the site itself.
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp) on every response. The public pages load
# scripts, styles, images and fonts from the site alone, with no inline script or
# style; the admin adds what its own pages need (security/middleware.py).
_MEDIA_ORIGIN = (
    "{0.scheme}://{0.netloc}".format(urlsplit(MEDIA_URL)) if "://" in MEDIA_URL else None
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *([_MEDIA_ORIGIN] if _MEDIA_ORIGIN else [])],
        "media-src": [SELF, *([_MEDIA_ORIGIN] if _MEDIA_ORIGIN else [])],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
# Features no page of the site uses, switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

# Sign-in: django-axes locks an account, and separately a client address, for
# AXES_COOLOFF_TIME after AXES_FAILURE_LIMIT failed attempts; Administration can
# unlock earlier (admin: users, "Unlock sign-in", or the access attempts).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "dortmund_intl.security.clientip.client_ip"
AXES_LOCKOUT_CALLABLE = "dortmund_intl.security.views.locked_out"
AXES_VERBOSE = False
# The client address comes from REMOTE_ADDR unless the site sits behind a proxy that
# sets this header (e.g. "X-Forwarded-For" or "X-Real-IP"); even then the header is
# believed only in requests that come from one of TRUSTED_PROXIES.
PROXY_IP_HEADER = env_str("DJANGO_PROXY_IP_HEADER")
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES", ["127.0.0.1", "::1"])

# Second factor (django-otp, TOTP): "optional" lets staff enrol, "required" sends
# every staff account without a device to the enrolment page before the admin.
ADMIN_2FA = env_choice("DJANGO_ADMIN_2FA", ["optional", "required"], "optional")
OTP_TOTP_ISSUER = "Dortmund International"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
}
