"""Ingest stage: lesson segmentation - paragraphs run in with cues that pair a known kind with another.

Under one heading, paragraphs each opened by a short cue ("Commendation: ...", "Recommendation: ...")
set lessons of different kinds side by side. When one cue is a kind the rules know ("Recommendation:")
the others are cues of the same set, whatever their words: each is a lesson of the kind its words
name in a section heading's vocabulary ("Commendation" is good practice, "What must change" a
recommendation). Under a heading that names only an agency ("Police", "Children's Social Care") a
recommendation so run in is that agency's.
"""

from __future__ import annotations

from ingest.layout import Block
from ingest.lesson_chapters import _agency_chapter
from ingest.lesson_cues import kind_of_label, zone_kind
from ingest.lesson_patterns import CUE_PREFIX
from ingest.lesson_placing import NOT_LESSONS, place, renumbered, tokens
from ingest.lesson_series import RUN_IN_CUE
from ingest.records import Lesson


def _groups(blocks: list[Block]) -> list[tuple[int, list[int]]]:
    """Each heading with the cue paragraphs under it, when they are all its paragraphs (two or more)."""
    out = []
    for index, block in enumerate(blocks):
        if block.kind != "heading" or NOT_LESSONS.search(block.text):
            continue
        under = []
        for i in range(index + 1, len(blocks)):
            if blocks[i].kind == "heading":
                break
            under.append(i)
        if len(under) >= 2 and all(blocks[i].kind == "para" and RUN_IN_CUE.match(blocks[i].text) for i in under):
            out.append((index, under))
    return out


def _said(text: str) -> str:
    """A cue paragraph's text after its cue."""
    cue = RUN_IN_CUE.match(text)
    return text[cue.end() :].strip() if cue else text


def _kind(text: str) -> tuple[str | None, bool]:
    """The kind a cue paragraph's cue names, and whether the rules know the cue."""
    known = CUE_PREFIX.match(text)
    if known:
        return kind_of_label(known.group("cue")), True
    cue = RUN_IN_CUE.match(text)
    return (zone_kind(cue.group("cue")) if cue else None), False


def paired_cues(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons of cue paragraphs paired under a heading (one cue known, the others named by their
    words), in place of what the walk read from them."""
    changed = False
    for head, under in _groups(blocks):
        kinds = [_kind(blocks[i].text) for i in under]
        if not any(known for _, known in kinds) or all(known for _, known in kinds) or not all(k for k, _ in kinds):
            continue
        heading = blocks[head].text
        agency = heading if _agency_chapter(heading) else ""
        probes = [" ".join(tokens(_said(blocks[i].text)).split()[:8]) for i in under]
        lessons = [lesson for lesson in lessons if not any(p and p in tokens(lesson.text) for p in probes)]
        for i, (kind, _) in zip(under, kinds, strict=True):
            block = blocks[i]
            lead = agency if kind == "recommendation" else ""
            new = Lesson(0, kind or "", "", _said(block.text), heading, block.page_start, block.page_end, agency=lead)
            lessons = place(lessons, new, i, blocks)
        changed = True
    return renumbered(lessons) if changed else lessons
