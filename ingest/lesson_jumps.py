"""Ingest stage: a newsletter's article that jumps to a later page, joined again before the lesson walk.

"Continued on page 3" after the paragraph an article breaks off at, and
"Continued from page 1" over the paragraph it goes on with, a page or two
later: the two paragraphs are one, the jump lines no text of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

# "Continued on page 3", "(continued on p. 4)", "Story continues on page 3", "Turn to page 3"
JUMP_TO = re.compile(
    r"^\s*\(?\s*(?:(?:article|story|this)\s+)?(?:continued|continues|cont'?d\.?)\s+on\s+(?:page|p\.?)\s*\d{1,3}|"
    r"^\s*\(?\s*turn\s+to\s+(?:page|p\.?)\s*\d{1,3}",
    re.I,
)
# "Continued from page 1", "(continued from p. 1)"
JUMP_FROM = re.compile(r"^\s*\(?\s*(?:continued|cont'?d\.?)\s+from\s+(?:page|p\.?)\s*\d{1,3}\s*\)?\.?\s*$", re.I)


def joined_jumps(blocks: list[Block]) -> list[Block]:
    """The article's end after "Continued from page N" joined to its start before "Continued on page M"."""
    out = list(blocks)
    i = 0
    while i < len(out):
        if not (out[i].kind == "para" and JUMP_TO.match(out[i].text)):
            i += 1
            continue
        start = out[i - 1] if i and out[i - 1].kind == "para" else None
        back = next((j for j in range(i + 1, len(out)) if out[j].kind == "para" and JUMP_FROM.match(out[j].text)), None)
        del out[i]
        if start is None or back is None:
            continue
        back -= 1
        rest = out[back + 1] if back + 1 < len(out) and out[back + 1].kind == "para" else None
        del out[back]
        if rest is None:
            continue
        out.remove(rest)
        out[i - 1] = replace(start, text=f"{start.text.rstrip()} {rest.text.lstrip()}", page_end=rest.page_end)
    return out
