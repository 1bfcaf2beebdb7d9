"""Ingest stage, lessons: a lesson's first words cut off with an ellipsis, read after the walk (ingest/lessons.py).

A web page or a long report may list its lessons before printing them, each by its first words cut off
with "…" or "..." ("Recommendations in this review": "Recommendation 1: Agencies should ensure
practitioners record and…"), as a sidebar or a navigation list. Such an entry is never a lesson nor a
second copy of one: a lesson whose text ends in an ellipsis and whose words open another lesson of the
review (the one printed whole) is left out.
"""

from __future__ import annotations

import re

from ingest.lesson_placing import renumbered, tokens
from ingest.records import Lesson

# A text cut off: it ends in an ellipsis (one character or three dots), perhaps inside a bracket or quote.
CUT_OFF = re.compile(r"(?:…|\.\.\.)\s*[)\]'\"’”]?\s*$")


def without_truncated_copies(lessons: list[Lesson]) -> list[Lesson]:
    """The lessons without those cut off with an ellipsis whose words open another, fuller lesson."""
    dropped = set()
    for i, lesson in enumerate(lessons):
        if not CUT_OFF.search(lesson.text):
            continue
        words = tokens(CUT_OFF.sub("", lesson.text))
        if len(words.split()) < 2:
            continue
        if any(
            j != i
            and j not in dropped
            and len(other.text) > len(lesson.text)
            and not CUT_OFF.search(other.text)
            and tokens(other.text).startswith(words)
            for j, other in enumerate(lessons)
        ):
            dropped.add(i)
    if not dropped:
        return lessons
    return renumbered([lesson for i, lesson in enumerate(lessons) if i not in dropped])
