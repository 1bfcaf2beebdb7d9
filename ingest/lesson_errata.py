"""Ingest stage, lessons: an erratum's corrections of the lessons it names.

A report may close with an erratum correcting what it printed, one line a correction:
"Recommendation 1: the lead agency is Children's Social Care, not Police as printed." The
recommendation keeps its text; its lead agency is the corrected one. Read after the walk (the
erratum's lines themselves are never lessons), over the blocks' text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_placing import tokens
from ingest.records import Lesson

# "Recommendation 1: the lead agency is A, not B as printed", "Recommendation 2 - lead agency should read A, not B".
CORRECTED_AGENCY = re.compile(
    r"^\W*(?:recommendation|rec\.?)\s+(?P<num>\d{1,2})\s*[:.\-–]\s*(?:the\s+)?lead\s+(?:agency|organisation|department)\s+"
    r"(?:is|should\s+(?:be|read))\s+(?P<right>[^,;]{2,60}?)\s*,?\s+(?:and\s+)?not\s+(?:the\s+)?(?P<wrong>[^,;.]{2,60}?)"
    r"\s*,?\s+as\s+(?:was\s+)?(?:printed|stated|written|given|shown)\b",
    re.IGNORECASE | re.MULTILINE,
)


def corrected_agencies(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons with each lead agency an erratum corrects put right (those it names by their number,
    with the agency it says was printed, or none)."""
    corrections = [m for b in blocks for m in CORRECTED_AGENCY.finditer(b.text)]
    if not corrections:
        return lessons
    out = []
    for lesson in lessons:
        number = re.search(r"(\d{1,2})\s*$", lesson.label)
        for fix in corrections:
            if (
                lesson.kind == "recommendation"
                and number is not None
                and number.group(1) == fix.group("num")
                and (not lesson.agency or tokens(lesson.agency) == tokens(fix.group("wrong")))
            ):
                lesson = replace(lesson, agency=fix.group("right").strip())
        out.append(lesson)
    return out
