"""Ingest stage: lesson segmentation - the walk's helpers.

The section state the walk (ingest/lessons.py) keeps for each heading in force, and
the small tests and text helpers it asks of blocks and drafts: side heads, paired
lines, footnotes, cover titles, addressees, continuations. Its tests of headings
that name a chapter (an agency's, a theme's) or a group are in ingest/lesson_chapters.py.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ingest.layout import Block
from ingest.lesson_cues import DOCUMENT_TITLE, kind_of_label
from ingest.lesson_drafts import (
    Draft,
)
from ingest.lesson_patterns import ADDRESSEE, BOX_CUE, CUE_PREFIX, FIELD_LINE, LABEL, RESPONSE_FIELD
from ingest.lesson_table_columns import AGENCY_HEADER
from ingest.lesson_tables import event_date


def _reported_kind(match: re.Match[str]) -> str:
    return "recommendation" if "recommend" in match.group("verb").lower() else "finding"


_ZONE_SERIALS = itertools.count(1)


@dataclass
class _Zone:
    kind: str | None
    level: int
    heading: str
    summary: bool = False
    barrier: bool = False  # a non-lesson section ("Questions for reflection") inside a lesson section
    agency: str = ""  # a sub-heading naming an agency ("Police") inside recommendations: their lead
    learned_by: str = ""  # a sub-heading naming the agency whose own learning is under it ("What Police learned")
    # A cue sub-heading ("What we learned") under a plain theme heading: the theme heads its lesson.
    title: str = ""
    title_page: int = 0  # the page the theme heading is printed on: its lesson starts there
    page: int = 0  # the page the heading is printed on
    # Text printed under the heading before any sub-heading: a chapter with its own content, not a theme
    # whose parts its sub-headings are.
    filled: bool = False
    # Which section this is, for telling sections apart after they close (an id() may be reused).
    serial: int = field(default_factory=lambda: next(_ZONE_SERIALS))


FOOTNOTE = re.compile(r"^\d{1,2}\s+\S")
# A question the review answers, and its answer on the next line: "Q1 What did ...?" / "A. The ...".
QUESTION = re.compile(r"^(?:Q|Question)(?:\s*(?P<num>\d{1,2})\s*[.:)\-–]?|\s*[.:)\-–])\s+(?P<q>[A-Z].{5,300}?\?)\s*$")
ANSWER = re.compile(r"^(?:A|Answer)(?:\s*\d{1,2})?\s*[.:)\-–]\s*(?=\S)")
# "Issue: title" stacked over "Learning: text": the issue titles the learning.
ISSUE_LINE = re.compile(r"^(?:issue|topic|theme|concern|area)\s*:\s*(?P<title>[A-Z][^.!?]{1,120})\.?\s*$", re.I)


def _lead_among_fields(text: str) -> re.Match[str] | None:
    """The lead-agency field of a line of several fields split by "|" ("Type: Multi-agency | Lead: Police")."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) < 2:
        return None
    fields = [FIELD_LINE.match(p) for p in parts]
    if not all(fields):
        return None
    return next(
        (
            f
            for f in fields
            if f and AGENCY_HEADER.search(f.group("name")) and not RESPONSE_FIELD.search(f.group("name"))
        ),
        None,
    )


def _heads_bullets(current: Draft | None) -> bool:
    """Whether the lesson is a labelled, titled heading still taking text ("Learning 2: title" on a
    slide over its bullets), whose bullets are then its text, not lessons of their own."""
    return (
        current is not None
        and current.open
        and current.headed
        and bool(current.label)
        and current.kind != "recommendation"
        and not current.item
        and not current.row
    )


def _sidebar(block: Block) -> tuple[str, str] | None:
    """(cue, text) of a row whose last cell is a lesson box ("Key learning ...") beside a narrative
    cell of its own; the text is "" when the box's title stands alone in its cell."""
    cells = [c.strip() for c in block.cells]
    if block.kind != "row" or len(cells) != 2 or len(cells[0]) < 60 or not cells[0].rstrip().endswith((".", "?", "!")):
        return None
    match = BOX_CUE.match(cells[1])
    if match is None:
        return _titled_sidebar(block, cells[1])
    return match.group("cue"), (match.group("rest") or "").strip()


