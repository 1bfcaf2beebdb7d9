"""Ingest stage: lesson segmentation, the walk over a review's blocks.

`LessonWalk` holds the walk's state: the drafts cut so far, the headings in force (the zone stack), the
lesson being read and what the blocks before told of the blocks after. `run` hands each block to the
steps of STEPS in turn, the first that consumes it ending that block's turn; a step that only notes
something of the block (or reads it anew, as a heading or an item) lets the next steps see it.

The steps are grouped by the blocks they read: ingest/lesson_walk_asides.py (blocks set aside before any
lesson rule), lesson_walk_carry.py (text carried on over a page or a list), lesson_walk_boxes.py (lessons
set apart from the narrative), lesson_walk_fields.py (labels, fields, addressees and groups before
headings), lesson_walk_headings.py (an unlabelled heading), lesson_walk_labels.py (a labelled heading or
paragraph), lesson_walk_narrative.py (lessons among narrative, outside any lesson section),
lesson_walk_cases.py (a chapter per case in a review of several children),
lesson_walk_items.py and lesson_walk_paras.py (rows, items and paragraphs inside a lesson section);
furniture set aside in lesson_walk_page_navigation.py (a page's links to its sections, its line of page
links), lesson_walk_chapter_openers.py (a chapter opener's bare number) and lesson_walk_reference_tables.py
(a glossary or a summary of contacts between lessons).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.layout import Block
from ingest.lesson_agency_groups import two_kinds
from ingest.lesson_agency_lines import note_on_marked_agency
from ingest.lesson_cues import left_margin
from ingest.lesson_decks import deck_under_title
from ingest.lesson_delimited import delimited_rows
from ingest.lesson_drafts import Draft
from ingest.lesson_findings_subheading import findings_under_subheading, narrative_before_findings
from ingest.lesson_helpers import _body_size, _cover_title, _cover_title_under_name, _Zone
from ingest.lesson_passes import _agency_codes, pruned, reshaped
from ingest.lesson_patterns import APPENDIX_HEADING, AREAS_FOR, ASKS, SINGLE_AGENCY_PLAN
from ingest.lesson_sub_item_labels import sub_item_lesson
from ingest.lesson_subheads import body_type_subheadings
from ingest.lesson_table_columns import Columns
from ingest.lesson_table_groups import table_agency_group
from ingest.lesson_walk_asides import (
    agency_key_row,
    begin_block,
    bilingual_label,
    boxed_caption,
    chronology_row,
    companion_heading,
    companion_item,
    cross_reference,
    explainer_box,
    footnote,
    form_blank_quote_or_prompt,
    margin_note_row,
    marks_matrix_row,
    reader_questions_after,
    recommendation_fields_row,
    reminder_box,
    running_header,
)
from ingest.lesson_walk_boxes import (
    display_numeral,
    emphasised_sentences,
    myth,
    numbered_subheading,
    paired_lines,
    reality_after_myth,
    side_headed,
    sidebar_box,
    stated_lesson_para,
    update_or_assent,
)
from ingest.lesson_walk_carry import (
    announced_list,
    cell_over_page,
    contents,
    item_over_page,
    second_row_beside_theme,
    sentence_over_page,
    unmarked_bullet,
)
from ingest.lesson_walk_cases import case_chapter_learning
from ingest.lesson_walk_chapter_openers import chapter_number
from ingest.lesson_walk_closing_findings import finding_closing_a_chapter
from ingest.lesson_walk_fields import (
    addressee,
    finding_resumes,
    heading_sentence,
    list_addressed_to,
    numbered_title_heading,
    outline_group,
    read_label,
    recommendation_field,
    recommendation_stem,
    title_under_label,
    valediction,
)
from ingest.lesson_walk_headings import section_heading
from ingest.lesson_walk_items import (
    finding_part,
    list_item,
    numbered_introduction,
    numbered_lesson,
    numbered_title_item,
    read_text,
    titled_bullet,
    zone_row,
)
from ingest.lesson_walk_labels import labelled
from ingest.lesson_walk_narrative import (
    lessons_listed_inline,
    outside_zone,
    practice_verdict,
    praised_in_passing,
    recommendation_cited,
    reported_in_narrative,
    run_in_cue,
)
from ingest.lesson_walk_page_navigation import page_links, section_link
from ingest.lesson_walk_paras import (
    agency_over_recommendations,
    agency_run_in,
    bold_run_in,
    capitals_title,
    continues_lesson,
    cue_paragraph,
    introduction_or_question,
    introduction_to_list,
    opening_title_run,
    plain_paragraph,
    preamble,
    reported_recommendation,
    template_instruction,
    title_after_label,
    title_line_para,
)
from ingest.lesson_walk_records import Record, record_table_row
from ingest.lesson_walk_reference_tables import reference_table_row
from ingest.lesson_walk_themes import theme_over_questions, theme_over_run_in_lesson


@dataclass
class LessonWalk:
    """The state of the walk over a review's blocks (made by `over`), and the lesson drafts it cuts."""

    blocks: list[Block]  # the blocks walked, once pruned and reshaped
    first_heading: Block | None  # the first heading of the cover
    cover_title: Block | None  # the review's title on the cover ("Learning from Child E")
    deck_title: Block | None  # a slide deck's title naming its learning
    plan_agency: str  # the agency of a single agency's action plan: every recommendation in it is its
    margin: float  # the body's left margin
    body_size: float  # the body's type size
    codes: dict[str, str]  # the agencies a key table names by code
    key_rows: set[int]  # the key's rows (by id)
    drafts: list[Draft] = field(default_factory=list)
    stack: list[_Zone] = field(default_factory=list)  # headings in force, outermost first
    current: Draft | None = None
    table_columns: Columns | None = None
    agency_groups: set[int] = field(default_factory=set)  # zones whose lead agency an agency's group line set
    # theme headings under a learning section: findings once analysed
    analysed_themes: set[int] = field(default_factory=set)
    # a labelled heading's lesson and its level: question sub-headings answer it
    owner: tuple[Draft, int] | None = None
    listed: str | None = None  # the kind a prose sentence ending in ":" announced for the items after it
    # lessons opening with their title phrase, run in, in plain text (by id)
    run_in_titled: set[int] = field(default_factory=set)
    # theme sub-headings that title a run-in "Finding:" paragraph under them
    run_in_themes: set[int] = field(default_factory=set)
    companion: bool = False  # in the steps listed under a numbered lesson ("Suggested actions:")
    previous: Block | None = None
    skip_next: Block | None = None  # a block already read as part of the one before it
    explained: set[int] = field(default_factory=set)  # the further paragraphs of an explainer box (by id): skipped
    unmarked: list[Block] = field(default_factory=list)  # paragraphs read as items whose bullets a scan lost
    # the number of the outline group ("1. Working together") the numbered lessons sit under
    outline: str = ""
    # the number of the paragraph introducing the lettered items after it ("5.2.1 ... agencies:")
    introduced: str = ""
    # the learning a chronology's comment cell stated, while its row goes on
    chronology_note: Draft | None = None
    # the record a record table's header row named ("Ref. | R1"), while its field rows go on
    record: Record | None = None
    # the block in hand, read anew by the steps as they go
    index: int = 0
    block: Block = field(init=False)
    following: Block | None = None  # the block after it
    block_before: Block | None = None  # the block before it
    label: re.Match[str] | None = None  # its label ("Finding 2", "R1")
    z: _Zone = field(init=False)  # inside a lesson section: that section
    text: str = ""  # inside a lesson section: its text
    number: re.Match[str] | None = None  # inside a lesson section: its number ("4.2", "1a.")
    item: bool = False  # inside a lesson section: whether it is a list item

    @classmethod
    def over(cls, blocks: list[Block]) -> LessonWalk:
        """The walk's start over a review's blocks: pruned, reshaped, its cover and its codes known."""
        first_heading = _cover_title(blocks)
        cover_title = first_heading or _cover_title_under_name(blocks)
        blocks, deck_title = deck_under_title(blocks, cover_title)
        blocks = delimited_rows(pruned(blocks, first_heading))
        # "Integrated Care Board: Single Agency Action Plan - ...": every recommendation in it is that agency's.
        plan = next((m for b in blocks if b.page_start == 1 and (m := SINGLE_AGENCY_PLAN.match(b.text))), None)
        plan_agency = plan.group("agency").strip() if plan else ""
        margin = left_margin(blocks)
        body_size = _body_size(blocks)
        blocks = reshaped(body_type_subheadings(blocks, body_size))
        codes, key_rows = _agency_codes(blocks)
        return cls(blocks, first_heading, cover_title, deck_title, plan_agency, margin, body_size, codes, key_rows)

    def run(self) -> list[Draft]:
        """Every block through the steps, in order, until one consumes it; the drafts cut."""
        for index, block in enumerate(self.blocks):
            self.index, self.block = index, block
            for step in STEPS:
                if step(self):
                    break
        return self.drafts

    def zone(self) -> _Zone | None:
        """The innermost lesson section in force, or None (none, or a barrier heading above it)."""
        for z in reversed(self.stack):
            if z.kind:
                return z
            if z.barrier:
                return None
        return None

    def section(self) -> str:
        """The heading the block sits under ("" before any)."""
        return self.stack[-1].heading if self.stack else ""

    def in_summary(self) -> bool:
        """Whether a summary heading is in force."""
        return any(z.summary for z in self.stack)

    def start(self, kind: str, label: str, text: str, block: Block, agency: str = "") -> Draft:
        """A new draft lesson in the section in force, appended to the drafts."""
        z = self.zone()
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
            agency = next((s.agency for s in reversed(self.stack) if s.agency), "") or self.plan_agency
        elif not agency and z is not None and kind in ("learning_point", "good_practice"):
            agency = z.learned_by  # under "What Police learned": the Police's own learning
        # A summary or an appendix may repeat the body's lessons: marked so the body's are kept.
        restating = self.in_summary() or any(APPENDIX_HEADING.search(s.heading) for s in self.stack)
        draft = Draft(
            kind,
            label,
            [text] if text else [],
            self.section(),
            block.page_start,
            block.page_end,
            agency,
            restating,
            zone=z.serial if z else 0,
            number=block.number,
        )
        if kind == "recommendation" and z is not None:
            draft.unasked = two_kinds(z.heading)
        self.drafts.append(draft)
        return draft

    def start_whole(self, kind: str, label: str, text: str, block: Block, agency: str = "") -> Draft:
        """A draft lesson its block states whole: made current, with text of its own, and closed to what follows."""
        self.current = self.start(kind, label, text, block, agency)
        self.current.heading_only = False
        self.current.open = False
        return self.current


