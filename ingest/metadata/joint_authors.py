"""Ingest stage, metadata: a second writer named after the first, each with a role in apposition.

"This report was written by Jane Smith, Independent Reviewer, and Dr Tom Hart, Independent
Health Reviewer.": both are the review's authors ("Jane Smith and Dr Tom Hart"), as when they are
printed together ("written by Jane Smith and Tom Hart"). Only a writer's role counts on either
side (a reviewer, an author, a writer): a person named after the writer with another post ("and
Y, Chair of the panel", "supported by Y, Business Manager") did not write the review.
"""

from __future__ import annotations

import re

from ingest.metadata.text import NAME

# A writer's role in apposition: "Independent Reviewer", "the independent health reviewer", "lead author".
_ROLE = r"(?:the\s+|an?\s+)?(?:[A-Za-z'’-]+\s+){0,4}?(?:reviewer|author|writer)s?\b"
SECOND_WRITER = re.compile(rf"\s*,\s*{_ROLE}\s*,?\s+(?:and|&)\s+((?-i:{NAME}))\s*,\s*{_ROLE}", re.IGNORECASE)


def second_writer(text: str, start: int, name: str) -> str:
    """The writer named with their role after `name` (found in `text` from `start`), "" if none."""
    at = text.find(name, start)
    if at < 0 or " and " in name:
        return ""
    # the rest of the sentence read as one line: the second name may wrap ("and Tom" / "Hartley, ...")
    after = " ".join(text[at + len(name) : at + len(name) + 240].split())
    second = SECOND_WRITER.match(after)
    return second.group(1) if second else ""
