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
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from ingest.blocks import BULLET, CUE_HEADING, LESSON_LABEL
from ingest.layout import Block
from ingest.lesson_boxes import activity_captions, date_line, poster_title, without_answers, without_date_notes
from ingest.lesson_cues import (
    CODE_KINDS,
    CONTENTS,
    COUNTS,
    DOCUMENT_TITLE,
    EVIDENCE_HEADING,
    ITEM_NUMBER,
    NOT_LESSON_HEADING,
    PARA_NUMBER,
    SUMMARY_HEADING,
    announced_kind,
    contents_line,
    dash_title,
    explainer,
    heading_number,
    inline_lists,
    is_intro,
    kind_of_label,
    left_margin,
    numbered_title,
    numbered_under,
    opening_title,
    split_items,
    strip_number,
    title_line,
    without_voices,
    zone_kind,
)
from ingest.lesson_drafts import (
    DIRECTIVE,
    Draft,
    cited_recommendation,
    draft_text,
    drop_cited_restatements,
    drop_preambles,
    drop_summary_restatements,
)
from ingest.lesson_tables import (
    AGENCY_HEADER,
    TRACKING_HEADER,
    Columns,
    event_date,
    header_columns,
    item_kind,
    row_lesson,
    side_head,
)
from ingest.records import Lesson
from ingest.scan_lists import misread_numbers
from ingest.single_agency import own_learning

LABEL = LESSON_LABEL
# A paragraph opened by the kind of lesson it is, with no number: "Learning: ...", "Recommendation: ...".
CUE_PREFIX = re.compile(
    r"^(?P<cue>learning(?:\s+point)?|lesson(?:\s+learn(?:ed|t))?|finding|recommendation|"
    # "Positive practice:", "Example of good practice:", "Strength:": good practice run in
    r"(?:good|positive|notable|effective)\s+practice(?:\s+examples?)?|examples?\s+of\s+(?:good|positive|notable)\s+practice|"
    # "Conclusion: ..." closing the analysis of a line of enquiry: what the review concluded, a finding
    r"key\s+message|practice\s+point|action|conclusion)\s*:\s*(?=[A-Z])",
    re.I,
)
# "... was rearranged. Learning point: Services worked with ...": a cue run in after the narrative
# a paragraph opens with; the lesson is the text after it.
RUNIN_CUE = re.compile(
    r"(?<=[.!?])\s+(?P<cue>learning\s+point|key\s+learning|learning|lesson(?:\s+learn(?:ed|t))?|finding)\s*:\s*(?=(?-i:[A-Z]))",
    re.I,
)
# A paragraph opened by what the review found or recommends: "The review found that ...",
# "The reviewer concluded that ...", "The Panel recommends that ...".
REPORTED = re.compile(
    r"^(?:(?:in\s+(?:this|summary)|overall|however|importantly|crucially|finally),?\s+)?(?:(?:the|this)\s+"
    r"(?:review(?:er)?|panel|(?:review|panel)\s+team)|we|it\s+is)\s+(?:has\s+|have\s+|also\s+|therefore\s+)?"
    r"(?P<verb>found|finds|concluded|concludes|identified|recommends|recommended|recommend|would\s+recommend)\s+"
    r"that\s+(?=\w)",
    re.I,
)


def _reported_kind(match: re.Match[str]) -> str:
    return "recommendation" if "recommend" in match.group("verb").lower() else "finding"


# Sections a run-in cue never makes a lesson in: the front matter (a narrative section may hold one).
FRONT_MATTER = re.compile(
    r"\b(?:contents|introduction|foreword|preface|terms\s+of\s+reference|methodology|glossary|acknowledg\w*|references|appendix)\b",
    re.I,
)
# Sub-headings under a labelled lesson that head its analysis, not its narrative.
ANALYSIS_HEADING = re.compile(
    r"^\W*(?:why\s+(?:it|this)\s+matter(?:s|ed)|analysis|what\s+(?:we|the\s+review)\s+found|the\s+learning|"
    r"what\s+(?:we|professionals|practitioners)\s+(?:can\s+)?learn(?:ed|t)?)\W*$",
    re.I,
)
# A sub-heading under a finding saying what it means for practice ("What this means for practice",
# "Implications for practice"): a section of learning points, never one lesson's title.
IMPLICATIONS_HEADING = re.compile(
    r"^\W*(?:what\s+(?:this|it|the\s+\w+)\s+means\s+for\s+(?:your\s+|our\s+)?(?:practice|practitioners|professionals|you|us)|"
    r"(?:the\s+)?(?:implications|learning|lessons)\s+for\s+(?:practice|practitioners|professionals)|practice\s+implications)\W*$",
    re.I,
)
# The sentence closing a paragraph of narrative that acknowledges good practice in passing: "It is
# positive that ...", "It was encouraging that ...", "It is to the credit of ...".
POSITIVE_CLOSING = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<sentence>It\s+(?:is|was)\s+(?:(?:very|particularly|especially)\s+)?"
    r"(?:positive|encouraging|commendable|reassuring|to\s+the\s+credit\s+of)\b[^.!?]*[.!?])\s*$"
)
# A field printed on its own line under a recommendation: "Lead agency: Police", "Timescale: 6 months".
FIELD_LINE = re.compile(r"^\W*(?P<name>[A-Za-z][\w /'-]{1,30}?)\s*:\s*(?P<value>\S.{0,80})$")
# Labels that name a theme or an issue, not a kind: as headings over their analysis, findings.
LEARNING_SECTION = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:key\s+)?learning\s+(?:themes|points|issues)\W*$", re.I)
THEME_LABEL = re.compile(r"(?:key\s+|practice\s+|learning\s+)?(?:theme|issue)\b", re.I)
APPENDIX_HEADING = re.compile(r"^\W*(?:appendix|annex)\b", re.I)
# A sub-heading that names an agency or a service ("Police", "Children's Social Care", "NHS Trusts").
AGENCY_NAME = re.compile(
    r"\b(?:police|constabulary|health|nhs|trusts?|hospitals?|gps?|general\s+practice|social\s+care|children'?s\s+services|"
    r"social\s+work|education|schools?|probation|council|local\s+authority|housing|ambulance|youth\s+justice|cafcass|"
    r"icb|ccg|integrated\s+care\s+board|clinical\s+commissioning\s+group|early\s+help|midwifery|health\s+visiting|"
    r"partnership|board|all\s+agencies|multi-agency|single[- ]agency|agencies)\b",
    re.I,
)


