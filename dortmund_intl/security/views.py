"""The second factor's pages in the admin (set up, enter the code) and the page a
locked-out sign-in gets."""

import base64

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import admin, messages
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import CodeForm


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def _render(request, template, title, **context):
    return TemplateResponse(
        request, template, {**admin.site.each_context(request), "title": title, **context}
    )


def qr_svg(text: str) -> str:
    """``text`` as a QR code in inline SVG, drawn here: no image service sees the secret."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=8)
    svg = image.to_string(encoding="unicode")
    return mark_safe(svg[svg.index("<svg") :])  # drawn by qrcode from our own URI


def _grouped(secret: bytes) -> str:
    text = base64.b32encode(secret).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def setup(request):
    """Set up the second factor: scan the QR code (or type the key), confirm with a code."""
    user = request.user
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if confirmed:
        return _render(
            request,
            "admin/security/two_factor_setup.html",
            _("Two-factor sign-in"),
            device=confirmed,
        )
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(
                request, _("Two-factor sign-in is set up. From now on, sign-in asks for a code.")
            )
            return redirect(_next_url(request))
        form.add_error("code", _("This code is not valid. Enter the code the app shows now."))
    return _render(
        request,
        "admin/security/two_factor_setup.html",
        _("Set up two-factor sign-in"),
        form=form,
        qr_code=qr_svg(device.config_url),
        secret=_grouped(device.bin_key),
        required=settings.ADMIN_2FA == "required",
        next=_next_url(request),
    )


def verify(request):
    """The second step of signing in, for an account with an authenticator app."""
    if request.user.is_verified() or not user_has_device(request.user):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error(
            "code",
            _(
                "This code is not valid. Enter the code the app shows now; after several "
                "wrong codes, wait a moment before the next try."
            ),
        )
    return _render(
        request,
        "admin/security/two_factor_verify.html",
        _("Enter your sign-in code"),
        form=form,
        next=_next_url(request),
    )


def locked_out(request, original_response=None, credentials=None):
    """What a sign-in gets once django-axes has locked the account or the address."""
    # Rendered here (not a TemplateResponse): axes returns it from its middleware,
    # where nothing would render a template response any more.
    return render(
        request,
        "admin/security/locked_out.html",
        {
            **admin.site.each_context(request),
            "title": _("Sign-in locked"),
            "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=429,
    )
