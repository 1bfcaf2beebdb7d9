"""Ingest stage, metadata: a cover title a text format breaks into several heading paragraphs.

A Word cover sets its title in display paragraphs of a few words each ("Local Child Safeguarding" /
"Practice Review:" / "Oscar"), each a heading of its own. The paragraphs are one title when the
review's type is named across their break, and a heading ending in a colon runs on into the short
heading below it (the child).
"""

from __future__ import annotations

import re

from ingest.layout import Block

# A review's type printed in full: the words a break in the display type may fall between.
TYPE_NAME = re.compile(
    r"\b(?:local\s+)?child\s+safeguarding\s+practice\s+review\b|\bserious\s+case\s+review\b|"
    r"\bsafeguarding\s+(?:adults|practice)\s+review\b|\bnational\s+(?:child\s+safeguarding\s+practice\s+)?review\b|"
    r"\bthematic\s+review\b|\b(?:7|seven)[\s-]minute\s+briefing\b|\blearning\s+briefing\b",
    re.IGNORECASE,
)


def broken_title(headings: list[Block]) -> str:
    """The title the first headings make together ("" when the first heading stands alone)."""
    parts: list[str] = []
    for block in headings[:5]:
        text = " ".join(block.text.split())
        if not parts:
            parts.append(text)
            continue
        joined = " ".join(parts)
        if re.search(r"[.!?]\s*$", joined):
            break
        names_type = len(TYPE_NAME.findall(f"{joined} {text}")) > len(TYPE_NAME.findall(joined)) + len(
            TYPE_NAME.findall(text)
        )
        subject = joined.endswith(":") and len(text.split()) <= 4
        if not (names_type or subject):
            break
        parts.append(text)
    return " ".join(parts) if len(parts) > 1 else ""
