"""Ingest stage: lesson segmentation - passes over the walk's lessons that read a section's layout.

Where the walk (ingest/lessons.py) read a section item by item, these passes read what only the whole
section shows: a list whose opening symbols a key line explains ("Key: \u2714 what went well ..."),
sub-headings each over narrative and then a paragraph opened by a run-in cue whose words change
("What this tells us:", "The learning:"), questions set in body type over the paragraphs answering
them, and a "Recommendations" heading a scan ran into the first paragraph under it. Each pass returns
the lessons renumbered from 1 (ingest/lesson_inline.py runs them in order).
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_captions import COMMENTARY_CUE
from ingest.lesson_cues import kind_of_label
from ingest.lesson_patterns import ASKS
from ingest.lesson_placing import NOT_LESSONS, covered, place, renumbered, tokens
from ingest.records import Lesson

# What a key's symbol stands for, by the words beside it: what did not go well (a finding), what must change
# or be learned (a learning point), what went well (good practice).
_KEY_FINDING = re.compile(
    r"\bnot\b|n't\b|\bdevelopment\b|\bimprov\w*|\bweakness\w*|\bgaps?\b|\bconcerns?\b|\bworr\w+", re.I
)
_KEY_LEARNING = re.compile(r"\blearn\w*|\blessons?\b|\bdifferently\b|\bchange\b|\bmust\b|\bshould\b", re.I)
# A key giving the status of each item ("Status key: \u2611 completed \u2610 in progress"): the symbols mark the
# list's items, whatever their kind.
_KEY_STATUS = re.compile(
    r"^(?:completed?|done|achieved|met|closed|open|ongoing|in\s+progress|not\s+(?:yet\s+)?(?:started|met|done|completed?)|"
    r"under\s+way|outstanding|overdue|on\s+track)$",
    re.I,
)
_KEY_GOOD = re.compile(r"\bwell\b|\bstrengths?\b|\bgood\b|\bpositive\b|\bnotable\b|\bworked\b", re.I)


def _symbol_key(text: str) -> dict[str, str] | None:
    """The kinds a key line gives its list's symbols ("Key: \u2713 what went well \u2192 what we must do
    differently", "+ strengths in practice - areas for development"), or None when the line is no such key."""
    words = re.sub(r"^(?:status\s+|progress\s+)?key\s*[:\-]?\s*", "", text.strip(), flags=re.I).split()
    if not words or len(words) > 24 or not re.fullmatch(r"[^\w\s\"'(\[]", words[0]):
        return None
    key: dict[str, str] = {}
    symbol, meaning = "", list[str]()
    for word in [*words, "\0"]:
        if re.fullmatch(r"[^\w\s\"'(\[]|\0", word):
            if symbol:
                said = " ".join(meaning)
                if not 1 <= len(meaning) <= 8:
                    return None
                kind = (
                    "status"
                    if _KEY_STATUS.match(said)
                    else "finding"
                    if _KEY_FINDING.search(said)
                    else "learning_point"
                    if _KEY_LEARNING.search(said)
                    else "good_practice"
                    if _KEY_GOOD.search(said)
                    else ""
                )
                if not kind or symbol in key:
                    return None
                key[symbol] = kind
            symbol, meaning = word, []
        else:
            meaning.append(word)
    kinds = set(key.values())
    return key if len(key) >= 2 and (kinds == {"status"} or (len(kinds) >= 2 and "status" not in kinds)) else None


