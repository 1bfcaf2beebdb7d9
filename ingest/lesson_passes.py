"""Ingest stage: lesson segmentation - the block passes.

Passes over a review's blocks run before the walk (ingest/lessons.py) cuts out lessons:
each rewrites the blocks (joins, drops or relabels them) so the walk meets one shape
of each convention: outline headings, resumed lists, numbered rows, text carried
overleaf, statements after analysis, and a key of agency codes; evidence and caption
blocks and box captions (ingest/lesson_captions.py); what a labelled lesson prints inside it that is no part of it
(ingest/lesson_inner.py) and a lesson printed in several blocks (ingest/lesson_joins.py).
`pruned` runs first, before the page's margin and body size are measured; `reshaped` runs
the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_answers import without_answers_to_lessons
from ingest.lesson_boxed_points import boxed_points
from ingest.lesson_boxes import activity_captions, poster_title, without_answers, without_date_notes
from ingest.lesson_briefing_tables import briefing_tables
from ingest.lesson_captions import _box_captions, _without_captions, _without_evidence
from ingest.lesson_closing_remarks import without_closing_remarks
from ingest.lesson_completed_stems import completed_stems
from ingest.lesson_cues import ITEM_NUMBER, heading_number, kind_of_label, zone_kind
from ingest.lesson_decks import without_slide_furniture
from ingest.lesson_empty_cells import rows_with_empty_cells
from ingest.lesson_finding_ties import without_finding_ties
from ingest.lesson_follow_up_notes import without_follow_up_notes
from ingest.lesson_grids import grid_panels
from ingest.lesson_inner import QUOTE_WITH_SPEAKER, without_bracketed_notes, without_inner_asides
from ingest.lesson_insets import boxes_after_flow, without_insets
from ingest.lesson_joins import joined_lesson_parts
from ingest.lesson_jumps import joined_jumps
from ingest.lesson_mail import unquoted_mail
from ingest.lesson_margin import without_line_numbers
from ingest.lesson_margin_notes import without_margin_notes
from ingest.lesson_meeting_asks import without_meeting_asks
from ingest.lesson_mending import mended
from ingest.lesson_minutes import agreed_minutes
from ingest.lesson_ordinal_runs import split_ordinal_runs
from ingest.lesson_page_furniture import without_page_furniture
from ingest.lesson_paired_items import paired_items
from ingest.lesson_paragraph_numbers import without_paragraph_numbers
from ingest.lesson_parts import lesson_parts
from ingest.lesson_patterns import _STOPS, ASKS, LABEL
from ingest.lesson_pull_quotes import without_pull_quotes
from ingest.lesson_quoted_reviews import without_quoted_review_lists, without_quoted_reviews
from ingest.lesson_rationales import without_rationales
from ingest.lesson_reader_prompts import without_reader_prompts
from ingest.lesson_reasons_first import without_reasons_first
from ingest.lesson_repeated_tiles import without_repeated_tiles
from ingest.lesson_response_notes import without_response_notes
from ingest.lesson_restated_sentences import restated_sentences
from ingest.lesson_section_lines import section_lines
from ingest.lesson_service_bullets import service_bullets
from ingest.lesson_text_cues import without_voices
from ingest.lesson_tile_rows import tile_rows
from ingest.lesson_transcripts import transcript_lessons
from ingest.lesson_typography import (
    closed_letter_spacing,
    joined_drop_capitals,
    kickers_over_headings,
    leaders_to_lead,
    numbers_over_paragraphs,
    unquoted_headings,
)
from ingest.scan_bullets import lost_bullets
from ingest.scan_lists import (
    glued_label_numbers,
    misread_code_ones,
    misread_first_digits,
    misread_first_numbers,
    misread_numbers,
    misread_run_on_numbers,
    misread_whole_lists,
)

# A key to the codes a review labels agencies' recommendations by: "Code | Agency" over "CSC | Children's
# Social Care"; a recommendation labelled "CSC2" is then that agency's.
KEY_HEADER = re.compile(r"^(?:agency\s+)?(?:code|abbreviation|key|ref(?:erence)?)s?$", re.I)
KEY_AGENCY = re.compile(r"^(?:agency|agencies|organisation|organization|partner|service)(?:\s*name)?s?$", re.I)


def _agency_codes(blocks: list[Block]) -> tuple[dict[str, str], set[int]]:
    """The agencies a key table names by code, and the key's rows (by id)."""
    codes: dict[str, str] = {}
    rows: set[int] = set()
    in_key = False
    for block in blocks:
        cells = [c.strip() for c in block.cells] if block.kind == "row" else []
        squeezed = [c.replace(" ", "") for c in cells]  # a narrow column breaks its words ("Abbrevia tion")
        if len(cells) == 2 and KEY_HEADER.match(squeezed[0]) and KEY_AGENCY.match(squeezed[1]):
            in_key = True
            rows.add(id(block))
            continue
        if in_key and len(cells) == 2 and re.fullmatch(r"[A-Z]{2,5}", cells[0]) and len(cells[1].split()) <= 8:
            codes[cells[0]] = cells[1]
            rows.add(id(block))
            continue
        in_key = False
    return codes, rows


