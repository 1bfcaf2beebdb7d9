"""Ingest stage: checks of what came out of one document, as warnings for an operator.

A document the extractor reads without error can still need a look: it gave
no lessons, its lessons all came from a contents page, a lesson is far
longer or shorter than lessons usually are, or its publication year is
outside the years reviews have been published in. Each check returns plain
sentences; `lessons status`, `lessons extract --json` (`warnings`) and the
review page show them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from ingest.records import Lesson

# Lessons of the sample and conventions corpora run from 11 characters (an
# NSPCC list item such as "Neglect in teenagers") to about 1,500 (a finding
# of several paragraphs); these bounds leave room either side.
SHORTEST = 8
LONGEST = 3000
FIRST_YEAR = 2000
CONTENTS_SECTION = re.compile(r"^\s*(?:table\s+of\s+)?contents?\s*$", re.I)
CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…|\s\|)\s*\d{1,3}\s*$")


def check_review(lessons: Sequence[Lesson], published: str, today: datetime.date | None = None) -> list[str]:
    """Warnings about a review's extracted lessons and publication date ([] when all looks usual)."""
    today = today or datetime.date.today()
    warnings = []
    if not lessons:
        warnings.append("no lessons found")
    elif all(CONTENTS_SECTION.match(l.section or "") or CONTENTS_ENTRY.search(l.text) for l in lessons):
        warnings.append("every lesson comes from a contents page; the lessons themselves were not found")
    for lesson in lessons:
        size = len(lesson.text)
        name = f"lesson {lesson.ordinal}" + (f" ({lesson.label})" if lesson.label else "")
        if size < SHORTEST:
            warnings.append(f"{name} is only {size} characters long; a heading or a fragment?")
        elif size > LONGEST:
            warnings.append(f"{name} is {size} characters long; several lessons may have run together")
    year = published[:4]
    if year.isdigit() and not FIRST_YEAR <= int(year) <= today.year:
        warnings.append(f"publication year {year} is outside {FIRST_YEAR} to {today.year}; check the date read")
    return warnings
