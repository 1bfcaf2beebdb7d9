"""Web stage: what the collection holds: the list of reviews and the page about it.

`/reviews` lists every review in the catalog (newest first) with its type,
area, year and number of lessons. `/about` says what the collection covers
(how many reviews and lessons, which years, types and regions, where the
documents come from), how lessons and themes are made, and how good the
tagging and search are, as last measured by `lessons eval` on this
installation (its report, DATA_DIR/eval.json), never a figure typed in.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from dataclasses import dataclass

from flask import Blueprint, current_app, render_template

from search_app.web import services
from search_app.web.review_text import is_unpaged

log = logging.getLogger(__name__)

bp = Blueprint("collection", __name__)


@dataclass(frozen=True)
class Coverage:
    reviews: int
    lessons: int
    first_year: int | None
    last_year: int | None
    by_type: list[tuple[str, int]]
    by_region: list[tuple[str, int]]
    unpaged: int


def coverage(rows) -> Coverage:
    years = [r["year"] for r in rows if r["year"]]
    return Coverage(
        reviews=len(rows),
        lessons=sum(r["lessons"] for r in rows),
        first_year=min(years) if years else None,
        last_year=max(years) if years else None,
        by_type=Counter(r["review_type"] for r in rows).most_common(),
        by_region=Counter(r["region"] or "Not known" for r in rows).most_common(),
        unpaged=sum(1 for r in rows if is_unpaged(r["source_path"])),
    )


@dataclass(frozen=True)
class Measured:
    """Figures of the last `lessons eval` report, with when it was written."""

    when: str
    themes: dict | None
    search: dict | None


def last_measured(settings) -> Measured | None:
    path = settings.data_dir / "eval.json"
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        when = time.strftime("%d %B %Y", time.localtime(path.stat().st_mtime))
    except (OSError, ValueError) as exc:
        log.debug("no evaluation report at %s: %s", path, exc)
        return None
    if not isinstance(report, dict):
        return None
    return Measured(
        when,
        report.get("themes") if isinstance(report.get("themes"), dict) else None,
        report.get("search") if isinstance(report.get("search"), dict) else None,
    )


@bp.get("/favicon.ico")
def favicon():
    """Browsers ask for /favicon.ico before reading the page's icon link."""
    return current_app.send_static_file("favicon.svg")


@bp.get("/reviews")
def reviews():
    rows = services.catalog().review_list()
    return render_template("reviews.html", rows=rows, cover=coverage(rows))


@bp.get("/about")
def about():
    rows = services.catalog().review_list()
    return render_template("about.html", cover=coverage(rows), measured=last_measured(services.services().settings))
