"""Ingest stage: lesson segmentation - the walk's tests of headings that name a chapter or a group.

A chapter on one agency's part ("Police", "Health services") and its "Areas
for development", a heading naming one theme and a "Themes" chapter whose
themes are findings, a numbered or lettered title grouping the lessons of a
two-level outline, and a "Questions for the Board" section. Asked by the walk
(ingest/lesson_walk.py) beside the helpers of ingest/lesson_helpers.py.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_cues import PARA_NUMBER, heading_number, strip_number, zone_kind
from ingest.lesson_helpers import _Zone
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_patterns import AGENCY_NAME
from ingest.lesson_text_cues import numbered_title, title_line

# Chapters that hold a review's parts, never one theme's title.
CHAPTER = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:analysis|discussion|conclusions?|the\s+review|overview|summary|main\s+report|"
    r"themes?|(?:key\s+)?(?:practice\s+)?episodes?|key\s+themes|part\s+[a-z0-9]+)\b",
    re.I,
)


# A lettered item: "a) ...", "(b) ...", "c. ...".
LETTERED = re.compile(r"^\(?[a-z][.)]\s+(?=\S)")


def _outline_group(text: str, following: Block | None) -> str:
    """The number of a numbered title ("2. Leadership and the workforce") whose next block is numbered
    under it ("2.1 All agencies should ..."): a group of lessons in a two-level outline; else ""."""
    titled = numbered_title(text) or (
        (heading_number(text).rstrip("."), strip_number(text))
        if re.fullmatch(r"\d{1,2}\.?", heading_number(text)) and title_line(strip_number(text))
        else None
    )
    sub = PARA_NUMBER.match(following.text) if following is not None else None
    if (
        titled is None
        and following is not None
        and following.kind == "item"
        and LETTERED.match(following.text)
        and not LETTERED.match(text)
        and title_line(text)
        and not zone_kind(text)
    ):
        # "Working with probation" (its number a list's, not printed in the text) over "(a) ...": a theme
        return "0"
    if titled is None and sub and title_line(text) and not zone_kind(text):
        # "Hidden men" (its number a list's, not printed in the text) over "1.1 ...": the group of "1."
        return sub.group("num").split(".")[0]
    if titled is None or not titled[0].isdigit() or following is None or zone_kind(titled[1]):
        return ""
    if (
        following.kind == "item"
        and LETTERED.match(following.text)
        and title_line(titled[1])
        and not LETTERED.match(text)
    ):
        # "1. Information sharing" over "a) ...", "b) ...": a theme grouping the lettered lessons under it
        return titled[0]
    return titled[0] if sub and sub.group("num").startswith(titled[0] + ".") else ""


# The words an agency chapter's heading may add to the agency's name: "Children's social care",
# "Acute hospital services", "The police's involvement".
_AGENCY_FILLER = re.compile(
    r"\b(?:the|and|of|each|every|children'?s|adults?'?|acute|community|primary|local|services?|teams?|involvement|contact|"
    r"response|work)\b|['’]s\b",
    re.I,
)


_MORE_SERVICES = re.compile(
    r"\b(?:early\s+years|nurser(?:y|ies)|childminders?|maternity|substance\s+misuse|drug\s+and\s+alcohol|mental\s+health|"
    r"adult\s+social\s+care|local\s+authority|agency|agencies|services|"
    # specialist and voluntary services a review names for their part ("Domestic abuse service:", "IDVA:")
    r"domestic\s+(?:abuse|violence)(?:\s+(?:support|outreach))?|idvas?|isvas?|camhs|children'?s\s+centres?|family\s+hubs?|"
    r"voluntary\s+(?:and\s+community\s+)?sector|youth\s+services?|refuges?|health\s+visitors?|midwives|school\s+nurs(?:es?|ing))\b",
    re.I,
)


def _agency_chapter(heading: str) -> bool:
    """A heading that names only an agency ("Police", "Health services", "Children's social care"): a
    chapter on that agency's part, whose sub-headings' lessons it never titles."""
    text = strip_number(heading)
    named = AGENCY_NAME.search(text) or _MORE_SERVICES.search(text)
    rest = _AGENCY_FILLER.sub("", AGENCY_NAME.sub("", _MORE_SERVICES.sub("", text)))
    return bool(named) and not re.sub(r"\W+", "", rest)


AREAS_FOR_DEVELOPMENT = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?areas?\s+for\s+(?:improvement|development)\W*$", re.I)


def _agency_development(heading: str, chapter: str) -> bool:
    """ "Areas for development" under one agency's chapter of the analysis ("Police", "Health
    services"): what that agency has to learn, learning points rather than the review's findings."""
    return bool(AREAS_FOR_DEVELOPMENT.match(heading)) and _agency_chapter(chapter)


def _theme_heading(text: str) -> bool:
    """A heading that names one theme (a title line that is not a chapter of the review)."""
    return (
        title_line(strip_number(text))
        and not CHAPTER.match(text)
        and not NOT_LESSON_HEADING.search(text)
        and not re.search(r"\d\W*$", text)  # "Episode 3", "Meeting of 4 May": a heading numbered like a label
    )


# A chapter named only for its themes: "Themes", "Key themes", "3. Common themes" ("Learning themes" is a
# learning section of its own).
THEMES_CHAPTER = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:key\s+|main\s+|common\s+|emerging\s+|recurring\s+)?themes\W*$", re.I
)


def _themes_over_findings(blocks: list[Block], index: int) -> bool:
    """A "Themes" chapter whose first sub-heading has its paragraph straight under it: each theme
    there is a finding, its sub-heading the title (a theme heading over its own parts, "What we saw"
    and "What we learned", is left to those parts)."""
    block = blocks[index]
    if block.kind != "heading" or not THEMES_CHAPTER.match(block.text) or index + 2 >= len(blocks):
        return False
    sub, under = blocks[index + 1], blocks[index + 2]
    return (
        sub.kind == "heading"
        and (sub.level or 2) > (block.level or 2)
        and under.kind in ("para", "item")
        and zone_kind(sub.text) is None
        and _theme_heading(sub.text)
    )


# "Questions for the Board", "Issues for the Partnership", "Matters for the Safeguarding Board".
BOARD_QUESTIONS = re.compile(
    r"\b(?:questions?\s+(?:for|to)|(?:issues?|matters?|points?)\s+for)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:board|partnership|executive|leaders?)\b",
    re.I,
)


def _asks_the_board(zone: _Zone) -> bool:
    """A "Questions for the Board" (or "Issues for the Board") section: its questions are the Board's
    agenda, so recommendations (questions put to practitioners or the reader stay out)."""
    return zone.kind == "recommendation" and bool(BOARD_QUESTIONS.search(zone.heading))
