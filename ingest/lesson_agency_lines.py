"""Ingest stage: lesson segmentation, the walk's reading of the line that names who a recommendation is for,
printed under it apart from its sentence: "Lead agencies: A, B and C" (a list of any length), "Owner: A",
"Responsible: A", "For: A", "Lead: A" run together with the field after it ("Owner: A Timescale: Three
months", "Lead: A Supported by: B; C": the supporting agencies are never the lead), and an asterisk marking
a note on a renamed agency ("NHS X Integrated Care Board*"), never part of the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.lesson_agency_groups import proper_name
from ingest.lesson_cues import zone_kind
from ingest.lesson_patterns import AGENCY_NAME
from ingest.lesson_table_columns import TRACKING_HEADER

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk

# The field's name: who leads or owns the recommendation, or who it is for.
_NAME = (
    r"(?:lead(?:\s+(?:agency|agencies|organi[sz]ations?|partners?))?|owner|owned\s+by|responsible(?:\s+(?:agency|agencies|"
    r"organi[sz]ations?|partners?))?|for|agency|agencies|who\s+should\s+act)"
)
AGENCY_LINE = re.compile(r"^\W*(?P<name>" + _NAME + r")\s*:\s*(?P<value>[A-Z0-9].{1,400})$", re.I | re.S)
# A second field run into the line after the agency: "... Timescale: Three months", "... Supported by: B".
_NEXT_FIELD = re.compile(r"\s+(?=(?-i:[A-Z])[A-Za-z]+(?:\s+[a-z]+){0,2}\s*:\s)")
# An instruction's first word: "Make sure ...", "Share ...", "Seek assurance ...".
_INSTRUCTION = re.compile(
    r"^(?:make|ensure|review|seek|share|develop|agree|provide|consider|establish|audit|commission|update|produce|"
    r"publish|raise|strengthen|improve|monitor|evaluate|embed|implement|issue|undertake|assure|promote|set|give|"
    r"write|train|introduce|check|record|require|remind|use|add|include|confirm|put|create|extend|offer|work|"
    r"identify|amend|revise|clarify|deliver|arrange|carry|bring|report|lead|test|adopt|appoint|build|design)\b",
    re.I,
)
_NOTE_MARK = re.compile(r"\s*[*†‡]+$")
_SENTENCE = re.compile(r"[.!?]\s+(?-i:[A-Z])|\b(?:should|must|will|is|are|was|were)\b", re.I)


# What a paper is "For:" rather than whom: "For: information", "For: decision and action".
_PURPOSE = re.compile(
    r"^(?:information|discussion|decision|noting|note|approval|action|consideration|assurance|reference|comment|"
    r"agreement|endorsement|awareness|sign[- ]off)\b",
    re.I,
)


def _addressee(value: str) -> bool:
    """Whether a "For:" line's words name whom a recommendation is for: a name in capitals ("NHS England"),
    a national body with its article ("The Department for Education and the Department of Health and Social
    Care"), one word in capitals ("Ofsted") or the partners ("Local safeguarding partners"); never a purpose."""
    if _PURPOSE.match(value):
        return False
    bare = re.sub(r"^the\s+", "", value, flags=re.I)
    return (
        proper_name(bare)
        or bool(AGENCY_NAME.search(value))
        or bool(re.fullmatch(r"[A-Z][\w'’&-]+", bare))
        or bool(re.search(r"\bpartners\b", value, re.I))
    )


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
    if match.group("name").lower() == "for" and not _addressee(value):
        return ""  # "For: information", "For: discussion": what the paper is for, not who
    return value


def addressed_run_in(who: str, text: str) -> bool:
    """Whether a paragraph run in after a name and a colon ("Greater Manchester Police: Share every ...") is a
    recommendation for that agency: the name an agency's in capitals, no field's name, and what follows an
    instruction."""
    who = who.strip()
    rest = text.split(":", 1)[1].strip() if ":" in text else ""
    return (
        proper_name(who)
        and bool(AGENCY_NAME.search(who))
        and len(who.split()) <= 10
        and not agency_line(text)
        and not TRACKING_HEADER.search(who)
        and not zone_kind(who)
        and bool(_INSTRUCTION.match(rest))
    )


def without_note_mark(value: str) -> str:
    """An agency cell or line without the asterisk pointing to a note under it ("NHS X ICB*" -> "NHS X ICB")."""
    return _NOTE_MARK.sub("", value.strip())


# A name marked for a note: "NHS Derby and Derbyshire Integrated Care Board*".
_MARKED = re.compile(r"\w[*†‡]+\s*$")
_OPENS_WITH_MARK = re.compile(r"^\s*[*†‡]+\s*\S")


def note_on_marked_agency(w: LessonWalk) -> bool:
    """The note under a table whose agency cell carries an asterisk ("* NHS X Clinical Commissioning Group when
    the review began; ..."), its mark read as a bullet or printed before it: never a lesson nor part of one."""
    if w.block.kind not in ("para", "item") or w.zone() is None:
        return False
    marked_rows = [
        b
        for b in w.blocks[max(0, w.index - 40) : w.index]
        if b.kind == "row" and any(_MARKED.search(c) for c in b.cells)
    ]
    if not marked_rows:
        return False
    after_table = w.block_before is not None and w.block_before.kind == "row"
    if (
        after_table
        and w.block.kind == "item"
        and not w.block.number
        and (w.following is None or w.following.kind != "item")
    ) or _OPENS_WITH_MARK.match(w.block.text):
        w.current = None
        w.previous = w.block
        return True
    return False
