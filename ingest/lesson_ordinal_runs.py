"""Ingest stage: lesson segmentation - lessons run together in one paragraph, each opened by an ordinal.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that sets
its learning out two at a time in one paragraph: "The first is about transfer between areas. <text>
The second is about consent and information sharing. <text>" and the next paragraph "The third is
about ... The fourth is about ...". Each ordinal opens a lesson that runs to the next ordinal or the
paragraph's end, so the paragraph is cut before each sentence that opens with the ordinal after the
one in force: a paragraph that opens with an ordinal ("The first", "The third") and holds the next one
at a sentence's start.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "The first is about", "The second area concerns", "The third relates to": the ordinal as a sentence's subject.
OPENS = re.compile(r"The\s+(?P<ordinal>" + "|".join(ORDINALS) + r")\b(?!\s+(?:time|of|and|two|three|few)\b)")
# Where a sentence ends and the next begins.
SENTENCE_BREAK = re.compile(r"(?<=[.!?’”'\"])\s+(?=The\s)")


def _parts(text: str) -> list[str]:
    """The paragraph cut before each sentence that opens with the next ordinal; [text] when none."""
    opening = OPENS.match(text)
    if opening is None:
        return [text]
    parts: list[str] = []
    start = 0
    position = ORDINALS.index(opening.group("ordinal").lower())
    for cut in SENTENCE_BREAK.finditer(text):
        following = OPENS.match(text, cut.end())
        if following and position + 1 < len(ORDINALS) and following.group("ordinal") == ORDINALS[position + 1]:
            parts.append(text[start : cut.start()])
            start = cut.end()
            position += 1
    parts.append(text[start:])
    return parts


def split_ordinal_runs(blocks: list[Block]) -> list[Block]:
    """Blocks with a paragraph of lessons each opened by an ordinal cut into one paragraph a lesson."""
    kept: list[Block] = []
    for block in blocks:
        parts = _parts(block.text) if block.kind == "para" else [block.text]
        if len(parts) == 1:
            kept.append(block)  # the block itself: a later pass may know it by identity (a poster's title)
            continue
        kept.extend(replace(block, text=part, lead="" if index else block.lead) for index, part in enumerate(parts))
    return kept
