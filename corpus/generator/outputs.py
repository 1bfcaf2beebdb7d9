"""Corpus generator: dispatch a review spec to the writer of its file format."""

from __future__ import annotations

from .model import GoldLesson, Plan, ReviewSpec

EXTENSIONS = {"pdf": ".pdf", "scan": ".pdf", "html": ".html", "docx": ".docx", "txt": ".txt"}


def render(spec: ReviewSpec, plan: Plan) -> tuple[bytes, list[GoldLesson], int]:
    """Return the file's bytes, its lessons (with pages) and its page count."""
    if spec.fmt == "pdf":
        from .pdf_layouts import render_pdf

        return render_pdf(spec, plan)
    from .blocks import build_blocks
    from .writers import WRITERS

    story = build_blocks(spec, plan)
    data, pages = WRITERS[spec.fmt](story)
    for key, lesson in enumerate(story.lessons):
        if key not in pages:
            raise RuntimeError(f"{spec.name}: lesson {key} has no page")
        lesson.page_start, lesson.page_end = pages[key]
    page_count = max((p for _, p in pages.values()), default=1)
    return data, story.lessons, page_count
