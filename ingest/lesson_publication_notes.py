"""Ingest stage: the notes a report carries about its own publication, taken out before the lesson walk.

A report published after redaction, or republished after revision, prints
notes about its text among its lessons: a paragraph or lesson withheld
("[Withheld from publication. ...]", "[This learning point has been
withheld ...]", "Paragraphs 3.3 to 3.5 have been removed because ..."), a
wording or a recommendation withdrawn ("The wording first published ...,
now withdrawn, read: ...", "Recommendation 2 of the version first published
has been withdrawn"), the marks of a revision on a lesson ("[Revised July
2015] ..." before its words, "(formerly Recommendation 3)" after its label)
and an erratum at the end ("Erratum", "Corrigendum": what was printed and
what it should have been). None of them is a lesson, nor part of one: a
block that is only such a note goes (a numbered row or item keeping nothing
but its number with it), the marks are cut from the lesson they stand on,
and an erratum's section is left out of the walk. Metadata reads the blocks
as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

# A bracketed note standing for text left out: "[Withheld from publication. ...]", "[... has been redacted ...]"
BRACKETED_NOTE = re.compile(
    r"^\[[^\[\]]*\b(?:withheld|removed|redacted|omitted)\b[^\[\]]*\]\.?$",
    re.I,
)
# A sentence saying numbered text was left out: "Paragraphs 3.3 to 3.5 have been removed because ..."
REMOVED_PARAGRAPHS = re.compile(
    r"^(?:paragraphs?|sections?)\s+\d+(?:\.\d+)*(?:\s*(?:to|-|–|and|,)\s*\d+(?:\.\d+)*)*\s+"
    r"(?:has|have)\s+been\s+(?:withheld|removed|redacted|omitted)\b",
    re.I,
)
# A note of a withdrawn wording or lesson: "withdrawn" with the earlier edition it was withdrawn from
WITHDRAWN = re.compile(r"\b(?:has|have)\s+been\s+withdrawn\b|\bnow\s+withdrawn\b", re.I)
EARLIER_EDITION = re.compile(
    r"\b(?:first|originally|previously)\s+published\b|\b(?:earlier|previous|first|original)\s+(?:version|edition)\b",
    re.I,
)
# A revision's mark before a lesson's words: "[Revised July 2015]", "[Amended March 2020]"
REVISION_MARK = re.compile(
    r"\[\s*(?:revised|amended|updated|corrected|reworded)\b[^\[\]]{0,40}\]\s*",
    re.I,
)
# A renumbered lesson's former number after its label: "(formerly Recommendation 3)"
FORMER_NUMBER = re.compile(
    r"\s*\(\s*(?:formerly|previously|originally)\s+(?:numbered\s+)?(?:[A-Za-z]+(?:\s+[A-Za-z]+)?\s+)?"
    r"[0-9]+(?:\.[0-9]+)?[a-z]?\s*\)",
    re.I,
)
# An erratum's heading
ERRATUM = re.compile(r"^(?:errat(?:um|a)|corrigend(?:um|a)|corrections?(?:\s+notice)?)\b[\s:.]*$", re.I)
# a list or paragraph number, all a block keeps when its words were only the note
NUMBER_ONLY = re.compile(r"^\s*\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]?\s*$", re.I)
NUMBER_LEAD = re.compile(r"^\s*\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]?\s+")


def _is_note(text: str) -> bool:
    text = text.strip()
    if BRACKETED_NOTE.match(text) or REMOVED_PARAGRAPHS.match(text):
        return True
    return bool(WITHDRAWN.search(text) and EARLIER_EDITION.search(text))


def _only_a_note(block: Block) -> bool:
    if block.cells:
        words = [c for c in block.cells if c.strip() and not NUMBER_ONLY.match(c)]
        return bool(words) and all(_is_note(c) for c in words)
    return _is_note(NUMBER_LEAD.sub("", block.text, count=1))


def _unmarked(block: Block) -> Block:
    text = FORMER_NUMBER.sub("", REVISION_MARK.sub("", block.text))
    if text == block.text:
        return block
    cells = tuple(FORMER_NUMBER.sub("", REVISION_MARK.sub("", c)).strip() for c in block.cells)
    lead = FORMER_NUMBER.sub("", REVISION_MARK.sub("", block.lead)).strip()
    return replace(block, text=re.sub(r"\s{2,}", " ", text).strip(), cells=cells, lead=lead)


def _notes(blocks: list[Block]) -> set[int]:
    """The positions of the blocks that are only a note about the publication, or an erratum's."""
    notes: set[int] = set()
    erratum_level = 0
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            if erratum_level and block.level <= erratum_level:
                erratum_level = 0
            if not erratum_level and ERRATUM.match(block.text.strip()):
                erratum_level = block.level or 1
        if erratum_level or (block.kind in ("para", "item", "row") and _only_a_note(block)):
            notes.add(i)
    return notes


def publication_notes(blocks: list[Block]) -> frozenset[int]:
    """The blocks (by id) the pass below drops: the learned stages propose none of them either."""
    return frozenset(id(blocks[i]) for i in _notes(blocks))


def without_publication_notes(blocks: list[Block]) -> list[Block]:
    """The blocks without the notes a report carries about its publication, and without its erratum."""
    notes = _notes(blocks)
    return [_unmarked(block) for i, block in enumerate(blocks) if i not in notes]
