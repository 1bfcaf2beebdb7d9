"""Ingest stage: lesson segmentation, the walk's reading of the line that names who a recommendation is for,
printed under it apart from its sentence: "Lead agencies: A, B and C" (a list of any length), "Owner: A",
"Responsible: A", "For: A", "Lead: A" run together with the field after it ("Owner: A Timescale: Three
months", "Lead: A Supported by: B; C": the supporting agencies are never the lead), and an asterisk marking
a note on a renamed agency ("NHS X Integrated Care Board*"), never part of the name.
"""

from __future__ import annotations

import re

from ingest.lesson_agency_groups import proper_name
from ingest.lesson_patterns import AGENCY_NAME

# The field's name: who leads or owns the recommendation, or who it is for.
_NAME = (
    r"(?:lead(?:\s+(?:agency|agencies|organi[sz]ations?|partners?))?|owner|owned\s+by|responsible(?:\s+(?:agency|agencies|"
    r"organi[sz]ations?|partners?))?|for|agency|agencies)"
)
AGENCY_LINE = re.compile(r"^\W*(?P<name>" + _NAME + r")\s*:\s*(?P<value>[A-Z0-9].{1,400})$", re.I | re.S)
# A second field run into the line after the agency: "... Timescale: Three months", "... Supported by: B".
_NEXT_FIELD = re.compile(r"\s+(?=(?-i:[A-Z])[A-Za-z]+(?:\s+[a-z]+){0,2}\s*:\s)")
_NOTE_MARK = re.compile(r"\s*[*†‡]+$")
_SENTENCE = re.compile(r"[.!?]\s+(?-i:[A-Z])|\b(?:should|must|will|is|are|was|were)\b", re.I)


def agency_line(text: str) -> str:
    """The agency a recommendation's own line names ("Lead agencies: A and B" -> "A and B"), as printed,
    without a field run in after it or a note's asterisk; "" when the line is no such field."""
    match = AGENCY_LINE.match(text.strip())
    if not match:
        return ""
    value = _NEXT_FIELD.split(match.group("value").strip(), maxsplit=1)[0]
    value = _NOTE_MARK.sub("", value.strip(" .;"))
    if not value or len(value.split()) > 40 or _SENTENCE.search(value):
        return ""
    if match.group("name").lower() == "for" and not (AGENCY_NAME.search(value) or proper_name(value)):
        return ""  # "For: information", "For: discussion": what the paper is for, not who
    return value


def without_note_mark(value: str) -> str:
    """An agency cell or line without the asterisk pointing to a note under it ("NHS X ICB*" -> "NHS X ICB")."""
    return _NOTE_MARK.sub("", value.strip())
