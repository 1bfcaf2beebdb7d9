"""Ingest stage: lesson segmentation - a finding whose paragraph goes on into a lesson of another kind.

Runs after the passes over paragraphs closed by what they are (ingest/lesson_closing_sentences.py). A
review may tell a finding and what it asks or praises in one paragraph, the kind of each part told only
by the words opening its sentence:
- "The review found that <what happened>. It recommends that <agency> should <action>.": the finding
  ends before "It recommends"; the recommendation is that sentence onwards ("The review recommends
  that", "We recommend that" alike), unlabelled, with no lead agency (the agency named inside it is the
  subject of its sentence, not a printed addressee);
- "<what went wrong>. There was also good practice in this period. <praise>": the finding ends before
  "There was also"; the good practice is that sentence to the paragraph's end ("Good practice was also
  seen ..." alike).
Only a sentence opening with the cue starts the new lesson: a recommendation quoted, negated ("The review
does not recommend ...") or reported ("The previous review recommended ...") never matches.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_placing import first_block, renumbered
from ingest.records import Lesson

# A sentence, not the lesson's first, that opens a recommendation or good practice. Case matters: the cue
# opens its sentence.
EMBEDDED_CUE = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?="
    r"(?P<recommendation>(?:It|We|The\s+(?:review|reviewers?|panel|review\s+panel|partnership|board|author)|"
    r"This\s+review)\s+(?:therefore\s+|also\s+|further\s+)?recommends?\s+that\b)|"
    r"(?P<good_practice>There\s+(?:was|were|is)\s+also\s+(?:some\s+|examples?\s+of\s+)?"
    r"(?:good|positive|notable|effective)\s+practice\b|"
    r"(?:Good|Positive|Notable)\s+practice\s+was\s+(?:also\s+)?(?:seen|noted|evident|found|identified)\b))"
)
# The kinds of lesson whose paragraph may go on into another's.
SPLIT_KINDS = frozenset({"finding", "learning_point"})


def _parts(lesson: Lesson) -> list[tuple[str, str]]:
    """The lesson's text cut at each embedded cue: (kind, text) pairs, the lesson's own part first."""
    cuts = [(m.start(), m.end(), m.lastgroup or "") for m in EMBEDDED_CUE.finditer(lesson.text)]
    # the lesson keeps at least its title and one sentence of its own
    own = len(lesson.title)
    cuts = [cut for cut in cuts if len(lesson.text[own : cut[0]].split()) >= 6]
    if not cuts:
        return [(lesson.kind, lesson.text)]
    parts = [(lesson.kind, lesson.text[: cuts[0][0]].strip())]
    for n, (_, begin, kind) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(lesson.text)
        parts.append((kind, lesson.text[begin:end].strip()))
    return parts


def embedded_kinds(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons with each finding's recommendation or good practice told inside its paragraph made a
    lesson of its own, after the finding."""
    out: list[Lesson] = []
    split = False
    for lesson in lessons:
        parts = _parts(lesson) if lesson.kind in SPLIT_KINDS else [(lesson.kind, lesson.text)]
        if len(parts) == 1:
            out.append(lesson)
            continue
        split = True
        out.append(replace(lesson, text=parts[0][1]))
        for kind, text in parts[1:]:
            at = first_block(text, blocks)
            page = blocks[at].page_start if at >= 0 else lesson.page_end
            out.append(
                Lesson(0, kind, "", text, lesson.section, page, max(page, blocks[at].page_end if at >= 0 else page))
            )
    return renumbered(out) if split else lessons