def keyed_symbols(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """A list whose items open with symbols a key line explains: each item a lesson of the kind its symbol
    stands for. An item the reader took as a bullet has lost its symbol: it is the kind of the one symbol of
    the key that opens none of the list's paragraphs."""
    changed = False
    for start, block in enumerate(blocks):
        key = _symbol_key(block.text) if block.kind in ("para", "heading") else None
        if not key:
            continue
        listed: list[tuple[int, Block, str, str]] = []  # index, block, symbol ("" lost), text
        for index in range(start + 1, len(blocks)):
            item = blocks[index]
            if item.kind == "heading":
                break
            first, _, rest = item.text.partition(" ")
            if item.kind == "para" and first in key and rest:
                listed.append((index, item, first, rest.strip()))
            elif item.kind == "item":
                listed.append((index, item, "", item.text.strip()))
            else:
                break
        unseen = [symbol for symbol in key if symbol not in {s for _, _, s, _ in listed}]
        if not listed or (any(not s for _, _, s, _ in listed) and len(unseen) != 1):
            continue
        heading = next((b.text for b in reversed(blocks[:start]) if b.kind == "heading"), "")
        if set(key.values()) == {"status"}:
            # items of one list whatever their status: a paragraph opened by a symbol is one of them too,
            # of the kind the walk read the others as
            read = [lesson.kind for _, item, _, text in listed for lesson in lessons if covered(text, [lesson])]
            if not read:
                continue
            kind = max(set(read), key=read.count)
            key = dict.fromkeys(key, kind)
            unseen = unseen[:1] or list(key)[:1]
        for index, item, symbol, text in listed:
            probes = (tokens(text)[:80], tokens(item.text)[:80])
            lessons = [lesson for lesson in lessons if tokens(lesson.text)[:80] not in probes]
            new = Lesson(0, key[symbol or unseen[0]], "", text, heading, item.page_start, item.page_end)
            lessons = place(lessons, new, index, blocks)
        changed = True
    return renumbered(lessons) if changed else lessons


# A run-in cue of a few words closing on a colon that opens a paragraph ("What this tells us:", "The learning:").
RUN_IN_CUE = re.compile(r"^(?P<cue>[A-Z][^:.!?;\n]{2,40}):\s+(?=[A-Z\u201c\"'])")


def _cue(block: Block) -> str:
    cue = block.lead.strip() if block.lead.strip().endswith(":") else ""
    if not cue and (m := RUN_IN_CUE.match(block.text)):
        cue = m.group(0).strip()
    return cue if 1 <= len(cue.split()) <= 6 and block.text.startswith(cue) else ""


def cued_under_subheadings(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """Sub-headings over narrative and then a paragraph opened by a run-in cue (the cue's words changing
    from one to the next: "What this tells us:", "The learning:"): where two sub-sections or more end so and
    the walk read none of them, each cued paragraph is the lesson its sub-heading titles (of the kind the
    cue names, else learning), the narrative before it none."""
    found: list[tuple[int, Block, Block, str]] = []  # cued paragraph's index, it, its sub-heading, its cue
    read: list[str] = []  # the narrative before the cued paragraphs
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        section: list[tuple[int, Block]] = []
        for j in range(index + 1, len(blocks)):
            if blocks[j].kind == "heading":
                break
            section.append((j, blocks[j]))
        if not 2 <= len(section) <= 4 or any(b.kind != "para" for _, b in section):
            continue
        last_index, last = section[-1]
        cue = _cue(last)
        if (
            cue
            and not any(_cue(b) for _, b in section[:-1])
            and len(last.text[len(cue) :].split()) >= 8
            and not re.match(r"(?:the\s+)?(?:context|background|evidence|rationale)\b", cue, re.I)
            and not re.search(r"\d", cue)  # a numbered label ("Finding 2:") the walk reads itself
            and not re.search(r"\d", block.text)  # a numbered sub-heading ("Key question 1: ...") heads no title
            and not COMMENTARY_CUE.match(last.text)
        ):
            found.append((last_index, last, block, cue))
            read.extend(b.text for _, b in section[:-1])
    levels = {heading.level for _, _, heading, _ in found}
    if len(found) < 2 or len(levels) != 1 or NOT_LESSONS.search(" ".join(h.text for _, _, h, _ in found)):
        return lessons
    if any(covered(block.text[len(cue) :].strip(), lessons) for _, block, _, cue in found) or any(
        covered(text, lessons) for text in read
    ):
        return (
            lessons  # sub-sections the walk reads ("What went well:", "Conclusion:", a titled lesson): as it reads them
        )
    for index, block, heading, cue in found:
        body = block.text[len(cue) :].strip()
        new = Lesson(
            0,
            kind_of_label(cue.rstrip(":"), "learning_point"),
            "",
            f"{heading.text} {body}",
            heading.text,
            heading.page_start,
            block.page_end,
            title=heading.text,
        )
        lessons = place(lessons, new, index, blocks)
    return renumbered(lessons)


# A section's heading naming the kind of its lessons ("Findings", "Key learning", "Good practice").
_KIND_SECTION = re.compile(
    r"\b(?:(?P<f>findings?)|(?P<lp>learning|lessons?)|(?P<gp>good\s+practice|strengths?))\b", re.I
)


def _question(block: Block) -> bool:
    text = block.text.strip()
    # a question behind a label ("Q1 What did ...?") is one the walk reads with its "A." answer
    return (
        block.kind == "para"
        and not block.lead
        and text.endswith("?")
        and 3 <= len(text.split()) <= 14
        and text[:1].isupper()
    )


def questions_over_text(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """Questions set in body type (a scan loses a heading's size), each over the paragraph answering it,
    two or more in a row under a heading naming findings or learning: each question titles the lesson its
    paragraph states."""
    changed = False
    heading: Block | None = None
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "heading":
            heading = block
            index += 1
            continue
        pairs = []
        j = index
        while (
            j + 1 < len(blocks)
            and _question(blocks[j])
            and blocks[j + 1].kind == "para"
            and not _question(blocks[j + 1])
        ):
            if len(blocks[j + 1].text.split()) < 12:
                break
            pairs.append((j, blocks[j], blocks[j + 1]))
            j += 2
        named = _KIND_SECTION.search(heading.text) if heading is not None else None
        if len(pairs) < 2 or heading is None or named is None or NOT_LESSONS.search(heading.text):
            index = max(j, index + 1)
            continue
        kind = {"f": "finding", "lp": "learning_point", "gp": "good_practice"}[
            next(k for k, v in named.groupdict().items() if v)
        ]
        for at, question, answer in pairs:
            probes = (tokens(answer.text)[:80], tokens(f"{question.text} {answer.text}")[:80])
            lessons = [lesson for lesson in lessons if tokens(lesson.text)[:80] not in probes]
            text = f"{question.text.strip()} {answer.text.strip()}"
            new = Lesson(
                0, kind, "", text, heading.text, question.page_start, answer.page_end, title=question.text.strip()
            )
            lessons = place(lessons, new, at, blocks)
        changed = True
        index = j
    return renumbered(lessons) if changed else lessons


# A "Recommendations" heading a scan ran into the first paragraph under it ("Recommendations All agencies should").
RUN_INTO = re.compile(r"^(?P<heading>(?:Key\s+)?Recommendations)\s+(?=[A-Z][a-z])")


def heading_run_into_recommendations(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """A paragraph opened by the word "Recommendations" run into a sentence that asks something, and the
    paragraphs after it that ask too (to the next heading): each a recommendation, under that heading."""
    changed = False
    for index, block in enumerate(blocks):
        m = RUN_INTO.match(block.text) if block.kind == "para" else None
        if not m or not ASKS.search(block.text[m.end() :]):
            continue
        heading = m.group("heading")
        items = [(index, block, block.text[m.end() :].strip())]
        for j in range(index + 1, len(blocks)):
            after = blocks[j]
            if after.kind == "heading" or after.kind == "row" or not ASKS.search(after.text):
                break
            items.append((j, after, after.text.strip()))
        if len(items) < 2:
            continue
        for at, item, text in items:
            probes = (tokens(text)[:80], tokens(item.text)[:80])
            lessons = [
                lesson
                for lesson in lessons
                if tokens(lesson.text)[:80] not in probes and tokens(text)[:80] not in tokens(lesson.text)
            ]
            new = Lesson(0, "recommendation", "", text, heading, item.page_start, item.page_end)
            lessons = place(lessons, new, at, blocks)
        changed = True
    return renumbered(lessons) if changed else lessons