_ZONE_SERIALS = itertools.count(1)


@dataclass
class _Zone:
    kind: str | None
    level: int
    heading: str
    summary: bool = False
    barrier: bool = False  # a non-lesson section ("Questions for reflection") inside a lesson section
    agency: str = ""  # a sub-heading naming an agency ("Police") inside recommendations: their lead
    # A cue sub-heading ("What we learned") under a plain theme heading: the theme heads its lesson.
    title: str = ""
    title_page: int = 0  # the page the theme heading is printed on: its lesson starts there
    page: int = 0  # the page the heading is printed on
    # Text printed under the heading before any sub-heading: a chapter with its own content, not a theme
    # whose parts its sub-headings are.
    filled: bool = False
    # Which section this is, for telling sections apart after they close (an id() may be reused).
    serial: int = field(default_factory=lambda: next(_ZONE_SERIALS))


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
        drafts.append(draft)
        return draft

    first_heading = _cover_title(blocks)
    blocks = misread_numbers(without_answers(without_date_notes(poster_title(blocks, first_heading))))
    # "Integrated Care Board: Single Agency Action Plan - ...": every recommendation in it is that agency's.
    plan = next((m for b in blocks if b.page_start == 1 and (m := SINGLE_AGENCY_PLAN.match(b.text))), None)
    plan_agency = plan.group("agency").strip() if plan else ""
    analysed_themes: set[int] = set()  # theme headings under a learning section: findings once analysed
    owner: tuple[Draft, int] | None = None  # a labelled heading's lesson and its level: question sub-headings answer it
    listed: str | None = None  # the kind a prose sentence ending in ":" announced for the items after it
    companion = False  # in the steps listed under a numbered lesson ("Suggested actions:")
    previous: Block | None = None
    skip_next: Block | None = None  # a block already read as part of the one before it
    explained: set[int] = set()  # the further paragraphs of an explainer box (by id): skipped
    unmarked: list[Block] = []  # paragraphs read as items whose bullets a scan lost
    outline = ""  # the number of the outline group ("1. Working together") the numbered lessons sit under
    margin = left_margin(blocks)
    body_size = _body_size(blocks)
    blocks = _outline_headings(_without_evidence(_without_captions(without_voices(_without_repeated_headings(blocks)))))
    blocks = _resumed_lists(
        _numbered_rows(_box_captions(activity_captions(_stated_after_analysis(_joined_overleaf(blocks)))))
    )
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
        if block.kind == "para" and UPDATE_PARA.match(block.text):
            # "Update: training has been delivered ..." under a recommendation: its progress, not a lesson.
            if current is not None:
                current.open = False
            continue
        # A table row's label cell ("R1", "Recommendation 2") is read with the row's other cells.
        label = LABEL.match(block.text) if block.kind != "row" or len(block.cells) < 2 else None
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
            and not zone_kind(block.text)
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
        addressed = ADDRESSEE.match(block.text) if block.kind == "para" else None
        if (
            addressed
            and (z := zone()) is not None
            and z.kind == "recommendation"
            and AGENCY_NAME.search(addressed.group("who"))
            and len(addressed.group("who").split()) <= 8
        ):
            # "To the Integrated Care Board:" over the recommendations addressed to it: their lead agency.
            stack[-1].agency = _addressee(block.text)
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
        stem = STEM.match(block.text) if block.kind in ("heading", "para") else None
        if (
            stem is not None
            and (stem.group("num") or stem.group("after"))
            and (z := zone()) is not None
            and z.kind == "recommendation"
            and DIRECTIVE.search(block.text)
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
            and (group := _outline_group(block.text, following))
        ):
            # "1. Working together" over "1.1 ...", "1.2 ...": a theme grouping the numbered lessons
            # under it, neither a lesson nor a new section.
            outline = group
            current = None
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
            is_title = block is first_heading
            kind = None if is_title else zone_kind(block.text)
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
            summary = bool(SUMMARY_HEADING.search(block.text))
            barrier = bool(NOT_LESSON_HEADING.search(block.text)) and kind is None
            stack.append(_Zone(kind, level, block.text, summary, barrier, page=block.page_start))
            addressed = ADDRESSED_HEADING.search(block.text) if kind == "recommendation" else None
            if (
                addressed
                and AGENCY_NAME.search(addressed.group("who"))
                and not GENERIC_ADDRESSEE.match(addressed.group("who"))
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
                and AGENCY_NAME.search(block.text)
                and len(block.text.split()) <= 6
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
                and enclosing.kind in ("finding", "learning_point")
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

        reported = REPORTED.match(block.text) if block.kind == "para" else None
        if (
            reported is not None
            and (z := zone()) is None
            and not FRONT_MATTER.search(section())
            and not NOT_LESSON_HEADING.search(section())
        ):
            # "The review found that the case was ..." opening a paragraph among narrative: a finding
            # (or, "The review recommends that ...", a recommendation), its text after the cue.
            current = start(_reported_kind(reported), "", block.text[reported.end() :], block)
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
            )
            current.heading_only = False
            current.open = False
            continue

        praised = POSITIVE_CLOSING.search(block.text) if block.kind == "para" and zone() is None else None
        if praised is not None and not FRONT_MATTER.search(section()) and not NOT_LESSON_HEADING.search(section()):
            # "... the case was closed. It is positive that the lead professional ...": good practice
            # acknowledged in passing, that sentence alone; the narrative before it never a lesson.
            current = start("good_practice", "", praised.group("sentence"), block)
            current.heading_only = False
            current.open = False
            continue
        z = zone()
        if z is None and block.kind == "row":
            # Outside any lesson section, a table whose header names a lesson column ("Practice
            # episode | What happened | Learning") gives that column's lessons.
            header = header_columns([c.strip().lower() for c in block.cells])
            if header is not None:
                table_columns = header
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
                and (current.kind == "finding" or _continues(current, block.text))
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
            current = start(item_kind(z.kind), printed, body, block)
            current.item = True  # a list of findings: each item is one
            if z.kind != "recommendation":
                current.title = dash_title(body)  # "Fathers left out – Practitioners did not ..."
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
        if number and COUNTS.match(text[number.end() :]):
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

    # A heading with nothing under it is not a lesson on its own; nor is a plain paragraph under a
    # recommendations heading that asks nothing of anyone ("Conclusions and recommendations").
    drafts = drop_preambles(
        [
            d
            for d in drafts
            if _has_words(draft_text(d))
            and not (d.headed and d.heading_only)
            # a sub-heading whose only text introduces the list after it ("The review found:"): the list's
            # heading, its items the lessons
            and not (d.headed and d.title and len(d.parts) == 2 and d.parts[-1].rstrip().endswith(":"))
            and not (d.plain and d.kind == "recommendation" and not DIRECTIVE.search(draft_text(d)))
            and not (d.plain and PAPER_ASK.search(draft_text(d)))
            and not (d.kind == "recommendation" and NOT_THE_REVIEWS.search(draft_text(d)))
        ]
    )
    for d in drafts:
        if d.opening_title and not d.title:
            d.title = opening_title(draft_text(d))
    lessons = drop_summary_restatements(drop_cited_restatements(_drop_contents_entries(_drop_unrecommending(drafts))))
    for d in lessons:
        led = AGENCY_LEAD.match(d.parts[0]) if d.kind == "recommendation" and not d.agency and d.parts else None
        if (
            led
            and len(led.group("who").split()) <= 6
            and (AGENCY_NAME.search(led.group("who")) or ORGANISATION_WORD.search(led.group("who")))
            and DIRECTIVE.search(led.group("rest"))
        ):
            # "2. Children's Social Care: Children's social care should ...": the lead named before its ask
            d.agency, d.parts[0] = led.group("who"), led.group("rest")
        coded = AGENCY_CODE.fullmatch(d.label)
        if d.kind == "recommendation" and not d.agency and coded and coded.group("code") in codes:
            d.agency = codes[coded.group("code")]  # "CSC2" under a key giving "CSC | Children's Social Care"
    for d in lessons:
        trailing = TRAILING_CODE.search(d.parts[-1]) if d.parts and not d.label else None
        if trailing:
            # "... with the family as a whole. [L2]": the reference printed after the text is its label
            d.label, d.parts[-1] = trailing.group("code"), d.parts[-1][: trailing.start()].rstrip()
    made = [
        Lesson(
            ordinal=i,
            kind=d.kind,
            label=d.label or d.number,
            text=_unquoted(SEE_ALSO.sub("", draft_text(d)).strip()),
            section=d.section,
            page_start=d.page_start,
            page_end=d.page_end,
            agency=d.agency,
            title=SEE_ALSO.sub("", d.title).strip(" .:-–"),
        )
        for i, d in enumerate(lessons, start=1)
    ]
    return own_learning(made, blocks)