OUTLINE_HEADING = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[A-Z][^.:;!?]{2,80})$")


# A paragraph number alone in its cell: "5.3.2", "6.1." (a hanging number the PDF reader set apart).
NUMBER_CELL = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")


def _numbered_rows(blocks: list[Block]) -> list[Block]:
    """Blocks with a two-cell "row" of a paragraph number and its text, outside any table, read as
    the numbered paragraph it is ("5.3.2 | Leaders need ..." -> "5.3.2 Leaders need ...")."""
    kept: list[Block] = []
    for block in blocks:
        before = kept[-1] if kept else None
        in_table = (
            before is not None
            and before.kind == "row"
            and not NUMBER_CELL.match(before.cells[0].strip() if before.cells else "")
        )
        if block.kind == "row" and len(block.cells) == 2 and NUMBER_CELL.match(block.cells[0].strip()) and not in_table:
            block = replace(block, kind="para", text=f"{block.cells[0].strip()} {block.cells[1].strip()}", cells=())
        kept.append(block)
    return kept


# A line telling the reader a lesson goes on over the page: "Recommendation continued overleaf",
# "(continued on the next page)". Never part of the lesson.
OVERLEAF_NOTE = re.compile(
    r"^\W*(?:[A-Za-z]+\s+){0,3}(?:continued|continues|cont(?:'|’)?d\.?)\s+(?:overleaf|on\s+(?:the\s+)?(?:next|following)\s+page|"
    r"over\s+(?:the\s+)?(?:page|leaf))\W*?(?:\s+(?=[a-z])|$)",
    re.I,
)


def _joined_overleaf(blocks: list[Block]) -> list[Block]:
    """Blocks less a "continued overleaf" line, the text after it on the next page joined to the
    block it carries on (one that stops mid-sentence, its rest opening in lower case). Plain text may
    run the line and the rest together ("Recommendation continued overleaf of a baby ...")."""
    kept: list[Block] = []
    after_note = False
    for block in blocks:
        note = OVERLEAF_NOTE.match(block.text.strip()) if block.kind in ("para", "heading") else None
        rest = block.text.strip()[note.end() :] if note else block.text
        before = kept[-1] if kept else None
        if (
            (note or after_note)
            and rest
            and block.kind in ("para", "heading")
            and before is not None
            and (before.kind in ("para", "item") or (before.kind == "heading" and ITEM_NUMBER.match(before.text)))
            and rest[:1].islower()
            and not before.text.rstrip().endswith(_STOPS)
        ):
            # a numbered item cut short reads back as a paragraph of its own: whole again, it is the item
            kind = "item" if before.kind != "item" and ITEM_NUMBER.match(before.text) else before.kind
            kept[-1] = replace(
                before, kind=kind, text=f"{before.text.rstrip()} {rest.lstrip()}", page_end=block.page_end
            )
            after_note = False
            continue
        after_note = bool(note) and not rest
        if note and not rest:
            continue
        kept.append(block if not note else replace(block, text=rest))
    return kept


# The run-in statement closing a lesson's sections of episodes and analysis: "Finding: ...".
STATEMENT_CUE = re.compile(
    r"^(?:the\s+)?(?:finding|learning(?:\s+point)?|lesson(?:\s+learn(?:ed|t))?)\s*:\s+(?=[A-Z])", re.I
)


