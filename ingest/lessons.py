"""Ingest stage: lesson segmentation.

Walks a review's blocks with the heading they sit under and cuts out its
lessons: numbered findings ("Finding 1: ..." and the paragraphs after it),
learning points, lessons learnt, recommendations and considerations (as
lists, paragraphs or table rows with the lead agency), good practice,
messages for practitioners, and NSPCC-style "Learning includes: a; b; c".
Sections are known by their cue words, question headings ("What did we
learn?") included; a label or heading in a column beside its text (a side
head) or on the line above the title heads its lesson; table columns are
known by their header words (Recommendation, Lead, Action, Timescale, RAG).
A question over its answer and an issue over its learning are one lesson
each, titled by the question or the issue; the reality set against a myth
is learning, the myth never. Questions to the reader, immediate actions,
narrative around a list, words quoted with who said them, a form's blanks,
progress updates, a board paper's asks of its meeting and explainer boxes defining a term are never lessons.
A systems finding is its captioned box ("The finding"), never its type or evidence sections; a
chronology's dated rows give only their Learning cells; a key of agency codes gives the lead of
recommendations labelled by a code; a slide's bullets are its labelled lesson's text; lines linking
a lesson to priorities or procedures, and running headers between a paragraph's parts, are skipped. Table rows are read by ingest/lesson_tables.py; which drafts
are lessons (restatements in a summary or an appendix, a lesson printed
twice, introductions to a list) is decided by ingest/lesson_drafts.py.

This module is the walk itself. Its patterns are in ingest/lesson_patterns.py; the passes
that reshape the blocks before the walk in ingest/lesson_passes.py; the section state and
the small tests the walk asks of blocks in ingest/lesson_helpers.py; the final clean-up of
its drafts into Lessons in ingest/lesson_finish.py; the lessons a sentence or a cell states of
itself in ingest/lesson_statements.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.blocks import BULLET, CUE_HEADING
from ingest.layout import Block
from ingest.lesson_agency_groups import agency_group_name, learned_by, stated_heading, two_kinds
from ingest.lesson_boxes import date_line
from ingest.lesson_closing_sentences import closing_sentences
from ingest.lesson_conclusion import counted_in_conclusion
from ingest.lesson_cues import (
    ANNOUNCES,
    CODE_KINDS,
    CONTENTS,
    COUNTS,
    DOCUMENT_TITLE,
    EARLIER_REVIEW_RECOMMENDATIONS,
    EARLIER_REVIEW_SECTION,
    INTRO,
    ITEM_NUMBER,
    NOT_LESSON_HEADING,
    PARA_NUMBER,
    SUMMARY_HEADING,
    announced_kind,
    contents_line,
    heading_number,
    inline_lists,
    is_intro,
    kind_of_label,
    left_margin,
    numbered_under,
    split_items,
    strip_number,
    zone_kind,
)
from ingest.lesson_decks import deck_under_title
from ingest.lesson_delimited import delimited_rows
from ingest.lesson_drafts import (
    DIRECTIVE,
    Draft,
    cited_recommendation,
)
from ingest.lesson_finish import finished
from ingest.lesson_helpers import (
    _addressee,
    _after_cue,
    _agency_chapter,
    _agency_development,
    _asks_the_board,
    _bilingual_label,
    _body_size,
    _chronology_learning,
    _continues,
    _cover_title,
    _cover_title_under_name,
    _display_numeral,
    _emphasised,
    _footnote,
    _heads_bullets,
    _lead_among_fields,
    _outline_group,
    _paired_lines,
    _reported_kind,
    _sidebar,
    _theme_heading,
    _themes_over_findings,
    _ungroup,
    _Zone,
)
from ingest.lesson_inline import inline_lessons
from ingest.lesson_inner import label_in_sentence
from ingest.lesson_lettered_labels import introduced_number, lettered_label
from ingest.lesson_passes import (
    _agency_codes,
    pruned,
    reshaped,
)
from ingest.lesson_patterns import (
    _STOPS,
    ADDRESSED_HEADING,
    ADDRESSED_LABEL,
    ADDRESSEE,
    AGENCY_LEAD,
    AGENCY_NAME,
    ANALYSIS_HEADING,
    APPENDIX_HEADING,
    AREAS_FOR,
    ASKS,
    ASSENT_PARA,
    ATTRIBUTED_QUOTE,
    AUDIENCE_HEADING,
    BARE_NUMBER,
    BOX_CUE,
    BOXED_CAPTION,
    BOXED_CAPTION_RUNIN,
    CAPS_TITLE,
    COMPANION,
    COUNTER_HEADING,
    CROSS_REFERENCE,
    CUE_PREFIX,
    DISTRIBUTIVE_ADDRESSEE,
    FIELD_LINE,
    FORM_BLANK,
    FRONT_MATTER,
    GENERIC_ADDRESSEE,
    HEADING_CODE,
    IMPLICATIONS_HEADING,
    JOINT_WORKING,
    LABEL,
    LABEL_AGENCY,
    LEARNING_SECTION,
    MARGIN_CODE,
    MYTH,
    POSITIVE_CLOSING,
    PRACTICE_VERDICT,
    PROMPT,
    REALITY,
    REPORTED,
    RESPONSE_FIELD,
    RUNIN_CUE,
    SINGLE_AGENCY_PLAN,
    STATUS,
    STEM,
    TEMPLATE_INSTRUCTION,
    THEME_LABEL,
    UPDATE_PARA,
)
from ingest.lesson_preamble import preamble_to_titled
from ingest.lesson_prompts import reader_questions
from ingest.lesson_service_bullets import service_heading
from ingest.lesson_statements import addressed_list, margin_note, stated_lesson, without_qualifier
from ingest.lesson_subheads import body_type_subheadings
from ingest.lesson_tables import (
    AGENCY_HEADER,
    TRACKING_HEADER,
    Columns,
    header_columns,
    item_kind,
    row_lesson,
    side_head,
)
from ingest.lesson_text_cues import dash_title, explainer, numbered_title, opening_title, title_line
from ingest.records import Lesson


def _next_in_zone(drafts: list[Draft], zone: int, number: str) -> bool:
    """Whether `number` follows the last numbered lesson of the section ("3" after "2")."""
    last = next((d.label for d in reversed(drafts) if d.zone == zone and d.label.isdigit()), "")
    return bool(last) and number.isdigit() and int(number) == int(last) + 1


# A letter's closing: "Yours sincerely,", "Yours faithfully", "With kind regards,".
VALEDICTION = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+regards)\W*$", re.I
)


def segment_lessons(blocks: list[Block]) -> list[Lesson]:
    """The lessons of a review, in document order, numbered from 1."""
    drafts: list[Draft] = []
    stack: list[_Zone] = []  # headings in force, outermost first
    current: Draft | None = None
    kind: str | None
    table_columns: Columns | None = None

    def zone() -> _Zone | None:
        for z in reversed(stack):
            if z.kind:
                return z
            if z.barrier:
                return None
        return None

    def section() -> str:
        return stack[-1].heading if stack else ""

    def in_summary() -> bool:
        return any(z.summary for z in stack)

    def start(kind: str, label: str, text: str, block: Block, agency: str = "") -> Draft:
        z = zone()
        if (
            kind in ("learning_point", "finding")
            and z is not None
            and AREAS_FOR.search(z.heading)
            and ASKS.search(re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip(), maxsplit=1)[0])
        ):
            # "Areas for improvement": the items that ask something of someone from their first sentence
            # (one that tells what happened and ends on what "needs to be" understood is a finding)
            kind = "recommendation"
        if not agency and kind == "recommendation":
            agency = next((s.agency for s in reversed(stack) if s.agency), "") or plan_agency
        elif not agency and z is not None and kind in ("learning_point", "good_practice"):
            agency = z.learned_by  # under "What Police learned": the Police's own learning
        # A summary or an appendix may repeat the body's lessons: marked so the body's are kept.
        restating = in_summary() or any(APPENDIX_HEADING.search(s.heading) for s in stack)
        draft = Draft(
            kind,
            label,
            [text] if text else [],
            section(),
            block.page_start,
            block.page_end,
            agency,
            restating,
            zone=z.serial if z else 0,
            number=block.number,
        )
        if kind == "recommendation" and z is not None:
            draft.unasked = two_kinds(z.heading)
        drafts.append(draft)
        return draft

    first_heading = _cover_title(blocks)
    cover_title = first_heading or _cover_title_under_name(blocks)
    blocks, deck_title = deck_under_title(blocks, cover_title)
    blocks = delimited_rows(pruned(blocks, first_heading))
    # "Integrated Care Board: Single Agency Action Plan - ...": every recommendation in it is that agency's.
    plan = next((m for b in blocks if b.page_start == 1 and (m := SINGLE_AGENCY_PLAN.match(b.text))), None)
    plan_agency = plan.group("agency").strip() if plan else ""
    agency_groups: set[int] = set()  # zones whose lead agency an agency's group line set
    analysed_themes: set[int] = set()  # theme headings under a learning section: findings once analysed
    owner: tuple[Draft, int] | None = None  # a labelled heading's lesson and its level: question sub-headings answer it
    listed: str | None = None  # the kind a prose sentence ending in ":" announced for the items after it
    run_in_titled: set[int] = set()  # lessons opening with their title phrase, run in, in plain text (by id)
    run_in_themes: set[int] = set()  # theme sub-headings that title a run-in "Finding:" paragraph under them
    companion = False  # in the steps listed under a numbered lesson ("Suggested actions:")
    previous: Block | None = None
    skip_next: Block | None = None  # a block already read as part of the one before it
    explained: set[int] = set()  # the further paragraphs of an explainer box (by id): skipped
    unmarked: list[Block] = []  # paragraphs read as items whose bullets a scan lost
    outline = ""  # the number of the outline group ("1. Working together") the numbered lessons sit under
    introduced = ""  # the number of the paragraph introducing the lettered items after it ("5.2.1 ... agencies:")
    margin = left_margin(blocks)
    body_size = _body_size(blocks)
    blocks = reshaped(body_type_subheadings(blocks, body_size))
    codes, key_rows = _agency_codes(blocks)
    chronology_note: Draft | None = None  # the learning a chronology's comment cell stated, while its row goes on
    for index, block in enumerate(blocks):
        if id(block) in key_rows:
            current = None
            continue  # a key to the agency codes: what the codes stand for, never lessons
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind != "heading" and stack:
            stack[-1].filled = True
        if skip_next is block:
            previous = block
            continue
        if block.kind != "item":
            introduced = introduced_number(block.text) if block.kind in ("para", "heading") else ""
        if (
            block.kind == "para"
            and following is not None
            and following.kind == "para"
            and following.text[:1].islower()
            and not block.text.rstrip().endswith(_STOPS)
            and len(block.text.split()) <= 16
            and DOCUMENT_TITLE.search(block.text)
        ):
            continue  # a running header left between a paragraph and the rest of it on the next page
        if block.kind in ("para", "row") and CROSS_REFERENCE.match(block.text):
            continue  # "Links to: Partnership priority 2 | Procedure: ...": where the lesson sits, no part of it
        if (
            block.kind == "row"
            and current is not None
            and current.kind == "recommendation"
            and (lead := _lead_among_fields(block.text))
        ):
            # "Type: Single agency | Lead: Police" read as a one-row table: the recommendation's fields
            current.agency = current.agency or lead.group("value").strip(" .")
            current.open = False
            continue
        if block.kind == "row" and (noted := _chronology_learning(block)) is not None:
            # "March 2013 | Police | <event> | Learning: ...": a chronology's comment that states learning;
            # the date, the agency the event concerns and the event are never part of it.
            current = start("learning_point", "", noted, block)
            current.heading_only = False
            chronology_note = current
            continue
        if (
            block.kind == "row"
            and chronology_note is not None
            and current is chronology_note
            and len(block.cells) >= 2
            and block.cells[0].strip()[:1].islower()
            and block.cells[-1].strip()
        ):
            # the row broken over the page: its event's and its comment's ends, the comment's joining it
            chronology_note.add(block.cells[-1].strip(), block)
            continue
        chronology_note = None
        in_margin = margin_note(block.cells, CUE_PREFIX) if block.kind == "row" and table_columns is None else None
        if in_margin is not None:
            # "Good practice: ..." in a margin column beside the events it comments on: the note is the
            # lesson, the narrative beside it never part of it.
            current = start(kind_of_label(in_margin[0], z.kind if (z := zone()) else None), "", in_margin[1], block)
            current.heading_only = False
            current.open = False
            current = None
            continue
        if _footnote(block, body_size):
            continue  # notes in small type at a page's foot or after a paragraph: never a lesson's text
        if block.kind == "heading" and (english := _bilingual_label(block.text)):
            block = replace(block, text=english)  # "Canfyddiad 1 / Finding 1: title": the label read in English
        if block.kind in ("para", "item") and (
            FORM_BLANK.search(block.text) or ATTRIBUTED_QUOTE.match(block.text) or PROMPT.match(block.text)
        ):
            # A form's line to fill in ("Date: ______"), a practitioner's words quoted with who said them,
            # a prompt put to the reader ("Talk about it: how ...?"): never a lesson nor part of one.
            current = None
            previous = block
            continue
        if (questions := reader_questions(blocks, index)) and not ((z := zone()) is not None and _asks_the_board(z)):
            # "Practitioners may wish to consider:" over question bullets after a lesson: a prompt for the
            # reader, never a lesson nor part of one; the lesson before it ends there.
            explained.update(id(question) for question in questions)
            current = None
            previous = block
            continue
        if block.kind in ("para", "heading") and (question := explainer(block.text)) is not None:
            # An explainer box set among the lessons: its question and the definition under it (or run in
            # after it, in plain text) are skipped, and the lesson before it goes on after the box.
            if block.text[question.end() :].strip():
                continue
            skip = following if following is not None and following.kind == "para" else None
            if skip is not None:
                skip_next = skip
                # the box's further paragraphs, set in its column apart from the margin
                for later in blocks[index + 2 :]:
                    if not (later.kind == "para" and margin and skip.x0 > margin + 5 and abs(later.x0 - skip.x0) < 2):
                        break
                    explained.add(id(later))
            continue
        if id(block) in explained:
            continue
        if (
            block.kind in ("para", "heading")
            and COMPANION.match(block.text)
            and drafts
            and (drafts[-1].label or drafts[-1].item)
        ):
            # "Suggested actions:" under "2. The Partnership should ...": the steps listed under it
            # serve the numbered lesson before; they are neither part of it nor lessons of their own.
            companion = True
            current = None
            previous = block
            continue
        if (
            (
                (block.kind == "para" and block.bold)
                or (block.kind == "heading" and stack and block.level > stack[-1].level)
            )
            and following is not None
            and following.kind == "para"
            and (caption := BOXED_CAPTION.match(block.text))
            and zone() is None
            and stack
            and stack[-1].barrier
        ):
            # "Good practice example" boxed among a chronology's paragraphs (a caption under the section's
            # heading, not a section of its own): it heads the one paragraph in its box; the narrative
            # after the box is not part of it.
            start(kind_of_label(caption.group("cue")), "", following.text, following).open = False
            current = None
            skip_next = following
            previous = block
            continue
        if (
            block.kind == "para"
            and (caption := BOXED_CAPTION_RUNIN.match(block.text))
            and zone() is None
            and stack
            and stack[-1].barrier
        ):
            # The same box in plain text, its caption line run into the paragraph it heads.
            start(kind_of_label(caption.group("cue")), "", block.text[caption.end() :], block).open = False
            current = None
            previous = block
            continue
        if companion and block.kind == "item" and not ITEM_NUMBER.match(block.text):
            previous = block
            continue
        companion = False
        block_before, previous = previous, block
        if (
            block.kind == "para"
            and block_before is not None
            and block_before.kind == "item"
            and not ITEM_NUMBER.match(block_before.text)
            and not PARA_NUMBER.match(block_before.text)
            and zone() is not None
            and block.text[:1].isupper()
            and block_before.text.rstrip().endswith((".", "!", "?"))
            and margin
            and block.x0 > margin + 8
            and (
                (block.page_start > block_before.page_start and block_before.x0 + 8 < block.x0 < block_before.x0 + 30)
                or (any(b is block_before for b in unmarked) and abs(block.x0 - block_before.x0) < 3)
            )
        ):
            # A bulleted list carried over a page of a scan whose markers the OCR lost: each paragraph
            # set in the list's text column, past the margin, is an item of the list.
            block = replace(block, kind="item")
            previous = block
            unmarked.append(block)
        if (
            block.kind == "para"
            and block.text[:1].islower()
            and drafts
            and (last := drafts[-1]).parts
            and not last.parts[-1].rstrip().endswith((".", "!", "?", ":", ";"))
            and block.page_start > last.page_end
            and index >= 2
            and blocks[index - 1].page_start == block.page_start
            and title_line(blocks[index - 1].text)
            and blocks[index - 2].page_end == last.page_end
        ):
            # A lesson's sentence carried over a page break past the running header at the top of the
            # next page ("... after the decision had" / header / "been made."): it goes on.
            last.add(block.text, block)
            current = last
            continue
        if (
            block_before is not None
            and block_before.kind == "row"
            and block.kind == "para"
            and current is not None
            and (
                (
                    block.page_start > block_before.page_end
                    and (block.text[:1].islower() or (margin and block.x0 > margin + 15))
                )
                or (block.text[:1].islower() and margin and block.x0 > margin + 15)
            )
        ):
            # The rest of a table cell broken across a page, alone at the top of the next page: it goes
            # on in lower case, or starts in the cell's column rather than at the margin. On the same
            # page (a row the reader split) it must do both.
            current.add(block.text, block)
            continue
        if (
            block_before is not None
            and block_before.kind == "item"
            and ITEM_NUMBER.match(block_before.text)
            and block.kind == "para"
            and current is not None
            and current.parts
            and block.page_start > block_before.page_end
            and block_before.x0
            and block.x0 > block_before.x0 + 15
        ):
            # The rest of a numbered item carried over a page break, set in the item's text column
            # past its number rather than at the margin: it goes on.
            current.add(block.text, block)
            continue
        if (
            block_before is not None
            and block_before.kind == "row"
            and len(block_before.cells) == 2
            and block.kind == "para"
            and current is not None
            and current.row
            and current.title
            and block.page_start == block_before.page_end
            and block.text[:1].isupper()
            and margin
            and block.x0 > margin + 15
        ):
            # A second row beside a theme cell spanning both (the theme printed once, on the first
            # row): a lesson of its own, and the theme groups the rows rather than titling one.
            _ungroup(current)
            current = start(current.kind, "", block.text, block, current.agency)
            current.open = False
            current.row = True
            continue
        if block.kind != "item":
            announced = announced_kind(block.text) if block.kind == "para" else None
            listed = announced if announced and not any(z.barrier for z in stack) else None
            if (
                listed
                and current is not None
                and listed != current.kind
                and (z := zone()) is not None
                and listed != z.kind
            ):
                # "What needs to change:" after a finding's text: it announces other lessons, ending this one
                current = None
                continue
        elif listed and (
            (z := zone()) is None
            or (z.kind != listed and listed in ("recommendation", "good_practice") and not z.summary)
        ):
            # "... the review identified learning including:" then bullets, outside any lesson section;
            # inside one, recommendations or good practice it announces ("The review made these
            # recommendations to the partnership:" under "Learning from case reviews").
            match = ITEM_NUMBER.match(block.text)
            body = block.text[match.end() :] if match else BULLET.sub("", block.text)
            start(listed, match.group("num") if match else "", body, block).open = False
            current = None
            continue
        if contents_line(block) or (block.kind != "heading" and any(CONTENTS.match(z.heading) for z in stack)):
            current = None  # a contents page lists lessons; it never is one
            continue
        stated = stated_lesson(block.text) if block.kind in ("para", "item") and zone() is None else None
        if (
            stated is not None
            and not any(NOT_LESSON_HEADING.search(s.heading) for s in stack)
            and not (current is not None and current.open and current.parts)
        ):
            # "The second learning point is that ...", "6.2 The final finding was that ..." among narrative
            # paragraphs: the paragraph states its lesson; the narrative around it is none.
            current = start(stated[0], stated[1], stated[2], block)
            current.heading_only = False
            current.open = False
            current = None
            continue
        emphasised = _emphasised(block) if block.kind == "para" else []
        z = zone()
        if (
            emphasised
            and (z is None or z.kind in ("finding", "learning_point", "good_practice"))
            and not any(NOT_LESSON_HEADING.search(s.heading) for s in stack)
        ):
            # A learning point set in bold inside a narrative paragraph: the bold sentences are the
            # lesson, the narrative around them is not.
            for run in emphasised:
                start(item_kind(z.kind) if z is not None else "learning_point", "", run, block).open = False
            current = None
            continue
        sidebar = _sidebar(block)
        if sidebar is not None:
            # A shaded "Key learning" box set beside the paragraph it draws on (a layout table): the
            # box's text is the lesson, the paragraph beside it narrative. A box whose text the reader
            # set apart below its title takes the next paragraph, in the box's column.
            box_cue, boxed = sidebar
            if (
                not boxed
                and following is not None
                and following.kind == "para"
                and margin
                and following.x0 > margin + 15
            ):
                boxed, skip_next = following.text, following
            current = (
                start(kind_of_label(box_cue, z.kind if (z := zone()) else None), "", boxed, block) if boxed else None
            )
            if current is not None:
                current.heading_only = False
                current.open = False
            continue
        # a first column the header names the agency's ("Agency | Good practice identified") heads nothing
        side = side_head(block) if not (table_columns is not None and table_columns.agency == 0) else None
        if side is not None and (side[0] or zone() is not None):
            # A label or heading set in a column beside its text ("Finding 1" / "Hidden men" | "The ..."):
            # the same lesson as a heading above its text, known by position.
            side_label, side_title, side_text = side
            match = LABEL.match(side_label) if side_label else None
            kind = (
                kind_of_label(match.group("word"), z.kind if (z := zone()) else None)
                if match
                else item_kind(z.kind if (z := zone()) else None)
            )
            printed = (
                f"{match.group('word').strip()[:1].upper()}{match.group('word').strip()[1:].lower()} {match.group('num')}"
                if match
                else ""
            )
            if not side_label and any(
                b is not None and b.kind == "row" and b.cells and b.cells[0].strip() == side_title
                for b in (block_before, following)
            ):
                # The same theme cell on rows in a row (a cell spanning them, repeated by the reader):
                # the theme groups the rows, each row's text its own lesson.
                current = start(kind, "", side_text, block)
                current.open = False
                current.row = True
                continue
            current = start(kind, printed, f"{side_title} {side_text}".strip(), block)
            current.title = side_title
            current.heading_only = False
            current.row = block.kind == "row"
            continue
        if (
            _display_numeral(block, body_size)
            and following is not None
            and following.kind == "heading"
            and (z := zone()) is not None
            and z.kind in ("finding", "learning_point", "good_practice", "recommendation")
        ):
            # A key message under a large numeral on its own line, its title and text below: the
            # numeral labels the lesson, and is never the end of the lesson before.
            current = start(item_kind(z.kind), block.text.strip(), "", block)
            continue
        paired = _paired_lines(block, following) if block.kind in ("para", "heading") else None
        if paired is not None:
            # "Q1 What did the review find about ...?" over "A. The ...": the question and its answer are
            # one finding, titled by the question; "Issue: title" over "Learning: text" one learning point.
            pair_label, pair_title, pair_kind = paired
            assert following is not None
            z = zone()
            pair_kind = pair_kind or (item_kind(z.kind) if z is not None and z.kind != "recommendation" else "finding")
            current = start(pair_kind, pair_label, pair_title, block)
            current.add(_after_cue(following.text), following)
            current.title = pair_title
            current.open = False
            skip_next = following
            continue
        if block.kind == "para" and MYTH.match(block.text):
            current = None  # a belief set against the review's finding: never a lesson
            continue
        reality = REALITY.match(block.text) if block.kind == "para" else None
        if reality and block_before is not None and MYTH.match(block_before.text):
            # "Myth: ..." then "Reality: ...": what the review found is the learning.
            z = zone()
            kind = item_kind(z.kind) if z is not None and z.kind != "recommendation" else "learning_point"
            start(kind, "", block.text[reality.end() :], block).open = False
            current = None
            continue
        if block.kind == "para" and (UPDATE_PARA.match(block.text) or ASSENT_PARA.match(block.text)):
            # "Update: training has been delivered ..." under a recommendation: its progress, not a lesson;
            # "The addendum was agreed by the Board in May 2014." closing a part: the report's own record.
            if current is not None:
                current.open = False
            continue
        if (
            block.kind == "para"
            and (z := zone()) is not None
            and z.kind in ("finding", "learning_point", "good_practice")
            and numbered_under(block.text, z.heading)
            and title_line(strip_number(block.text))
            and following is not None
            and following.kind == "para"
            and not PARA_NUMBER.match(following.text)
            and not title_line(following.text)
        ):
            # "5.1 Title" on a line of its own over its text, in type no different from the body's (a
            # scan, a plain layout): the numbered sub-heading of "5. Findings", read as the heading it is.
            block = replace(block, kind="heading", level=(z.level or 1) + 1)
        # A table row's label cell ("R1", "Recommendation 2") is read with the row's other cells.
        label = LABEL.match(block.text) if block.kind != "row" or len(block.cells) < 2 else None
        if label is not None and block.kind == "para" and label_in_sentence(block.text, label):
            label = None  # "Recommendation 3 of the earlier review asked ...": a reference, not a label
        if (
            block.kind == "heading"
            and not label
            and current is not None
            and current.label
            and not current.parts
            and block_before is not None
            and (
                (block_before.kind == "heading" and LABEL.match(block_before.text))
                or _display_numeral(block_before, body_size)
            )
            and (not zone_kind(block.text) or _title_of_label(block, block_before, following))
            and not NOT_LESSON_HEADING.search(block.text)
        ):
            # "Finding 2" on one line and its title under it: the title heads the labelled lesson.
            current.title = strip_number(block.text).rstrip(" .:")
            current.parts = [current.title]
            current.headed = True
            continue
        field = FIELD_LINE.match(block.text) if block.kind in ("para", "item", "heading") else None
        if (
            field
            and current is not None
            and current.kind == "recommendation"
            and (lead := _lead_among_fields(block.text))
        ):
            field = lead  # "Type: Single agency | Lead: Police": several fields on one line, the lead among them
        if (
            field
            and current is not None
            and current.kind == "recommendation"
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
                and not current.agency
            ):
                current.agency = field.group("value").strip(" .")
            current.open = False
            continue
        listed_to = addressed_list(block.text) if block.kind == "para" else ""
        if listed_to and (z := zone()) is not None and z.kind == "recommendation":
            # "The review makes the following recommendations to the Integrated Care Board:" over its
            # list: the lead agency of the recommendations after it, until another such sentence ("... to
            # individual agencies:" names none: each recommendation names its own).
            stack[-1].agency = "" if DISTRIBUTIVE_ADDRESSEE.match(listed_to) else listed_to
            current = None
            continue
        addressed = ADDRESSEE.match(block.text) if block.kind == "para" else None
        if (
            addressed
            and (z := zone()) is not None
            and z.kind == "recommendation"
            and AGENCY_NAME.search(addressed.group("who"))
            and len(addressed.group("who").split()) <= 8
        ):
            # "To the Integrated Care Board:" over the recommendations addressed to it: their lead agency.
            stack[-1].agency = "" if DISTRIBUTIVE_ADDRESSEE.match(addressed.group("who")) else _addressee(block.text)
            current = None
            continue
        if (
            block.kind == "heading"
            and not label
            and (z := zone()) is not None
            and z.kind in ("finding", "learning_point", "good_practice")
            # a heading above the section's own level closes it ("3. Further reading" after a box's caption)
            and not (block.level and z.level and block.level < z.level)
            and following is not None
            and following.kind == "item"
            and not ITEM_NUMBER.match(following.text)
            and (titled := numbered_title(block.text))
            and not zone_kind(block.text)
            and not NOT_LESSON_HEADING.search(block.text)
        ):
            # Plain text sets "1. Curiosity about who lives in the home" apart like a heading: over its
            # bullets inside a learning section it is a numbered title, not a new section.
            current = start(z.kind, titled[0], titled[1], block)
            current.title = titled[1]
            current.headed = current.item = current.sub_items = True
            continue
        if (
            block.kind in ("heading", "para")
            and not label
            and owner is not None
            and owner[0].kind == "finding"
            and not (block.kind == "heading" and block.level and block.level <= owner[1])
            and len(block.text.split()) <= 6
            and title_line(block.text)
            and zone_kind(block.text) == "finding"
            and any(z.kind == "good_practice" and z.level > owner[1] for z in stack)
        ):
            # "Finding 2: title", "What worked well" (good practice), then "What needs to improve": the
            # finding's own text resumes under it
            while stack and stack[-1].level > owner[1]:
                stack.pop()
            current = owner[0]
            current.open = True
            continue
        if block.kind == "para" and VALEDICTION.match(block.text):
            current = None  # a letter's "Yours sincerely,": what follows is its signature, no lesson's text
            continue
        stem = STEM.match(block.text) if block.kind in ("heading", "para") else None
        if (
            stem is not None
            and (stem.group("num") or stem.group("after"))
            and (z := zone()) is not None
            and z.kind == "recommendation"
            and DIRECTIVE.search(block.text)
            # "... should make the following recommendations to ...:" announces the list, no stem of its own
            and not ANNOUNCES.search(stem.group("body"))
        ):
            # "1. The Partnership should:" set as a paragraph or (plain text) a heading, or with its hanging
            # number read after the text ("The Partnership should: 1."): a stem over its lettered parts.
            current = start(z.kind, stem.group("num") or stem.group("after"), stem.group("body"), block)
            current.item = current.stem = True
            continue
        if (
            block.kind in ("heading", "item", "para")
            and (z := zone()) is not None
            # a heading at or above the section's own level closes it ("3. Escalation" after a box's caption)
            and not (block.kind == "heading" and block.level and z.level and block.level < z.level)
            # a finding's numbered sub-heading over its numbered paragraphs ("1. Title", "1.1", "1.2"): one
            # finding (a numbered item over them, "1. School and home", groups findings numbered under it)
            and not (block.kind == "heading" and z.kind == "finding" and block.level > z.level)
            # a numbered chapter at the level of the section's own numbered heading ("5. Conclusions"
            # after "4. Findings"): the next chapter, never a group in this one
            and not (
                block.kind == "heading"
                and block.level == z.level
                and heading_number(z.heading)
                and not numbered_under(block.text, z.heading)
            )
            and (group := _outline_group(block.text, following))
        ):
            # "1. Working together" over "1.1 ...", "1.2 ...": a theme grouping the numbered lessons
            # under it, neither a lesson nor a new section.
            outline = group
            current = None
            if z.kind == "recommendation" and (block.kind == "para" or block.level > z.level):
                # "Education" over "3.3 Education settings should ...": the lead agency of the group's
                # recommendations (a group naming none ends the previous group's)
                group_agency = agency_group_name(block.text)
                if group_agency or id(stack[-1]) in agency_groups:
                    stack[-1].agency = group_agency
                    agency_groups.add(id(stack[-1]))
            continue
        if (
            block.kind == "heading"
            and not label
            and (z := zone()) is not None
            and z.kind in ("finding", "learning_point")
            and not (block.level and z.level and block.level <= z.level)
            and (sentence_heading := stated_heading(block.text))
        ):
            # "2. During the lockdowns the health visitor saw the baby by video." set as a heading inside the
            # findings: the finding is its sentence; the narrative under it is the evidence (no lesson's text)
            current = start(z.kind, sentence_heading[0], sentence_heading[1], block)
            current.open = False
            continue
        if block.kind == "heading" and not label:
            current = None
            table_columns = None
            level = block.level or 2
            if owner is not None and level <= owner[1]:
                owner = None
            while stack and stack[-1].level >= level:
                stack.pop()
            # The first heading of the cover is the review's title ("Learning from Child E").
            is_title = block is cover_title
            # (a deck whose title names its learning, "Child D: learning from the review": its slides' learning)
            kind = "learning_point" if block is deck_title else None if is_title else zone_kind(block.text)
            if kind is None and not is_title and _themes_over_findings(blocks, index):
                kind = "finding"  # "Themes" over sub-headed paragraphs: the themes the review found
            parent = zone()
            if (
                kind
                and parent is not None
                and parent.kind in ("finding", "learning_point")
                and numbered_under(block.text, parent.heading)
            ):
                kind = None  # "4.5 Learning that is not new" in "4. Findings" is one finding's heading
            elif (
                kind in ("finding", "learning_point")
                and parent is not None
                and parent.kind in ("finding", "learning_point")
                and parent.level < level
                and not CUE_HEADING.match(block.text)
                and not IMPLICATIONS_HEADING.search(block.text)
            ):
                kind = None  # "Learning that is not new" under "Key learning": a lesson's title, not a new section
            if (
                kind is None
                and parent is not None
                and parent.kind in ("finding", "learning_point")
                and parent.level < level
                and AUDIENCE_HEADING.match(strip_number(block.text))
            ):
                # "If you work in health" under "What the review found": what the review means for that
                # audience, each item one learning point, the heading grouping them rather than titling one.
                kind = "learning_point"
            if kind == "finding" and stack and _agency_development(block.text, stack[-1].heading):
                kind = "learning_point"
            learner = learned_by(block.text) or service_heading(block.text, parent.kind if parent else None, kind)
            if learner:
                kind = "learning_point"  # "What Police learned": that agency's own learning, a section of its own
            if (
                kind == "recommendation" and EARLIER_REVIEW_RECOMMENDATIONS.search(block.text)
            ) or EARLIER_REVIEW_SECTION.match(block.text):
                # an earlier review's recommendations, quoted for their progress, or a section telling of an
                # earlier review and quoting it: none of this review's
                kind = None
                barrier = True
            else:
                barrier = bool(NOT_LESSON_HEADING.search(block.text)) and kind is None
            summary = bool(SUMMARY_HEADING.search(block.text))
            stack.append(_Zone(kind, level, block.text, summary, barrier, page=block.page_start, learned_by=learner))
            if learner and parent is not None and parent.kind:
                # one agency's part of the section's learning: the section's lessons still (its introduction
                # introduces them all)
                stack[-1].serial = parent.serial
            addressed = ADDRESSED_HEADING.search(block.text) if kind == "recommendation" else None
            if (
                addressed
                and AGENCY_NAME.search(addressed.group("who"))
                and not GENERIC_ADDRESSEE.match(addressed.group("who"))
                and not DISTRIBUTIVE_ADDRESSEE.match(addressed.group("who"))
            ):
                # "Recommendations for the Police": the lead agency of the recommendations under it.
                stack[-1].agency = _addressee(addressed.group("who"))
            theme = stack[-2] if len(stack) >= 2 else None
            if (
                kind in ("finding", "learning_point", "good_practice")
                and theme is not None
                and theme.kind is None
                and not theme.barrier
                and theme.level < level
                and not theme.filled
                and theme.heading != (first_heading.text if first_heading else None)
                and _theme_heading(theme.heading)
                and not _agency_chapter(theme.heading)
                and len(block.text.split()) <= 6
            ):
                # "Professional curiosity" / "What we saw" / "What we learned": the learning part of a
                # theme heading's parts is that theme's lesson, headed by it.
                stack[-1].title = strip_number(theme.heading).rstrip(" .:")
                stack[-1].title_page = theme.page
            enclosing = zone()
            if (
                kind is None
                and enclosing is not None
                and enclosing.kind == "recommendation"
                and enclosing.level < level
                and (
                    (AGENCY_NAME.search(block.text) and len(block.text.split()) <= 6)
                    or agency_group_name(strip_number(block.text))
                )
            ):
                stack[-1].agency = _addressee(strip_number(block.text))
                continue
            if (
                kind is None
                and owner is not None
                and (
                    (block.text.rstrip().endswith("?") and not NOT_LESSON_HEADING.search(block.text))
                    or ANALYSIS_HEADING.search(block.text)
                )
            ):
                # "Learning theme 1: title" then "Why did it matter?" or "Why it matters": that lesson's text.
                current = owner[0]
                if id(current) in analysed_themes:
                    current.kind = "finding"  # a theme answered by its analysis: a finding
                continue
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
                and not NOT_LESSON_HEADING.search(block.text)
                and not COUNTER_HEADING.match(block.text)
                and not ((box := BOX_CUE.match(block.text)) and not box.group("rest"))
                and not date_line(block.text)  # "Published: 10 November 2020" under a page's heading
            ):
                stack[-1].heading = enclosing.heading if enclosing.heading else block.text
                code = HEADING_CODE.match(block.text)
                number, heading = (
                    (code.group("code"), block.text[code.end() :])
                    if code
                    else (heading_number(block.text), strip_number(block.text))
                )
                current = start(enclosing.kind, number, heading.rstrip(" .:"), block)
                current.title = heading.rstrip(" .:")
                current.headed = True
            continue

        if label:
            if block.kind == "heading" and block.level:
                # A labelled heading closes the sub-sections of the lesson before it ("What needs to change?").
                while stack and (
                    stack[-1].level > block.level or (stack[-1].level == block.level and not stack[-1].kind)
                ):
                    stack.pop()
            kind = kind_of_label(label.group("word"), z.kind if (z := zone()) else None)
            number = label.group("num")
            word = label.group("word").strip()
            printed = (
                f"{word.upper()}{number}"
                if len(word) == 1 or (len(word) == 2 and word.isupper())
                else f"{word[:1].upper()}{word[1:].lower()} {number}"
            )
            rest = block.text[label.end() :].strip()
            if kind != "recommendation":
                rest = without_qualifier(rest)  # "Learning Point 3 (Systems): title": the title alone
            addressed_to = ""
            if kind == "recommendation" and (named := LABEL_AGENCY.match(rest)):
                who = named.group("paren") or named.group("colon") or ""
                if AGENCY_NAME.search(who) and len(who.split()) <= 6:
                    # "Recommendation 1 (Children's Social Care): ...", "Recommendation 2 – Health: ..."
                    addressed_to, rest = _addressee(who), rest[named.end() :].strip()
            elif kind == "recommendation" and block.kind == "heading" and (named := ADDRESSED_LABEL.match(rest)):
                who = named.group("who")
                if AGENCY_NAME.search(who) and len(who.split()) <= 8:
                    # "Recommendation 3 – for the Integrated Care Board": the one it is addressed to leads it
                    addressed_to, rest = _addressee(who), ""
            if kind == "recommendation" and STATUS.fullmatch(rest.strip(" .()[]")):
                rest = ""  # "Recommendation 2 – On track": the status of its work, never its title
            themed = (
                block.kind == "heading" and bool(rest) and kind == "learning_point" and bool(THEME_LABEL.match(word))
            )
            # Under a section named for its learning ("Learning themes") a theme heading over its own
            # paragraph is a learning point; one answered by analysis sub-headings is a finding (below).
            learning_section = (
                (z := zone()) is not None and z.kind == "learning_point" and LEARNING_SECTION.match(z.heading)
            )
            if themed and not learning_section:
                kind = "finding"  # "Key issue 2 – Staff turnover", "Learning theme 1: ..." heading its analysis
            current = start(kind, printed, rest, block, addressed_to)
            if themed and learning_section:
                analysed_themes.add(id(current))
            if block.size and body_size and block.size < body_size - 0.4:
                current.size = block.size  # a labelled box set in smaller type than the body: its text is set alike
            if block.kind == "heading":
                current.parts = [rest] if rest else []
                current.title = rest
                current.headed = bool(rest)
                current.opening_title = not rest and kind != "recommendation"
                owner = (current, block.level or 2) if rest else None
            else:
                current.heading_only = False
                # "<b>Finding 2: Hidden men</b> The mother's partner ..." : the bold run past the label is a title.
                lead_rest = LABEL.sub("", block.lead, count=1).strip(" .:-–") if block.lead and not addressed_to else ""
                if lead_rest and len(lead_rest) < len(rest):
                    current.title = lead_rest
                elif not rest and kind != "recommendation":
                    current.opening_title = True  # "Card 2 of 5" on a line of its own over "Title. Text ..."
                elif rest and title_line(rest) and kind != "recommendation":
                    # "Finding 1: Health information in the MASH" on a line of its own: a title over its text.
                    current.title = rest.rstrip(" .:")
                    current.headed = True
                    if kind == "learning_point" and THEME_LABEL.match(word):
                        current.kind = "finding"  # "Practice issue 2: title" boxed in an analysis: a finding
                elif kind != "recommendation":
                    current.opening_title = True  # "Card 2 of 5 Hidden men. Nobody asked ...": its opening title
                if (
                    not current.title
                    and kind != "recommendation"
                    and block_before is not None
                    and block_before.kind == "heading"
                    and stack
                    and stack[-1].heading == block_before.text
                    and stack[-1].kind is None
                    and not stack[-1].barrier
                    and block_before is not cover_title
                    and title_line(block_before.text)
                    and not NOT_LESSON_HEADING.search(block_before.text)
                    and not _agency_chapter(block_before.text)
                ):
                    # A plain heading right over "Finding 1. The children were ...": the run-in label's
                    # lesson is titled by it, and starts where it is printed.
                    current.title = block_before.text.strip().rstrip(" .:")
                    current.parts = [current.title, *current.parts]
                    current.page_start = min(current.page_start, block_before.page_start)
                    current.headed = True
                    current.opening_title = False
            continue

        cited = cited_recommendation(block.text) if block.kind == "para" else None
        if cited is not None:
            # A conclusion that ends in the recommendation it leads to: the finding, then the recommendation.
            number, finding, recommendation = cited
            for kind, printed, text in (
                ("finding", "", finding),
                ("recommendation", f"Recommendation {number}", recommendation),
            ):
                if text:
                    draft = start(kind, printed, text, block)
                    draft.open = False
                    draft.cited = int(number)
            current = None
            continue

        lists = inline_lists(block.text)
        if lists:
            for kind, items in lists:
                for piece in split_items(items):
                    start(kind, "", piece, block).open = False
            current = None
            continue

        # a paragraph numbered to two or three levels ("4.1.3 The review finds that ...") reports the same
        paragraph = PARA_NUMBER.match(block.text) if block.kind == "para" else None
        reporting = block.text[paragraph.end() :] if paragraph else block.text
        reported = REPORTED.match(reporting) if block.kind == "para" else None
        if (
            reported is not None
            and (z := zone()) is None
            and not FRONT_MATTER.search(section())
            and not NOT_LESSON_HEADING.search(section())
        ):
            # "The review found that the case was ..." opening a paragraph among narrative: a finding
            # (or, "The review recommends that ...", a recommendation), its text after the cue.
            number = paragraph.group("num") if paragraph else ""
            current = start(_reported_kind(reported), number, reporting[reported.end() :], block)
            current.heading_only = False
            current.open = False
            continue
        runin = RUNIN_CUE.search(block.text) if block.kind == "para" else None
        if runin is None and block.kind == "para" and zone() is None:
            runin = CUE_PREFIX.match(block.text)  # the narrative before it set apart as a paragraph of its own
        whole = block.text
        if (
            block.kind == "row"
            and len(block.cells) == 2
            and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?", block.cells[0].strip())
        ):
            whole = f"{block.cells[0].strip()} {block.cells[1].strip()}"  # a hanging paragraph number set as a column
        numbered = PARA_NUMBER.match(whole) if block.kind in ("para", "row") and runin is None else None
        if numbered is not None:
            # "4.2.3 Learning: Services worked ..." closing a numbered analysis: a lesson labelled by its number.
            runin = CUE_PREFIX.match(whole[numbered.end() :])
        if runin is not None and not FRONT_MATTER.search(section()):
            after = numbered.end() + runin.end() if numbered else runin.end()
            z = zone()
            current = start(
                kind_of_label(runin.group("cue"), z.kind if z else None),
                numbered.group("num") if numbered else "",
                whole[after:],
                block,
                _service(runin),
            )
            current.heading_only = False
            current.open = False
            theme = stack[-1] if len(stack) >= 2 and block.kind == "para" and not numbered else None
            if (
                theme is not None
                and z is None
                and theme.kind is None
                and not theme.barrier
                and theme.serial not in run_in_themes
                and theme.heading != (cover_title.text if cover_title else None)
                and title_line(theme.heading)
                and not NOT_LESSON_HEADING.search(theme.heading)
                and current.kind in ("finding", "learning_point")
                and not _agency_chapter(theme.heading)
                and not DATED_CAPTION.search(theme.heading)
            ):
                # A theme's sub-heading over what practitioners said and a run-in "Finding: ..." paragraph
                # (no lesson section above): the theme titles that finding. (An agency's sub-heading over
                # its part of the story, "Midwifery", names who acted; it titles no lesson.)
                run_in_themes.add(theme.serial)
                current.title = theme.heading.rstrip(" .:")
                current.parts = [current.title, *current.parts]
                current.headed = True
            continue

        praised = POSITIVE_CLOSING.search(block.text) if block.kind == "para" and zone() is None else None
        if praised is not None and not FRONT_MATTER.search(section()) and not NOT_LESSON_HEADING.search(section()):
            # "... the case was closed. It is positive that the lead professional ...": good practice
            # acknowledged in passing, that sentence alone; the narrative before it never a lesson.
            current = start("good_practice", "", praised.group("sentence"), block)
            current.heading_only = False
            current.open = False
            continue
        verdict = _practice_verdict(block) if zone() is None and not FRONT_MATTER.search(section()) else None
        if verdict is not None:
            # "4.2 The consultant insisted on a skeletal survey ... This was good practice.": the numbered
            # paragraph the verdict closes is good practice, labelled by its number, less the verdict.
            current = start("good_practice", verdict[0], verdict[1], block)
            current.heading_only = False
            current.open = False
            continue
        z = zone()
        if z is None and block.kind == "row":
            # Outside any lesson section, a table whose header names a lesson column ("Practice
            # episode | What happened | Learning") gives that column's lessons.
            header = header_columns([c.strip().lower() for c in block.cells])
            if header is not None:
                # an earlier review's recommendations with their progress ("Earlier recommendation | Progress",
                # or under such a heading): another review's, never this one's lessons
                earlier = any(EARLIER_REVIEW_RECOMMENDATIONS.search(text) for text in [*block.cells, section()])
                table_columns = None if earlier else header
                continue
            if table_columns is not None and table_columns.kind:
                current, table_columns = row_lesson(
                    block, _Zone(table_columns.kind, 0, ""), table_columns, current, start
                )
                continue
        if z is None:
            # A labelled finding outside any lesson section still takes its paragraphs, but a box's
            # lesson ends where the type changes back to the body's or another box heading starts.
            if (
                current is not None
                and current.size
                and len(current.parts) >= 2
                and (abs(block.size - current.size) > 0.4 or title_line(block.text))
            ):
                current = None
            if (
                block.kind == "item"
                and current is not None
                and _heads_bullets(current)
                and not ITEM_NUMBER.match(block.text)
            ):
                current.add(BULLET.sub("", block.text), block)
                continue
            if (
                current is not None
                and current.open
                and block.kind == "para"
                and (
                    current.kind == "finding"
                    or _continues(current, block.text)
                    # "Learning 2: title" heading a slide, its text the notes under it
                    or (current.headed and current.label and current.parts == [current.title])
                )
            ):
                current.add(block.text, block)
            else:
                current = None
            continue

        if block.kind == "row":
            draft, table_columns = row_lesson(block, z, table_columns, current, start)
            current = draft
            continue

        text = block.text
        # "4.2 ...", "1a. ...", or a bare number before a sentence ("1 The Partnership should ...").
        number = PARA_NUMBER.match(text) or (
            (BARE_NUMBER.match(text) or MARGIN_CODE.match(text)) if block.kind == "para" else None
        )
        item = block.kind == "item"
        if (
            item
            and block.x0 > 0
            and z.kind != "recommendation"
            and not ITEM_NUMBER.match(text)
            and title_line(BULLET.sub("", text))
            and following is not None
            and following.kind == "item"
            and following.x0 > block.x0 + 10
        ):
            # "• Hidden men" over bullets set further in: one lesson, its title and its sub-bullets.
            current = start(item_kind(z.kind), "", BULLET.sub("", text), block)
            current.title = BULLET.sub("", text).strip()
            current.headed = current.item = current.sub_items = True
            current.indent = block.x0
            continue
        titled = numbered_title(text) if item or block.kind == "para" else None
        if titled and z.kind != "recommendation":
            # "1. Curiosity about who lives in the home" over bullets: one lesson, its title and its bullets.
            current = start(item_kind(z.kind), titled[0], titled[1], block)
            current.title = titled[1]
            current.headed = current.item = current.sub_items = True
            continue
        if item:
            # "1.2 text": an item numbered to two levels (Word's "%1.%2") is labelled as a numbered paragraph is
            match = ITEM_NUMBER.match(text) or PARA_NUMBER.match(text)
            printed = match.group("num") if match else ""
            body = text[match.end() :] if match else BULLET.sub("", text)
            if (
                current is not None
                and current.open
                and current.sub_items
                and not match
                and (not current.indent or block.x0 > current.indent + 10)
            ):
                current.add(body, block)
                continue
            if current is not None and current.open and current.stem and match and not match.group("num").isdigit():
                current.add(body, block)  # "a) adopt ...;" under "1. The Partnership should:": the stem's part
                continue
            if current is not None and current.item and current.label and not match and body[:1].islower():
                # "1. The Partnership should ..." then "- agree the change with ...": the item's parts.
                current.add(body, block)
                continue
            if (
                current is not None
                and current.open
                and current.kind == "finding"
                and z.kind == "finding"
                and not current.item
                # "3. ..." after the narrative under finding "2. ...": the next finding, not the narrative's
                and not (current.plain and match and _next_in_zone(drafts, current.zone, match.group("num")))
            ):
                current.add(text, block)  # bullets inside a finding belong to it
                continue
            if current is not None and _heads_bullets(current) and not match:
                current.add(body, block)  # "Learning 2: title" over bullets (a slide): its text is every bullet
                continue
            if text.rstrip().endswith(":") and len(text) < 200:
                if match and match.group("num").isdigit() and DIRECTIVE.search(body):
                    # "1. The Partnership should:" over lettered parts: one lesson, its stem and all its parts.
                    current = start(item_kind(z.kind), printed, body, block)
                    current.item = current.stem = True
                    continue
                current = None
                continue
            if body.rstrip().endswith("?") and not _asks_the_board(z):
                current = None  # a question put to the reader ("How do you ...?") is never a lesson
                continue
            if z.kind == "recommendation":
                printed = lettered_label(introduced, text) or printed  # "(a)" under "5.2.1 ...:": "5.2.1(a)"
            current = start(item_kind(z.kind), printed, body, block)
            current.item = True  # a list of findings: each item is one
            if z.kind != "recommendation":
                current.title = dash_title(body)  # "Fathers left out – Practitioners did not ..."
            if (
                z.kind in ("finding", "learning_point")
                and block.bold
                and following is not None
                and following.kind == "para"
                and not following.bold
                and following.size
                and following.size < block.size - 0.5
                and stated_heading(text)
            ):
                current.open = False  # a sentence heading read as a list item: the narrative under it is evidence
            continue
        if (
            number
            and current is not None
            and current.open
            # a finding's parts; learning numbered under a theme ("4.1.1", "4.1.2") is a lesson each
            and current.kind == z.kind == "finding"
            and (current.headed or current.item)
            and (current.label or current.number)
            and number.group("num").startswith((current.label or current.number).rstrip(".") + ".")
        ):
            # "1.1 ...", "1.2 ..." under the finding headed "1. Title": its paragraphs, their numbers off the text
            if not current.title and len(current.parts) == 1 and title_line(current.parts[0]):
                current.title = current.parts[0].strip().rstrip(" .:")  # a list item's title over them
                current.headed = True
            current.add(text[number.end() :], block)
            continue
        if number and (COUNTS.match(text[number.end() :]) or ANNOUNCES.search(text[number.end() :])):
            current = None  # "ES6 The review makes the following recommendations ...": it introduces them
            continue
        if number and (
            z.kind != "finding"
            or (outline and number.group("num").startswith(outline + "."))
            # "F2 The assessment was closed ...": a code whose letters name a kind of lesson
            or re.sub(r"\d+$", "", number.group("num")) in CODE_KINDS
        ):
            current = start(item_kind(z.kind), number.group("num"), text[number.end() :], block)
            continue
        caps = CAPS_TITLE.match(text) if block.kind == "para" and z.kind != "recommendation" else None
        if caps is not None:
            # "THINKING ABOUT THE WHOLE FAMILY" over (or run into) sentence-case text, where type sizes
            # and bold are lost (a scan, plain text): a title in capitals heads its lesson.
            title = caps.group("title").strip()
            current = start(item_kind(z.kind), "", text, block)
            current.title = title
            current.headed = True
            current.heading_only = not caps.group("rest")
            continue
        if (
            block.kind == "para"
            and z.kind == "recommendation"
            and title_line(text)
            and len(text.split()) <= 6
            and _agency_chapter(text)
            and following is not None
            and (following.kind == "item" or ITEM_NUMBER.match(following.text))
        ):
            # An agency's name over its numbered recommendations, its heading's look lost (a scan):
            # the lead agency of those under it, like such a sub-heading.
            stack[-1].agency = _addressee(text)
            current = None
            continue
        led = AGENCY_LEAD.match(text) if block.kind == "para" else None
        if (
            led
            and z.kind in ("finding", "learning_point", "good_practice")
            and len(led.group("who").split()) <= 5
            and (_agency_chapter(led.group("who")) or JOINT_WORKING.fullmatch(led.group("who").strip()))
        ):
            # "Police: The officers ...": a paragraph opening with the agency it is about, run in, is one
            # lesson of that agency's, listed like an item (the plain sentence before such a list introduces it)
            who = led.group("who").strip()
            current = start(
                z.kind, "", led.group("rest"), block, "" if JOINT_WORKING.fullmatch(who) else _addressee(who)
            )
            current.item = True
            current.heading_only = False
            continue
        if (
            block.lead
            and not is_intro(block.lead)
            and (
                z.kind in ("finding", "learning_point", "good_practice")
                or (
                    z.kind == "recommendation"
                    and not zone_kind(block.lead)
                    and len(block.lead.split()) <= 10
                    and not TRACKING_HEADER.search(block.lead)
                    and not AGENCY_HEADER.search(block.lead)
                )
            )
        ):
            # A bold run-in heading opens a lesson: "Bruising in a non-mobile baby A small bruise ..."
            current = start(z.kind, "", text, block)
            current.title = block.lead.strip(" .:-–")
            current.heading_only = False
            continue
        if (
            block.kind == "para"
            and z.kind in ("finding", "learning_point", "good_practice")
            and (current is None or current.zone != z.serial or id(current) in run_in_titled)
            and (opening := opening_title(text, loose=current is not None and id(current) in run_in_titled))
            and (
                (current is not None and id(current) in run_in_titled)
                # the first of a run: the paragraph after it opens with its own title phrase too
                or (following is not None and following.kind == "para" and opening_title(following.text, loose=True))
            )
            and not is_intro(text)
        ):
            # "Staff turnover. The family had ...", paragraph after paragraph, where bold is lost (plain
            # text): each paragraph opening with its title phrase is a lesson of its own, titled by it.
            current = start(item_kind(z.kind), "", text, block)
            current.title = opening
            current.heading_only = False
            run_in_titled.add(id(current))
            continue
        if (
            current is not None
            and current.open
            and current.label
            and not current.parts
            and not current.title
            and block.kind == "para"
            and title_line(text)
            and current.kind != "recommendation"
        ):
            # "Finding 2 of 4" then "Hearing the same concerns again" on the next line: the lesson's title.
            current.title = text.strip().rstrip(" .:")
            current.headed = True
            current.add(text, block)
            current.heading_only = True
            continue
        if (
            (
                (current is None or current.zone != z.serial)
                or (current.headed and current.title and not current.label and len(current.parts) >= 2)
            )
            and block.kind == "para"
            and z.kind in ("finding", "learning_point", "good_practice")
            and title_line(text)
            and following is not None
            and following.kind == "para"
            and not title_line(following.text)
        ):
            # A title line that lost its heading's look (plain text, a scan) over a paragraph, first in a
            # lesson section or among lessons headed by their titles, heads the next lesson.
            current = start(z.kind, "", text, block)
            current.title = text.strip().rstrip(" .:")
            current.headed = True
            continue
        if (
            current is not None
            and current.open
            and current.plain
            and not current.label
            and block.kind == "para"
            and len(text) < 120
            and INTRO.search(text)
            and following is not None
            and following.kind in ("item", "para")
            and ITEM_NUMBER.match(following.text)
        ) or (current is not None and current.open and block.kind == "para" and COUNTS.match(text)):
            # "... it is my duty to report to you." then "The matters of concern are as follows. -" over a
            # numbered list: the list holds the lessons, the paragraph before it opens the section; "The panel
            # makes the following recommendations to ...:" after a lesson introduces the next list, no part of it
            current = None
            continue
        if (
            current is not None
            and current.open
            and not (current.indent and block.kind == "para")  # a bullet title's lesson ends with its list
            and (current.kind == "finding" or current.headed or _continues(current, text))
        ):
            current.add(text, block)
            continue
        reported = REPORTED.match(text) if block.kind == "para" else None
        if reported is not None and _reported_kind(reported) == z.kind == "recommendation":
            # "The review recommends that all agencies should ...": the recommendation is what follows.
            current = start(z.kind, "", text[reported.end() :], block)
            current.heading_only = False
            current.open = False
            continue
        cue = CUE_PREFIX.match(text) if block.kind == "para" else None
        if cue:
            # "Learning: Professionals need to ..." opening a paragraph: one lesson of the kind it names.
            current = start(kind_of_label(cue.group("cue"), z.kind), "", text[cue.end() :], block)
            current.heading_only = False
            continue
        if TEMPLATE_INSTRUCTION.match(text):
            current = None  # a template's instruction to its writer left in ("Identify each learning point ...")
            continue
        if is_intro(text) or (text.rstrip().endswith("?") and not _asks_the_board(z)):
            current = None  # an introduction, or a question put to the reader: never a lesson
            continue
        if z.kind in ("finding", "learning_point", "good_practice") and preamble_to_titled(blocks, index):
            current = None  # one sentence opening lessons that sit under their own titles: their preamble
            continue
        current = start(item_kind(z.kind), "", text, block)
        current.plain = True
        if (
            block_before is not None
            and block_before.kind == "item"
            and not ITEM_NUMBER.match(block_before.text)
            and block.kind == "para"
            and block.page_start == block_before.page_end
            and block_before.x0
            and block_before.x0 + 5 < block.x0 < block_before.x0 + 30
            and text[:1].isupper()
        ):
            # A bullet whose marker the reader lost, its text set in the list's text column after
            # bullets: one of the list's items, never narrative among them.
            current.plain, current.item = False, True
        if z.title and not any(d.zone == z.serial for d in drafts[:-1]):
            current.title = z.title
            current.parts = [z.title, text]
            if z.title_page:
                current.page_start = min(current.page_start, z.title_page)
            current.headed = True
            current.heading_only = False

    lessons = closing_sentences(inline_lessons(finished(drafts, codes, blocks), blocks), blocks)
    return counted_in_conclusion(lessons, blocks)


# A heading closed by the date of the events under it ("Significant event 2: July 2017", "Episode 3 - 12.05.2019"):
# a caption of the episode analysed, never a theme titling the lesson drawn from it.
DATED_CAPTION = re.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}|"
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|\b(?:19|20)\d{2})\W*$",
    re.I,
)


def _service(cue: re.Match[str]) -> str:
    """The service a run-in cue names in brackets ("Good practice (School):"), or ""."""
    return (cue.groupdict().get("service") or "").strip()


def _practice_verdict(block: Block) -> tuple[str, str] | None:
    """(number, text) of a numbered paragraph of narrative closed by a verdict that it was good
    practice ("4.4 The midwife ... This was good practice."), the verdict left out; None otherwise."""
    if block.kind not in ("para", "item"):
        return None
    numbered = PARA_NUMBER.match(block.text) or (ITEM_NUMBER.match(block.text) if block.kind == "item" else None)
    verdict = PRACTICE_VERDICT.search(block.text)
    if verdict is None or (numbered is None and not block.number):
        return None
    start = numbered.end() if numbered else 0
    text = block.text[start : verdict.start()].strip()
    if len(text.split()) < 6:
        return None
    return (numbered.group("num") if numbered else block.number.rstrip(".)")), text


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
