"""Ingest stage: a document template's placeholders left in, taken out before the lesson walk.

A report built from a Word template keeps the prompts its author never
replaced: content controls' "Click or tap here to enter text.", "Click or
tap to enter a date.", "Choose an item.", and bracketed instructions
"[Insert partnership logo here]", "[Guidance: summarise ...]". They are
none of the review's words: taken out of the blocks the walk reads, a block
holding nothing else (a numbered learning item, a good-practice section
whose only paragraph is the prompt) goes with them, and a heading left
with nothing under it is then dropped as any empty heading is. Metadata
reads the blocks as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

# Word's content-control prompts, in their current and older wordings
CONTROL_PROMPT = re.compile(
    r"\b(?:click\s+or\s+tap|click|tap)\s+(?:here\s+)?to\s+enter\s+(?:text|a\s+date)\.?|\bchoose\s+an\s+item\.?",
    re.I,
)
# A template's bracketed instruction: "[Insert ... here]", "[Guidance: ...]", "[Add the date]"
BRACKETED_PROMPT = re.compile(
    r"\[\s*(?:(?:insert|add|enter|type|delete|replace)\b[^\[\]]*|(?:guidance|guidance\s+note|note\s+to\s+authors?|instructions?)\s*:[^\[\]]*)\]",
    re.I,
)
# what may be left of a block that held only prompts: its list number or bullet
NOTHING_LEFT = re.compile(r"^[\s\W]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])?[\s\W]*$", re.I)


def _without_prompts(text: str) -> str:
    return BRACKETED_PROMPT.sub("", CONTROL_PROMPT.sub("", text))


def without_placeholders(blocks: list[Block]) -> list[Block]:
    """The blocks without a template's placeholders; a paragraph, item or heading holding only them dropped."""
    kept: list[Block] = []
    for block in blocks:
        if block.kind not in ("para", "item", "heading") or not (
            CONTROL_PROMPT.search(block.text) or BRACKETED_PROMPT.search(block.text)
        ):
            kept.append(block)
            continue
        text = _without_prompts(block.text)
        if NOTHING_LEFT.match(text):
            continue
        kept.append(replace(block, text=re.sub(r"\s{2,}", " ", text).strip()))
    return kept
