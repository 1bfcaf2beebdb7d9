"""Web stage: the original review document, opened at a page.

The file served is the one the catalog records for the review id; nothing
in the request names a path. It is served only when its resolved path (links
followed, at the time of the request) is inside a corpus folder or one of
`link_roots`: a file replaced by a link to somewhere else is not published. PDFs open in the browser (`#page=N` is read by
the browser's viewer); HTML and text are served as plain text so a
document's own markup or scripts never run on this site; Word files are
downloads.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file

from ingest.discover import display_path
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
    """The regular file the catalog records for a review, if it is still there
    and, resolved, inside the folders documents may be served from."""
    review = find_review(services.catalog(), review_id)
    if review is None or not review.source_path:
        return None
    path = Path(os.path.abspath(review.source_path))
    try:
        real = os.path.realpath(path, strict=True)
    except (OSError, ValueError):
        return None
    settings = services.services().settings
    roots = [os.path.realpath(r) for r in (*settings.corpus, *settings.link_roots)]
    if not any(real.startswith(root.rstrip(os.sep) + os.sep) for root in roots):
        return None
    if not os.path.isfile(real):
        return None
    return Path(real)


@bp.get("/reviews/<review_id>/document")
def document(review_id: str):
    path = catalogued_file(review_id)
    if path is None:
        abort(404)
    mimetype, download = MIMETYPES.get(path.suffix.lower(), ("application/octet-stream", True))
    try:
        handle = open(path, "rb")  # noqa: SIM115 (the response streams it and closes it)
    except OSError:
        abort(404)
    # Sent as an open file, not a path: werkzeug encodes a path's name as UTF-8
    # for its ETag, which a name that is not UTF-8 cannot be.
    st = os.fstat(handle.fileno())
    response = send_file(
        handle,
        mimetype=mimetype,
        as_attachment=download,
        download_name=display_path(path.name),
        conditional=True,
        etag=f"{st.st_mtime_ns:x}-{st.st_size:x}",
        last_modified=st.st_mtime,
        max_age=0,
    )
    is_pdf = mimetype == "application/pdf"
    response.headers["Content-Security-Policy"] = DOCUMENT_POLICY if is_pdf else TEXT_POLICY
    return response
