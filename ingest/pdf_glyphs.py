"""Ingest stage (PDF reading): bullet glyphs pdfminer sets apart from their line.

pdfminer.six keeps a text line it measures as empty (a glyph drawn with no
width, as some symbol fonts draw a bullet) out of every text box and hands it
back loose on the page. Read box by box, such a bullet is lost and the item
it opens reads as a plain paragraph. This pass finds those loose one-glyph
lines and sets the bullet back before the line it stands beside.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pdfminer.layout import LTTextBox, LTTextLine

if TYPE_CHECKING:
    from ingest.reading_order import LineBox

_ONE_GLYPH = re.compile(r"^(?:\(cid:\d+\)|[^\w\s])$")
_BULLET = "\u2022 "
_REACH = 24.0  # points between a bullet and the text it opens, at most


def loose_glyphs(layout, page_height: float) -> list[tuple[float, float, float]]:
    """The page's loose one-glyph lines: (right edge, top, bottom), top-down coordinates."""
    glyphs = []
    for item in layout:
        if (
            isinstance(item, LTTextLine)
            and not isinstance(item, LTTextBox)
            and _ONE_GLYPH.match(item.get_text().strip())
        ):
            glyphs.append((float(item.x1), page_height - float(item.y1), page_height - float(item.y0)))
    return glyphs


def attach_glyphs(boxes: list[LineBox], glyphs: list[tuple[float, float, float]]) -> None:
    """Set each loose bullet before the nearest line that starts just right of it, on its baseline."""
    for right, top, bottom in glyphs:
        middle = (top + bottom) / 2
        best = None
        for box in boxes:
            for index, line in enumerate(box.lines):
                gap = line.x0 - right
                if line.top <= middle <= line.bottom and -1.0 <= gap <= _REACH and (best is None or gap < best[0]):
                    best = (gap, box, index)
        if best is None or best[1].lines[best[2]].text.startswith(("\u2022", "(cid:")):
            continue
        _, box, index = best
        line = box.lines[index]
        box.lines[index] = replace(
            line,
            text=_BULLET + line.text,
            x0=min(line.x0, right),
            words=tuple((offset + len(_BULLET), x) for offset, x in line.words),
        )
        box.x0 = min(box.x0, right)
