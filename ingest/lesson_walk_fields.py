"""Ingest stage: lesson segmentation, the walk's steps before headings: the block's label, a title under a
label, a recommendation's fields and addressees, numbered titles, stems, outline groups, sentence headings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.layout import Block
from ingest.lesson_agency_groups import agency_group_name, proper_name, stated_heading
from ingest.lesson_agency_lines import agency_line
from ingest.lesson_chapters import _outline_group
from ingest.lesson_cues import ITEM_NUMBER, heading_number, numbered_under, strip_number, zone_kind
from ingest.lesson_drafts import (
    DIRECTIVE,
)
from ingest.lesson_helpers import _addressee, _display_numeral, _lead_among_fields
from ingest.lesson_inner import label_in_sentence
from ingest.lesson_intro_cues import ANNOUNCES
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_patterns import (
    ADDRESSED_LINE,
    ADDRESSEE,
    AGENCY_NAME,
    DISTRIBUTIVE_ADDRESSEE,
    FIELD_LINE,
    LABEL,
    RESPONSE_FIELD,
    STEM,
)
from ingest.lesson_statements import addressed_list
from ingest.lesson_table_columns import AGENCY_HEADER, TRACKING_HEADER
from ingest.lesson_text_cues import numbered_title, title_line
from ingest.lesson_worded_labels import worded_label

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


# A letter's closing: "Yours sincerely,", "Yours faithfully", "With kind regards,".
VALEDICTION = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+regards)\W*$", re.I
)


def _title_of_label(block: Block, label: Block, following: Block | None) -> bool:
    """A heading that names a kind of lesson ("Learning that is not new") is still the title of the bare
    label above it ("Finding 2") when set at the label's level, a phrase rather than a section's name,
    with the lesson's text after it."""
    return (
        label.kind == "heading"
        and block.level == label.level
        and len(block.text.split()) >= 3
        and following is not None
        and following.kind == "para"
    )


def read_label(w: LessonWalk) -> bool:
    """Reads the block's label ("Finding 2", "R1"); never consumes the block."""
    # A table row's label cell ("R1", "Recommendation 2") is read with the row's other cells.
    # Labels in words or with a hash or an agency: "First finding: title", "Finding #2:", "Recommendation for Health 1:".
    reads_label = w.block.kind != "row" or len(w.block.cells) < 2
    w.label = (LABEL.match(w.block.text) or worded_label(w.block.text)) if reads_label else None
    if w.label is not None and w.block.kind == "para" and label_in_sentence(w.block.text, w.label):
        w.label = None  # "Recommendation 3 of the earlier review asked ...": a reference, not a label
    if w.label is not None and w.block.kind == "para" and w.block.text[:1].islower() and _sentence_goes_on(w):
        w.label = None  # "... Work on" / "recommendation 3 continues.": a sentence broken over two blocks
    return False


def _sentence_goes_on(w: LessonWalk) -> bool:
    """Whether the paragraph before the block breaks off mid-sentence (no closing stop), so that the
    block, opening in lower case, goes on with it."""
    before = w.block_before
    return before is not None and before.kind == "para" and not before.text.rstrip().endswith((".", "!", "?", ":", ";"))


def title_under_label(w: LessonWalk) -> bool:
    """A title on the line under a bare label heads the labelled lesson."""
    if (
        w.block.kind == "heading"
        and not w.label
        and w.current is not None
        and w.current.label
        and not w.current.parts
        and w.block_before is not None
        and (
            (w.block_before.kind == "heading" and LABEL.match(w.block_before.text))
            or _display_numeral(w.block_before, w.body_size)
        )
        and (not zone_kind(w.block.text) or _title_of_label(w.block, w.block_before, w.following))
        and not NOT_LESSON_HEADING.search(w.block.text)
        and not ADDRESSED_LINE.match(w.block.text.strip())  # "Addressed to: ..." (a field: recommendation_field)
    ):
        # "Finding 2" on one line and its title under it: the title heads the labelled lesson.
        w.current.title = strip_number(w.block.text).rstrip(" .:")
        w.current.parts = [w.current.title]
        w.current.headed = True
        return True
    return False


# The line under an item naming who is to act on it ("Who should act: Home Office").
ASKED_OF = re.compile(r"^\W*who\s+should\s+act\s*:", re.I)


