"""Corpus generator: dispatch a review spec to the writer of its file format."""

from __future__ import annotations

from .model import GoldLesson, Plan, ReviewSpec

EXTENSIONS = {"pdf": ".pdf", "scan": ".pdf", "html": ".html", "docx": ".docx", "txt": ".txt"}


def render(spec: ReviewSpec, plan: Plan) -> tuple[bytes, list[GoldLesson], int]:
    """Return the file's bytes, its lessons (with pages) and its page count."""
    if spec.fmt == "pdf":
        from .pdf_layouts import render_pdf
        return render_pdf(spec, plan)
    raise ValueError(f"{spec.name}: unknown format {spec.fmt}")
