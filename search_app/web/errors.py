"""Web stage: every error as a page in the site's style, or as JSON for the API.

The JSON form is the same everywhere: {"error": {"status": 404, "message": "..."}}.
A search engine that is down or has no index is a 503 with a clear message,
never a traceback.
"""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search_app.search.contract import SearchError, TaxonomyUnreadable
from search_app.web.services import CatalogUnavailable

log = logging.getLogger(__name__)

TITLES = {
    400: "There is a problem with the request",
    404: "Page not found",
    405: "That method is not allowed here",
    413: "The request is too large",
    500: "Sorry, there is a problem with the service",
    503: "Sorry, search is unavailable",
}
MESSAGES = {
    400: "The request could not be understood. Check the address and try again.",
    404: "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.",
    405: "This address does not accept that kind of request.",
    500: "Something went wrong on our side. Try again later.",
}


def wants_json() -> bool:
    path = request.path
    return path.startswith("/api/") or path == "/healthz" or path.endswith(".json")


def error_response(status: int, message: str = ""):
    """The error page (or JSON error) for `status`."""
    message = message or MESSAGES.get(status, TITLES.get(status, "Error"))
    if wants_json():
        response = jsonify({"error": {"status": status, "message": message}})
        response.status_code = status
        return response
    title = TITLES.get(status, "Error")
    html = render_template("error.html", status=status, title=title, message=message)
    return html, status


def install(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        status = exc.code or 500
        message = ""
        # Our own aborts carry a description written for the reader; werkzeug's
        # defaults are replaced by the friendlier texts above.
        if exc.description and exc.description != type(exc).description:
            message = exc.description
        response = error_response(status, message)
        if status == 405 and hasattr(exc, "valid_methods") and exc.valid_methods:
            response = app.make_response(response)
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response

    @app.errorhandler(TaxonomyUnreadable)
    def taxonomy_unreadable(exc: TaxonomyUnreadable):
        log.error("taxonomy unreadable: %s", exc)
        return error_response(
            503,
            "Search is not available at the moment: the theme taxonomy could not be read. "
            "If you run this service, check it with `lessons taxonomy check`.",
        )

    @app.errorhandler(SearchError)
    def search_unavailable(exc: SearchError):
        log.warning("search unavailable: %s", exc)
        return error_response(
            503,
            "Search is not available at the moment: the search index could not be used. "
            "If you run this service, build the index with `lessons index --rebuild`.",
        )

    @app.errorhandler(CatalogUnavailable)
    def catalog_unavailable(exc: CatalogUnavailable):
        log.warning("catalog unavailable: %s", exc)
        return error_response(
            503,
            "The catalog of reviews is not available at the moment. If you run this "
            "service, add reviews with `lessons ingest`.",
        )

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("unexpected error on %s", request.path)
        return error_response(500)