def recommendation_field(w: LessonWalk) -> bool:
    """A recommendation's fields ("Lead agency: Police", "Timescale: ...")."""
    addressed = ADDRESSED_LINE.match(w.block.text.strip()) if w.block.kind in ("para", "heading") else None
    if addressed and w.current is not None and w.current.kind == "recommendation" and not w.current.parts:
        # "Recommendation 3" / "Addressed to: A, B and C" / its text: the lead agencies as printed, the
        # text still to come
        w.current.agency = w.current.agency or addressed.group("value").strip()
        # printed under its label on the label's page: the lesson starts there, though its text turns over
        w.current.started = w.current.started or w.block.page_start == w.current.page_start
        return True
    field = FIELD_LINE.match(w.block.text) if w.block.kind in ("para", "item", "heading") else None
    named = agency_line(w.block.text) if w.block.kind in ("para", "item", "heading") else ""
    if named and w.current is not None and w.current.parts and ASKED_OF.match(w.block.text):
        # "Learning for national bodies" / "1. The Home Office should ..." / "Who should act: Home Office":
        # a line naming who is to act makes the item a recommendation to that body
        w.current.kind = "recommendation"
    if named and w.current is not None and w.current.kind == "recommendation" and w.current.parts:
        # "Lead agencies: A, B and C", "Owner: A Timescale: ...", "For: A" under the recommendation's
        # text: its lead agency as printed, in place of one taken from the section's heading or lead-in
        if not w.current.agency or w.current.agency in {s.agency for s in w.stack} | {w.plan_agency}:
            w.current.agency = named
        w.current.open = False
        return True
    if (
        field
        and w.current is not None
        and w.current.kind == "recommendation"
        and (lead := _lead_among_fields(w.block.text))
    ):
        field = lead  # "Type: Single agency | Lead: Police": several fields on one line, the lead among them
    if (
        field
        and w.current is not None
        and w.current.kind == "recommendation"
        and (
            AGENCY_HEADER.search(field.group("name"))
            or TRACKING_HEADER.search(field.group("name"))
            or RESPONSE_FIELD.search(field.group("name"))
        )
    ):
        # "Lead agency: Police" / "Timescale: six months" under a recommendation (plain text may
        # set them like headings): the recommendation's fields, never lessons of their own.
        if (
            AGENCY_HEADER.search(field.group("name"))
            and not RESPONSE_FIELD.search(field.group("name"))
            and not w.current.agency
        ):
            w.current.agency = field.group("value").strip(" .")
        w.current.open = False
        return True
    return False


def list_addressed_to(w: LessonWalk) -> bool:
    """A sentence addressing the list after it ("... recommendations to the Police:"): the lead agency of
    the recommendations after it."""
    listed_to = addressed_list(w.block.text) if w.block.kind == "para" else ""
    if listed_to and (z := w.zone()) is not None and z.kind == "recommendation":
        # "The review makes the following recommendations to the Integrated Care Board:" over its
        # list: the lead agency of the recommendations after it, until another such sentence ("... to
        # individual agencies:" names none: each recommendation names its own).
        w.stack[-1].agency = "" if DISTRIBUTIVE_ADDRESSEE.match(listed_to) else listed_to
        w.current = None
        return True
    return False


def addressee(w: LessonWalk) -> bool:
    """An addressee ("To the Integrated Care Board:") over the recommendations addressed to it."""
    addressed = ADDRESSEE.match(w.block.text) if w.block.kind == "para" else None
    if (
        addressed
        and (z := w.zone()) is not None
        and z.kind == "recommendation"
        and (
            AGENCY_NAME.search(addressed.group("who"))
            # "To Together for Children:" (a council's company): a name, over a numbered recommendation
            or (
                proper_name(addressed.group("who"))
                and w.following is not None
                and bool(ITEM_NUMBER.match(w.following.text) or (w.following.kind == "item" and w.following.number))
            )
        )
        and len(addressed.group("who").split()) <= 8
    ):
        # "To the Integrated Care Board:" over the recommendations addressed to it: their lead agency.
        w.stack[-1].agency = "" if DISTRIBUTIVE_ADDRESSEE.match(addressed.group("who")) else _addressee(w.block.text)
        w.current = None
        return True
    return False


def numbered_title_heading(w: LessonWalk) -> bool:
    """A numbered title set like a heading over its bullets inside a learning section."""
    if (
        w.block.kind == "heading"
        and not w.label
        and (z := w.zone()) is not None
        and z.kind in ("finding", "learning_point", "good_practice")
        # a heading above the section's own level closes it ("3. Further reading" after a box's caption)
        and not (w.block.level and z.level and w.block.level < z.level)
        and w.following is not None
        and w.following.kind == "item"
        and not ITEM_NUMBER.match(w.following.text)
        and (titled := numbered_title(w.block.text))
        and not zone_kind(w.block.text)
        and not NOT_LESSON_HEADING.search(w.block.text)
    ):
        # Plain text sets "1. Curiosity about who lives in the home" apart like a heading: over its
        # bullets inside a learning section it is a numbered title, not a new section.
        w.current = w.start(z.kind, titled[0], titled[1], w.block)
        w.current.title = titled[1]
        w.current.headed = w.current.item = w.current.sub_items = True
        return True
    return False


