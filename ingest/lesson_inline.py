"""Ingest stage: lesson segmentation - passes over the walk's lessons for lessons marked inline.

The walk (ingest/lessons.py) cuts lessons out of blocks; these passes then read what it could not
see block by block: a learning sentence opened by a lead-in inside a discussion paragraph ("The key
learning here is that ..."), paragraphs tagged at their end with the code of the lesson they carry
("... [L2]", "[R1]"), items whose run-in tag names their kind ("Learning: ...", "Good practice: ..."),
the reflective model's "What? / So what? / Now what?" under a theme's heading, and recommendations
numbered inline in one paragraph ("(i) ...; (ii) ...; and (iii) ..."). Each pass returns the lessons
renumbered from 1.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import CODE_KINDS, kind_of_label
from ingest.lesson_passes import COMMENTARY_CUE
from ingest.lesson_patterns import ASKS
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
# Sections whose paragraphs are never lessons however they are worded.
NOT_LESSONS = re.compile(
    r"\b(?:contents|introduction|terms\s+of\s+reference|methodology|method|scope|glossary|summary|foreword|"
    r"acknowledg\w*|chronology)\b",
    re.I,
)


def _tokens(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _renumbered(lessons: list[Lesson]) -> list[Lesson]:
    return [replace(lesson, ordinal=n) for n, lesson in enumerate(lessons, 1)]


def _covered(text: str, lessons: list[Lesson]) -> bool:
    """Whether the words opening `text` are already inside one of the lessons."""
    probe = _tokens(text)[:80]
    return any(probe and probe in _tokens(lesson.text) for lesson in lessons)


def _first_block(text: str, blocks: list[Block]) -> int:
    """The index of the first block whose words hold the words opening `text` (-1: none does)."""
    probe = " ".join(_tokens(text).split()[:8])
    return next((i for i, block in enumerate(blocks) if probe and probe in _tokens(block.text)), -1)


def _place(lessons: list[Lesson], new: Lesson, at_block: int, blocks: list[Block]) -> list[Lesson]:
    """`new` (read from blocks[at_block]) inserted among `lessons` in document order."""
    for i, lesson in enumerate(lessons):
        where = _first_block(lesson.text, blocks)
        if where > at_block or (where < 0 and lesson.page_start > new.page_start):
            return lessons[:i] + [new] + lessons[i:]
    return lessons + [new]


def _sections(blocks: list[Block]) -> list[tuple[int, Block, str]]:
    """Each block that is no heading, with its index and the heading it sits under (the nearest before it)."""
    out: list[tuple[int, Block, str]] = []
    heading = ""
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            heading = block.text
            continue
        out.append((index, block, heading))
    return out


def learning_after_lead_in(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """A learning sentence opened by a lead-in inside a paragraph of narrative: the lesson is the lead-in's
    sentence and what follows it in the paragraph, never the narrative before it."""
    added = False
    for index, block, heading in _sections(blocks):
        if block.kind != "para" or NOT_LESSONS.search(heading):
            continue
        m = LEAD_IN.search(block.text)
        if not m:
            continue
        text = block.text[m.start() :].strip()
        if _covered(text, lessons):
            continue
        # narrative the walk took for a lesson of its own (the paragraph from its start): replaced
        whole = _tokens(block.text)[:80]
        lessons = [lesson for lesson in lessons if not (whole and _tokens(lesson.text)[:80] == whole)]
        new = Lesson(0, "learning_point", "", text, heading, block.page_start, block.page_end)
        lessons = _place(lessons, new, index, blocks)
        added = True
    return _renumbered(lessons) if added else lessons


# A paragraph closed by the code of the lesson it carries, in brackets ("... [L2]", "[R1]", "[GP 3]", "(KF2)"):
# the code gives the kind (ingest.lesson_cues.CODE_KINDS) and the label; untagged paragraphs are narrative.
END_TAG = re.compile(r"\s*[\[(](?P<code>[A-Z]{1,2})\s?-?\s?(?P<n>\d{1,2}[a-z]?)?[\])]\W*$")


def tagged_paragraphs(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """Paragraphs tagged at their end with a lesson's code: each a lesson of the kind the code names, its
    text without the tag, where paragraphs carry tags of two kinds or more (one code closing every item of a
    list is a cross-reference: "... (F2)" after each recommendation names the finding it answers)."""
    tagged = [
        (index, block, heading, m)
        for index, block, heading in _sections(blocks)
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
        probe = _tokens(text)[:80]
        lessons = [lesson for lesson in lessons if _tokens(lesson.text)[:80] != probe]
        label = m.group("code") + (m.group("n") or "")
        new = Lesson(0, CODE_KINDS[m.group("code")], label, text, heading, block.page_start, block.page_end)
        lessons = _place(lessons, new, index, blocks)
    return _renumbered(lessons)


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
        for index, block, heading in _sections(blocks)
        if block.kind == "para" and (m := REFLECTIVE.match(block.text)) and len(block.text[m.end() :].split()) >= 5
    ]
    if not {"so", "now"} <= {m.group("prompt").lower().split()[0] for *_, m in found}:
        return lessons
    pages = {block.text: block.page_start for block in blocks if block.kind == "heading"}
    for index, block, heading, m in found:
        body = block.text[m.end() :].strip()
        probes = (_tokens(body)[:80], _tokens(block.text)[:80])
        lessons = [lesson for lesson in lessons if not any(p and p in _tokens(lesson.text)[:160] for p in probes)]
        prompt = m.group("prompt").lower().split()[0]
        if prompt == "what":
            continue
        if prompt == "now":
            new = Lesson(0, "recommendation", "", body, heading, block.page_start, block.page_end)
        else:
            page = min(pages.get(heading, block.page_start), block.page_start)
            text = f"{heading} {body}" if heading else body
            new = Lesson(0, "learning_point", "", text, heading, page, block.page_end, title=heading)
        lessons = _place(lessons, new, index, blocks)
    return _renumbered(lessons)


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
    return _renumbered(out)


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
            read = [lesson.kind for _, item, _, text in listed for lesson in lessons if _covered(text, [lesson])]
            if not read:
                continue
            kind = max(set(read), key=read.count)
            key = dict.fromkeys(key, kind)
            unseen = unseen[:1] or list(key)[:1]
        for index, item, symbol, text in listed:
            probes = (_tokens(text)[:80], _tokens(item.text)[:80])
            lessons = [lesson for lesson in lessons if _tokens(lesson.text)[:80] not in probes]
            new = Lesson(0, key[symbol or unseen[0]], "", text, heading, item.page_start, item.page_end)
            lessons = _place(lessons, new, index, blocks)
        changed = True
    return _renumbered(lessons) if changed else lessons


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
    if any(_covered(block.text[len(cue) :].strip(), lessons) for _, block, _, cue in found) or any(
        _covered(text, lessons) for text in read
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
        lessons = _place(lessons, new, index, blocks)
    return _renumbered(lessons)


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
            probes = (_tokens(answer.text)[:80], _tokens(f"{question.text} {answer.text}")[:80])
            lessons = [lesson for lesson in lessons if _tokens(lesson.text)[:80] not in probes]
            text = f"{question.text.strip()} {answer.text.strip()}"
            new = Lesson(
                0, kind, "", text, heading.text, question.page_start, answer.page_end, title=question.text.strip()
            )
            lessons = _place(lessons, new, at, blocks)
        changed = True
        index = j
    return _renumbered(lessons) if changed else lessons


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
            probes = (_tokens(text)[:80], _tokens(item.text)[:80])
            lessons = [
                lesson
                for lesson in lessons
                if _tokens(lesson.text)[:80] not in probes and _tokens(text)[:80] not in _tokens(lesson.text)
            ]
            new = Lesson(0, "recommendation", "", text, heading, item.page_start, item.page_end)
            lessons = _place(lessons, new, at, blocks)
        changed = True
    return _renumbered(lessons) if changed else lessons


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
    ):
        lessons = step(lessons, blocks)
    return lessons
