"""Ingest stage: lesson segmentation, the walk's steps inside a lesson section for paragraphs: titles,
run-in headings, cues, the open lesson's further text and plain paragraphs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.lesson_agency_lines import addressed_run_in
from ingest.lesson_chapters import _agency_chapter, _asks_the_board
from ingest.lesson_cues import ITEM_NUMBER, kind_of_label, zone_kind
from ingest.lesson_helpers import _addressee, _continues, _reported_kind
from ingest.lesson_intro_cues import COUNTS, INTRO, is_intro
from ingest.lesson_patterns import (
    AGENCY_LEAD,
    CAPS_TITLE,
    CUE_PREFIX,
    JOINT_WORKING,
    REPORTED,
    TEMPLATE_INSTRUCTION,
)
from ingest.lesson_preamble import preamble_to_titled
from ingest.lesson_table_columns import AGENCY_HEADER, TRACKING_HEADER
from ingest.lesson_tables import item_kind
from ingest.lesson_text_cues import opening_title, title_line

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def capitals_title(w: LessonWalk) -> bool:
    """A title in capitals heading its lesson where type sizes and bold are lost."""
    caps = CAPS_TITLE.match(w.text) if w.block.kind == "para" and w.z.kind != "recommendation" else None
    if caps is not None:
        # "THINKING ABOUT THE WHOLE FAMILY" over (or run into) sentence-case text, where type sizes
        # and bold are lost (a scan, plain text): a title in capitals heads its lesson.
        title = caps.group("title").strip()
        w.current = w.start(item_kind(w.z.kind), "", w.text, w.block)
        w.current.title = title
        w.current.headed = True
        w.current.heading_only = not caps.group("rest")
        return True
    return False


def agency_over_recommendations(w: LessonWalk) -> bool:
    """An agency's name over its numbered recommendations, its heading's look lost."""
    if (
        w.block.kind == "para"
        and w.z.kind == "recommendation"
        and title_line(w.text)
        and len(w.text.split()) <= 6
        and _agency_chapter(w.text)
        and w.following is not None
        and (w.following.kind == "item" or ITEM_NUMBER.match(w.following.text))
    ):
        # An agency's name over its numbered recommendations, its heading's look lost (a scan):
        # the lead agency of those under it, like such a sub-heading.
        w.stack[-1].agency = _addressee(w.text)
        w.current = None
        return True
    return False


def agency_run_in(w: LessonWalk) -> bool:
    """A paragraph opening with the agency it is about ("Police: ...")."""
    led = AGENCY_LEAD.match(w.text) if w.block.kind == "para" else None
    if (
        led
        and w.z.kind in ("finding", "learning_point", "good_practice")
        and len(led.group("who").split()) <= 5
        and (_agency_chapter(led.group("who")) or JOINT_WORKING.fullmatch(led.group("who").strip()))
    ):
        # "Police: The officers ...": a paragraph opening with the agency it is about, run in, is one
        # lesson of that agency's, listed like an item (the plain sentence before such a list introduces it)
        who = led.group("who").strip()
        w.current = w.start(
            w.z.kind, "", led.group("rest"), w.block, "" if JOINT_WORKING.fullmatch(who) else _addressee(who)
        )
        w.current.item = True
        w.current.heading_only = False
        return True
    if led and w.z.kind == "recommendation" and addressed_run_in(led.group("who"), w.text):
        # "Greater Manchester Police: Share every ...": a recommendation run in after the agency it is
        # for, the name its lead agency and never part of its text
        w.current = w.start("recommendation", "", led.group("rest"), w.block, led.group("who").strip())
        w.current.item = True
        w.current.heading_only = False
        return True
    return False


def bold_run_in(w: LessonWalk) -> bool:
    """A bold run-in heading opening a lesson."""
    if (
        w.block.lead
        and not is_intro(w.block.lead)
        and (
            w.z.kind in ("finding", "learning_point", "good_practice")
            or (
                w.z.kind == "recommendation"
                and not zone_kind(w.block.lead)
                and len(w.block.lead.split()) <= 10
                and not TRACKING_HEADER.search(w.block.lead)
                and not AGENCY_HEADER.search(w.block.lead)
            )
        )
    ):
        # A bold run-in heading opens a lesson: "Bruising in a non-mobile baby A small bruise ..."
        w.current = w.start(w.z.kind, "", w.text, w.block)
        w.current.title = w.block.lead.strip(" .:-–")
        w.current.heading_only = False
        return True
    return False


def opening_title_run(w: LessonWalk) -> bool:
    """Paragraphs each opening with their title phrase, where bold is lost."""
    if (
        w.block.kind == "para"
        and w.z.kind in ("finding", "learning_point", "good_practice")
        and (w.current is None or w.current.zone != w.z.serial or id(w.current) in w.run_in_titled)
        and (opening := opening_title(w.text, loose=w.current is not None and id(w.current) in w.run_in_titled))
        and (
            (w.current is not None and id(w.current) in w.run_in_titled)
            # the first of a run: the paragraph after it opens with its own title phrase too
            or (w.following is not None and w.following.kind == "para" and opening_title(w.following.text, loose=True))
        )
        and not is_intro(w.text)
    ):
        # "Staff turnover. The family had ...", paragraph after paragraph, where bold is lost (plain
        # text): each paragraph opening with its title phrase is a lesson of its own, titled by it.
        w.current = w.start(item_kind(w.z.kind), "", w.text, w.block)
        w.current.title = opening
        w.current.heading_only = False
        w.run_in_titled.add(id(w.current))
        return True
    return False


def title_after_label(w: LessonWalk) -> bool:
    """A bare label's title on the next line."""
    if (
        w.current is not None
        and w.current.open
        and w.current.label
        and not w.current.parts
        and not w.current.title
        and w.block.kind == "para"
        and title_line(w.text)
        and w.current.kind != "recommendation"
    ):
        # "Finding 2 of 4" then "Hearing the same concerns again" on the next line: the lesson's title.
        w.current.title = w.text.strip().rstrip(" .:")
        w.current.headed = True
        w.current.add(w.text, w.block)
        w.current.heading_only = True
        return True
    return False


