"""Security headers on every response, and the second factor in front of the admin."""

import base64
import hashlib
from functools import cache
from urllib.parse import urlencode

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device
from django_prose_editor.widgets import importmap as prose_editor_importmap


@cache
def admin_prefix() -> str:
    return reverse("admin:index")


def _sha256_source(script_html: str) -> str:
    body = script_html[script_html.index(">") + 1 : script_html.rindex("</script>")]
    digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def admin_inline_scripts() -> list[str]:
    """The hashes of the one inline script the admin renders: the prose editor's import
    map (``<script type="importmap">``, which a browser treats as an inline script). Its
    text depends only on the static files' addresses, so it is rendered per request
    instead of kept: no cache goes stale when the static storage changes."""
    return [_sha256_source(str(prose_editor_importmap.render()))]


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """``CONTENT_SECURITY_POLICY`` on every response; the admin adds the hash of its
    import map to ``script-src`` and allows inline styles (Django's admin templates and
    widgets write ``style`` attributes). No page ever allows an inline script."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(admin_prefix()):
            update = dict(parts.update or {})
            update["script-src"] = [*update.get("script-src", []), *admin_inline_scripts()]
            update["style-src"] = [*update.get("style-src", []), UNSAFE_INLINE]
            parts.update = update
        return parts


class PermissionsPolicyMiddleware:
    """``Permissions-Policy`` from ``settings.PERMISSIONS_POLICY``: features the site does
    not use are switched off for it and for anything it embeds."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


class SecondFactorMiddleware:
    """In front of the admin: a staff member whose account has a TOTP device enters its
    code once per sign-in before any admin page; with ``DJANGO_ADMIN_2FA=required`` a
    staff member without one is sent to set it up first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self._detour(request) or self.get_response(request)

    def _detour(self, request):
        if not request.path_info.startswith(admin_prefix()):
            return None
        user = request.user
        if not (user.is_authenticated and user.is_staff) or user.is_verified():
            return None
        verify, setup = reverse("security:verify"), reverse("security:setup")
        if request.path_info in (verify, setup, reverse("admin:logout")):
            return None
        if user_has_device(user):
            target = verify
        elif settings.ADMIN_2FA == "required":
            target = setup
        else:
            return None
        return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