def _titled_sidebar(block: Block, box: str) -> tuple[str, str] | None:
    """("", text) of a box headed by its lesson's own title in bold over sentences of its own (C274's
    titled box set beside the narrative): the text is the title and the box's text."""
    title = block.side_title.strip()
    rest = box[len(title) :].strip() if box.startswith(title) else ""
    if not title or len(title.split()) > 12 or title.endswith((".", ":", "?", "!")) or not title[:1].isupper():
        return None
    if len(rest.split()) < 8 or not rest[:1].isupper() or not rest.endswith((".", "!")):
        return None
    return "", box


DATE_WORD = re.compile(
    r"^(?:spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|issue|edition|volume|page)$",
    re.I,
)


def _paired_lines(block: Block, following: Block | None) -> tuple[str, str, str] | None:
    """(label, title, kind) of a line that heads the paragraph after it as one lesson: a question over
    its answer ("Q2 What did ...?" / "A. ..."; a finding unless the section says otherwise) or an
    issue over its learning ("Issue: title" / "Learning: ..."); None for any other line."""
    if following is None or following.kind != "para":
        return None
    question = QUESTION.match(block.text)
    if question and ANSWER.match(following.text):
        return f"Q{question.group('num')}" if question.group("num") else "", question.group("q").strip(), ""
    issue = ISSUE_LINE.match(block.text)
    cue = CUE_PREFIX.match(following.text)
    if issue and cue and not cue.group("cue").lower().startswith("recommend"):
        return "", issue.group("title").strip(), kind_of_label(cue.group("cue"))
    return None


def _after_cue(text: str) -> str:
    """A paragraph's text after the cue that opens it ("A. ", "Learning: ")."""
    match = ANSWER.match(text) or CUE_PREFIX.match(text)
    return text[match.end() :] if match else text


def _bilingual_label(text: str) -> str:
    """The English half of a heading that prints a label in two languages, the same number in each,
    either way round ("Canfyddiad 1 / Finding 1: title", "Finding 1 / Canfyddiad 1: title" -> "Finding
    1: title"); "" for any other heading."""
    match = re.match(r"^(?P<first>[^/|:]{2,40}?)\s+/\s+(?P<second>[^/|:]{2,40}?)(?P<title>\s*[:\-–—].*)?$", text)
    if not match:
        return ""
    halves = [match.group("first").strip(), match.group("second").strip()]
    labels = [LABEL.fullmatch(h.rstrip(" .")) for h in halves]
    numbers = [re.findall(r"\d+", h) for h in halves]
    if sum(1 for label in labels if label) != 1 or numbers[0] != numbers[1] or len(numbers[0]) != 1:
        return ""
    english = halves[0] if labels[0] else halves[1]
    return english + (match.group("title") or "")


def _unquoted(text: str) -> str:
    """A lesson printed whole as a quotation ("“The mother's new partner ...”" in a key-message box):
    the words inside the marks."""
    match = re.fullmatch(r"[\"“‘'](?P<inner>[^\"“”]{8,})[\"”’']", text)
    return match.group("inner").strip() if match else text


def _has_words(text: str) -> bool:
    """Whether a lesson's text says anything: not only a date, an issue or page number ("| Summer 2017",
    what a newsletter's masthead "Issue 16 | Summer 2017" leaves after its label)."""
    return any(not DATE_WORD.match(w) for w in re.findall(r"[A-Za-z]{3,}", text))


def _ungroup(draft: Draft) -> None:
    """A row lesson whose theme cell turned out to span further rows: the theme is no title of it."""
    if draft.parts and draft.parts[0].startswith(draft.title + " "):
        draft.parts[0] = draft.parts[0][len(draft.title) + 1 :]
    draft.title = ""