# The caption of a box set among narrative paragraphs: "Good practice example", "Learning point";
# alone on its line, or (plain text) run into the paragraph it heads.
_BOXED = (
    r"^\W*(?:an?\s+)?(?:examples?\s+of\s+)?(?P<cue>(?:good|positive|notable|effective)\s+practice|learning\s+point|key\s+learning)"
    r"(?:\s+examples?)?"
)
BOXED_CAPTION = re.compile(_BOXED + r"\W*$", re.I)
BOXED_CAPTION_RUNIN = re.compile(_BOXED + r"\s*[:.\-–]?\s+(?=(?-i:[A-Z]))", re.I)
# A sub-heading naming the readers the lessons under it are for: "If you work in a school",
# "For health practitioners", "For managers and leaders".
AUDIENCE_HEADING = re.compile(
    r"^(?:if\s+you\s+(?:work|are)\s+(?:in|for|with|as|a|an)\b|"
    r"for\s+(?:all\s+|those\s+|staff\s+|people\s+)?(?:[\w'’-]+\s+){0,3}(?:practitioners|professionals|staff|colleagues|teams|"
    r"services|settings|managers|leaders|workers|clinicians|officers|schools)\s*(?:and\s+[\w\s]{1,30})?\W*$)",
    re.I,
)
# A lead-in to what serves a numbered lesson rather than being one: "Suggested actions:", "Measures of success:".
COMPANION = re.compile(
    r"^\W*(?:(?:suggested|proposed|possible|supporting|related|example|key)\s+)?(?:actions?|next\s+steps|tasks|"
    r"measures?(?:\s+of\s+(?:success|impact))?|success\s+(?:measures|criteria)|indicators?|evidence(?:\s+of\s+(?:impact|progress))?|"
    r"how\s+(?:this|progress|it)\s+will\s+be\s+(?:measured|monitored|evidenced)|how\s+we\s+will\s+know)\s*:\s*$",
    re.I,
)
FOOTNOTE = re.compile(r"^\d{1,2}\s+\S")
# A line of a form left to fill in: "Checklist complete  Date: ________".
FORM_BLANK = re.compile(r"_{4,}|\.{8,}\s*$")
# Words quoted and attributed to who said them: "“We all had a piece ...” – practitioner at a learning event".
# The quotation is a whole sentence and the attribution short: "‘Start again syndrome’ – each new worker ..."
# (a term in quotes explained after a dash) is no one's words.
ATTRIBUTED_QUOTE = re.compile(r"^\W{0,2}[\"“‘'][^\"“”]{8,}[.!?…][\"”’']\s*[–—-]\s*[^.!?\"“”]{2,80}$")
# A prompt to the reader, its question after a cue: "Talk about it: how does this apply ...?", "Reflect: ...?".
PROMPT = re.compile(
    r"^(?:talk\s+about\s+it|think\s+about\s+it|discuss|reflect|ask\s+yourself|over\s+to\s+you|for\s+discussion)\s*[:\-–]\s*.*\?\s*$",
    re.I,
)
# A question the review answers, and its answer on the next line: "Q1 What did ...?" / "A. The ...".
QUESTION = re.compile(r"^(?:Q|Question)(?:\s*(?P<num>\d{1,2})\s*[.:)\-–]?|\s*[.:)\-–])\s+(?P<q>[A-Z].{5,300}?\?)\s*$")
ANSWER = re.compile(r"^(?:A|Answer)(?:\s*\d{1,2})?\s*[.:)\-–]\s*(?=\S)")
# "Issue: title" stacked over "Learning: text": the issue titles the learning.
ISSUE_LINE = re.compile(r"^(?:issue|topic|theme|concern|area)\s*:\s*(?P<title>[A-Z][^.!?]{1,120})\.?\s*$", re.I)
# A belief set against what the review found ("Myth:" then "Reality:" or "Fact:").
MYTH = re.compile(r"^(?:the\s+)?myths?\s*[:\-–]\s*", re.I)
REALITY = re.compile(r"^(?:the\s+)?(?:reality|fact|truth)\s*[:\-–]\s*(?=\S)", re.I)
# A paragraph giving the progress of the work on a recommendation.
UPDATE_PARA = re.compile(
    r"^(?:update|progress(?:\s+(?:update|to\s+date|so\s+far))?|current\s+position)(?:\s*\([^()]{1,30}\))?\s*:\s*\S",
    re.I,
)
# The status printed after a recommendation's label: "Recommendation 2 – On track".
STATUS = re.compile(
    r"(?:not\s+yet\s+|partially\s+|part\s+)?(?:complete[d]?|achieved|met)|on\s+track|in\s+progress|delayed|ongoing|not\s+started|"
    r"off\s+track|overdue|closed|open|red|amber|green|blue",
    re.I,
)
# A heading that only counts its entries ("Item 3", "Entry 2"): no lesson's title.
COUNTER_HEADING = re.compile(r"^\W*(?:item|entry|no\.?|number|case)\s*\d{1,2}\W*$", re.I)
# A paragraph number of letters and a number set in the margin: "ES4 The father's ...".
MARGIN_CODE = re.compile(r"^(?P<num>[A-Z]{1,3}\d{1,3})\s+(?=[A-Z][a-z]|[AI]\s+[a-z]|[A-Z]{2,5}\s+[A-Z]?[a-z])")
# A board paper's own ask of its meeting ("The Executive Group is asked to note the report"): never a review's lesson.
PAPER_ASK = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+(?:note|receive|approve|endorse)\b", re.I
)
# The agency a recommendation's label names after it: "(Children's Social Care):", "Health:".
LABEL_AGENCY = re.compile(r"^(?:\((?P<paren>[^()]{2,60})\)\s*[:.\-–—]?|(?P<colon>[A-Z][\w'’ ,&-]{1,50}?):)\s+(?=[A-Z])")
# What a recommendation's own heading prints after its label: "– for the Police", ": to all partner agencies".
# (the addressee named, capitalised: "To improve the health response" is the heading's title, not a lead)
ADDRESSED_LABEL = re.compile(
    r"^[\-–—:.]?\s*(?:for|to)\s+(?:the\s+)?(?P<who>(?-i:[A-Z]|all\s)[^:;.!?]{1,69}?)\s*$", re.I
)
# A reference printed after a lesson's text, in square brackets: "[L1]", "[R2]", "[LP3]", "[F1.2]".
TRAILING_CODE = re.compile(r"(?<=[.!?\"”’)])\s*\[(?P<code>[A-Z]{1,3}\s?\d{1,2}(?:\.\d{1,2})?)\]\s*$")
# An action plan's row the partnership added itself, saying it is none of the review's recommendations:
# "Additional action agreed by the partnership (not a review recommendation)".
NOT_THE_REVIEWS = re.compile(
    r"\bnot\s+(?:a|one\s+of\s+the|part\s+of\s+the|among\s+the)\s+(?:(?:review|reviewer|panel)(?:['’]s)?\s+)?recommendations?\b|"
    r"\b(?:additional|further|own|extra|new)\s+actions?\s+(?:agreed|added|identified|proposed)\s+by\s+the\s+"
    r"(?:partnership|board|partners|safeguarding\s+partners)\b",
    re.I,
)
# "Recommendations for the Police", "Recommendations to health agencies": whom they are addressed to.
ADDRESSED_HEADING = re.compile(r"\brecommendations?\s+(?:for|to)\s+(?:the\s+)?(?P<who>[^:;.]{2,60}?)\s*$", re.I)
# Addressees that are everyone, not one lead agency.
GENERIC_ADDRESSEE = re.compile(
    r"^(?:the\s+)?(?:(?:\w+\s+)?(?:safeguarding\s+)?(?:children\s+)?(?:partnership|board)|(?:safeguarding\s+)?partners|"
    r"(?:all\s+|partner\s+)?agencies|multi-agency)\b",
    re.I,
)
# An audit's or inspection's "Areas for improvement / development": findings, or recommendations where they ask.
AREAS_FOR = re.compile(r"\bareas?\s+for\s+(?:improvement|development)\b", re.I)
ASKS = re.compile(r"\b(?:should|must|needs?\s+to|is\s+to|are\s+to)\b", re.I)
BARE_NUMBER = re.compile(r"^(?P<num>\d{1,2})\s+(?=[A-Z][a-z])")
# A code before a sub-heading's title: "F1 Hidden men", "LP2 Moving families" (a number after letters).
HEADING_CODE = re.compile(r"^(?P<code>[A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?)[.:]?\s+(?=[A-Z])")
# A field answering a recommendation ("Agency response:", "Partnership comment:"): never its lead agency.
RESPONSE_FIELD = re.compile(r"\b(?:response|comments?|reply|update|progress)\b", re.I)
# A cross-reference printed beside a heading: "Finding 2: title (see Recommendations 2 and 3)".
SEE_ALSO = re.compile(
    r"\s*\(\s*see\s+(?:also\s+)?(?:recommendations?|findings?|learning(?:\s+points?)?|lessons?|themes?|paragraphs?|section)\b[^()]{0,60}\)",
    re.I,
)
# Chapters that hold a review's parts, never one theme's title.
CHAPTER = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:analysis|discussion|conclusions?|the\s+review|overview|summary|main\s+report|"
    r"themes?|(?:key\s+)?(?:practice\s+)?episodes?|key\s+themes|part\s+[a-z0-9]+)\b",
    re.I,
)


