"""Ingest stage: lesson segmentation - what a labelled lesson prints inside it that is no part of it.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). Under a labelled
lesson's heading ("Finding 2: title", "Learning point 3") a report may set, between the lesson's own
paragraphs:

- an epigraph: a quotation with who said it in small type right under the heading
  ("“We all had a piece of the jigsaw ...” (practitioner at the learning event)"), then the
  lesson's paragraph: dropped, the paragraph is the lesson;
- an exhibit: a caption ("Table 1: Contacts with the family ..."), the table's rows and its
  "Source: ..." line, then the lesson goes on: dropped, so the paragraphs either side of it are one
  lesson;
- sub-headings naming the agencies ("Police", "Health", "Children's social care") over a paragraph
  each, inside a finding or a learning point: their words dropped, the paragraphs under them the
  lesson's (unlike "Learning for Police", a group of the agency's own lessons).

The next heading that is not such a sub-heading ends the lesson's inside.

A plain text's notes: a marker in brackets glued to a word ("caseloads[4] of") and the note
"[4] As reported to the review ..." after the paragraph, under a short rule: the note dropped and the
marker taken out of the text (`without_bracketed_notes`).

A paragraph of a lesson may also open with another lesson's label as the subject of its sentence
("Recommendation 3 of the serious case review about Child K asked for the same change.", "Finding 2
above shows ..."): a reference inside the lesson, never a label (`label_in_sentence`, asked by the walk).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_agency_groups import agency_group_name
from ingest.lesson_cues import kind_of_label, zone_kind
from ingest.lesson_patterns import LABEL

# Someone's words quoted with who said them: "“...” (practitioner at the learning event)", "“...” - a parent".
QUOTE_WITH_SPEAKER = re.compile(
    r"^\W{0,2}[\"“‘'].{8,}[\"”’'][.,]?\s*(?:\([^()]{2,80}\)|[–—-]\s*[^.!?\"“”]{2,80})\W{0,2}$", re.S
)
# An exhibit's caption: "Table 1: Contacts with the family recorded by each agency", "Figure 2 - ...".
EXHIBIT_CAPTION = re.compile(r"^(?:table|figure|chart|graph)\s+\d{1,2}[a-z]?\s*[:.\-–—]\s*\S", re.I)
# The line under an exhibit naming where its figures come from: "Source: the agencies' chronologies."
EXHIBIT_SOURCE = re.compile(r"^(?:data\s+)?(?:sources?|notes?)\s*:\s*\S", re.I)
# The words that carry a sentence on after a lesson's label named as its subject, with no stop or colon
# between: "Recommendation 3 of the ...", "Finding 2 above ...", "Learning point 1 was ...".
SENTENCE_AFTER_LABEL = re.compile(
    r"^(?:of|in|from|above|below|was|were|is|are|has|had|have|asked|asks|said|says|made|makes|also)\b"
)


def label_in_sentence(text: str, label: re.Match[str]) -> bool:
    """A paragraph's opening label that is the subject of its sentence, the sentence going on in
    lower case after the number with no stop, colon or dash: a reference, never a label."""
    if not label.group("num"):
        return False
    between = text[label.end("num") : label.end()]
    return not between.strip() and bool(SENTENCE_AFTER_LABEL.match(text[label.end() :]))


# A note at a page's foot or a lesson's end in plain text: "[4] As reported to the review by ...".
BRACKETED_NOTE = re.compile(r"^\[(?P<num>\d{1,3})\]\s+\S")


def without_bracketed_notes(blocks: list[Block]) -> list[Block]:
    """Blocks less the notes "[N] ..." whose marker "[N]", glued to a word, is in a paragraph before
    them on their page, and those paragraphs without the markers."""
    kept: list[Block] = []
    for block in blocks:
        note = BRACKETED_NOTE.match(block.text) if block.kind == "para" else None
        if note is None:
            kept.append(block)
            continue
        marker = re.compile(rf"(?<=[\w.,;:)’'\"”])\[{note.group('num')}\]")
        marked = [
            at
            for at in range(len(kept) - 1, -1, -1)
            if kept[at].page_end >= block.page_start - 1 and marker.search(kept[at].text)
        ]
        if not marked:
            kept.append(block)
            continue
        at = marked[0]
        kept[at] = replace(kept[at], text=marker.sub("", kept[at].text, count=1))
    return kept


def labelled_kind(block: Block) -> str:
    """The kind of lesson a labelled heading (or a bold label line set as a paragraph) names
    ("Finding 2: title", "Learning point 3"), or ""."""
    if block.kind not in ("heading", "para") or (block.kind == "para" and not block.bold):
        return ""
    label = LABEL.match(block.text)
    if label is None or not label.group("num"):
        return ""
    return kind_of_label(label.group("word"))


def _exhibit_end(blocks: list[Block], start: int) -> int:
    """The index after an exhibit whose caption is blocks[start]: its rows and its source line; start
    itself when no table follows the caption."""
    end = start + 1
    while end < len(blocks) and blocks[end].kind == "row":
        end += 1
    if end == start + 1:
        return start
    if end < len(blocks) and blocks[end].kind == "para" and EXHIBIT_SOURCE.match(blocks[end].text):
        end += 1
    return end


def without_inner_asides(blocks: list[Block]) -> list[Block]:
    """Blocks less the epigraphs, exhibits and agency sub-headings printed inside a labelled lesson."""
    kept: list[Block] = []
    owner: Block | None = None  # the labelled lesson's heading in force
    index = 0
    while index < len(blocks):
        block = blocks[index]
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        end = _exhibit_end(blocks, index) if owner is not None and EXHIBIT_CAPTION.match(block.text) else index
        if end > index and end < len(blocks) and blocks[end].kind == "para":
            index = end
            continue  # a table inside the lesson (its caption a heading in plain text), which goes on after it
        if labelled_kind(block):
            owner = block
        elif owner is not None and block.kind == "heading":
            if (
                labelled_kind(owner) in ("finding", "learning_point")
                and owner.kind == "heading"
                # below the heading's level, or at it where plain text cannot set them lower
                and (not owner.level or block.level >= owner.level)
                and agency_group_name(block.text)
                and zone_kind(block.text) is None  # "Issues for the Board" names a section of lessons
                and after is not None
                and after.kind == "para"
            ):
                index += 1
                continue  # "Police" over its paragraph of the finding: the paragraph is the finding's
            owner = None
        elif (
            owner is not None
            and block.kind == "para"
            and kept
            and kept[-1] is owner
            and QUOTE_WITH_SPEAKER.match(block.text.strip())
            and after is not None
            and after.kind == "para"
            and not QUOTE_WITH_SPEAKER.match(after.text.strip())
        ):
            index += 1
            continue  # an epigraph under the heading
        kept.append(block)
        index += 1
    return kept
