"""Ingest stage: lesson segmentation - insets printed inside the flow of the text.

Passes run before the walk (ingest/lessons.py, through lesson_passes.pruned and reshaped) that
put back the reading order a page's typography breaks:

- a captioned box of the case's events inside a lesson ("Case example" and its paragraph,
  between a finding's two halves), a figure printed inside a lesson ("Figure 1: ..." over its
  dated lines and "Source: ..."), and a sidebar of key terms between a lesson's sentences: never
  lessons nor part of one, so the lesson's two halves join;
- a table set between the two halves of a labelled lesson ("Finding 1: title", its first sentence, a
  "What should have happened | What happened" table, the rest): never part of it nor lessons;
- a good practice box set in the middle of other text (a narrative paragraph, or a section's
  numbered recommendations after it): moved after that text, so the text goes on under its own
  heading and the box stands alone.

A box's body is the run of blocks set in its own type (a PDF's smaller size, its inset); in a
format without layout it is the one paragraph under the caption.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_patterns import LABEL

# A box of what the lesson meant for the child, in the child's or a parent's words, what research says of it, or
# an episode of the case: "What this looked like for <child>", "In her words", "<child>'s experience".
BOX_NAMES = (
    r"what\s+(?:this|it)\s+(?:looked|felt)\s+like(?:\s+for\s+\S+(?:\s+\S+)?)?|"
    r"in\s+(?:her|his|their|\S+(?:\s+\S+)?['’]s)\s+(?:own\s+)?words|"
    r"(?!the\b)\S+(?:\s+\S+)?['’]s\s+(?:lived\s+)?experience|"
    r"what\s+(?:the\s+)?research\s+(?:tells\s+us|says|shows)|key\s+practice\s+episode\s+\d{1,2}"
)
NAMED_BOX = re.compile(r"^\W*(?:" + BOX_NAMES + r")\W*$", re.I)
# The caption of a box telling an episode of the case: "Case example", "Case study 2", "Example from the case".
CASE_CAPTION = re.compile(
    r"^\W*(?:(?:a\s+)?case\s+(?:example|study|illustration|vignette|scenario)s?(?:\s+\d{1,2})?|"
    r"(?:an\s+)?example\s+from\s+(?:the|this)\s+(?:case|review|records?)|in\s+this\s+case|" + BOX_NAMES + r")\W*$",
    re.I,
)
# The caption of a list set into a lesson: the case's dated contacts, or the actions already taken on it.
LIST_CAPTION = re.compile(
    r"^\W*(?:key\s+(?:contacts|events|dates)|actions?\s+(?:already\s+)?taken(?:\s+so\s+far)?)\s*:?\s*$", re.I
)
# The same caption run into its box's text, as a plain text prints a box ("Case example In March the ..."); a
# box named by what it shows before a capital only.
CASE_RUNIN = re.compile(
    r"^(?:(?:case\s+(?:example|study|illustration|vignette|scenario)(?:\s+\d{1,2})?)\s*:?\s+(?=[A-Z0-9])|"
    r"(?:" + BOX_NAMES + r")\s*:?\s+(?-i:(?=[A-Z0-9])))",
    re.I,
)
# A figure's caption: "Figure 1: Agencies' contact with the family", "Chart 2 - Referrals by month".
FIGURE_CAPTION = re.compile(r"^(?:figure|fig\.|chart|diagram|graph|timeline)\s+\d{1,2}[a-z]?\b\s*[:.\-–—]?", re.I)
# A table's caption: "Table 1: Absences recorded by each setting".
TABLE_CAPTION = re.compile(r"^(?:table|figure|fig\.|chart)\s+\d{1,2}[a-z]?\b", re.I)
# The line closing a figure: its source or a note on it.
FIGURE_SOURCE = re.compile(r"^(?:source|sources|note|notes|key)\s*:\s+\S", re.I)
# A sidebar of words defined for the reader: "Key terms: a strategy discussion is ...", "Definition: ...".
TERMS_SIDEBAR = re.compile(
    r"^(?:key\s+terms?|definitions?|glossary|jargon\s+buster|what\s+the\s+terms?\s+mean)\s*:\s+\S", re.I
)
# A sentence's end: a figure's lines are labels, never sentences.
SENTENCE_END = re.compile(r"[.!?]['\"’”)]?$")


def _caption(block: Block) -> bool:
    """Whether a block is a box's caption: a heading, or a short paragraph in bold."""
    if block.kind == "heading":
        return True
    return block.kind == "para" and (block.bold or block.text in block.emphasis) and len(block.text.split()) <= 8


