"""Ingest stage: lesson segmentation - what sits beside a review's lessons and is never one.

Two kinds of paragraph sit beside a review's recommendations and read like them, but ask nothing of
practice:
- a note on the plan that will carry the recommendations out ("Each agency has prepared an action
  plan. The ACPC will monitor progress ..."), under "Action plan" or closing the recommendations;
- the resolutions a report puts to the meeting it is written for ("2.1 That the Committee notes the
  publication of the review", "That the Panel receives a report on progress in six months"): a
  council committee's or a board's own decisions on the report, never the review's recommendations.

And the next section's numbered heading read as one more item of a numbered list (a scan loses its
type: "6.3 That the ACPC should ..." then "7. Action plan"): a short phrase with no stop, numbered
with the whole number after the list's section, is a heading, never a lesson.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_patterns import ASKS
from ingest.lesson_placing import renumbered
from ingest.records import Lesson

# The plan itself named as what is prepared, kept or monitored: "an action plan", "each agency's action plan".
_PLAN_NOTE = re.compile(
    r"\b(?:an|the|its|their|each|every)\s+(?:(?:single|multi)[\s-]agency\s+|agency['’]?s?\s+)?action\s+plans?\b", re.I
)
# "That the Committee notes ...", "That Cabinet agrees ...": the meeting's decision sought, in the report's
# own recommendations to it (the verb straight after the meeting's name, never "should").
_RESOLUTION = re.compile(
    r"^That\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:committee|sub-committee|panel|cabinet|board|council|members?|forum)\s+"
    r"(?:notes?|receives?|considers?|agrees?|approves?|endorses?|comments?\s+on|welcomes?|accepts?|is\s+asked\s+to|be\s+asked\s+to)\b",
    re.I,
)


_SECTION_ITEM = re.compile(r"^(?P<section>\d{1,2})\.\d{1,2}$")


def _next_section_heading(before: Lesson | None, lesson: Lesson) -> bool:
    """A lesson labelled with the number after its list's section ("7" after "6.3"), its text a short
    phrase with no stop ("Action plan"): the next section's heading."""
    m = _SECTION_ITEM.match(before.label) if before is not None else None
    return (
        m is not None
        and lesson.label == str(int(m.group("section")) + 1)
        and len(lesson.text.split()) <= 5
        and not lesson.text.rstrip().endswith((".", "!", "?", ":", ";"))
    )


def note_not_lesson(lesson: Lesson) -> bool:
    """Whether an unlabelled note on the action plan, or a resolution put to a meeting, was read as a lesson."""
    if _RESOLUTION.match(lesson.text):
        return True
    return (
        not lesson.label and bool(_PLAN_NOTE.search(lesson.text)) and not ASKS.search(lesson.text)
    )  # a note on the plan asks for no change


def drop_notes(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons without notes on the action plan, resolutions put to a meeting and the next section's
    heading read as an item."""
    kept = [
        lesson
        for n, lesson in enumerate(lessons)
        if not note_not_lesson(lesson) and not _next_section_heading(lessons[n - 1] if n else None, lesson)
    ]
    return renumbered(kept) if len(kept) < len(lessons) else lessons
