"""Serving stage: who is asking (the client address) and which request this is (its id).

The client address is the connection's peer, unless that peer is one of the
trusted proxies (setting `trusted_proxies`): then X-Forwarded-For is read
from the right, skipping trusted hops, and the first address a trusted hop
wrote is the client. A header sent by anyone else is ignored, so a client
cannot choose its own address in the logs. This is ours, not werkzeug's
ProxyFix: ProxyFix believes the last N hops of whoever connects, so a client
reaching the app directly could name any address; here the peer itself must
be one of the trusted proxies.

The request id is the caller's X-Request-ID when it is sane (8 to 128 of
letters, digits and `._:-`), otherwise a new random one; it is echoed in the
response and carried by every log line of the request.
"""

from __future__ import annotations

import ipaddress
import re
import uuid
from collections.abc import Iterable

from flask import Flask, Response, g, request

REQUEST_ID_HEADER = "X-Request-ID"
ENVIRON_REQUEST_ID = "lessons.request_id"
ENVIRON_CLIENT_IP = "lessons.client_ip"
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(text: str) -> tuple[Network, ...]:
    """'127.0.0.1, 10.0.0.0/8' -> networks; ValueError naming a bad entry."""
    networks = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError as exc:
            raise ValueError(f"trusted_proxies: {part!r} is not an IP address or network") from exc
    return tuple(networks)


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _is_trusted(address, trusted: Iterable[Network]) -> bool:
    return address is not None and any(address in net for net in trusted)


def client_address(remote_addr: str, forwarded_for: str | None, trusted: tuple[Network, ...]) -> str:
    """The client's address, believing X-Forwarded-For only from trusted proxies."""
    peer = _address(remote_addr or "")
    if not trusted or not _is_trusted(peer, trusted) or not forwarded_for:
        return remote_addr or ""
    hops = [h.strip() for h in forwarded_for.split(",")]
    client = remote_addr
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            break  # garbage written before our proxies: stop at the last good hop
        client = str(address)
        if not _is_trusted(address, trusted):
            break
    return client


def new_request_id() -> str:
    return uuid.uuid4().hex


def sane_request_id(value: str | None) -> str | None:
    if value and _SANE_REQUEST_ID.fullmatch(value):
        return value
    return None


def request_id() -> str:
    """The current request's id ('' outside a request)."""
    return g.get("request_id", "") if _in_request() else ""


def client_ip() -> str:
    return g.get("client_ip", "") if _in_request() else ""


def _in_request() -> bool:
    from flask import has_request_context

    return has_request_context()


def install(app: Flask, trusted: tuple[Network, ...]) -> None:
    @app.before_request
    def _identify_request() -> None:
        g.request_id = sane_request_id(request.headers.get(REQUEST_ID_HEADER)) or new_request_id()
        g.client_ip = client_address(request.remote_addr or "", request.headers.get("X-Forwarded-For"), trusted)
        # The access log (gunicorn's, outside Flask) reads them from the environ.
        request.environ[ENVIRON_REQUEST_ID] = g.request_id
        request.environ[ENVIRON_CLIENT_IP] = g.client_ip

    @app.after_request
    def _echo_request_id(response: Response) -> Response:
        if "request_id" in g:
            response.headers[REQUEST_ID_HEADER] = g.request_id
        return response
