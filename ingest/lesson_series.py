"""Ingest stage: lesson segmentation - labelled series in words no rule knows.

A review may name its lessons in its own words: "Systemic issue 1: title", "Observation 2: title",
"Improvement action 3", "Commitment 1: All agencies will ...". Whatever the word, a label printed
with the numbers 1, 2, 3 ... in turn, in a section named by the label's noun in the plural
("Systemic issues", "The reviewer's observations", "Our commitments"), heads the items of a list
of lessons. The kind comes from the words where they name one (the label's, then the section's:
"Message for practice" is learning), else from what the items say (a case's episodes or periods told in
turn are its story and no lessons): items that ask someone to act
("should", "must", "will ensure") are recommendations, items that report what was found are findings.

Inside a headed item, a paragraph run in with a cue that names a kind ("What must change: The LSCB
should ...") is a lesson of that kind of its own; the lead-in between the section's heading and its
first item is never a lesson.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.block_cues import LESSON_LABEL
from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_placing import NOT_LESSONS, place, renumbered, tokens
from ingest.lesson_worded_labels import worded_label
from ingest.records import Lesson
from ingest.scan_lists import ASKS  # should, must, will: what asks or promises

# A label in any words, its number closed by a stop, colon or dash or ending the line: "Systemic issue 2:",
# "Proposal 1.", "Improvement action 3". Up to four words, the first capitalised.
SERIES_LABEL = re.compile(
    r"^(?P<word>[A-Z][A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3}?)\s+(?P<num>\d{1,2})(?![\d.,]\d)\s*(?:[:.\-–—]\s*|$)(?P<rest>.*)$",
    re.S,
)
# Words that join a label's noun to what it qualifies: the noun is the last word before them
# ("Message for practice" -> message).
_JOINING = {"for", "of", "to", "on", "in", "from", "about", "and"}
# The parts a review tells the case in ("Key practice episodes": "Episode 1: ...", "Period 2: ..."): narrative.
NARRATIVE_UNIT = re.compile(r"^(?:episode|period|phase|timeframe|time\s*period)$", re.I)
# A paragraph run in with a cue of a few words: "What must change: The LSCB should ...".
RUN_IN_CUE = re.compile(r"^(?P<cue>[A-Z][a-z]+(?:\s+[a-z']+){0,3})\s*:\s+(?=[A-Z])")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass
class _Member:
    index: int
    num: int
    rest: str


@dataclass
class _Series:
    word: str
    members: list[_Member] = field(default_factory=list)


def _noun(word: str) -> str:
    """The noun a label is named by: the last word before any joining word ("Message for practice" -> message)."""
    words = word.lower().split()
    for n, w in enumerate(words):
        if w in _JOINING and n:
            return words[n - 1]
    return words[-1]


def _plural_in(noun: str, heading: str) -> bool:
    """Whether `heading` names `noun` in the plural ("issue" in "Systemic issues")."""
    plural = (
        noun[:-1] + "ies" if noun.endswith("y") else noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")
    )
    return bool(re.search(rf"\b{re.escape(plural)}\b", heading, re.I))


def _candidates(blocks: list[Block]) -> dict[str, _Series]:
    series: dict[str, _Series] = {}
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "para") or LESSON_LABEL.match(block.text) or worded_label(block.text):
            continue
        m = SERIES_LABEL.match(block.text)
        if not m:
            continue
        key = " ".join(m.group("word").lower().split())
        series.setdefault(key, _Series(m.group("word"))).members.append(
            _Member(index, int(m.group("num")), m.group("rest").strip())
        )
    return series


def _section_heading(blocks: list[Block], index: int, members: set[int]) -> int:
    """The index of the nearest heading before blocks[index] that is no member of the series and, when
    the member is a heading, ranks above it (-1: none)."""
    level = blocks[index].level if blocks[index].kind == "heading" else 0
    for i in range(index - 1, -1, -1):
        block = blocks[i]
        if block.kind == "heading" and i not in members and not (level and block.level >= level):
            return i
    return -1


def find_series(blocks: list[Block]) -> list[tuple[int, _Series]]:
    """Each labelled series in an unknown word, with the index of the section heading that names it."""
    found = []
    for s in _candidates(blocks).values():
        nums = [m.num for m in s.members]
        if len(nums) < 2 or nums != list(range(1, len(nums) + 1)):
            continue
        indices = {m.index for m in s.members}
        head = _section_heading(blocks, s.members[0].index, indices)
        if head < 0 or NOT_LESSONS.search(blocks[head].text) or not _plural_in(_noun(s.word), blocks[head].text):
            continue
        # every member under that same section: nothing but the series' own headings between them
        if any(_section_heading(blocks, m.index, indices) != head for m in s.members):
            continue
        found.append((head, s))
    return found


def _first_sentence(text: str) -> str:
    return _SENTENCE.split(text.strip(), maxsplit=1)[0]


@dataclass
class _Item:
    """One member read: its label, title, what it says, the lessons run in inside it and its blocks."""

    label: str
    title: str
    said: str  # the text after the title: the body under a heading, the words after a run-in label
    run_ins: list[tuple[str, str, int]]  # (kind, text, block index)
    first: int
    last: int
    page_end: int


def _read_items(blocks: list[Block], head: int, s: _Series) -> list[_Item] | None:
    """The series' items, or None when the members are containers: the place a finding or a learning
    is drawn from (an episode, a line of enquiry), which a sub-heading or a run-in cue inside names."""
    top = blocks[head].level or 1
    indices = [m.index for m in s.members]
    items = []
    for n, m in enumerate(s.members):
        member = blocks[m.index]
        headed = member.kind == "heading"
        stop = indices[n + 1] if n + 1 < len(indices) else len(blocks)
        body: list[Block] = []
        run_ins: list[tuple[str, str, int]] = []
        last, in_body = m.index, headed
        for i in range(m.index + 1, stop):
            block = blocks[i]
            if block.kind == "heading":
                if not headed or block.level <= max(member.level, top):
                    break
                if zone_kind(block.text):
                    return None  # "Learning from this episode" under the member: the lessons are there
                in_body, last = False, i  # a sub-heading ("Mitigating factors"): what follows is not the lesson
                continue
            last = i
            if not in_body:
                continue
            cue = RUN_IN_CUE.match(block.text)
            kind = zone_kind(cue.group("cue")) if cue else None
            if cue and kind in ("finding", "learning_point"):
                return None  # "Finding: ..." inside the member: the member is its context
            if cue and kind:
                run_ins.append((kind, block.text[cue.end() :].strip(), i))
            else:
                body.append(block)
        said = " ".join(b.text for b in body) if headed else m.rest
        if not said:
            return None
        end = body[-1].page_end if headed and body else member.page_end
        items.append(_Item(f"{s.word} {m.num}", m.rest if headed else "", said, run_ins, m.index, last, end))
    return items


def _series_kind(blocks: list[Block], head: int, s: _Series, items: list[_Item]) -> str | None:
    """The kind the label's words or the section's heading name, else what the items say; None when
    the items are too slight to be lessons of a kind no word names."""
    kind = zone_kind(s.word) or zone_kind(blocks[head].text)
    if kind:
        return kind
    if NARRATIVE_UNIT.search(_noun(s.word)):
        return None  # "Episode 2: During the winter ...": the story told in its parts, never a lesson
    if sum(bool(ASKS.search(_first_sentence(item.said))) for item in items) * 2 > len(items):
        return "recommendation"
    # a finding is what the review found: a paragraph of it, never a caption ("A child aged 5 months.")
    if any(len(_SENTENCE.split(item.said.strip())) < 2 and len(item.said.split()) < 20 for item in items):
        return None
    return "finding"


def labelled_series(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons of each labelled series in words no rule knows, in place of what the walk read there
    (the series' lead-in, its items read as untitled paragraphs or captions)."""
    changed = False
    for head, s in find_series(blocks):
        items = _read_items(blocks, head, s)
        kind = _series_kind(blocks, head, s, items) if items else None
        if not items or not kind:
            continue
        section = blocks[head].text
        probes = [" ".join(tokens(b.text).split()[:8]) for b in blocks[head + 1 : items[-1].last + 1]]
        lessons = [lesson for lesson in lessons if not any(p and p in tokens(lesson.text) for p in probes)]
        for item in items:
            text = f"{item.title} {item.said}" if item.title else item.said
            start = blocks[item.first].page_start
            lessons = place(
                lessons,
                Lesson(0, kind, item.label, text, section, start, item.page_end, title=item.title),
                item.first,
                blocks,
            )
            for run_kind, run_text, at in item.run_ins:
                block = blocks[at]
                lessons = place(
                    lessons, Lesson(0, run_kind, "", run_text, section, block.page_start, block.page_end), at, blocks
                )
        changed = True
    return renumbered(lessons) if changed else lessons