# A chronology's comment that states learning: "Learning: Services worked with ...".
COMMENT_LEARNING = re.compile(
    r"^(?:key\s+)?(?:learning(?:\s+points?)?|lessons?(?:\s+learn(?:ed|t))?)\s*:\s+(?=[A-Z])", re.I
)


def _chronology_learning(block: Block) -> str | None:
    """The learning in a dated chronology row's last cell, after its cue (None when it states none)."""
    cells = [c.strip() for c in block.cells]
    if len(cells) < 3 or not event_date(cells[0]):
        return None
    cue = COMMENT_LEARNING.match(cells[-1])
    return cells[-1][cue.end() :] if cue else None


def _body_size(blocks: list[Block]) -> float:
    """The type size most paragraphs are set in (0 when the format has no sizes)."""
    sizes = [round(b.size * 2) / 2 for b in blocks if b.kind == "para" and b.size > 0]
    return max(set(sizes), key=sizes.count) if sizes else 0.0


def _footnote(block: Block, body_size: float) -> bool:
    """A paragraph of notes: numbered ("1 HM Government (2018) ..."), in type clearly smaller than the body."""
    return (
        block.kind == "para"
        and body_size > 0
        and 0 < block.size <= body_size - 1.5
        and bool(FOOTNOTE.match(block.text))
    )


def _cover_title(blocks: list[Block]) -> Block | None:
    """The first heading, when it is on page 1 and set above every other heading."""
    headings = [b for b in blocks if b.kind == "heading" and not LABEL.match(b.text)]
    if not headings or headings[0].page_start != 1:
        return None
    first, others = headings[0], headings[1:]
    if not others:
        return first if DOCUMENT_TITLE.search(first.text) else None
    if first.size > 0 and first.size > max(b.size for b in others):
        return first
    if first.level and first.level < min(b.level or 9 for b in others):
        return first
    return None


def _cover_title_under_name(blocks: list[Block]) -> Block | None:
    """The title of a cover whose first heading is the partnership's name set smaller above it: the
    largest heading of page 1, set larger than every heading after it and among the cover's first three,
    with sections of their own after it (a letter's only heading, "Thank you for ...", is its section)."""
    headings = [b for b in blocks if b.kind == "heading" and not LABEL.match(b.text)]
    cover = [b for b in headings[:3] if b.page_start == 1]
    if len(cover) < 2 or not all(b.size > 0 for b in cover):
        return None
    title = max(cover, key=lambda b: b.size)
    rest = [b for b in headings if b is not title]
    if title is headings[0] or any(b.size >= title.size for b in rest):
        return None
    sections = [b for b in headings[headings.index(title) + 1 :] if b.size != headings[0].size]
    return title if sections else None


def _addressee(text: str) -> str:
    """The agency a sub-heading or addressee line names, without "To the" ("To the Police:" -> "Police")."""
    text = text.strip(" :")
    match = ADDRESSEE.match(text + ":")
    who = match.group("who") if match else text
    return who[:1].upper() + who[1:]


def _display_numeral(block: Block, body_size: float) -> bool:
    """A number alone on its line in display type ("1" set three times the body's size; in a format
    that gives no sizes, a paragraph of a number alone)."""
    return (
        block.kind in ("para", "heading")
        and re.fullmatch(r"\d{1,2}", block.text.strip()) is not None
        and (block.size >= 1.6 * body_size if body_size > 0 else block.size == 0)
    )


def _emphasised(block: Block) -> list[str]:
    """The whole sentences a paragraph of plain text sets in bold (a learning point inside the
    narrative); not the bold run that opens it (a run-in heading or label), nor a few bold words."""
    runs = []
    for run in block.emphasis:
        if run == block.lead or block.text.startswith(run) or len(run) > 0.8 * len(block.text):
            continue
        if run[:1].isupper() and run.endswith((".", "!", "?")) and len(run.split()) >= 8:
            runs.append(run)
    return runs


def _continues(draft: Draft, text: str) -> bool:
    """A paragraph that carries on the lesson before it rather than starting one:
    the lesson so far is only its label ("Learning point 3"), or ends with a colon."""
    return not draft.parts or draft.parts[-1].rstrip().endswith(":")