def title_line_para(w: LessonWalk) -> bool:
    """A title line that lost its heading's look, over a paragraph."""
    if (
        (
            (w.current is None or w.current.zone != w.z.serial)
            or (w.current.headed and w.current.title and not w.current.label and len(w.current.parts) >= 2)
        )
        and w.block.kind == "para"
        and w.z.kind in ("finding", "learning_point", "good_practice")
        and title_line(w.text)
        and w.following is not None
        and w.following.kind == "para"
        and not title_line(w.following.text)
    ):
        # A title line that lost its heading's look (plain text, a scan) over a paragraph, first in a
        # lesson section or among lessons headed by their titles, heads the next lesson.
        w.current = w.start(w.z.kind, "", w.text, w.block)
        w.current.title = w.text.strip().rstrip(" .:")
        w.current.headed = True
        return True
    return False


def introduction_to_list(w: LessonWalk) -> bool:
    """A paragraph introducing a numbered list or the next list: it ends the lesson."""
    if (
        w.current is not None
        and w.current.open
        and w.current.plain
        and not w.current.label
        and w.block.kind == "para"
        and len(w.text) < 120
        and INTRO.search(w.text)
        and w.following is not None
        and w.following.kind in ("item", "para")
        and ITEM_NUMBER.match(w.following.text)
    ) or (w.current is not None and w.current.open and w.block.kind == "para" and COUNTS.match(w.text)):
        # "... it is my duty to report to you." then "The matters of concern are as follows. -" over a
        # numbered list: the list holds the lessons, the paragraph before it opens the section; "The panel
        # makes the following recommendations to ...:" after a lesson introduces the next list, no part of it
        w.current = None
        return True
    return False


def continues_lesson(w: LessonWalk) -> bool:
    """A paragraph that goes on with the open lesson."""
    if (
        w.current is not None
        and w.current.open
        and not (w.current.indent and w.block.kind == "para")  # a bullet title's lesson ends with its list
        and (w.current.kind == "finding" or w.current.headed or _continues(w.current, w.text))
    ):
        w.current.add(w.text, w.block)
        return True
    return False


def reported_recommendation(w: LessonWalk) -> bool:
    """A paragraph opening "The review recommends that ..." inside the recommendations."""
    reported = REPORTED.match(w.text) if w.block.kind == "para" else None
    if reported is not None and _reported_kind(reported) == w.z.kind == "recommendation":
        # "The review recommends that all agencies should ...": the recommendation is what follows.
        w.start_whole(w.z.kind, "", w.text[reported.end() :], w.block)
        return True
    return False


def cue_paragraph(w: LessonWalk) -> bool:
    """A cue ("Learning: ...") opening a paragraph inside a lesson section."""
    cue = CUE_PREFIX.match(w.text) if w.block.kind == "para" else None
    if cue:
        # "Learning: Professionals need to ..." opening a paragraph: one lesson of the kind it names.
        w.current = w.start(kind_of_label(cue.group("cue"), w.z.kind), "", w.text[cue.end() :], w.block)
        w.current.heading_only = False
        return True
    return False


def template_instruction(w: LessonWalk) -> bool:
    """A template's instruction to its writer left in."""
    if TEMPLATE_INSTRUCTION.match(w.text):
        w.current = None  # a template's instruction to its writer left in ("Identify each learning point ...")
        return True
    return False


def introduction_or_question(w: LessonWalk) -> bool:
    """An introduction, or a question put to the reader."""
    if is_intro(w.text) or (w.text.rstrip().endswith("?") and not _asks_the_board(w.z)):
        w.current = None  # an introduction, or a question put to the reader: never a lesson
        return True
    return False


def preamble(w: LessonWalk) -> bool:
    """One sentence opening lessons that sit under their own titles."""
    if w.z.kind in ("finding", "learning_point", "good_practice") and preamble_to_titled(w.blocks, w.index):
        w.current = None  # one sentence opening lessons that sit under their own titles: their preamble
        return True
    return False


def plain_paragraph(w: LessonWalk) -> bool:
    """Any other paragraph in a lesson section: a lesson of its own."""
    w.current = w.start(item_kind(w.z.kind), "", w.text, w.block)
    w.current.plain = True
    if (
        w.block_before is not None
        and w.block_before.kind == "item"
        and not ITEM_NUMBER.match(w.block_before.text)
        and w.block.kind == "para"
        and w.block.page_start == w.block_before.page_end
        and w.block_before.x0
        and w.block_before.x0 + 5 < w.block.x0 < w.block_before.x0 + 30
        and w.text[:1].isupper()
    ):
        # A bullet whose marker the reader lost, its text set in the list's text column after
        # bullets: one of the list's items, never narrative among them.
        w.current.plain, w.current.item = False, True
    if w.z.title and not any(d.zone == w.z.serial for d in w.drafts[:-1]):
        w.current.title = w.z.title
        w.current.parts = [w.z.title, w.text]
        if w.z.title_page:
            w.current.page_start = min(w.current.page_start, w.z.title_page)
        w.current.headed = True
        w.current.heading_only = False
    return False
