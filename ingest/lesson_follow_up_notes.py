"""Ingest stage: lesson segmentation - a briefing's note on how its own learning will be followed up.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A practitioner
briefing closes with what the partnership will do to see its learning spread ("What happens next",
"Next steps"): "The partnership's learning and improvement group will check in six months that the
learning has been shared in every agency's team meetings.", "The Board will seek assurance that this
briefing has been discussed in supervision.". The paragraph tells how the briefing itself is
followed up, asking no change of practice: it is never a recommendation. A paragraph saying what an
agency "should" or "must" do is a recommendation as ever, and list items are left to the walk.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# "... will check (in six months) that the learning has been shared ...", "... will seek assurance that this
# briefing has been discussed ...", "... will audit whether the lessons have been embedded ...".
FOLLOW_UP = re.compile(
    r"\bwill\s+(?:check|confirm|monitor|audit|test|review|seek\s+assurance|ask\b[^.;]{0,40}?\bto\s+confirm)\b"
    r"[^.;]{0,60}?\b(?:that|whether|how)\s+(?:the\s+|this\s+|these\s+|its\s+|our\s+)?"
    r"(?:learning|lessons?|briefing|findings|messages?)\b[^.;]{0,60}?\b(?:has|have)\s+been\s+"
    r"(?:shared|disseminated|cascaded|circulated|discussed|embedded|used|read)\b",
    re.I,
)
# What a recommendation asks: the paragraph is one, whatever else it says.
_ASKS = re.compile(r"\b(?:should|must|recommends?|recommended|ought\s+to)\b", re.I)
# A paragraph of one or two sentences: the note, not a narrative that mentions a check in passing.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _follow_up_note(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == "para"
        and FOLLOW_UP.search(text) is not None
        and _ASKS.search(text) is None
        and len(_SENTENCE_END.findall(text)) <= 2
    )


def without_follow_up_notes(blocks: list[Block]) -> list[Block]:
    """Blocks less the paragraphs telling how the partnership will check its learning has been spread."""
    return [block for block in blocks if not _follow_up_note(block)]