def finding_resumes(w: LessonWalk) -> bool:
    """A finding's own text resuming after its good practice sub-section."""
    if (
        w.block.kind in ("heading", "para")
        and not w.label
        and w.owner is not None
        and w.owner[0].kind == "finding"
        and not (w.block.kind == "heading" and w.block.level and w.block.level <= w.owner[1])
        and len(w.block.text.split()) <= 6
        and title_line(w.block.text)
        and zone_kind(w.block.text) == "finding"
        and any(z.kind == "good_practice" and z.level > w.owner[1] for z in w.stack)
    ):
        # "Finding 2: title", "What worked well" (good practice), then "What needs to improve": the
        # finding's own text resumes under it
        while w.stack and w.stack[-1].level > w.owner[1]:
            w.stack.pop()
        w.current = w.owner[0]
        w.current.open = True
        return True
    return False


def valediction(w: LessonWalk) -> bool:
    """A letter's closing: what follows is its signature."""
    if w.block.kind == "para" and VALEDICTION.match(w.block.text):
        w.current = None  # a letter's "Yours sincerely,": what follows is its signature, no lesson's text
        return True
    return False


def recommendation_stem(w: LessonWalk) -> bool:
    """A stem ("1. The Partnership should:") over its lettered parts."""
    stem = STEM.match(w.block.text) if w.block.kind in ("heading", "para") else None
    if (
        stem is not None
        and (stem.group("num") or stem.group("after"))
        and (z := w.zone()) is not None
        and z.kind == "recommendation"
        and DIRECTIVE.search(w.block.text)
        # "... should make the following recommendations to ...:" announces the list, no stem of its own
        and not ANNOUNCES.search(stem.group("body"))
    ):
        # "1. The Partnership should:" set as a paragraph or (plain text) a heading, or with its hanging
        # number read after the text ("The Partnership should: 1."): a stem over its lettered parts.
        w.current = w.start(z.kind, stem.group("num") or stem.group("after"), stem.group("body"), w.block)
        w.current.item = w.current.stem = True
        return True
    return False


def outline_group(w: LessonWalk) -> bool:
    """A theme ("1. Working together") grouping the numbered lessons under it."""
    if (
        w.block.kind in ("heading", "item", "para")
        and (z := w.zone()) is not None
        # a heading at or above the section's own level closes it ("3. Escalation" after a box's caption)
        and not (w.block.kind == "heading" and w.block.level and z.level and w.block.level < z.level)
        # a finding's numbered sub-heading over its numbered paragraphs ("1. Title", "1.1", "1.2"): one
        # finding (a numbered item over them, "1. School and home", groups findings numbered under it)
        and not (w.block.kind == "heading" and z.kind == "finding" and w.block.level > z.level)
        # a numbered chapter at the level of the section's own numbered heading ("5. Conclusions"
        # after "4. Findings"): the next chapter, never a group in this one
        and not (
            w.block.kind == "heading"
            and w.block.level == z.level
            and heading_number(z.heading)
            and not numbered_under(w.block.text, z.heading)
        )
        and (group := _outline_group(w.block.text, w.following))
    ):
        # "1. Working together" over "1.1 ...", "1.2 ...": a theme grouping the numbered lessons
        # under it, neither a lesson nor a new section.
        w.outline = group
        w.current = None
        if z.kind == "recommendation" and (w.block.kind == "para" or w.block.level > z.level):
            # "Education" over "3.3 Education settings should ...": the lead agency of the group's
            # recommendations (a group naming none ends the previous group's)
            group_agency = agency_group_name(w.block.text)
            if group_agency or id(w.stack[-1]) in w.agency_groups:
                w.stack[-1].agency = group_agency
                w.agency_groups.add(id(w.stack[-1]))
        return True
    return False


def heading_sentence(w: LessonWalk) -> bool:
    """A sentence set as a heading inside the findings: the finding is its sentence."""
    if (
        w.block.kind == "heading"
        and not w.label
        and (z := w.zone()) is not None
        and z.kind in ("finding", "learning_point")
        and not (w.block.level and z.level and w.block.level <= z.level)
        and (sentence_heading := stated_heading(w.block.text))
    ):
        # "2. During the lockdowns the health visitor saw the baby by video." set as a heading inside the
        # findings: the finding is its sentence; the narrative under it is the evidence (no lesson's text)
        w.current = w.start(z.kind, sentence_heading[0], sentence_heading[1], w.block)
        w.current.open = False
        return True
    return False
