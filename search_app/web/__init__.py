"""Web stage: the Flask app for practitioners and the JSON API.

`create_app()` builds the app: configuration from defaults, then the
LESSONS_* environment (through Settings), then test overrides; one
blueprint per area (search, lessons and reviews, themes, API). The app
speaks only the SearchBackend contract and the Catalog.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from search_app.settings import SETTINGS, Settings
from search_app.web import errors, security, services, serving

__all__ = ["create_app"]

_SETTING_NAMES = {s.name for s in SETTINGS}


def create_app(settings: Settings | None = None, test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the web app.

    `settings` defaults to Settings.load() (defaults, then LESSONS_* variables).
    `test_config` entries named like a setting (lower case, e.g. "catalog")
    override that setting; the others (e.g. TESTING) go into Flask's config.
    """
    test_config = dict(test_config or {})
    overrides = {k: v for k, v in test_config.items() if k in _SETTING_NAMES}
    if settings is None:
        settings = Settings.load(overrides)
    elif overrides:
        settings = Settings.load(
            {**{s.name: _setting_value(settings, s.name) for s in SETTINGS}, **overrides},
            environ={},
        )

    app = Flask(__name__, template_folder="templates", static_folder="static")
    app.config.from_mapping(
        JSON_SORT_KEYS=False,
        MAX_CONTENT_LENGTH=64 * 1024,
        # Static files change with releases only; a day is safe and saves requests.
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.config.update({k: v for k, v in test_config.items() if k not in _SETTING_NAMES})
    assert isinstance(app.json, DefaultJSONProvider), "Flask's default provider, the one with sort_keys"
    app.json.sort_keys = False
    app.url_map.strict_slashes = False

    found = services.install(app, settings)
    security.install(app)
    errors.install(app)
    # Production serving: request ids, caching headers (search_app/web/serving).
    serving.install(app, settings, lambda: found.backend().version())
    app.extensions[serving.WARM_UP_KEY] = found.warm_up

    from search_app.web import api, briefing, collection, documents, exports, lessons, review_text, search

    app.register_blueprint(search.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(lessons.bp)
    app.register_blueprint(documents.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(briefing.bp)
    app.register_blueprint(collection.bp)
    app.register_blueprint(review_text.bp)

    from search_app.web import template_helpers

    template_helpers.install(app)
    return app


def _setting_value(settings: Settings, name: str) -> Any:
    value = getattr(settings, name)
    if name in ("corpus", "link_roots"):
        return ":".join(str(p) for p in value)
    return str(value) if not isinstance(value, (int, bool)) else value