def _stated_after_analysis(blocks: list[Block]) -> list[Block]:
    """Blocks with a lesson heading's sub-sections ("Practice episodes", "Analysis") read as the
    narrative they are when the last paragraph under the heading states the lesson, run in after its
    cue ("Finding: ..."): the heading over that statement alone."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        kept.append(block)
        index += 1
        if block.kind != "heading" or not block.level:
            continue
        # a numbered heading's unnumbered sub-headings may be set at its own level (plain text's are)
        numbered = bool(heading_number(block.text))

        def closes(other: Block) -> bool:
            return (
                other.kind == "heading"
                and 0 < other.level <= block.level
                and (other.level < block.level or not numbered or bool(heading_number(other.text)))
            )

        end = index
        while end < len(blocks) and not closes(blocks[end]):
            end += 1
        section = blocks[index:end]
        cue = STATEMENT_CUE.match(section[-1].text) if section and section[-1].kind == "para" else None
        if (
            cue is not None
            and any(b.kind == "heading" for b in section)
            and sum(1 for b in section if b.kind == "para" and STATEMENT_CUE.match(b.text)) == 1
        ):
            kept.append(replace(section[-1], text=section[-1].text[cue.end() :], lead=""))
            index = end
    return kept


CONTINUED = re.compile(r"\s*[(\[]?\s*(?:continued|cont(?:'|’)?d\.?|cont\.)\s*[)\]]?\s*$", re.I)


def _without_repeated_headings(blocks: list[Block]) -> list[Block]:
    """Blocks less a heading repeated over the rest of its lesson on the next page ("Finding 2:
    title (continued)", or its label alone, "Finding 2 (continued)"): the text under it carries on the
    lesson it repeats."""
    seen: set[str] = set()
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            bare = CONTINUED.sub("", block.text).strip().casefold()
            if bare != block.text.strip().casefold() and bare in seen:
                continue
            seen.add(bare)
            label = LABEL.match(block.text)
            if label is not None and label.group("num") and label.end() < len(block.text.rstrip()):
                # "Finding 2 (continued)" over the rest of "Finding 2: title": the label alone repeats it
                seen.add(block.text[: label.end()].strip(" .:-–").casefold())
        kept.append(block)
    return kept


def _resumed_lists(blocks: list[Block]) -> list[Block]:
    """Blocks with a recommendations heading put back before a numbered ask that carries on the
    recommendations' numbering under a later section ("Addendum", "Finding 4: ...", then "4. Agencies
    should ..."): the list resumes there."""
    kept: list[Block] = []
    zone: str | None = None
    last = 0  # the last number of a numbered recommendation
    for block in blocks:
        if block.kind == "heading":
            label = LABEL.match(block.text)
            # a heading naming no kind ("Police", "Addendum") leaves the list it sits in as it was
            zone = kind_of_label(label.group("word"), zone_kind(block.text)) if label else zone_kind(block.text) or zone
        elif (label := LABEL.match(block.text)) and label.group("num"):
            zone = kind_of_label(label.group("word"), zone)  # a labelled lesson set as a plain line (a scan's)
        number = ITEM_NUMBER.match(block.text) if block.kind in ("item", "para") else None
        if number and number.group("num").isdigit():
            if zone == "recommendation":
                last = int(number.group("num"))
            elif last and int(number.group("num")) == last + 1 and ASKS.search(block.text):
                kept.append(replace(block, kind="heading", level=1, text="Recommendations", cells=(), number=""))
                zone, last = "recommendation", last + 1
        kept.append(block)
    return kept


def _outline_headings(blocks: list[Block]) -> list[Block]:
    """Blocks with a section's numbered heading ("3. Lessons from the review") that a scan or plain
    text printed as an item read as a heading when the paragraphs after it are numbered under it
    ("3.1 ...")."""
    kept = list(blocks)
    section: Block | None = None  # the last heading before
    inside = 0  # the last number of the outline set inside the section
    for index, block in enumerate(kept[:-1]):
        match = OUTLINE_HEADING.match(block.text)
        if (
            block.kind == "heading"
            and match is not None
            and section is not None
            and zone_kind(section.text)
            and not OUTLINE_HEADING.match(section.text)
            and block.level <= section.level
            and not zone_kind(match.group("title"))
            and kept[index + 1].text.startswith(match.group("num") + ".1")
            # the outline inside the section starts at 1 and runs on ("3. Escalation" after a box is a chapter)
            and match.group("num") == str(inside + 1)
        ):
            # Plain text sets "FINDINGS" and "1. Title" (over "1.1 ...") alike: the numbered one is inside
            kept[index] = replace(block, level=(section.level or 1) + 1)
            inside += 1
            continue
        if block.kind == "heading":
            section, inside = block, 0
        if block.kind not in ("item", "para") or match is None or len(match.group("title").split()) > 10:
            continue
        if kept[index + 1].text.startswith(match.group("num") + ".1") and kept[index + 1].kind != "heading":
            kept[index] = replace(block, kind="heading", level=block.level or 1)
    return kept


def pruned(blocks: list[Block], title: Block | None) -> list[Block]:
    """The blocks without date notes and answers to a lesson, with a poster's title set over its
    lessons and a scan's misread list numbers, code labels and labels run into their numbers mended: what the walk's measures of the page (its
    left margin, its body size) are taken over. A deck's, a page's and a mail's furniture, line numbers in the
    margin, an article's jumps and a report's paragraph numbers under labelled lessons
    (ingest/lesson_paragraph_numbers.py) go first, with a film's transcript read as its captions and
    spoken words, a grid of numbered panels as each panel's heading over its text and minutes as the
    lessons they agreed before them (ingest/lesson_transcripts.py, ingest/lesson_grids.py,
    ingest/lesson_minutes.py) and the tables quoting other reviews'
    lessons and what a paper asks its meeting to decide set aside (ingest/lesson_quoted_reviews.py,
    ingest/lesson_meeting_asks.py), a briefing's two-column table of parts read as each part's name over its
    text (ingest/lesson_briefing_tables.py), a paragraph beside an "In short" note restating it read as the
    paragraph alone (ingest/lesson_margin_notes.py), a closing page of tiles repeating the lessons set aside
    (ingest/lesson_repeated_tiles.py), tiles side by side read tile by tile (ingest/lesson_tile_rows.py) and a row whose empty cells a reader dropped read back as a row
    (ingest/lesson_empty_cells.py), after the page's display type is read back as text
    (ingest/lesson_typography.py) and the insets printed inside a lesson or a paragraph are set aside
    (ingest/lesson_insets.py)."""
    blocks = numbers_over_paragraphs(glued_label_numbers(blocks))
    blocks = unquoted_headings(closed_letter_spacing(joined_drop_capitals(leaders_to_lead(blocks))))
    blocks = boxes_after_flow(without_insets(kickers_over_headings(blocks)))
    # a damaged or cluttered file mended first, then the genres whose lessons sit among other records
    blocks = without_quoted_review_lists(without_quoted_reviews(mended(blocks)))
    blocks = grid_panels(transcript_lessons(agreed_minutes(without_meeting_asks(blocks))))
    blocks = joined_jumps(without_line_numbers(without_page_furniture(without_slide_furniture(unquoted_mail(blocks)))))
    blocks = tile_rows(without_repeated_tiles(without_margin_notes(without_paragraph_numbers(blocks))))
    blocks = rows_with_empty_cells(briefing_tables(blocks))
    return lost_bullets(
        misread_code_ones(
            misread_first_digits(
                misread_numbers(
                    misread_run_on_numbers(
                        misread_first_numbers(
                            misread_whole_lists(without_answers(without_date_notes(poster_title(blocks, title))))
                        )
                    )
                )
            )
        )
    )


def _without_quoted_asides(blocks: list[Block]) -> list[Block]:
    """Blocks less a quotation, with who said it, set between two paragraphs of text: an aside the
    paragraph after it goes on from, never a lesson nor part of one."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        before = blocks[index - 1] if index else None
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind == "para"
            and before is not None
            and after is not None
            and before.kind == after.kind == "para"
            and QUOTE_WITH_SPEAKER.match(block.text.strip())
            and not QUOTE_WITH_SPEAKER.match(after.text.strip())
            and not QUOTE_WITH_SPEAKER.match(before.text.strip())
        ):
            continue
        kept.append(block)
    return kept


# The passes reshaped runs, in order (the order matters: a pass sees what the ones before it made).
_RESHAPING_PASSES: tuple[Callable[[list[Block]], list[Block]], ...] = (
    boxed_points,
    restated_sentences,
    section_lines,
    without_pull_quotes,
    without_response_notes,
    without_reader_prompts,
    without_answers_to_lessons,
    completed_stems,
    service_bullets,
    split_ordinal_runs,
    without_closing_remarks,
    without_follow_up_notes,
    without_bracketed_notes,
    without_inner_asides,
    without_finding_ties,
    without_rationales,
    without_reasons_first,
    paired_items,
    joined_lesson_parts,
    _without_quoted_asides,
    _without_repeated_headings,
    lesson_parts,
    without_voices,
    _without_captions,
    _without_evidence,
    _outline_headings,
    _joined_overleaf,
    _stated_after_analysis,
    activity_captions,
    _box_captions,
    _numbered_rows,
    _resumed_lists,
)


def reshaped(blocks: list[Block]) -> list[Block]:
    """The blocks as the walk reads them: every pass above, in the order the walk has always run
    them (_RESHAPING_PASSES)."""
    for reshape in _RESHAPING_PASSES:
        blocks = reshape(blocks)
    return blocks