def _box_end(blocks: list[Block], at: int) -> int:
    """The index after the body of the box captioned at `at`: the paragraphs after it in the caption's
    type (size and inset) when the format gives them, else the one paragraph after it."""
    caption = blocks[at]
    if caption.size and caption.x0:
        end = at + 1
        while (
            end < len(blocks)
            and blocks[end].kind == "para"
            and not _caption(blocks[end])
            and blocks[end].size <= caption.size + 0.2
            and blocks[end].x0 >= caption.x0 - 0.5
        ):
            end += 1
        return end
    return at + 2 if at + 1 < len(blocks) and blocks[at + 1].kind == "para" else at + 1


def _sibling(caption: Block, outer: Block | None) -> bool:
    """Whether a named box's caption is a heading at its section's own level (or above): a section of its own
    beside the lesson over it ("What the research tells us" after "Practice issue 1"), not a box inside it."""
    return (
        caption.kind == "heading"
        and outer is not None
        and NAMED_BOX.match(caption.text.strip()) is not None
        and 0 < caption.level <= outer.level
    )


def _items_end(blocks: list[Block], start: int) -> int:
    """The index after the run of list items from `start`."""
    end = start
    while end < len(blocks) and blocks[end].kind == "item":
        end += 1
    return end


def _smaller(block: Block, than: Block) -> bool:
    return bool(block.size and than.size) and block.size < than.size - 0.2


def without_insets(blocks: list[Block]) -> list[Block]:
    """Blocks less the case examples, figures and key-term sidebars printed between a lesson's
    paragraphs (a paragraph before them): never lessons nor part of the lesson around them."""
    kept: list[Block] = []
    index = 0
    heading: Block | None = None
    while index < len(blocks):
        block = blocks[index]
        before = kept[-1] if kept else None
        text = block.text.strip()
        outer = heading  # the heading the block is printed under
        if block.kind == "heading":
            heading = block
        if before is None or before.kind != "para":
            kept.append(block)
            index += 1
            continue
        if heading is not None and LABEL.match(heading.text.strip()) and block.kind in ("row", "para"):
            end = _table_end(blocks, index, before)
            if end > index:
                index = end
                continue
        if CASE_CAPTION.match(text) and _caption(block) and not _sibling(block, outer):
            index = _box_end(blocks, index)
            continue
        if LIST_CAPTION.match(text) and block.kind in ("para", "heading") and _items_end(blocks, index + 1) > index + 1:
            index = _items_end(blocks, index + 1)
            continue
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == "para" and CASE_RUNIN.match(text) and after is not None and after.kind == "para":
            index += 1
            continue
        if block.kind == "heading" and FIGURE_CAPTION.match(text):
            index = _figure_end(blocks, index, before)
            continue
        if block.kind == "para" and FIGURE_CAPTION.match(text) and _smaller(block, before):
            index = _figure_end(blocks, index, before)
            continue
        if block.kind == "para" and FIGURE_CAPTION.match(text) and _source_after(blocks, index + 1) is not None:
            # a caption in the text's own type (a scan, a plain text): its short lines, to the source line
            index = _figure_end(blocks, index, replace(before, size=0.0))
            continue
        if block.kind == "para" and TERMS_SIDEBAR.match(text) and after is not None and after.kind == "para":
            index += 1
            continue
        kept.append(block)
        index += 1
    return kept


def _table_end(blocks: list[Block], at: int, body: Block) -> int:
    """The index after a table set into a labelled lesson's text at `at` (its paragraph `body` before it):
    its rows, with the header cells a PDF's reader gives as lines in type smaller than the text's, when the
    lesson's text goes on in a paragraph after them; `at` when no such table is there."""
    end = at
    rows = 0
    while end < len(blocks):
        line = blocks[end]
        if line.kind == "row":
            rows += 1
        elif not (line.kind == "para" and _smaller(line, body) and rows == 0):
            break
        end += 1
    after = blocks[end] if end < len(blocks) else None
    if not rows or after is None or after.kind != "para" or (body.size and after.size != body.size):
        return at
    if any(TABLE_CAPTION.match(b.text.strip()) for b in (body, *blocks[at:end])) or FIGURE_SOURCE.match(after.text):
        return at  # a captioned table with its source: the captions' own pass (ingest/lesson_captions.py)
    return end


