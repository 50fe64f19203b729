"""Where newsmon may connect: public http(s) addresses only, unless a source allows more.

A URL's host is resolved before each request and at every redirect; an address that is
not globally routable (private, loopback, link-local, CGNAT, multicast, reserved) is
refused, so a feed or a redirect cannot point newsmon at the machine's own network.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from parsers.errors import FetchError


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror}", transient=True) from None
    return sorted({info[4][0] for info in infos})


def _allowed(address: str, allowed: tuple[str, ...]) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return any(ip in ipaddress.ip_network(net, strict=False) for net in allowed)


def check_destination(url: str, *, allow_private: bool | tuple[str, ...]) -> None:
    """Raise a permanent FetchError unless ``url`` is http(s) to an allowed address.

    ``allow_private`` is True (any address), False (public addresses only) or the networks
    a source may reach besides public ones, e.g. ``("127.0.0.1",)``.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refusing {parts.scheme or 'a relative'} URL {url!r}: only http and https")
    if not parts.hostname:
        raise FetchError(f"no host in URL {url!r}")
    if allow_private is True:
        return
    allowed = allow_private or ()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for address in resolve(parts.hostname, port):
        if not is_public(address) and not _allowed(address, allowed):
            raise FetchError(f"refusing {url}: {parts.hostname} resolves to {address}, a private or local "
                             "address (allow it with allow_private on the source)")
