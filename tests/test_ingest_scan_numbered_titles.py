"""Ingest tests: a scan's numbered finding titles over paragraphs numbered under them.

A scanned report has no fonts, so "2. Hospital discharge without a plan" over "2.1 ...", "2.2 ..."
reads as a list item. The paragraphs numbered under it make it their title: one finding per
numbered title, under the section heading above them. Pages are laid out by the test as OCR gives
them and read through the real block builder and lesson rules. The texts are written for these
tests only.
"""

from __future__ import annotations

from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons

FINDINGS = (
    (
        "Escalation that stopped at the front door",
        (
            "The school nurse raised her worry twice with the allocated social worker and heard nothing back.",
            "No one used the partnership's escalation policy, so the worry never reached a manager.",
        ),
    ),
    (
        "A father nobody assessed",
        ("The mother's new partner moved in within weeks and no agency asked who he was.",),
    ),
    (
        "Records that did not travel",
        (
            "The GP practice in the old area held the history of neglect but the new practice never asked for it.",
            "Health visiting records arrived four months after the family moved.",
        ),
    ),
)
ASKS = (
    "The Partnership should audit how often the escalation policy is used by health staff.",
    "Children's social care should assess every adult who joins a household with a child on a plan.",
)


def _scan(lines: list[tuple[float, str]]) -> PageLayout:
    return PageLayout(
        1,
        tuple(
            TextLine(
                text=text, size=size, x0=60.0, x1=60.0 + 5.5 * len(text[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n
            )
            for n, (size, text) in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


def _page() -> PageLayout:
    lines: list[tuple[float, str]] = [
        (12.5, "The family moved to the area when the youngest child was two."),
        (19.5, "Findings"),
    ]
    for number, (title, paragraphs) in enumerate(FINDINGS, 1):
        lines.append((12.5, f"{number}. {title}"))
        lines += [(12.5, f"{number}.{sub} {text}") for sub, text in enumerate(paragraphs, 1)]
    lines.append((19.5, "Recommendations"))
    lines += [(12.5, f"{number}. {ask}") for number, ask in enumerate(ASKS, 1)]
    return _scan(lines)


def test_each_numbered_title_over_its_numbered_paragraphs_is_one_finding():
    lessons = segment_lessons(build_blocks([_page()]))
    findings = [l for l in lessons if l.kind == "finding"]
    assert [(l.label, l.title) for l in findings] == [(str(n), title) for n, (title, _) in enumerate(FINDINGS, 1)]
    for lesson, (title, paragraphs) in zip(findings, FINDINGS):
        assert lesson.text.startswith(title)
        assert all(text in lesson.text for text in paragraphs)


def test_numbered_recommendations_after_them_stay_recommendations():
    lessons = segment_lessons(build_blocks([_page()]))
    assert [(l.kind, l.label, l.text) for l in lessons if l.kind == "recommendation"] == [
        ("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)
    ]


def test_a_numbered_line_ending_a_sentence_titles_nothing():
    page = _scan(
        [
            (19.5, "Recommendations"),
            (12.5, "1. The Partnership should review its neglect strategy."),
            (12.5, "1.1 The review should report to the Executive within six months."),
        ]
    )
    blocks = build_blocks([page])
    assert [b.kind for b in blocks if b.text.startswith("1. ")] == ["item"]


def test_a_group_line_after_items_of_a_list_is_no_title():
    page = _scan(
        [
            (19.5, "Recommendations"),
            (12.5, f"1. {ASKS[0]}"),
            (12.5, f"2. {ASKS[1]}"),
            (12.5, "3. Strengthening practice"),
            (12.5, "3.1 Health visitors should ask about every adult in the household at each contact."),
        ]
    )
    blocks = build_blocks([page])
    assert [b.kind for b in blocks if b.text.startswith("3. ")] == ["item"]