def _figure_end(blocks: list[Block], at: int, body: Block) -> int:
    """The index after a figure captioned at `at`: its lines in type smaller than the text's (`body`),
    or, in a format without layout, its short lines that are no sentences, to its source line (lines a
    plain text sets apart as headings only when a source line closes them)."""
    end = at + 1
    while end < len(blocks) and blocks[end].kind in ("para", "heading"):
        line = blocks[end]
        text = line.text.strip()
        if FIGURE_SOURCE.match(text) and line.kind == "para":
            return end + 1
        if line.kind == "heading":
            closed = _source_after(blocks, end)
            if body.size or closed is None:
                break
            return closed
        if body.size and line.size:
            if not _smaller(line, body):
                break
        elif not _figure_line(text):
            break
        end += 1
    return end


def _figure_line(text: str) -> bool:
    return len(text.split()) <= 12 and not SENTENCE_END.search(text)


def _source_after(blocks: list[Block], start: int) -> int | None:
    """The index after the source line closing the figure's lines from `start`, or None."""
    for index in range(start, len(blocks)):
        text = blocks[index].text.strip()
        if blocks[index].kind in ("para", "heading") and FIGURE_SOURCE.match(text):
            return index + 1  # a plain text may set a short source line apart as a heading
        if blocks[index].kind not in ("para", "heading") or not _figure_line(text):
            return None
    return None


def _good_practice_box(blocks: list[Block], at: int, section: Block | None) -> bool:
    """Whether the block at `at` captions a good practice box: a short good practice caption set in its
    box's own type (no larger than the text under it), or, without layout, below its section's heading."""
    block = blocks[at]
    if not (_caption(block) and len(block.text.split()) <= 6 and zone_kind(block.text) == "good_practice"):
        return False
    after = blocks[at + 1] if at + 1 < len(blocks) else None
    if after is None or after.kind != "para":  # a caption over a list is a section's, never a box's
        return False
    if block.size:
        return after.size >= block.size - 0.5
    return block.kind != "heading" or (section is not None and block.level > section.level)


def boxes_after_flow(blocks: list[Block]) -> list[Block]:
    """Blocks with each good practice box set inside other text moved after it: the text that goes on
    after the box (in the page's body type, or, without layout, numbered items under a section of another
    kind, or a paragraph going on mid-sentence) up to the next heading or box, so it stays under its own
    heading and the box's paragraph is its good practice."""
    out = list(blocks)
    index = 0
    section: Block | None = None
    while index < len(out):
        block = out[index]
        if not _good_practice_box(out, index, section):
            if block.kind == "heading":
                section = block
            index += 1
            continue
        boxes: list[Block] = []
        flow: list[Block] = []
        end = index
        while end < len(out):  # the boxes and the text going on between them, to the next heading
            if _good_practice_box(out, end, section):
                stop = _box_end(out, end)
                boxes.extend([_as_heading(out[end], section), *out[end + 1 : stop]])
                end = stop
            elif out[end].kind in ("para", "item") and _resumes(out[end], block, section):  # text going on
                flow.append(out[end])
                end += 1
            else:
                break
        if flow:
            out[index:end] = [*flow, *boxes]
        index = end
    return out


def _as_heading(caption: Block, section: Block | None) -> Block:
    """A box's caption set as a heading one level below its section's, as the walk reads a box."""
    if caption.kind == "heading":
        return caption
    level = (section.level if section is not None and section.level else 2) + 1
    return replace(caption, kind="heading", level=level, lead="", emphasis=())


def _resumes(block: Block, caption: Block, section: Block | None) -> bool:
    """Whether a block after a box goes on with the text the box was set into."""
    if caption.size and block.size:
        return abs(block.size - caption.size) > 0.2 or abs(block.x0 - caption.x0) > 0.5
    if block.kind == "item":
        return section is not None and zone_kind(section.text) not in (None, "good_practice")
    if block.text[:1].islower():
        return True
    # a box's caption two levels or more below a narrative section's heading: the section's text goes on
    return (
        section is not None
        and caption.kind == "heading"
        and caption.level >= section.level + 2
        and zone_kind(section.text) is None
    )
