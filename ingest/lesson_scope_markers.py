"""Ingest stage, lessons: a recommendation's scope marker, read after the walk (ingest/lessons.py).

One list may mix a review's multi-agency recommendations with the agencies' own, each marked after its
number: "3. (MA) All agencies should ...", "4. (SA – Police) Police should review ...", "(Single agency:
Children's Social Care) ...", a key line before the list saying what the marks mean. The marker is never
part of the recommendation's text; a single-agency marker naming an agency gives the recommendation that
agency; a multi-agency marker gives none (the review's own recommendation, to all).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.records import Lesson

SCOPE_MARKER = re.compile(
    r"^\s*[(\[](?:(?P<multi>MA|multi[- ]agency)|(?P<single>SA|single[- ]agency))"
    r"(?:\s*[–—:\-]\s*(?P<agency>[A-Z][^()\[\]]{1,80}?))?\s*[)\]]\s*[:.\-–—]?\s*(?=\S)",
    re.I,
)


def without_scope_markers(lessons: list[Lesson]) -> list[Lesson]:
    """The lessons with a recommendation's opening "(MA)" or "(SA – <agency>)" marker taken out of its
    text, the agency a single-agency marker names its agency."""
    out = []
    for lesson in lessons:
        marker = SCOPE_MARKER.match(lesson.text) if lesson.kind == "recommendation" else None
        if marker and (marker.group("multi") is None or not marker.group("agency")):
            agency = lesson.agency or (marker.group("agency") or "").strip()
            lesson = replace(lesson, text=lesson.text[marker.end() :], agency=agency)
        out.append(lesson)
    return out
