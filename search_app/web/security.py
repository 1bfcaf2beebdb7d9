"""Web stage: security headers on every response.

The pages use no inline script or style, so the Content-Security-Policy can
forbid both; nothing is loaded from another host. Source documents served to
the browser get a stricter policy of their own (see `documents.py`).

The headers are added by a WSGI middleware around the whole app, not by an
`after_request` function: Flask skips the remaining after_request functions
when one of them fails, so an error page would go out without them. Out
here every response gets them, errors of any kind included.
"""

from __future__ import annotations

from flask import Flask

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


ALL_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, **HEADERS}


class SecurityHeaders:
    """WSGI middleware: adds each header the response does not set itself (a route
    may set its own, stricter policy: the document route does)."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        def start(status, headers, exc_info=None):
            present = {name.lower() for name, _ in headers}
            headers = list(headers) + [(k, v) for k, v in ALL_HEADERS.items() if k.lower() not in present]
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start)


def install(app: Flask) -> None:
    # Flask documents wrapping wsgi_app in middleware; its stubs type it as a method.
    app.wsgi_app = SecurityHeaders(app.wsgi_app)  # type: ignore[method-assign]