# The steps in the order the walk tries them on each block; the first to return True consumes the block.
STEPS: tuple[Callable[[LessonWalk], bool], ...] = (
    agency_key_row,
    begin_block,
    running_header,
    page_links,
    chapter_number,
    cross_reference,
    recommendation_fields_row,
    record_table_row,
    chronology_row,
    reference_table_row,
    marks_matrix_row,
    margin_note_row,
    footnote,
    note_on_marked_agency,
    bilingual_label,
    form_blank_quote_or_prompt,
    reader_questions_after,
    explainer_box,
    reminder_box,
    companion_heading,
    boxed_caption,
    companion_item,
    unmarked_bullet,
    sentence_over_page,
    cell_over_page,
    item_over_page,
    second_row_beside_theme,
    announced_list,
    contents,
    stated_lesson_para,
    emphasised_sentences,
    sidebar_box,
    section_link,
    side_headed,
    display_numeral,
    paired_lines,
    myth,
    reality_after_myth,
    update_or_assent,
    numbered_subheading,
    read_label,
    title_under_label,
    recommendation_field,
    list_addressed_to,
    addressee,
    numbered_title_heading,
    finding_resumes,
    valediction,
    recommendation_stem,
    outline_group,
    heading_sentence,
    table_agency_group,
    theme_over_questions,
    finding_closing_a_chapter,
    section_heading,
    theme_over_run_in_lesson,
    labelled,
    recommendation_cited,
    lessons_listed_inline,
    reported_in_narrative,
    run_in_cue,
    praised_in_passing,
    practice_verdict,
    case_chapter_learning,
    outside_zone,
    zone_row,
    read_text,
    sub_item_lesson,
    titled_bullet,
    numbered_title_item,
    list_item,
    finding_part,
    numbered_introduction,
    findings_under_subheading,
    narrative_before_findings,
    numbered_lesson,
    capitals_title,
    agency_over_recommendations,
    agency_run_in,
    bold_run_in,
    opening_title_run,
    title_after_label,
    title_line_para,
    introduction_to_list,
    continues_lesson,
    reported_recommendation,
    cue_paragraph,
    template_instruction,
    introduction_or_question,
    preamble,
    plain_paragraph,
)
