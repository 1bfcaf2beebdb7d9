"""Ingest stage: lesson segmentation, the material around a review's lessons that is never one of them.

A letter to the child opening (or closing) the report ("A letter to Oscar", "Dear Oscar,"): the learning
told to the child in the second person, recorded as lessons where the body prints it; a summary for children printed
before the report, its bullets restating it in simple words (the same); and a table
answering the review's own questions ("Key line of enquiry | What the review found") under a heading
naming no kind of lesson, in a review whose learning follows in a section of its own: the answers are the
analysis the learning is drawn from. (A research summary is ingest.lesson_cues.RESEARCH_SECTION.) And the
agency an individual management review's own recommendations belong to, named by the sentence announcing
them ("The Police IMR made the following recommendations:") or the heading they are summarised under.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_agency_groups import agency_group_name
from ingest.lesson_cues import strip_number, zone_kind

# "A letter to Oscar", "Letter to Child E", "A letter for Zara", "Dear Oscar" as a heading.
LETTER_TO_CHILD = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:an?|our|my)\s+)?(?:open\s+)?letter\s+(?:to|for)\s+"
    r"(?!(?:the\s+)?(?:partnership|board|panel|chair|minister|secretary|agencies|practitioners|professionals)\b)"
    r"(?:[\w'’-]+\s*){1,3}\W*$|^\W*dear\s+(?:[\w'’-]+\s*){1,3}\W*$",
    re.I,
)

# A summary for children printed before the report: "A summary for children and young people", "A children's
# summary", "A version for young people"; its bullets restate the report in simple words (see summary_for_children).
CHILDREN_SUMMARY = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:an?|our)\s+)?(?:(?:short|easy[\s-]read|plain[\s-]english)\s+)?(?:summary|version)\s+"
    r"(?:for|written\s+for)\s+(?:children|young\s+people)(?:\s+and\s+(?:young\s+people|families|children))?\W*$|"
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:an?|our)\s+)?(?:children['’]s|child[\s-]friendly|young\s+people['’]s)\s+"
    r"(?:summary|version)\W*$|"
    # an easy-read version of the whole report, printed before or after it: "Easy read version", "An easy-read
    # summary of the report", "Easy read"
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:an?|the|our)\s+)?easy[\s-]?read(?:\s+(?:version|summary))?"
    r"(?:\s+of\s+(?:the|this)\s+(?:report|review))?\W*$",
    re.I,
)


def summary_for_children(blocks: list[Block], index: int) -> bool:
    """Whether the heading at `index` is, or sits under, a summary for children (or an easy-read version)
    printed before or after the report: the report's own lessons sit under a heading naming them outside the
    summary (a young people's version standing alone holds its lessons and is no such summary)."""
    level = blocks[index].level or 1
    at = index
    for i in range(index, -1, -1):
        block = blocks[i]
        if block.kind != "heading" or (i != index and (block.level or 1) >= level):
            continue
        level = block.level or 1
        if CHILDREN_SUMMARY.match(block.text):
            at = i
            break
    else:
        return False
    top = blocks[at].level or 1
    # the report's lessons under a heading naming them outside the summary: after it, or before it (a version
    # printed after the report)
    return any(
        b.kind == "heading" and (b.level or 1) <= top and zone_kind(b.text) is not None for b in blocks[at + 1 :]
    ) or any(b.kind == "heading" and zone_kind(b.text) is not None for b in blocks[:at])


# A column naming the review's own questions: "Key line of enquiry", "Line of enquiry", "KLOE",
# "Term of reference", "Review question".
QUESTION_COLUMN = re.compile(
    r"^\W*(?:key\s+)?(?:lines?\s+of\s+(?:enquiry|inquiry)|kloes?|terms?\s+of\s+reference|tor|"
    r"(?:review|research)\s+questions?|questions?(?:\s+(?:asked|set))?)\W*$",
    re.I,
)


def answers_to_questions(cells: list[str], blocks: list[Block], index: int) -> bool:
    """Whether a header row (at `index`) heads the answers to the review's own questions
    ("Key line of enquiry | What the review found") in a review whose findings or learning follow under a
    heading of their own: analysis the lessons are drawn from, never lessons."""
    if not any(QUESTION_COLUMN.match(c) for c in cells):
        return False
    return any(b.kind == "heading" and zone_kind(b.text) in ("finding", "learning_point") for b in blocks[index + 1 :])


def enquiry_answer_rows(blocks: list[Block]) -> frozenset[int]:
    """The rows (by id) of every table answering the review's own questions (`answers_to_questions`), its
    header included: the learned stages propose none of them either."""
    rows: set[int] = set()
    inside = False
    for index, block in enumerate(blocks):
        if block.kind != "row":
            inside = False
        elif inside or answers_to_questions([c.strip() for c in block.cells], blocks, index):
            inside = True
            rows.add(id(block))
    return frozenset(rows)


# The sentence announcing an agency's own review's recommendations: "The Mental Health Trust IMR made the
# following recommendations:", "The Police individual management review recommended:".
_OWN_REVIEW_ANNOUNCED = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<agency>[A-Z][\w'’&,\s-]{1,60}?)(?:['’]s)?\s+(?:IMR|individual\s+management\s+review|"
    r"single[- ]agency\s+review|agency\s+report)\s+(?:made|makes|has\s+made|contained|contains|included|includes|"
    r"recommended|recommends)\b"
)
# The same sentence naming no agency ("The IMR made the following recommendations:"): the heading names it.
_UNNAMED_OWN_REVIEW = re.compile(
    r"^\W*(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:IMR|individual\s+management\s+review|agency['’]s\s+review)\s+(?:made|makes|has\s+made|"
    r"contained|included|recommended)\b"
)


def own_review_agency(blocks: list[Block], index: int, heading: str) -> str:
    """The agency whose own review (an IMR) made the recommendations listed from `index` on: the one the
    announcing sentence before the list names ("The Police IMR made the following recommendations:"),
    or, when it names none, the agency the heading in force names ("3.2 Children's Social Care"); else ""."""
    at = index
    while at > 0 and blocks[at - 1].kind == "item":
        at -= 1
    if at == 0 or blocks[at - 1].kind != "para":
        return ""
    sentence = blocks[at - 1].text.strip()
    if _UNNAMED_OWN_REVIEW.match(sentence):
        return agency_group_name(strip_number(heading))
    named = _OWN_REVIEW_ANNOUNCED.match(sentence)
    return named.group("agency").strip() if named else ""


def own_review_announcement(text: str) -> bool:
    """Whether a sentence announces the recommendations an agency's own review made ("The Police IMR made
    the following recommendations:"): they are lessons wherever the report prints them (a scan may lose
    the heading they were summarised under, leaving them under "Background")."""
    return bool(_UNNAMED_OWN_REVIEW.match(text.strip()) or _OWN_REVIEW_ANNOUNCED.match(text.strip()))
