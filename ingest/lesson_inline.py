"""Ingest stage: lesson segmentation - passes over the walk's lessons for lessons marked inline.

The walk (ingest/lessons.py) cuts lessons out of blocks; these passes then read what it could not
see block by block: a learning sentence opened by a lead-in inside a discussion paragraph ("The key
learning here is that ..."), paragraphs tagged at their end with the code of the lesson they carry
("... [L2]", "[R1]"), items whose run-in tag names their kind ("Learning: ...", "Good practice: ..."),
the reflective model's "What? / So what? / Now what?" under a theme's heading, and recommendations
numbered inline in one paragraph ("(i) ...; (ii) ...; and (iii) ..."), codes of several kinds in
one section, series labelled in words no rule knows (ingest/lesson_series.py) and cue paragraphs
paired with a known one (ingest/lesson_paired_cues.py); then boxes of questions for the reader
(ingest/lesson_prompts.py) and notes that are never lessons (ingest/lesson_notes.py) are dropped.
`inline_lessons` runs them, and the passes that read a whole section's layout
(ingest/lesson_section_cues.py), in order; each returns the lessons renumbered from 1.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import CODE_KINDS
from ingest.lesson_notes import drop_notes
from ingest.lesson_paired_cues import paired_cues
from ingest.lesson_patterns import ASKS
from ingest.lesson_placing import NOT_LESSONS, covered, place, renumbered, sections, tokens
from ingest.lesson_prompts import drop_reader_prompts
from ingest.lesson_section_cues import (
    cued_under_subheadings,
    heading_run_into_recommendations,
    keyed_symbols,
    questions_over_text,
)
from ingest.lesson_series import labelled_series
from ingest.records import Lesson

# A sentence opening with a lead-in that announces the learning it states ("The key learning here is
# that", "The learning from this is that", "What the review learned here is that", "The lesson for
# agencies is that"): the lesson runs from the lead-in to the end of its paragraph.
LEAD_IN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"'\u201d\u2019]\s))"
    r"(?:(?:The|Our|A|One)\s+(?:(?:key|main|central|wider|important|clear|first|second|third|further|"
    r"overarching|principal|most\s+important)\s+)?(?:learning|lesson)(?:\s+point)?(?:\s+[a-z']+){0,5}\s+(?:is|was)\s+that|"
    r"What\s+(?:the\s+review|this\s+review|the\s+panel|the\s+reviewers?|we|agencies)\s+(?:have\s+)?"
    r"(?:learned|learnt)(?:\s+[a-z']+){0,4}\s+(?:is|was)\s+that)\s+\S",
)


def learning_after_lead_in(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """A learning sentence opened by a lead-in inside a paragraph of narrative: the lesson is the lead-in's
    sentence and what follows it in the paragraph, never the narrative before it."""
    added = False
    for index, block, heading in sections(blocks):
        if block.kind != "para" or NOT_LESSONS.search(heading):
            continue
        m = LEAD_IN.search(block.text)
        if not m:
            continue
        text = block.text[m.start() :].strip()
        if covered(text, lessons):
            continue
        # narrative the walk took for a lesson of its own (the paragraph from its start): replaced
        whole = tokens(block.text)[:80]
        lessons = [lesson for lesson in lessons if not (whole and tokens(lesson.text)[:80] == whole)]
        new = Lesson(0, "learning_point", "", text, heading, block.page_start, block.page_end)
        lessons = place(lessons, new, index, blocks)
        added = True
    return renumbered(lessons) if added else lessons


# A paragraph closed by the code of the lesson it carries, in brackets ("... [L2]", "[R1]", "[GP 3]", "(KF2)"):
# the code gives the kind (ingest.lesson_cues.CODE_KINDS) and the label; untagged paragraphs are narrative.
END_TAG = re.compile(r"\s*[\[(](?P<code>[A-Z]{1,2})\s?-?\s?(?P<n>\d{1,2}[a-z]?)?[\])]\W*$")


def tagged_paragraphs(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """Paragraphs tagged at their end with a lesson's code: each a lesson of the kind the code names, its
    text without the tag, where paragraphs carry tags of two kinds or more (one code closing every item of a
    list is a cross-reference: "... (F2)" after each recommendation names the finding it answers)."""
    tagged = [
        (index, block, heading, m)
        for index, block, heading in sections(blocks)
        if block.kind == "para"
        and not NOT_LESSONS.search(heading)
        and (m := END_TAG.search(block.text))
        and m.group("code") in CODE_KINDS
        and len(block.text[: m.start()].split()) >= 8
    ]
    if len({CODE_KINDS[m.group("code")] for *_, m in tagged}) < 2:
        return lessons
    for index, block, heading, m in tagged:
        text = block.text[: m.start()].strip()
        probe = tokens(text)[:80]
        lessons = [lesson for lesson in lessons if tokens(lesson.text)[:80] != probe]
        label = m.group("code") + (m.group("n") or "")
        new = Lesson(0, CODE_KINDS[m.group("code")], label, text, heading, block.page_start, block.page_end)
        lessons = place(lessons, new, index, blocks)
    return renumbered(lessons)


# A run-in tag naming only the kind of the item it opens ("Learning: ...", "Good practice: ..."), read by the
# walk as the item's title: the item's kind, never its title.
KIND_TAG = re.compile(
    r"^(?:(?P<gp>good\s+practice|strengths?|what\s+went\s+well)|(?P<lp>learning(?:\s+points?)?|lessons?(?:\s+learn[et]d?)?)|"
    r"(?P<f>findings?)|(?P<r>recommendations?))\W*$",
    re.I,
)


def kind_tags(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """Lessons titled only by a tag naming a kind: that kind, and no title."""
    out = []
    for lesson in lessons:
        m = KIND_TAG.match(lesson.title.strip())
        if m:
            kind = {"gp": "good_practice", "lp": "learning_point", "f": "finding", "r": "recommendation"}[
                next(k for k, v in m.groupdict().items() if v)
            ]
            text = re.sub(rf"^{re.escape(lesson.title.strip())}\W*", "", lesson.text)
            lesson = replace(lesson, kind=kind, title="", text=text)
        out.append(lesson)
    return out


# The reflective model's three prompts run in under a theme's heading: "What?" tells what happened
# (narrative), "So what?" the learning the heading titles, "Now what?" what must change (a recommendation).
REFLECTIVE = re.compile(r"^(?P<prompt>(?:so\s+|now\s+)?what)\s*\?\s*", re.I)


def reflective_prompts(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """Paragraphs opened by the "What? / So what? / Now what?" prompts: the first narrative, the second the
    learning under its theme's heading, the third a recommendation (read whatever the sections are called)."""
    found = [
        (index, block, heading, m)
        for index, block, heading in sections(blocks)
        if block.kind == "para" and (m := REFLECTIVE.match(block.text)) and len(block.text[m.end() :].split()) >= 5
    ]
    if not {"so", "now"} <= {m.group("prompt").lower().split()[0] for *_, m in found}:
        return lessons
    pages = {block.text: block.page_start for block in blocks if block.kind == "heading"}
    for index, block, heading, m in found:
        body = block.text[m.end() :].strip()
        probes = (tokens(body)[:80], tokens(block.text)[:80])
        lessons = [lesson for lesson in lessons if not any(p and p in tokens(lesson.text)[:160] for p in probes)]
        prompt = m.group("prompt").lower().split()[0]
        if prompt == "what":
            continue
        if prompt == "now":
            new = Lesson(0, "recommendation", "", body, heading, block.page_start, block.page_end)
        else:
            page = min(pages.get(heading, block.page_start), block.page_start)
            text = f"{heading} {body}" if heading else body
            new = Lesson(0, "learning_point", "", text, heading, page, block.page_end, title=heading)
        lessons = place(lessons, new, index, blocks)
    return renumbered(lessons)