# The title of a call-out box that holds a lesson ("Key learning", "Practice point", "Learning point 2").
_STOPS = (".", ":", ";", "!", "?", ",")
# A line pointing a lesson to the partnership's priorities or procedures.
CROSS_REFERENCE = re.compile(
    r"^(?:links?\s+to|linked\s+to|see\s+also|related\s+(?:priorit(?:y|ies)|procedures?|policies|guidance))\s*:\s*\S",
    re.I,
)


def _lead_among_fields(text: str) -> re.Match[str] | None:
    """The lead-agency field of a line of several fields split by "|" ("Type: Multi-agency | Lead: Police")."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) < 2:
        return None
    fields = [FIELD_LINE.match(p) for p in parts]
    if not all(fields):
        return None
    return next(
        (
            f
            for f in fields
            if f and AGENCY_HEADER.search(f.group("name")) and not RESPONSE_FIELD.search(f.group("name"))
        ),
        None,
    )


def _heads_bullets(current: Draft | None) -> bool:
    """Whether the lesson is a labelled, titled heading still taking text ("Learning 2: title" on a
    slide over its bullets), whose bullets are then its text, not lessons of their own."""
    return (
        current is not None
        and current.open
        and current.headed
        and bool(current.label)
        and current.kind != "recommendation"
        and not current.item
        and not current.row
    )


# A key to the codes a review labels agencies' recommendations by: "Code | Agency" over "CSC | Children's
# Social Care"; a recommendation labelled "CSC2" is then that agency's.
KEY_HEADER = re.compile(r"^(?:agency\s+)?(?:code|abbreviation|key|ref(?:erence)?)s?$", re.I)
KEY_AGENCY = re.compile(r"^(?:agency|agencies|organisation|organization|partner|service)(?:\s*name)?s?$", re.I)
# Words that make a short name an organisation's: "Early years service", "Youth offending team".
ORGANISATION_WORD = re.compile(
    r"\b(?:services?|team|trust|unit|department|directorate|providers?|settings|practices|commissioners|partners)$",
    re.I,
)
# The agencies together, run in like one agency among them: "Multi-agency working:", "Partnership working:".
JOINT_WORKING = re.compile(
    r"(?:multi[- ]?agency|inter[- ]?agency|partnership|joint)\s+(?:working|practice|response)", re.I
)
AGENCY_LEAD = re.compile(r"^(?P<who>[A-Z][\w'’&,\- ]{1,60}?):\s+(?P<rest>[A-Z].*)$", re.S)
AGENCY_CODE = re.compile(r"(?P<code>[A-Z]{2,5})\s?\d{1,2}(?:\.\d{1,2})?")


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


# A box's caption naming only the kind of the lesson whose heading it sits under ("Finding 1: title",
# then a box headed "The finding"), and a finding's category under it ("Type of finding: ...").
KIND_CAPTION = re.compile(
    r"^(?:the\s+|our\s+)?(?:key\s+)?(?:finding|learning|lesson|learning\s+point|recommendation)\W*$", re.I
)
RUN_IN_CAPTION = re.compile(
    r"^(?:[Tt]he\s+)?(?:[Ff]inding|[Ll]earning|[Ll]esson)\s+(?=(?:The|This|A|An|When|In|On|At|Each|No|Some|There|It|[A-Z][a-z]+\s+(?:was|were|had|did))\b)"
)
# A run-in paragraph giving the reason for the lesson under the same heading ("Rationale: ... (See
# Finding 1.)", "Why we make this recommendation: ..."): context for the reader, never a lesson nor its text.
RATIONALE_CUE = re.compile(
    r"^(?:rationale|reasons?|reasoning|justification|context|why\s+(?:this|we\s+(?:make|made))(?:\s+[a-z]+){0,3})"
    r"(?:\s+for\s+(?:this|the)\s+(?:recommendation|finding))?\s*:\s+\S",
    re.I,
)
# A run-in paragraph of commentary on the case after a lesson's statement under its labelled heading
# ("Commentary: ...", "Reviewer's comments: ...", "Evidence from this case: ..."): narrative, never the lesson.
COMMENTARY_CUE = re.compile(
    r"^(?:(?:the\s+)?(?:lead\s+)?reviewer(?:['’]s)?\s+|case\s+|further\s+)?(?:commentary|comments?|discussion|"
    r"evidence\s+(?:from|in)\s+(?:this|the)\s+(?:case|review)|case\s+examples?|what\s+happened\s+in\s+this\s+case)\s*:\s+\S",
    re.I,
)
KIND_CUE = re.compile(r"^(?:the\s+)?(?:finding|learning|lesson|recommendation|good\s+practice)\s*:\s+(?=\S)", re.I)
FINDING_TYPE = re.compile(
    r"^(?:type|category|kind)\s+of\s+(?:finding|learning|issue)\s*:|^(?:finding|learning)\s+(?:type|category)\s*:", re.I
)


OUTLINE_HEADING = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[A-Z][^.:;!?]{2,80})$")


# A caption over the case events a lesson rests on ("Evidence from this case:", "What happened in this
# case:"): the bullets under it are narrative, never lessons nor part of one.
EVIDENCE_CAPTION = re.compile(
    r"^(?:the\s+)?(?:evidence|examples?|what\s+happened|how\s+this\s+(?:showed|was\s+seen))(?:\s+(?:from|in)\s+(?:this|the)\s+"
    r"(?:case|review|family))?(?:\s+(?:includes?|was|were))?\s*:$",
    re.I,
)


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


def _without_evidence(blocks: list[Block]) -> list[Block]:
    """Blocks less an evidence caption and the unnumbered bullets under it, up to the next heading or
    numbered item."""
    kept: list[Block] = []
    evidence = False
    for block in blocks:
        if block.kind == "para" and EVIDENCE_CAPTION.match(block.text.strip()):
            evidence = True
            continue
        if evidence and block.kind == "item" and not (ITEM_NUMBER.match(block.text) or PARA_NUMBER.match(block.text)):
            continue
        evidence = False
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
    title (continued)"): the text under it carries on the lesson it repeats."""
    seen: set[str] = set()
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            bare = CONTINUED.sub("", block.text).strip().casefold()
            if bare != block.text.strip().casefold() and bare in seen:
                continue
            seen.add(bare)
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


