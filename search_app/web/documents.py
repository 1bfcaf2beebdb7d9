"""Web stage: the original review document, opened at a page.

The file served is the one the catalog records for the review id; nothing
in the request names a path. PDFs open in the browser (`#page=N` is read by
the browser's viewer); HTML and text are served as plain text so a
document's own markup or scripts never run on this site; Word files are
downloads.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file

from search_app.web import services
from search_app.web.lookup import find_review

bp = Blueprint("documents", __name__)

MIMETYPES = {
    ".pdf": ("application/pdf", False),
    ".txt": ("text/plain; charset=utf-8", False),
    ".html": ("text/plain; charset=utf-8", False),
    ".htm": ("text/plain; charset=utf-8", False),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", True),
}
# A served document may show itself and nothing else; never scripts or frames.
DOCUMENT_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'none'"
TEXT_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"


def catalogued_file(review_id: str) -> Path | None:
    """The regular file the catalog records for a review, if it is still there."""
    review = find_review(services.catalog(), review_id)
    if review is None or not review.source_path:
        return None
    path = Path(os.path.abspath(review.source_path))
    if not path.is_file():
        return None
    return path


@bp.get("/reviews/<review_id>/document")
def document(review_id: str):
    path = catalogued_file(review_id)
    if path is None:
        abort(404)
    mimetype, download = MIMETYPES.get(path.suffix.lower(), ("application/octet-stream", True))
    response = send_file(
        path,
        mimetype=mimetype,
        as_attachment=download,
        download_name=path.name,
        conditional=True,
        max_age=0,
    )
    is_pdf = mimetype == "application/pdf"
    response.headers["Content-Security-Policy"] = DOCUMENT_POLICY if is_pdf else TEXT_POLICY
    return response
