"""Ingest stage, metadata: what a running footer alone says of the review.

A report may print its review type or its publication only in the footer on every body page, taken off
the pages as furniture: "Serious Case Review – Child U – Page 2 of 6" (the type), "Darlington
Safeguarding Children Partnership | Published 8 February 2022 | Page 3 of 7" (the publication, to the
month or the day as printed). Only a line that is a running footer (it numbers the page, "Page x of y")
is read, and its date only when the line says it is the publication's.
"""

from __future__ import annotations

import re

from ingest.clean import PAGE_OF
from ingest.metadata.dates import _published
from ingest.metadata.review_type import _review_type

# A footer's date said to be the publication's: "Published 8 February 2022", "Published: April 2013".
_PUBLISHED_PART = re.compile(r"^\W*published\b", re.IGNORECASE)


def _footer_lines(furniture: str) -> list[str]:
    """The running footers among the furniture's lines: each line numbering the page, with the two lines
    before it (a footer's parts, "<partnership> | Published <date> | Page 2 of 3", may come off a text
    page as lines of their own)."""
    lines = furniture.split("\n")
    return [" | ".join(lines[max(0, i - 2) : i + 1]) for i, line in enumerate(lines) if PAGE_OF.search(line)]


def footer_review_type(furniture: str) -> str:
    """The review type a running footer names ("Serious Case Review – Child U – Page 2 of 6"), or ""."""
    for line in _footer_lines(furniture):
        found = _review_type(line, "", "")
        if found != "other":
            return found
    return ""


def footer_published(furniture: str) -> str:
    """The publication a running footer states ("... | Published April 2013 | Page 2 of 3"), or ""."""
    for line in _footer_lines(furniture):
        for part in re.split(r"\s+[|–—]\s+|\s+-\s+", line):
            if _PUBLISHED_PART.match(part):
                found = _published(part)
                if found:
                    return found
    return ""