def _without_captions(blocks: list[Block]) -> list[Block]:
    """Blocks less the caption of a box holding a labelled heading's lesson (the box's text then
    reads as that lesson's) and the finding-type lines printed under it."""
    kept: list[Block] = []
    under_label = False  # the nearest heading above is a lesson's label ("Finding 2: ...")
    for block in blocks:
        if FINDING_TYPE.match(block.text) and len(block.text.split()) <= 12:
            continue
        if block.kind == "heading":
            under_label = bool(LABEL.match(block.text))
        elif under_label and block.kind == "para" and COMMENTARY_CUE.match(block.text):
            continue  # the reviewer's commentary on the evidence after the lesson's statement: never the lesson
        after_label = bool(kept) and kept[-1].kind == "heading" and bool(LABEL.match(kept[-1].text))
        if block.kind == "heading" and KIND_CAPTION.match(block.text) and after_label:
            continue
        if block.kind == "para" and after_label and RATIONALE_CUE.match(block.text):
            continue
        if block.kind == "para" and after_label and (cue := KIND_CUE.match(block.text)):
            block = replace(block, text=block.text[cue.end() :])  # "Recommendation: ..." under "Recommendation 1"
        if block.kind == "para" and after_label and (caption := RUN_IN_CAPTION.match(block.text)):
            block = replace(block, text=block.text[caption.end() :])  # plain text runs the caption into the box
        elif (
            block.kind == "para"
            and EVIDENCE_HEADING.search(block.text)
            and block.text.endswith("?")
            and len(block.text.split()) <= 14
        ):
            block = replace(block, kind="heading", level=block.level or 3)  # an evidence question set as a plain line
        kept.append(block)
    return kept


