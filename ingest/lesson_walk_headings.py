"""Ingest stage: lesson segmentation, the walk's step for an unlabelled heading: the sections in force
(the zone stack), their kinds and lead agencies, and the sub-heading that titles a lesson.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.block_cues import CUE_HEADING
from ingest.lesson_agency_groups import agency_group_name, learned_by, proper_name, two_kinds
from ingest.lesson_around import LETTER_TO_CHILD, summary_for_children
from ingest.lesson_boxes import date_line
from ingest.lesson_chapters import _agency_chapter, _agency_development, _theme_heading, _themes_over_findings
from ingest.lesson_cues import SUMMARY_HEADING, heading_number, numbered_under, strip_number, zone_kind
from ingest.lesson_helpers import _addressee, _Zone
from ingest.lesson_other_sections import (
    EARLIER_REVIEW_RECOMMENDATIONS,
    EARLIER_REVIEW_SECTION,
    NOT_LESSON_HEADING,
    RESEARCH_SECTION,
)
from ingest.lesson_patterns import (
    ADDRESSED_HEADING,
    AGENCY_NAME,
    ANALYSIS_HEADING,
    AUDIENCE_HEADING,
    BOX_CUE,
    COUNTER_HEADING,
    DISTRIBUTIVE_ADDRESSEE,
    GENERIC_ADDRESSEE,
    HEADING_CODE,
    IMPLICATIONS_HEADING,
)
from ingest.lesson_service_bullets import service_heading
from ingest.lesson_straplines import cover_strapline

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


# An appreciative review's second part, paired with "What worked well" under each theme of what it
# found: the learning of that theme, a section of its own however deep it sits.
EVEN_BETTER_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:it\s+would\s+have\s+been\s+)?even\s+better\s+if\b", re.I
)


# A lesson section's heading that names its one lesson after the kind: "Learning: Plans that were not SMART".
OWN_TITLE = re.compile(
    r"^(?i:(?:key\s+)?(?:learning(?:\s+point)?|lesson(?:\s+learned)?|finding|good\s+practice))\s*[:–—-]\s+(?P<title>[A-Z].*\S)$"
)


# A part of the case's story told in turn: "Key practice episode 1", "Episode 2: May 2012".
PRACTICE_EPISODE = re.compile(r"^(?:key\s+)?(?:practice\s+)?episode\s+\d{1,2}\b", re.I)


def section_heading(w: LessonWalk) -> bool:
    """A heading without a label: the sections in force, and a sub-heading's lesson."""
    if w.block.kind == "heading" and not w.label:
        w.current = None
        w.table_columns = None
        level = w.block.level or 2
        if w.owner is not None and level <= w.owner[1]:
            w.owner = None
        while w.stack and w.stack[-1].level >= level:
            w.stack.pop()
        # The first heading of the cover is the review's title ("Learning from Child E").
        is_title = w.block is w.cover_title
        # (a deck whose title names its learning, "Child D: learning from the review": its slides' learning)
        kind = "learning_point" if w.block is w.deck_title else None if is_title else zone_kind(w.block.text)
        if kind and cover_strapline(w.blocks, w.index):
            kind = None  # the cover's strapline under its title names what the document is, no section
        if kind is None and not is_title and _themes_over_findings(w.blocks, w.index):
            kind = "finding"  # "Themes" over sub-headed paragraphs: the themes the review found
        parent = w.zone()
        if (
            kind
            and parent is not None
            and parent.kind in ("finding", "learning_point")
            and numbered_under(w.block.text, parent.heading)
        ):
            kind = None  # "4.5 Learning that is not new" in "4. Findings" is one finding's heading
        elif (
            kind in ("finding", "learning_point")
            and parent is not None
            and parent.kind in ("finding", "learning_point")
            and parent.level < level
            and not CUE_HEADING.match(w.block.text)
            and not IMPLICATIONS_HEADING.search(w.block.text)
            and not EVEN_BETTER_HEADING.match(w.block.text)
        ):
            kind = None  # "Learning that is not new" under "Key learning": a lesson's title, not a new section
        if (
            kind is None
            and parent is not None
            and parent.kind in ("finding", "learning_point")
            and parent.level < level
            and AUDIENCE_HEADING.match(strip_number(w.block.text))
        ):
            # "If you work in health" under "What the review found": what the review means for that
            # audience, each item one learning point, the heading grouping them rather than titling one.
            kind = "learning_point"
        if kind == "finding" and w.stack and _agency_development(w.block.text, w.stack[-1].heading):
            kind = "learning_point"
        learner = learned_by(w.block.text) or service_heading(w.block.text, parent.kind if parent else None, kind)
        if learner:
            kind = "learning_point"  # "What Police learned": that agency's own learning, a section of its own
        # "Areas of strength" / "Areas for development" under one agency's heading in "Learning for each
        # agency": that agency's own good practice and learning
        agency_own = parent.learned_by if parent is not None and kind in ("learning_point", "good_practice") else ""
        if (
            (kind == "recommendation" and EARLIER_REVIEW_RECOMMENDATIONS.search(w.block.text))
            or EARLIER_REVIEW_SECTION.match(w.block.text)
            or RESEARCH_SECTION.match(w.block.text)
            # a sub-heading of such a section ("Learning from the Panel's reviews" under "What research tells us")
            or any(RESEARCH_SECTION.match(z.heading) for z in w.stack)
            or LETTER_TO_CHILD.match(w.block.text)
            or summary_for_children(w.blocks, w.index)
        ):
            # an earlier review's recommendations, quoted for their progress, a section telling of an
            # earlier review and quoting it, one telling what research found, or a letter to the child
            # restating the learning in the second person (or a summary for children, in simple words):
            # none of this review's lessons
            kind = None
            barrier = True
        else:
            barrier = kind is None and bool(
                NOT_LESSON_HEADING.search(w.block.text)
                # "6.1 Key practice episode 1" inside "Key practice episodes and learning": the case's story
                # the learning after it is drawn from, never a lesson nor a lesson's title
                or (parent is not None and parent.kind and PRACTICE_EPISODE.match(strip_number(w.block.text)))
            )
        summary = bool(SUMMARY_HEADING.search(w.block.text))
        w.stack.append(
            _Zone(
                kind, level, w.block.text, summary, barrier, page=w.block.page_start, learned_by=learner or agency_own
            )
        )
        if learner and parent is not None and parent.kind:
            # one agency's part of the section's learning: the section's lessons still (its introduction
            # introduces them all)
            w.stack[-1].serial = parent.serial
        addressed = ADDRESSED_HEADING.search(w.block.text) if kind == "recommendation" else None
        if (
            addressed
            and AGENCY_NAME.search(addressed.group("who"))
            and not GENERIC_ADDRESSEE.match(addressed.group("who"))
            and not DISTRIBUTIVE_ADDRESSEE.match(addressed.group("who"))
        ):
            # "Recommendations for the Police": the lead agency of the recommendations under it.
            w.stack[-1].agency = _addressee(addressed.group("who"))
        theme = w.stack[-2] if len(w.stack) >= 2 else None
        if (
            kind in ("finding", "learning_point", "good_practice")
            and theme is not None
            and theme.kind is None
            and not theme.barrier
            and theme.level < level
            and not theme.filled
            and theme.heading != (w.first_heading.text if w.first_heading else None)
            and _theme_heading(theme.heading)
            and not _agency_chapter(theme.heading)
            and len(w.block.text.split()) <= 6
        ):
            # "Professional curiosity" / "What we saw" / "What we learned": the learning part of a
            # theme heading's parts is that theme's lesson, headed by it.
            w.stack[-1].title = strip_number(theme.heading).rstrip(" .:")
            w.stack[-1].title_page = theme.page
        own = (
            OWN_TITLE.match(strip_number(w.block.text))
            if kind in ("finding", "learning_point", "good_practice")
            else None
        )
        if own:
            # "Learning: Plans that were not SMART": the section names its one lesson after its kind, the
            # words after the colon its title (a heading over it titles nothing)
            w.stack[-1].title = own.group("title").rstrip(" .:")
            w.stack[-1].title_page = w.block.page_start
        enclosing = w.zone()
        if (
            kind is None
            and enclosing is not None
            and enclosing.kind == "recommendation"
            and enclosing.level < level
            and (
                (AGENCY_NAME.search(w.block.text) and len(w.block.text.split()) <= 6)
                or agency_group_name(strip_number(w.block.text))
                # an agency's formal name of its time, however long ("Derbyshire County Council Children
                # and Younger Adults Department", "X County Council Children, Families and Cultural Services")
                or (
                    AGENCY_NAME.search(w.block.text)
                    and len(w.block.text.split()) <= 12
                    and proper_name(strip_number(w.block.text).replace(",", " "))
                )
            )
        ):
            w.stack[-1].agency = _addressee(strip_number(w.block.text))
            return True
        if (
            kind is None
            and w.owner is not None
            and (
                (w.block.text.rstrip().endswith("?") and not NOT_LESSON_HEADING.search(w.block.text))
                or ANALYSIS_HEADING.search(w.block.text)
            )
        ):
            # "Learning theme 1: title" then "Why did it matter?" or "Why it matters": that lesson's text.
            w.current = w.owner[0]
            if id(w.current) in w.analysed_themes:
                w.current.kind = "finding"  # a theme answered by its analysis: a finding
            return True
        # An unlabelled sub-heading inside findings or learning is itself one lesson's title.
        if (
            kind is None
            and enclosing is not None
            and enclosing.level < level
            and (
                enclosing.kind in ("finding", "learning_point")
                # "Learning and recommendations": a titled paragraph telling what was learned
                or (enclosing.kind == "recommendation" and two_kinds(enclosing.heading))
            )
            and not NOT_LESSON_HEADING.search(w.block.text)
            and not COUNTER_HEADING.match(w.block.text)
            and not ((box := BOX_CUE.match(w.block.text)) and not box.group("rest"))
            and not date_line(w.block.text)  # "Published: 10 November 2020" under a page's heading
        ):
            w.stack[-1].heading = enclosing.heading if enclosing.heading else w.block.text
            code = HEADING_CODE.match(w.block.text)
            number, heading = (
                (code.group("code"), w.block.text[code.end() :])
                if code
                else (heading_number(w.block.text), strip_number(w.block.text))
            )
            w.current = w.start(enclosing.kind, number, heading.rstrip(" .:"), w.block)
            w.current.title = heading.rstrip(" .:")
            w.current.headed = True
        return True
    return False