# Items numbered inside one paragraph: "(i) ...; (ii) ...; and (iii) ...", "(a) ... (b) ...", "(1) ... (2) ...".
INLINE_MARK = re.compile(r"(?:^|(?<=[\s:;,]))\((?P<mark>[ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?=\S)")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _inline_items(text: str) -> list[tuple[str, str]] | None:
    """The (mark, text) of the items numbered inline in `text`, when their marks run in sequence from the
    first ("(i)", "(ii)", ... or "(a)", "(b)", ... or "(1)", "(2)", ...) and there are two or more."""
    marks = list(INLINE_MARK.finditer(text))
    for series in (_ROMAN, tuple("abcdefgh"), tuple(str(n) for n in range(1, 21))):
        if len(marks) >= 2 and [m.group("mark") for m in marks] == list(series[: len(marks)]):
            break
    else:
        return None
    items = []
    for m, after in zip(marks, [*marks[1:], None]):
        part = text[m.end() : after.start() if after else len(text)]
        part = re.sub(r"[\s;,]*(?:\band\b|\bor\b)?[\s;,]*$", "", part.strip()).rstrip(".").strip()
        items.append((m.group("mark"), part))
    return items


def inline_recommendations(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """A recommendation that numbers several asks inline ("the review recommends that: (i) ...; and (ii) ..."):
    one recommendation an item, its mark the label; a paragraph before it in the same section that asks
    nothing is its preamble, never a recommendation."""
    out: list[Lesson] = []
    split_sections: set[str] = set()
    for lesson in lessons:
        items = _inline_items(lesson.text) if lesson.kind == "recommendation" else None
        if not items or not all(ASKS.search(item) for _, item in items):
            out.append(lesson)
            continue
        split_sections.add(lesson.section)
        out += [replace(lesson, label=mark, text=item, title="") for mark, item in items]
    if not split_sections:
        return lessons
    out = [
        lesson
        for lesson in out
        if not (lesson.kind == "recommendation" and lesson.section in split_sections and not ASKS.search(lesson.text))
    ]
    return renumbered(out)


# A code label: the letters of a kind and a number, perhaps lettered under it ("L1", "GP2", "R1a").
CODE_LABEL = re.compile(r"^(?P<code>[A-Z]{1,2})[-/]?\d{1,2}[a-z]?$")


def mixed_codes(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """Lessons of one section labelled by codes of two kinds or more ("L1", "GP1", "R1a" in one list): each
    the kind its code names, whatever the section's heading names."""
    by_section: dict[str, set[str]] = {}
    for lesson in lessons:
        if (m := CODE_LABEL.match(lesson.label)) and m.group("code") in CODE_KINDS:
            by_section.setdefault(lesson.section, set()).add(CODE_KINDS[m.group("code")])
    mixed = {section for section, kinds in by_section.items() if len(kinds) >= 2}
    if not mixed:
        return lessons
    out = []
    for lesson in lessons:
        m = CODE_LABEL.match(lesson.label)
        if lesson.section in mixed and m and m.group("code") in CODE_KINDS:
            lesson = replace(lesson, kind=CODE_KINDS[m.group("code")])
        out.append(lesson)
    return out


def inline_lessons(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The walk's lessons with those marked inline read (every pass above, in order)."""
    for step in (
        learning_after_lead_in,
        tagged_paragraphs,
        kind_tags,
        reflective_prompts,
        inline_recommendations,
        keyed_symbols,
        cued_under_subheadings,
        questions_over_text,
        heading_run_into_recommendations,
        mixed_codes,
        labelled_series,
        paired_cues,
        drop_reader_prompts,
        drop_notes,
    ):
        lessons = step(lessons, blocks)
    return lessons