BOX_CUE = re.compile(
    r"^(?P<cue>key\s+learning(?:\s+points?)?|learning\s+points?|practice\s+points?|key\s+messages?|lessons?\s+learn(?:ed|t)|"
    r"key\s+findings?|learning|good\s+practice)(?:\s+\d{1,2})?\s*[:.\-–]?(?:\s+(?P<rest>[A-Z].*))?$",
    re.I | re.S,
)


# A box's caption naming learning from some review ("Learning from a local review"), run into its text
# where plain text cannot set it apart.
REVIEW_BOX_CAPTION = re.compile(
    r"^(?P<caption>(?:key\s+)?(?:learning|lessons?)\s+(?:drawn\s+)?from\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}review|"
    # a finding's part on what went well, run into its text: "What worked well Managers supported ..."
    r"what\s+(?:worked|went)\s+well)"
    r"\s*[:.\-–]?\s+(?=(?-i:[A-Z]))",
    re.I,
)


def _box_captions(blocks: list[Block]) -> list[Block]:
    """Blocks with a paragraph opening with a box's caption ("Learning from a local review The
    family ...") split into the caption, a heading, and the box's text."""
    kept: list[Block] = []
    for block in blocks:
        match = REVIEW_BOX_CAPTION.match(block.text) if block.kind == "para" else None
        if match is None:
            kept.append(block)
            continue
        kept.append(replace(block, kind="heading", text=match.group("caption"), level=block.level or 3, lead=""))
        kept.append(replace(block, text=block.text[match.end() :], lead=""))
    return kept


def _sidebar(block: Block) -> tuple[str, str] | None:
    """(cue, text) of a row whose last cell is a lesson box ("Key learning ...") beside a narrative
    cell of its own; the text is "" when the box's title stands alone in its cell."""
    cells = [c.strip() for c in block.cells]
    if block.kind != "row" or len(cells) != 2 or len(cells[0]) < 60 or not cells[0].rstrip().endswith((".", "?", "!")):
        return None
    match = BOX_CUE.match(cells[1])
    if match is None:
        return None
    return match.group("cue"), (match.group("rest") or "").strip()


