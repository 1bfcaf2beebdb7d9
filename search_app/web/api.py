"""Web stage: the JSON API, with the same parameters as the pages.

Every error, from any route under /api/, has one shape:
{"error": {"status": 400, "message": "..."}}. `/api/openapi.json`
describes it all; `/healthz` says whether the index can answer.
"""

from __future__ import annotations

import dataclasses

import orjson
from flask import Blueprint, abort, current_app, jsonify, request

from search_app.search.contract import FACETS, SearchError
from search_app.search.present import citation, facets_json, lesson_json, result_json
from search_app.web import services
from search_app.web.errors import error_response
from search_app.web.lessons import similar_lessons
from search_app.web.lookup import find_lesson, find_review, review_lessons, theme_stats
from search_app.web.openapi import openapi_document
from search_app.web.params import WEB_MAX_PER_PAGE, SearchArgs, parse_page, parse_per_page, parse_search_args
from search_app.web.response_memo import ResponseMemo
from search_app.web.review_text import is_unpaged
from search_app.web.search import without_unknown_themes

bp = Blueprint("api", __name__)
_MEMO_KEY = "search_app.api_search_bodies"


def _args(facets: tuple[str, ...] | None = None) -> SearchArgs:
    return parse_search_args(request.args, services.services().settings.page_size, facets=facets)


def _bad_request(args: SearchArgs):
    return error_response(400, "; ".join(f"{e.param}: {e.message}" for e in args.errors))


def _requested_facets() -> tuple[str, ...] | None:
    """The `facet` parameter narrows which facets are counted (default: all)."""
    names = [n for n in request.args.getlist("facet") if n in {f.name for f in FACETS}]
    return tuple(dict.fromkeys(names)) if names else None


@bp.get("/api/search")
def api_search():
    args = _args(_requested_facets())
    if args.errors:
        return _bad_request(args)
    themes = services.themes()
    args = without_unknown_themes(args, themes)
    result = services.search(args.request)
    req = args.request
    # A result given again by the result cache is sent with the body made for it.
    memo = current_app.extensions.get(_MEMO_KEY) or current_app.extensions.setdefault(_MEMO_KEY, ResponseMemo())
    key = (
        req.query,
        tuple((k, tuple(v)) for k, v in req.filters.items()),
        req.year_from,
        req.year_to,
        req.sort,
        req.page,
        req.per_page,
        tuple(args.notices),
    )
    body = memo.get(result, key)
    if body is None:
        body = json_body(
            result_json(req, result, themes, services.links(), notices=args.notices, unpaged=services.unpaged_reviews())
        )
        memo.put(result, key, body)
    return current_app.response_class(body, mimetype=current_app.json.mimetype)


def json_body(data: dict) -> bytes:
    """`data` as the body `jsonify` gives (the same JSON value), made by
    orjson: a page of twenty lessons serialised in about a tenth of the time
    the json module takes. Non-ASCII text is sent as UTF-8 rather than as
    \\u escapes. In debug mode (indented output), or for a value orjson
    cannot write, Flask's own serialiser makes it."""
    provider = current_app.json
    indented = getattr(provider, "compact", None) is False or (
        getattr(provider, "compact", None) is None and current_app.debug
    )
    if not indented:
        try:
            return orjson.dumps(data) + b"\n"
        except TypeError:  # orjson.JSONEncodeError: e.g. an integer past 64 bits, a lone surrogate
            pass
    return jsonify(data).get_data()


@bp.get("/api/facets")
def api_facets():
    args = _args(_requested_facets())
    if args.errors:
        return _bad_request(args)
    result = services.search(dataclasses.replace(args.request, page=1, per_page=1))
    return jsonify({"total": result.total, "facets": facets_json(dict(result.facets), services.themes())})


