"""Web stage: the lesson, review and themes pages.

A lesson page shows its full text with the tagger's evidence marked, where
it sits in its review, and similar lessons from other reviews. A review
page lists its lessons in order. The themes page shows every theme of the
taxonomy with its count and a small trend by year.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, urlencode

from flask import Blueprint, abort, render_template, request

from nlp.records import SOURCE_MODEL
from search_app.search.contract import SearchError
from search_app.web import services
from search_app.web.highlight import mark_evidence
from search_app.web.lookup import find_lesson, find_review, review_lessons, theme_stats
from search_app.web.params import parse_page
from search_app.web.review_text import is_unpaged

log = logging.getLogger(__name__)

bp = Blueprint("lessons", __name__)

SIMILAR_LIMIT = 5
REVIEW_PAGE_SIZE = 50  # lessons per review page; a review may hold up to max_lessons


def similar_lessons(lesson_id: str, review_id: str):
    """Similar lessons from other reviews; none when the engine cannot say."""
    try:
        hits = services.backend().similar(lesson_id, limit=SIMILAR_LIMIT + 5)
    except SearchError as exc:
        log.info("no similar lessons for %s: %s", lesson_id, exc)
        return ()
    return tuple(h for h in hits if h.lesson.review_id != review_id)[:SIMILAR_LIMIT]


def tag_explanation(tag) -> str:
    if tag.source == SOURCE_MODEL:
        return f"suggested by the model, confidence {tag.confidence:.2f}"
    phrases = []
    for evidence in tag.evidence:
        if evidence.text not in phrases:
            phrases.append(evidence.text)
    if phrases:
        return "found the words " + ", ".join(f"‘{p}’" for p in phrases)
    return "matched a rule of the taxonomy"


MAX_BACK_CHARS = 2000


def back_to_search() -> str:
    """The search a lesson was opened from (`back`, a query string of the search
    page), re-encoded so that it can only ever be the search page's query."""
    raw = request.args.get("back", "")[:MAX_BACK_CHARS]
    return urlencode(parse_qsl(raw, keep_blank_values=False))


@bp.get("/lessons/<lesson_id>")
def lesson(lesson_id: str):
    detail = find_lesson(services.catalog(), lesson_id)
    if detail is None:
        abort(404)
    return render_template(
        "lesson.html",
        back=back_to_search(),
        detail=detail,
        text_html=mark_evidence(detail.indexed.text, detail.analysis.tags),
        tags=[(t, tag_explanation(t)) for t in detail.analysis.tags],
        similar=similar_lessons(lesson_id, detail.indexed.review_id),
    )


@bp.get("/reviews/<review_id>")
def review(review_id: str):
    catalog = services.catalog()
    found = find_review(catalog, review_id)
    if found is None:
        abort(404)
    total = catalog.lesson_count(found.id)
    page, pages = parse_page(request.args, REVIEW_PAGE_SIZE, total)
    start = (page - 1) * REVIEW_PAGE_SIZE
    return render_template(
        "review.html",
        review=found,
        total=total,
        page=page,
        pages=pages,
        first=start + 1,
        lessons=review_lessons(catalog, found, start, REVIEW_PAGE_SIZE),
        unpaged=is_unpaged(found.source_path),
    )


@bp.get("/themes")
def themes():
    book = services.themes()
    stats = theme_stats(services.backend(), book)
    return render_template("themes.html", book=book, stats=stats)