# A title set in capitals, alone or run into its text: "DOMESTIC ABUSE AND THE HEALTH SERVICE The mother ...".
CAPS_TITLE = re.compile(
    r"^(?P<title>(?:[A-Z][A-Z'’&,-]*\s+){1,11}[A-Z][A-Z'’&-]+)(?:\s+(?P<rest>[A-Z][a-z].*))?$", re.S
)
DATE_WORD = re.compile(
    r"^(?:spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|issue|edition|volume|page)$",
    re.I,
)


def _paired_lines(block: Block, following: Block | None) -> tuple[str, str, str] | None:
    """(label, title, kind) of a line that heads the paragraph after it as one lesson: a question over
    its answer ("Q2 What did ...?" / "A. ..."; a finding unless the section says otherwise) or an
    issue over its learning ("Issue: title" / "Learning: ..."); None for any other line."""
    if following is None or following.kind != "para":
        return None
    question = QUESTION.match(block.text)
    if question and ANSWER.match(following.text):
        return f"Q{question.group('num')}" if question.group("num") else "", question.group("q").strip(), ""
    issue = ISSUE_LINE.match(block.text)
    cue = CUE_PREFIX.match(following.text)
    if issue and cue and not cue.group("cue").lower().startswith("recommend"):
        return "", issue.group("title").strip(), kind_of_label(cue.group("cue"))
    return None


def _after_cue(text: str) -> str:
    """A paragraph's text after the cue that opens it ("A. ", "Learning: ")."""
    match = ANSWER.match(text) or CUE_PREFIX.match(text)
    return text[match.end() :] if match else text


def _bilingual_label(text: str) -> str:
    """The English half of a heading that prints a label in two languages, the same number in each,
    either way round ("Canfyddiad 1 / Finding 1: title", "Finding 1 / Canfyddiad 1: title" -> "Finding
    1: title"); "" for any other heading."""
    match = re.match(r"^(?P<first>[^/|:]{2,40}?)\s+/\s+(?P<second>[^/|:]{2,40}?)(?P<title>\s*[:\-–—].*)?$", text)
    if not match:
        return ""
    halves = [match.group("first").strip(), match.group("second").strip()]
    labels = [LABEL.fullmatch(h.rstrip(" .")) for h in halves]
    numbers = [re.findall(r"\d+", h) for h in halves]
    if sum(1 for label in labels if label) != 1 or numbers[0] != numbers[1] or len(numbers[0]) != 1:
        return ""
    english = halves[0] if labels[0] else halves[1]
    return english + (match.group("title") or "")


def _unquoted(text: str) -> str:
    """A lesson printed whole as a quotation ("“The mother's new partner ...”" in a key-message box):
    the words inside the marks."""
    match = re.fullmatch(r"[\"“‘'](?P<inner>[^\"“”]{8,})[\"”’']", text)
    return match.group("inner").strip() if match else text


def _has_words(text: str) -> bool:
    """Whether a lesson's text says anything: not only a date, an issue or page number ("| Summer 2017",
    what a newsletter's masthead "Issue 16 | Summer 2017" leaves after its label)."""
    return any(not DATE_WORD.match(w) for w in re.findall(r"[A-Za-z]{3,}", text))


# What a contents entry leaves as a lesson's text: titles each followed by a page number ("Hidden men 4").
CONTENTS_TEXT = re.compile(r"^(?:[A-Z][^.!?:;]{1,90}?\s+\d{1,3}\s*)+$")


def _drop_contents_entries(drafts: list[Draft]) -> list[Draft]:
    """A labelled entry whose text is only titles and page numbers ("Finding 1 Hidden men 4"), its
    label printed again on a lesson later: a contents list under a heading that does not say so."""
    out = []
    for index, draft in enumerate(drafts):
        text = draft_text(draft)
        if (
            draft.label
            and CONTENTS_TEXT.match(text)
            and any(later.label == draft.label and later.kind == draft.kind for later in drafts[index + 1 :])
        ):
            continue
        out.append(draft)
    return out


def _ungroup(draft: Draft) -> None:
    """A row lesson whose theme cell turned out to span further rows: the theme is no title of it."""
    if draft.parts and draft.parts[0].startswith(draft.title + " "):
        draft.parts[0] = draft.parts[0][len(draft.title) + 1 :]
    draft.title = ""


def _outline_group(text: str, following: Block | None) -> str:
    """The number of a numbered title ("2. Leadership and the workforce") whose next block is numbered
    under it ("2.1 All agencies should ..."): a group of lessons in a two-level outline; else ""."""
    titled = numbered_title(text) or (
        (heading_number(text).rstrip("."), strip_number(text))
        if re.fullmatch(r"\d{1,2}\.?", heading_number(text)) and title_line(strip_number(text))
        else None
    )
    sub = PARA_NUMBER.match(following.text) if following is not None else None
    if titled is None and sub and title_line(text) and not zone_kind(text):
        # "Hidden men" (its number a list's, not printed in the text) over "1.1 ...": the group of "1."
        return sub.group("num").split(".")[0]
    if titled is None or not titled[0].isdigit() or following is None or zone_kind(titled[1]):
        return ""
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


# A numbered paragraph that states the recommendation it is: "5.3 It is recommended that ...".
RECOMMENDING = re.compile(
    r"^(?:it\s+is\s+(?:therefore\s+)?recommended\s+that|(?:the\s+)?(?:review(?:er)?|panel|review\s+team|we)\s+"
    r"(?:therefore\s+|also\s+)?recommends?\s+that)\b",
    re.I,
)
NUMBERED_PARAGRAPH = re.compile(r"^\d{1,2}\.\d{1,2}$")


