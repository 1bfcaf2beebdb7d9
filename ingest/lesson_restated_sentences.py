"""Ingest stage: lesson segmentation - a labelled lesson's first sentence set as a heading under its label.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that restates
each finding in bold under its heading before explaining it: "Finding 1: Plans that were not SMART",
then "The child protection plan contained actions such as ..." alone in bold (a third-level heading in
Word), then the rest in plain paragraphs. The bold sentence is the lesson's first sentence, not a new
heading nor a title: a heading straight under a lesson's label, below it, that is a whole sentence, is
read as the paragraph it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_inner import labelled_kind

# A sentence: several words closed by a full stop (a title has no full stop).
SENTENCE = re.compile(r"^\S+(?:\s+\S+){5,}[.!?]['\"’”)]?$")


def restated_sentences(blocks: list[Block]) -> list[Block]:
    """Blocks with a sentence set as a heading straight under a lesson's label read as a paragraph."""
    kept: list[Block] = []
    for block in blocks:
        before = kept[-1] if kept else None
        if (
            block.kind == "heading"
            and before is not None
            and before.kind == "heading"
            and labelled_kind(before)
            and (not before.level or not block.level or block.level > before.level)
            and SENTENCE.match(block.text.strip())
        ):
            block = replace(block, kind="para", level=0, bold=True)
        kept.append(block)
    return kept
