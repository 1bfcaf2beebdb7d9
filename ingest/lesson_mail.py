"""Ingest stage: a forwarded e-mail's quoted message kept as paragraphs, read as its own text before the walk.

An HTML or Word copy of a mail keeps the quoted message paragraph by
paragraph with its "> " marks: the marks are taken off, its "*" or "-"
lines read as list items, its numbered lines as numbered items and its
lines in capitals as headings, as the plain-text reader gives a mail.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.block_cues import BULLET
from ingest.layout import Block

QUOTE_MARK = re.compile(r"^\s*>+\s?")
NUMBERED_LINE = re.compile(r"^\(?\d{1,2}[.)]\s+(?=\S)")


def unquoted_mail(blocks: list[Block]) -> list[Block]:
    """A forwarded e-mail's quoted paragraphs ("> ...") as the message's own blocks, where at least five
    paragraphs and a third of them are quoted."""
    paras = [b for b in blocks if b.kind == "para"]
    quoted = [b for b in paras if QUOTE_MARK.match(b.text)]
    if len(quoted) < 5 or len(quoted) < len(paras) / 3:
        return blocks
    out: list[Block] = []
    for block in blocks:
        if block.kind != "para" or not QUOTE_MARK.match(block.text):
            out.append(block)
            continue
        text = QUOTE_MARK.sub("", block.text, count=1).strip()
        if not text:
            continue
        if (mark := BULLET.match(text)) and len(text) > mark.end():
            out.append(replace(block, kind="item", text=text[mark.end() :].strip()))
        elif NUMBERED_LINE.match(text):
            out.append(replace(block, kind="item", text=text))
        elif text.isupper() and len(text.split()) <= 8 and not text.endswith("."):
            out.append(replace(block, kind="heading", level=1, text=text))
        else:
            out.append(replace(block, text=text))
    return out
