"""Ingest stage: a heading broken over two heading paragraphs, joined before the lesson walk.

A heading typed with a paragraph mark where the line should only have
wrapped ("Finding 2: Case closure without the child" / "being seen", both
in the heading style) reads as two headings, the second opening in lower
case mid-phrase. Such a heading and the heading carrying it on (same kind
and level, opening in lower case) are one heading, so the lesson's title is
the whole. Metadata reads the blocks as they were.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import Block


def _carries_on(before: Block, block: Block) -> bool:
    return (
        before.kind == block.kind == "heading"
        and before.level == block.level
        and block.text[:1].islower()
        and not before.text.rstrip().endswith((".", "!", "?", ";"))
    )


def joined_broken_headings(blocks: list[Block]) -> list[Block]:
    """The blocks with each heading carried on in a second heading paragraph joined into one."""
    out: list[Block] = []
    for block in blocks:
        if out and _carries_on(out[-1], block):
            last = out[-1]
            out[-1] = replace(last, text=f"{last.text.rstrip()} {block.text.strip()}", page_end=block.page_end)
            continue
        out.append(block)
    return out
