"""Ingest stage, lessons: the agency printed in brackets after a recommendation's text.

Read after the walk (ingest/lessons.py), over the lessons and the review's blocks, before acronyms are spelled
out (ingest/lesson_acronyms.py). Reviews often close each recommendation with who it is for, in brackets:
"... by the next working day. (Royal Free London NHS Foundation Trust)", "(Barnet Family Services and
Metropolitan Police Service)", or an acronym the review's glossary defines, "(AWP)". The bracket is the
recommendation's lead agency as printed (the whole of it where it names several), never part of its text.
A bracket that is no organisation's name ("(see 4.3)", "(2019)", "(CP)" where the glossary makes it a term)
is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_acronyms import ACRONYM, defined_acronyms
from ingest.lesson_agency_groups import proper_name
from ingest.lesson_patterns import AGENCY_NAME, ORGANISATION_WORD
from ingest.records import Lesson

# The bracket closing the text, after its last sentence's stop: "... seen. (Barnet Family Services)".
CLOSING_BRACKET = re.compile(r"(?<=[.!?])\s*\((?P<who>[^()]{2,200})\)\s*\.?\s*$")
# The bracket opening the text, printed after the label: "R1 (CSC) Children's social care should ...", an
# acronym the review's key defines.
OPENING_BRACKET = re.compile(r"^\s*\((?P<who>[^()]{2,16})\)\s+(?=[A-Z])")
_PARTS = re.compile(r"\s*(?:,|;|\band\b|&)\s*")


def _names_agency(who: str) -> bool:
    """Whether a bracket's words are an organisation's name or a list of them."""
    names = [p for p in _PARTS.split(who) if p]
    return (
        proper_name(who.replace(",", " ").replace(";", " "))
        and bool(AGENCY_NAME.search(who) or any(ORGANISATION_WORD.search(n) for n in names))
        and not re.search(r"\d", who)
    )


def bracketed_agencies(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons with a recommendation's closing bracket naming its agency taken out as its agency."""
    if not any(
        lesson.kind == "recommendation"
        and not lesson.agency
        and (CLOSING_BRACKET.search(lesson.text) or OPENING_BRACKET.match(lesson.text))
        for lesson in lessons
    ):
        return lessons
    defined = defined_acronyms(blocks)
    out = []
    for lesson in lessons:
        bracket = CLOSING_BRACKET.search(lesson.text) if lesson.kind == "recommendation" else None
        if bracket and not lesson.agency:
            who = bracket.group("who").strip()
            known = defined.get(who, "") if ACRONYM.match(who) else ""
            if (known and (AGENCY_NAME.search(known) or ORGANISATION_WORD.search(known))) or (
                not ACRONYM.match(who) and _names_agency(who)
            ):
                # an acronym keeps its printed form here: ingest/lesson_acronyms.py spells it out
                lesson = replace(lesson, agency=who, text=lesson.text[: bracket.start()].rstrip())
        opening = OPENING_BRACKET.match(lesson.text) if lesson.kind == "recommendation" else None
        if opening and not lesson.agency:
            who = opening.group("who").strip()
            known = defined.get(who, "") if ACRONYM.match(who) else ""
            if known and (AGENCY_NAME.search(known) or ORGANISATION_WORD.search(known)):
                lesson = replace(lesson, agency=who, text=lesson.text[opening.end() :].lstrip())
        out.append(lesson)
    return out
