"""Ingest stage: the learned stages' limits - sections whose text reads like a lesson but never is one.

The second opinion (ingest/second_opinion.py) and the lesson check's adder (ingest/lesson_check.py) add a
lesson where the rules found none; under these sub-headings what reads like advice is someone else's: an
extract of statutory or national guidance ("What the guidance says", "What Working Together says"), a
summary of research ("What the research tells us"), points put to a team for discussion ("Points for
discussion"), and the family's own words on what should change ("What Child S's mother would like to
change", "What the family told us should change"). Pure functions of a heading's text.
"""

from __future__ import annotations

import re

from ingest.lesson_other_sections import STATUTE_BOX

# A summary of research set beside the lessons: "What the research tells us", "What research says" (not "The
# national learning", which a briefing on a national review passes on as its learning).
_RESEARCH_SAYS = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?what\s+(?:the\s+)?(?:research|studies|evidence)\s+(?:tells?|says?|shows?)(?:\s+us)?\W*$",
    re.I,
)

# Points or questions put to a team for its discussion: "Points for discussion", "Discussion points",
# "Questions for team discussion".
_FOR_DISCUSSION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:points?|questions?|issues?|topics?)\s+for\s+(?:(?:team|group|supervision|further)\s+)?"
    r"(?:discussion|reflection)|discussion\s+(?:points?|questions?|prompts?))\W*$",
    re.I,
)

# The family's words on what should change: "What Child S's mother would like to change", "What the
# family want to see change", "What the parents told us should change".
_FAMILY_WORDS = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?what\s+(?:[\w'’]+\s+){0,3}?(?:family|mother|father|mum|dad|parents?|carers?|"
    r"grandmother|grandfather|grandparents?)\s+(?:would\s+like|wants?|wanted|told\s+us|said|thinks?|thought|feels?|felt)"
    r"\b.{0,40}\bchange[ds]?\W*$",
    re.I,
)


def lookalike_heading(heading: str) -> bool:
    """Whether a sub-heading heads text that reads like a lesson but is another's: guidance, research,
    points for discussion, the family's words on what should change."""
    text = heading.strip()
    return bool(
        STATUTE_BOX.match(text)
        or _RESEARCH_SAYS.match(text)
        or _FOR_DISCUSSION.match(text)
        or _FAMILY_WORDS.match(text)
    )