def _drop_unrecommending(drafts: list[Draft]) -> list[Draft]:
    """Drafts less the numbered paragraphs of a chapter of conclusions and recommendations that state
    none ("5.1 The review has found ...") when the chapter's recommendations each say they are one
    ("5.3 It is recommended that ..."): those paragraphs are the chapter's narrative."""
    numbered = [
        d
        for d in drafts
        if d.kind == "recommendation" and d.zone and d.parts and NUMBERED_PARAGRAPH.match(d.label or d.number)
    ]
    stating = {d.zone for d in numbered if RECOMMENDING.match(d.parts[0].strip())}
    dropped = {
        id(d)
        for d in numbered
        if d.zone in stating
        and not RECOMMENDING.match(d.parts[0].strip())
        and not re.search(r"\b(?:should|must)\b", draft_text(d), re.I)
    }
    return [d for d in drafts if id(d) not in dropped]


# A chronology's comment that states learning: "Learning: Services worked with ...".
COMMENT_LEARNING = re.compile(
    r"^(?:key\s+)?(?:learning(?:\s+points?)?|lessons?(?:\s+learn(?:ed|t))?)\s*:\s+(?=[A-Z])", re.I
)


def _chronology_learning(block: Block) -> str | None:
    """The learning in a dated chronology row's last cell, after its cue (None when it states none)."""
    cells = [c.strip() for c in block.cells]
    if len(cells) < 3 or not event_date(cells[0]):
        return None
    cue = COMMENT_LEARNING.match(cells[-1])
    return cells[-1][cue.end() :] if cue else None


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


def _body_size(blocks: list[Block]) -> float:
    """The type size most paragraphs are set in (0 when the format has no sizes)."""
    sizes = [round(b.size * 2) / 2 for b in blocks if b.kind == "para" and b.size > 0]
    return max(set(sizes), key=sizes.count) if sizes else 0.0


def _footnote(block: Block, body_size: float) -> bool:
    """A paragraph of notes: numbered ("1 HM Government (2018) ..."), in type clearly smaller than the body."""
    return (
        block.kind == "para"
        and body_size > 0
        and 0 < block.size <= body_size - 1.5
        and bool(FOOTNOTE.match(block.text))
    )


def _cover_title(blocks: list[Block]) -> Block | None:
    """The first heading, when it is on page 1 and set above every other heading."""
    headings = [b for b in blocks if b.kind == "heading" and not LABEL.match(b.text)]
    if not headings or headings[0].page_start != 1:
        return None
    first, others = headings[0], headings[1:]
    if not others:
        return first if DOCUMENT_TITLE.search(first.text) else None
    if first.size > 0 and first.size > max(b.size for b in others):
        return first
    if first.level and first.level < min(b.level or 9 for b in others):
        return first
    return None


# A review template's instruction to its writer, left in the published report: "To include here: ...",
# "Identify each individual learning point ...", "Outline the ...".
TEMPLATE_INSTRUCTION = re.compile(
    r"^(?:to\s+include\s+here\b|(?:identify|describe|outline|summarise|summarize|insert|list)\s+(?:each|all|any|the|here|how|what|briefly)\b)",
    re.I,
)
SINGLE_AGENCY_PLAN = re.compile(r"^(?P<agency>[A-Z][\w' ]{1,60}?)\s*[:\-–]\s*single[- ]agency\s+action\s+plan\b", re.I)
# A numbered stem whose parts follow: "1. The Partnership should:" (or "The Partnership should: 1.").
# The number may run to three levels ("5.1.1 The safeguarding partners should seek assurance that:").
STEM = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2}){1,2}|\d{1,2}(?=[.)]))[.)]?\s+)?(?P<body>[A-Z][^.:;]{2,120}:)(?:\s+(?P<after>\d{1,2})\.)?\s*$"
)
# An addressee line over recommendations: "To the Integrated Care Board:", "To all partner agencies:".
ADDRESSEE = re.compile(r"^(?:to|for)\s+(?:the\s+)?(?P<who>[^:.;]{2,70}?)\s*:\s*$", re.I)


def _addressee(text: str) -> str:
    """The agency a sub-heading or addressee line names, without "To the" ("To the Police:" -> "Police")."""
    text = text.strip(" :")
    match = ADDRESSEE.match(text + ":")
    who = match.group("who") if match else text
    return who[:1].upper() + who[1:]


BOARD_QUESTIONS = re.compile(r"\bquestions?\s+(?:for|to)\s+(?:the\s+)?(?:board|partnership|executive|leaders?)\b", re.I)


def _asks_the_board(zone: _Zone) -> bool:
    """A "Questions for the Board" section: its questions are the Board's agenda, so recommendations
    (questions put to practitioners or the reader stay out)."""
    return zone.kind == "recommendation" and bool(BOARD_QUESTIONS.search(zone.heading))


def _display_numeral(block: Block, body_size: float) -> bool:
    """A number alone on its line in display type ("1" set three times the body's size; in a format
    that gives no sizes, a paragraph of a number alone)."""
    return (
        block.kind in ("para", "heading")
        and re.fullmatch(r"\d{1,2}", block.text.strip()) is not None
        and (block.size >= 1.6 * body_size if body_size > 0 else block.size == 0)
    )


def _emphasised(block: Block) -> list[str]:
    """The whole sentences a paragraph of plain text sets in bold (a learning point inside the
    narrative); not the bold run that opens it (a run-in heading or label), nor a few bold words."""
    runs = []
    for run in block.emphasis:
        if run == block.lead or block.text.startswith(run) or len(run) > 0.8 * len(block.text):
            continue
        if run[:1].isupper() and run.endswith((".", "!", "?")) and len(run.split()) >= 8:
            runs.append(run)
    return runs


def _continues(draft: Draft, text: str) -> bool:
    """A paragraph that carries on the lesson before it rather than starting one:
    the lesson so far is only its label ("Learning point 3"), or ends with a colon."""
    return not draft.parts or draft.parts[-1].rstrip().endswith(":")
