"""Briefing stage: the links a briefing carries to the review documents.

A briefing travels (to a board, by e-mail), so its links name the service's
public address (the public_url setting), never the address of the
machine that made it; without a public address it carries none.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

DOCUMENT_PATH = "/reviews/{review_id}/document"
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_loopback(host: str) -> bool:
    """True for an address that names the machine itself (127.0.0.1, ::1, localhost, 0.0.0.0)."""
    host = (host or "").strip("[]").lower()
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def link_template_for(base_url: str) -> tuple[str, str]:
    """The review-document link template under a public base URL, and a notice.

    A briefing travels (to a board, by e-mail), so its links must name the
    service's public address: an empty base URL gives no links; so does one
    that names this machine (a loopback address), with a notice saying why."""
    base = (base_url or "").strip().rstrip("/")
    if not base:
        return "", ""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "", f"The links to the review documents were left out: “{base[:80]}” is not a web address."
    if is_loopback(parts.hostname):
        return "", (
            "The links to the review documents were left out: the public address set for this "
            f"service ({parts.hostname}) is this machine's own, which no reader can open."
        )
    return base + DOCUMENT_PATH, ""


def document_link(link_template: str, review_id: str, page: int | None = None) -> str:
    """The document's address (at the page), or "" when the briefing has no links."""
    if not link_template:
        return ""
    url = link_template.format(review_id=review_id)
    return f"{url}#page={page}" if page else url
