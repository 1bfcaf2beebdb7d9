"""Ingest stage: lesson segmentation, the walk's step for a labelled heading or paragraph ("Finding 2:
title", "Recommendation 3 (Police): ..."): its kind, printed label, title and lead agency.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.lesson_agency_groups import agency_group_name, formal_agency_name
from ingest.lesson_chapters import _agency_chapter
from ingest.lesson_cues import kind_of_label
from ingest.lesson_helpers import _addressee
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_patterns import (
    ADDRESSED_LABEL,
    AGENCY_NAME,
    LABEL,
    LABEL_AGENCY,
    LEARNING_SECTION,
    STATUS,
    THEME_LABEL,
)
from ingest.lesson_statements import without_qualifier
from ingest.lesson_text_cues import title_line

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def labelled(w: LessonWalk) -> bool:
    """A labelled heading or paragraph ("Finding 2: title", "Recommendation 3 (Police): ...")."""
    if w.label:
        if w.block.kind == "heading" and w.block.level:
            # A labelled heading closes the sub-sections of the lesson before it ("What needs to change?").
            while w.stack and (
                w.stack[-1].level > w.block.level or (w.stack[-1].level == w.block.level and not w.stack[-1].kind)
            ):
                w.stack.pop()
        kind = kind_of_label(w.label.group("word"), z.kind if (z := w.zone()) else None)
        number = w.label.group("num")
        word = w.label.group("word").strip()
        if "printed" in w.label.re.groupindex:
            printed = w.label.group("printed")  # "First finding", "Finding #2": as printed
        elif len(word) == 1 or (len(word) == 2 and word.isupper()):
            printed = f"{word.upper()}{number}"
        else:
            printed = f"{word[:1].upper()}{word[1:].lower()} {number}"
        rest = w.block.text[w.label.end() :].strip()
        if kind != "recommendation":
            rest = without_qualifier(rest)  # "Learning Point 3 (Systems): title": the title alone
        addressed_to = w.label.groupdict().get("agency") or ""  # "Recommendation for Health 1": Health
        if kind == "recommendation" and not addressed_to:
            if named := LABEL_AGENCY.match(rest):
                who = named.group("paren") or named.group("colon") or ""
                if AGENCY_NAME.search(who) and len(who.split()) <= 6:
                    # "Recommendation 1 (Children's Social Care): ...", "Recommendation 2 – Health: ..."
                    addressed_to, rest = _addressee(who), rest[named.end() :].strip()
            elif w.block.kind == "heading" and (named := ADDRESSED_LABEL.match(rest)):
                who = named.group("who")
                if AGENCY_NAME.search(who) and len(who.split()) <= 8:
                    # "Recommendation 3 – for the Integrated Care Board": the one it is addressed to leads it
                    addressed_to, rest = _addressee(who), ""
        if (
            kind == "recommendation"
            and w.block.kind == "heading"
            and not addressed_to
            and (addressee_name := formal_agency_name(rest) or agency_group_name(rest))
        ):
            # "Recommendation 1: NHS Kent and Medway Integrated Care Board (formerly ...)", "Recommendation 2: All
            # partner agencies": the heading names whom it is addressed to, not the lesson; its former name apart
            addressed_to, rest = addressee_name, ""
        if kind == "recommendation" and STATUS.fullmatch(rest.strip(" .()[]")):
            rest = ""  # "Recommendation 2 – On track": the status of its work, never its title
        themed = w.block.kind == "heading" and bool(rest) and kind == "learning_point" and bool(THEME_LABEL.match(word))
        # Under a section named for its learning ("Learning themes") a theme heading over its own
        # paragraph is a learning point; one answered by analysis sub-headings is a finding (below).
        learning_section = (
            (z := w.zone()) is not None and z.kind == "learning_point" and LEARNING_SECTION.match(z.heading)
        )
        # ... as is a label naming its learning ("Learning theme 2: title") over its own paragraph, under
        # whatever section ("What the rapid reviews found")
        learning_label = word.lower().startswith("learning")
        if themed and not learning_section and not learning_label:
            kind = "finding"  # "Key issue 2 – Staff turnover", "Practice theme 1: ..." heading its analysis
        w.current = w.start(kind, printed, rest, w.block, addressed_to)
        if themed and (learning_section or learning_label):
            w.analysed_themes.add(id(w.current))
        if w.block.size and w.body_size and w.block.size < w.body_size - 0.4:
            w.current.size = w.block.size  # a labelled box set in smaller type than the body: its text is set alike
        if w.block.kind == "heading":
            w.current.parts = [rest] if rest else []
            w.current.title = rest
            w.current.headed = bool(rest)
            w.current.opening_title = not rest and kind != "recommendation"
            w.owner = (w.current, w.block.level or 2) if rest else None
        else:
            w.current.heading_only = False
            # "<b>Finding 2: Hidden men</b> The mother's partner ..." : the bold run past the label is a title.
            lead_rest = LABEL.sub("", w.block.lead, count=1).strip(" .:-–") if w.block.lead and not addressed_to else ""
            if lead_rest and len(lead_rest) < len(rest):
                w.current.title = lead_rest
            elif not rest and kind != "recommendation":
                w.current.opening_title = True  # "Card 2 of 5" on a line of its own over "Title. Text ..."
            elif rest and title_line(rest) and kind != "recommendation":
                # "Finding 1: Health information in the MASH" on a line of its own: a title over its text.
                w.current.title = rest.rstrip(" .:")
                w.current.headed = True
                if kind == "learning_point" and THEME_LABEL.match(word):
                    w.current.kind = "finding"  # "Practice issue 2: title" boxed in an analysis: a finding
            elif kind != "recommendation":
                w.current.opening_title = True  # "Card 2 of 5 Hidden men. Nobody asked ...": its opening title
            if (
                not w.current.title
                and kind != "recommendation"
                and w.block_before is not None
                and w.block_before.kind == "heading"
                and w.stack
                and w.stack[-1].heading == w.block_before.text
                and w.stack[-1].kind is None
                and not w.stack[-1].barrier
                and w.block_before is not w.cover_title
                and title_line(w.block_before.text)
                and not NOT_LESSON_HEADING.search(w.block_before.text)
                and not _agency_chapter(w.block_before.text)
                and not _names_the_labels(w.block_before.text, w.current.label)
            ):
                # A plain heading right over "Finding 1. The children were ...": the run-in label's
                # lesson is titled by it, and starts where it is printed.
                w.current.title = w.block_before.text.strip().rstrip(" .:")
                w.current.parts = [w.current.title, *w.current.parts]
                w.current.page_start = min(w.current.page_start, w.block_before.page_start)
                w.current.headed = True
                w.current.opening_title = False
        return True
    return False


def _names_the_labels(heading: str, label: str) -> bool:
    """Whether a heading is the plural of a run-in label's word ("Themes" over "Theme 1. The mother had
    ..."): the section of such lessons, never the first one's title."""
    word = re.sub(r"\s*\S+$", "", label.strip()).lower()
    plain = re.sub(r"^\W*\d+(?:\.\d+)*\.?\s+", "", heading.strip()).rstrip(" .:").lower()
    return bool(word) and plain in (word + "s", word + "es")