@bp.get("/api/lessons/<lesson_id>")
def api_lesson(lesson_id: str):
    detail = find_lesson(services.catalog(), lesson_id)
    if detail is None:
        abort(404, description="No lesson has that id.")
    themes, links = services.themes(), services.links()
    unpaged = services.unpaged_reviews()
    data = lesson_json(detail.indexed, themes, links, unpaged=unpaged)
    data["tags"] = [{**tag.to_json(), "label": themes.theme_label(tag.theme)} for tag in detail.analysis.tags]
    data["similar"] = [
        {
            "id": h.lesson.id,
            "label": h.lesson.label,
            "review_title": h.lesson.review_title,
            "citation": citation(h.lesson, h.lesson.review_id not in unpaged),
            "url": services.public_url_for("api.api_lesson", lesson_id=h.lesson.id),
        }
        for h in similar_lessons(lesson_id, detail.indexed.review_id)
    ]
    return jsonify(data)


@bp.get("/api/reviews/<review_id>")
def api_review(review_id: str):
    catalog = services.catalog()
    review = find_review(catalog, review_id)
    if review is None:
        abort(404, description="No review has that id.")
    themes, links = services.themes(), services.links()
    unpaged = frozenset({review.id}) if is_unpaged(review.source_path) else frozenset()  # cited by section
    total = catalog.lesson_count(review.id)
    per_page = parse_per_page(request.args, WEB_MAX_PER_PAGE)
    page, pages = parse_page(request.args, per_page, total)
    start = (page - 1) * per_page
    return jsonify(
        {
            "id": review.id,
            "title": review.title,
            "review_type": review.review_type,
            "area": review.area,
            "region": review.region,
            "published": review.published,
            "year": review.year,
            "child": review.child,
            "child_age": review.child_age,
            "author": review.author,
            "page_count": review.page_count,
            "sections": [dataclasses.asdict(s) for s in review.sections],
            "document_url": links.document(review.id),
            "lessons_total": total,
            "page": page,
            "per_page": per_page,
            "pages": pages,
            "lessons": [
                lesson_json(indexed, themes, links, unpaged=unpaged)
                for indexed, _ in review_lessons(catalog, review, start, per_page)
            ],
        }
    )


@bp.get("/api/themes")
def api_themes():
    book = services.themes()
    stats = theme_stats(services.backend(), book)
    return jsonify(
        {
            "total_lessons": stats.total_lessons,
            "years": list(stats.years),
            "groups": [
                {
                    "id": group.id,
                    "label": group.label,
                    "themes": [
                        {
                            "id": t.id,
                            "label": t.label,
                            "description": t.description,
                            "count": stats.counts.get(t.id, 0),
                            "by_year": {str(b.year): b.count for b in stats.trend(t.id)},
                        }
                        for t in group.themes
                    ],
                }
                for group in book.groups
            ],
        }
    )


@bp.get("/api/openapi.json")
def api_openapi():
    return jsonify(openapi_document(services.services().settings.base_url + request.script_root))


@bp.get("/healthz")
def healthz():
    try:
        backend = services.backend()
        lessons, version = backend.count(), backend.version()
    except SearchError as exc:
        response = jsonify({"status": "unavailable", "lessons": 0, "index_version": None, "message": str(exc)})
        response.status_code = 503
        return response
    return jsonify({"status": "ok", "lessons": lessons, "index_version": version, **_pipeline_health()})


# --- pipeline status: /healthz run fields and the footer's "last updated" ---
# (from the run log that `lessons reindex` writes; see search_app/pipeline/runlog.py)


def _pipeline_health() -> dict:
    """index_updated_at, index_age_seconds and last_run (command, times, exit code, outcome)."""
    from search_app.pipeline.runlog import service_status

    return service_status(services.services().settings.data_dir)


@bp.app_context_processor
def _last_updated_footer() -> dict:
    from search_app.pipeline.runlog import last_updated_words

    return {"index_last_updated": lambda: last_updated_words(services.services().settings.data_dir)}


@bp.route("/api/<path:unknown>")
def api_not_found(unknown: str):
    abort(404, description="There is no API endpoint at this address.")
