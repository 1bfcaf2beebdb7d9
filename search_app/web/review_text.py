"""Web stage: a review that has no pages (HTML, Word, plain text), shown as a readable page.

Serving such a document as it is would show raw markup or start a download.
Instead its own text is read again by the ingest readers and shown as
headings, paragraphs, list items and table rows, escaped, with each
lesson's passage anchored (`#lesson-N`) and the lesson a reader came for
highlighted. PDFs keep their own viewer, opened at the page.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, render_template, request

from ingest.blocks import build_blocks
from ingest.clean import normalise_pages, remove_furniture
from ingest.discover import display_path
from ingest.formats import read_text
from ingest.formats_docx import read_docx
from ingest.formats_html import read_html
from search_app.search.contract import IndexedLesson
from search_app.search.index_records import index_records
from search_app.web import services
from search_app.web.documents import catalogued_file
from search_app.web.lookup import find_review

log = logging.getLogger(__name__)

bp = Blueprint("review_text", __name__)

READERS = {".html": read_html, ".htm": read_html, ".docx": read_docx, ".txt": read_text}
UNPAGED_SUFFIXES = frozenset(READERS)


def is_unpaged(source_path: str) -> bool:
    """A document whose format has no pages: cite its section, show it as a page."""
    return Path(source_path or "").suffix.lower() in UNPAGED_SUFFIXES


@dataclass(frozen=True)
class TextBlock:
    kind: str  # "heading", "para", "item", "row"
    text: str
    level: int = 0
    cells: tuple[str, ...] = ()
    lesson: int = 0  # ordinal of the lesson this block is part of (0: none)
    anchor: bool = False  # the first block of its lesson: carries id="lesson-N"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def text_blocks(path: Path, review_lessons: list[IndexedLesson]) -> list[TextBlock]:
    """The document's blocks, each tied to the lesson whose text holds it."""
    reader = READERS.get(path.suffix.lower())
    if reader is None or not path.is_file():
        return []
    try:
        blocks = build_blocks(remove_furniture(normalise_pages(reader(path))))
    except Exception as exc:  # a file changed or damaged since it was ingested: no page, never a 500
        log.warning("cannot show the text of %s: %s", display_path(path), exc)
        return []
    lessons = [(lesson.ordinal, _words(lesson.text)) for lesson in review_lessons]
    shown: list[TextBlock] = []
    anchored: set[int] = set()
    position = 0  # lessons come in document order: look from the last one found onwards
    for block in blocks:
        words = _words(block.text)
        owner = 0
        if len(words) >= 3:
            for i in range(position, len(lessons)):
                ordinal, lesson_words = lessons[i]
                if words in lesson_words:
                    owner, position = ordinal, i
                    break
        shown.append(
            TextBlock(
                block.kind,
                block.text,
                block.level,
                tuple(block.cells),
                owner,
                anchor=bool(owner) and owner not in anchored,
            )
        )
        if owner:
            anchored.add(owner)
    return shown


@bp.get("/reviews/<review_id>/text")
def review_text(review_id: str):
    catalog = services.catalog()
    review = find_review(catalog, review_id)
    if review is None or not is_unpaged(review.source_path):
        abort(404)
    path = catalogued_file(review_id)  # served only from inside the corpus folders, as documents are
    if path is None:
        abort(404)
    blocks = text_blocks(path, list(index_records(catalog, [review.id])))
    if not blocks:
        abort(404)
    chosen = request.args.get("lesson", "")
    chosen_ordinal = int(chosen) if chosen.isascii() and chosen.isdigit() and len(chosen) < 7 else 0
    return render_template("review_text.html", review=review, blocks=blocks, chosen=chosen_ordinal)
