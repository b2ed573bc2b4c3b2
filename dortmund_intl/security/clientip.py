"""The client's address, for the sign-in lockout.

By default the address the connection came from (``REMOTE_ADDR``): a header can be sent
by anyone. Behind a reverse proxy, every request comes from the proxy, so the lockout
would lock the whole city out at once; there ``DJANGO_PROXY_IP_HEADER`` names the header
the proxy sets, and it is believed only in requests that come from one of
``DJANGO_TRUSTED_PROXIES``. Of an ``X-Forwarded-For`` list, the right-most address that
is not a trusted proxy is the client (the left part is whatever the client sent)."""

import ipaddress

from django.conf import settings


def _address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def _trusted(address: str) -> bool:
    for proxy in settings.TRUSTED_PROXIES:
        try:
            if ipaddress.ip_address(address) in ipaddress.ip_network(proxy, strict=False):
                return True
        except ValueError:
            continue
    return False


def client_ip(request) -> str | None:
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    header = settings.PROXY_IP_HEADER
    if not header or remote is None or not _trusted(remote):
        return remote
    value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "")
    for candidate in reversed(value.split(",")):
        address = _address(candidate)
        if address is None:
            return remote
        if not _trusted(address):
            return address
    return remote
