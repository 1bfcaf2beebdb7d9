"""Ingest stage: lesson drafts, and which of them are lessons.

A draft is a lesson as segmentation (ingest/lessons.py) cuts it out, with
how it was found: labelled, listed, a table row, a plain paragraph, under a
heading, in a summary or an appendix. After the walk, drafts that only
introduce a list, point to a recommendation printed elsewhere, or restate
the body in a summary or appendix are dropped, and the same words printed
twice are kept once unless a label or a lead agency tells them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.layout import Block
from ingest.lesson_placing import tokens

DIRECTIVE = re.compile(
    r"\b(?:should|must|will|shall|needs?\s+to|ought|recommend\w*|(?:is|are)\s+(?:asked|invited|encouraged)|"
    r"to\s+(?:ensure|seek|review|consider|develop|establish|provide|audit|agree|assure|promote|produce|publish|"
    r"raise|share|strengthen|improve|monitor|evaluate|embed|implement|update|issue|commission|undertake)|"
    r"consider\w*|ensure)\b",
    re.I,
)


# "... its meaning needs to be explained. The Partnership should ... (Recommendation 3)." closing a paragraph.
CITED_RECOMMENDATION = re.compile(r"\s*\(\s*recommendations?\s+(?P<num>\d{1,2})\s*\)\s*\.?\s*$", re.I)


@dataclass
class Draft:
    kind: str
    label: str
    parts: list[str]
    section: str
    page_start: int
    page_end: int
    agency: str = ""
    in_summary: bool = False
    open: bool = True  # later paragraphs may still join it
    zone: int = 0  # which lesson section it was found in
    plain: bool = False  # an unlabelled paragraph, not an item, row or labelled lesson
    title: str = ""  # the heading printed for the lesson
    headed: bool = False  # started by its heading: the paragraphs after it are its text
    heading_only: bool = True  # nothing but the heading so far
    item: bool = False  # started by a list item
    cited: int = 0  # a recommendation a conclusion states and numbers "(Recommendation N)": kept when nothing else is
    row: bool = False  # a table row's lesson
    sub_items: bool = False  # a numbered title ("1. Curiosity about ...") whose bullets are its text
    size: float = 0.0  # the type size of a labelled title set in a box: the box's text is set alike
    stem: bool = False  # a numbered stem ending in a colon ("1. The Partnership should:"): lettered parts join it
    indent: float = 0.0  # where a bullet title starts on the page: its sub-bullets are set further in
    opening_title: bool = False  # a label alone over its text: a title phrase opening the text titles it
    # The number a list draws before the block it starts at and its text leaves out (an HTML <ol> item's):
    # its label when it prints none. Kept apart from `label` so it decides nothing about which drafts are lessons.
    number: str = ""
    # Found in a section of two kinds ("Learning and recommendations"): the kind it is when it asks nothing.
    unasked: str = ""
    # More than its label printed before its text (an "Addressed to:" line): the lesson starts on that page.
    started: bool = False

    def add(self, text: str, block: Block) -> None:
        if not self.parts and not self.started:
            # A label alone at the foot of a page: the lesson starts where its text does.
            self.page_start = block.page_start
        self.parts.append(text)
        self.page_end = block.page_end
        self.heading_only = False


def cited_recommendation(text: str) -> tuple[str, str, str] | None:
    """(number, finding, recommendation) of a paragraph whose last sentence asks something of
    someone and is numbered "(Recommendation N)", or None."""
    match = CITED_RECOMMENDATION.search(text)
    if not match:
        return None
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[: match.start()].strip())
    if not sentences or not DIRECTIVE.search(sentences[-1]):
        return None
    return match.group("num"), " ".join(sentences[:-1]).strip(), sentences[-1].strip()


def drop_cited_restatements(drafts: list[Draft]) -> list[Draft]:
    """A conclusion numbering a recommendation the review prints elsewhere (in its list of
    recommendations) only points to it: neither it nor its finding is a lesson of its own."""
    printed = {
        re.sub(r"\D", "", d.label)
        for d in drafts
        if d.kind == "recommendation" and not d.cited and re.sub(r"\D", "", d.label)
    }
    return [d for d in drafts if not (d.cited and str(d.cited) in printed)]


def drop_preambles(drafts: list[Draft]) -> list[Draft]:
    """In a section whose lessons are labelled or listed, plain paragraphs are not lessons:
    before the first they introduce them ("This section sets out ..."; a recommendation that asks
    something of someone excepted), among or after two or more they are the narrative the lessons
    draw on or lead to. The paragraph just before a list numbered from 2 is its first item."""
    first_labelled: dict[int, int] = {}
    labelled: dict[int, int] = {}
    labelled_sections: dict[int, set[str]] = {}
    for index, d in enumerate(drafts):
        if d.label or d.item or d.row:
            first_labelled.setdefault(d.zone, index)
            labelled[d.zone] = labelled.get(d.zone, 0) + 1
            labelled_sections.setdefault(d.zone, set()).add(d.section)
    for zone, first in first_labelled.items():
        before = drafts[first - 1] if first else None
        if (
            drafts[first].label == "2"
            and before is not None
            and before.zone == zone
            and before.plain
            and not before.label
            and before.kind == drafts[first].kind
        ):
            # A list numbered from 2: the paragraph just before it is item 1, whose number a scan lost.
            before.label, before.plain = "1", False
            first_labelled[zone] = first - 1
    return [
        d
        for index, d in enumerate(drafts)
        if not (
            d.plain
            and not (d.unasked and d.kind == d.unasked)
            and not d.label
            # a paragraph under a sub-heading of its own naming whom it is for ("For the Child Safeguarding
            # Practice Review Panel" after the numbered recommendations): a recommendation of its own
            and not (d.kind == "recommendation" and d.agency and d.section not in labelled_sections.get(d.zone, set()))
            and (
                (index < first_labelled.get(d.zone, -1) and not _asks(d))
                or (index > first_labelled.get(d.zone, len(drafts)) and labelled.get(d.zone, 0) >= 2)
            )
        )
    ]


def _asks(draft: Draft) -> bool:
    """A plain recommendation that asks something of someone ("Commissioners should ensure ..."),
    not one introducing the list after it: a list item whose number the reader lost (a scan)."""
    text = draft_text(draft)
    return draft.kind == "recommendation" and bool(re.search(r"\b(?:should|must)\b", text)) and not text.endswith(":")


INLINE_AGENCY = re.compile(
    r"\s*\(?\b(?:lead\s+agency|lead\s+agencies|lead|responsible\s+agency)\s*:\s*([^.;()]{2,80})\.?\)?\s*$", re.I
)


def draft_text(draft: Draft) -> str:
    text = re.sub(r"\s+", " ", " ".join(p.strip() for p in draft.parts)).strip()
    if draft.kind == "recommendation":
        # "... analysed for patterns. Lead agency: Police." names the lead agency inline
        # (read the same way however often the text is asked for).
        match = INLINE_AGENCY.search(text)
        if match and match.start() > 0 and (not draft.agency or draft.agency == match.group(1).strip()):
            draft.agency = match.group(1).strip()
            text = text[: match.start()].rstrip()
    return text


def content_words(text: str) -> set[str]:
    """The words of four letters or more in a text, lower-cased: what two printings of a lesson share."""
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def drop_summary_restatements(drafts: list[Draft]) -> list[Draft]:
    body = [d for d in drafts if not d.in_summary]
    kept = []
    seen: dict[tuple[str, str], list[Draft]] = {}
    names = {id(d): _named_in_a_frame(d, drafts, body) for d in drafts if d.in_summary}
    for d in drafts:
        named = names.get(id(d))
        if named is not None:
            # "Practice needs to improve in this area: <the title of Learning 2>.": the summary's own wording
            # of that lesson, a lesson in its own right and of its kind
            d.kind = named.kind
        elif body and d.in_summary and _restated(d, body):
            continue
        # The same lesson printed twice in the body (a key-messages box repeating a paragraph): once.
        # The same words under another label or for another agency ("Recommendation 3 ... Lead: Police",
        # "Recommendation 4 ... Lead: Health") are two lessons.
        key = (d.kind, tokens(draft_text(d)))
        if any(not _told_apart(d, other) for other in seen.get(key, [])):
            continue
        seen.setdefault(key, []).append(d)
        kept.append(d)
    return kept


# A sentence frame shares at least this many words across a summary's items ("Practice needs to improve in this
# area: ..."); fewer is a pointer's habit ("<title> (Finding 1)").
_FRAME_WORDS = 3


def _named_in_a_frame(summary: Draft, drafts: list[Draft], body: list[Draft]) -> Draft | None:
    """The body's finding or learning a summary item names by its title inside a sentence frame every item of
    its list shares ("Practice needs to improve in this area: learning that is not new." beside "Learning 2:
    Learning that is not new"), the item saying nothing but the frame and the title; else None. (A list of the
    bare titles points to the lessons and is none of its own.)"""
    siblings = [
        d
        for d in drafts
        if d.in_summary and d.section == summary.section and d.zone == summary.zone and d.kind == summary.kind
    ]
    if len(siblings) < 2:
        return None
    frame = set.intersection(*(content_words(draft_text(d)) for d in siblings))
    if len(frame) < _FRAME_WORDS:
        return None
    text = draft_text(summary)
    own = content_words(text) - frame
    flat = tokens(text)
    for b in body:
        title = tokens(b.title)
        if (
            b.kind in ("finding", "learning_point")
            and title
            and f" {title} " in f" {flat} "
            and own <= content_words(title)
        ):
            return b
    return None


def different_leads(a: Draft, b: Draft) -> bool:
    """Whether both drafts name a lead agency and the two are different agencies."""
    return bool(a.agency and b.agency and tokens(a.agency) != tokens(b.agency))


def _told_apart(a: Draft, b: Draft) -> bool:
    """Whether two lessons with the same words are still two: both labelled, differently, or
    both with a lead agency, a different one."""
    return bool(a.label and b.label and a.label != b.label) or different_leads(a, b)


def _restated(summary: Draft, body: list[Draft]) -> bool:
    if summary.label and any(b.label == summary.label and b.kind == summary.kind for b in body):
        return True
    words = content_words(draft_text(summary))
    if not words:
        return True
    for b in body:
        # a summary may call the body's learning what the review found, or the other way round
        if b.kind != summary.kind and {summary.kind, b.kind} != {"learning_point", "finding"}:
            continue
        other = content_words(draft_text(b))
        if len(words & other) >= 0.6 * len(words):
            return True
    return _title_beside_its_lesson(summary, body)


def _title_beside_its_lesson(summary: Draft, body: list[Draft]) -> bool:
    """A summary table's row pairing a body lesson's title with another body lesson's words ("Information
    shared but not understood | All agencies should ensure ..."): both already read, word for word."""
    title = summary.title.strip(" .:").lower()
    if not title or not any(b.title.strip(" .:").lower() == title for b in body):
        return False
    text = draft_text(summary)
    rest = content_words(text[len(summary.title) :]) if text.startswith(summary.title) else set()
    return bool(rest) and any(len(rest & content_words(draft_text(b))) >= 0.9 * len(rest) for b in body)
