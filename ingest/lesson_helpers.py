"""Ingest stage: lesson segmentation - the walk's helpers.

The section state the walk (ingest/lessons.py) keeps for each heading in force, and
the small tests and text helpers it asks of blocks and drafts: side heads, paired
lines, footnotes, cover titles, addressees, continuations.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ingest.layout import Block
from ingest.lesson_cues import DOCUMENT_TITLE, PARA_NUMBER, heading_number, kind_of_label, strip_number, zone_kind
from ingest.lesson_drafts import (
    Draft,
)
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_patterns import ADDRESSEE, AGENCY_NAME, BOX_CUE, CUE_PREFIX, FIELD_LINE, LABEL, RESPONSE_FIELD
from ingest.lesson_table_columns import AGENCY_HEADER
from ingest.lesson_tables import event_date
from ingest.lesson_text_cues import numbered_title, title_line


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
# Chapters that hold a review's parts, never one theme's title.
CHAPTER = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:analysis|discussion|conclusions?|the\s+review|overview|summary|main\s+report|"
    r"themes?|(?:key\s+)?(?:practice\s+)?episodes?|key\s+themes|part\s+[a-z0-9]+)\b",
    re.I,
)


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
        return None
    return match.group("cue"), (match.group("rest") or "").strip()


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


# A lettered item: "a) ...", "(b) ...", "c. ...".
LETTERED = re.compile(r"^\(?[a-z][.)]\s+(?=\S)")


def _outline_group(text: str, following: Block | None) -> str:
    """The number of a numbered title ("2. Leadership and the workforce") whose next block is numbered
    under it ("2.1 All agencies should ..."): a group of lessons in a two-level outline; else ""."""
    titled = numbered_title(text) or (
        (heading_number(text).rstrip("."), strip_number(text))
        if re.fullmatch(r"\d{1,2}\.?", heading_number(text)) and title_line(strip_number(text))
        else None
    )
    sub = PARA_NUMBER.match(following.text) if following is not None else None
    if (
        titled is None
        and following is not None
        and following.kind == "item"
        and LETTERED.match(following.text)
        and not LETTERED.match(text)
        and title_line(text)
        and not zone_kind(text)
    ):
        # "Working with probation" (its number a list's, not printed in the text) over "(a) ...": a theme
        return "0"
    if titled is None and sub and title_line(text) and not zone_kind(text):
        # "Hidden men" (its number a list's, not printed in the text) over "1.1 ...": the group of "1."
        return sub.group("num").split(".")[0]
    if titled is None or not titled[0].isdigit() or following is None or zone_kind(titled[1]):
        return ""
    if (
        following.kind == "item"
        and LETTERED.match(following.text)
        and title_line(titled[1])
        and not LETTERED.match(text)
    ):
        # "1. Information sharing" over "a) ...", "b) ...": a theme grouping the lettered lessons under it
        return titled[0]
    return titled[0] if sub and sub.group("num").startswith(titled[0] + ".") else ""


# The words an agency chapter's heading may add to the agency's name: "Children's social care",
# "Acute hospital services", "The police's involvement".
_AGENCY_FILLER = re.compile(
    r"\b(?:the|and|of|each|every|children'?s|adults?'?|acute|community|primary|local|services?|teams?|involvement|contact|"
    r"response|work)\b|['’]s\b",
    re.I,
)


_MORE_SERVICES = re.compile(
    r"\b(?:early\s+years|nurser(?:y|ies)|childminders?|maternity|substance\s+misuse|drug\s+and\s+alcohol|mental\s+health|"
    r"adult\s+social\s+care|local\s+authority|agency|agencies|services|"
    # specialist and voluntary services a review names for their part ("Domestic abuse service:", "IDVA:")
    r"domestic\s+(?:abuse|violence)(?:\s+(?:support|outreach))?|idvas?|isvas?|camhs|children'?s\s+centres?|family\s+hubs?|"
    r"voluntary\s+(?:and\s+community\s+)?sector|youth\s+services?|refuges?|health\s+visitors?|midwives|school\s+nurs(?:es?|ing))\b",
    re.I,
)


def _agency_chapter(heading: str) -> bool:
    """A heading that names only an agency ("Police", "Health services", "Children's social care"): a
    chapter on that agency's part, whose sub-headings' lessons it never titles."""
    text = strip_number(heading)
    named = AGENCY_NAME.search(text) or _MORE_SERVICES.search(text)
    rest = _AGENCY_FILLER.sub("", AGENCY_NAME.sub("", _MORE_SERVICES.sub("", text)))
    return bool(named) and not re.sub(r"\W+", "", rest)


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


AREAS_FOR_DEVELOPMENT = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?areas?\s+for\s+(?:improvement|development)\W*$", re.I)


def _agency_development(heading: str, chapter: str) -> bool:
    """ "Areas for development" under one agency's chapter of the analysis ("Police", "Health
    services"): what that agency has to learn, learning points rather than the review's findings."""
    return bool(AREAS_FOR_DEVELOPMENT.match(heading)) and _agency_chapter(chapter)


def _theme_heading(text: str) -> bool:
    """A heading that names one theme (a title line that is not a chapter of the review)."""
    return (
        title_line(strip_number(text))
        and not CHAPTER.match(text)
        and not NOT_LESSON_HEADING.search(text)
        and not re.search(r"\d\W*$", text)  # "Episode 3", "Meeting of 4 May": a heading numbered like a label
    )


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


# A chapter named only for its themes: "Themes", "Key themes", "3. Common themes" ("Learning themes" is a
# learning section of its own).
THEMES_CHAPTER = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:key\s+|main\s+|common\s+|emerging\s+|recurring\s+)?themes\W*$", re.I
)


def _themes_over_findings(blocks: list[Block], index: int) -> bool:
    """A "Themes" chapter whose first sub-heading has its paragraph straight under it: each theme
    there is a finding, its sub-heading the title (a theme heading over its own parts, "What we saw"
    and "What we learned", is left to those parts)."""
    block = blocks[index]
    if block.kind != "heading" or not THEMES_CHAPTER.match(block.text) or index + 2 >= len(blocks):
        return False
    sub, under = blocks[index + 1], blocks[index + 2]
    return (
        sub.kind == "heading"
        and (sub.level or 2) > (block.level or 2)
        and under.kind in ("para", "item")
        and zone_kind(sub.text) is None
        and _theme_heading(sub.text)
    )


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


# "Questions for the Board", "Issues for the Partnership", "Matters for the Safeguarding Board".
BOARD_QUESTIONS = re.compile(
    r"\b(?:questions?\s+(?:for|to)|(?:issues?|matters?|points?)\s+for)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:board|partnership|executive|leaders?)\b",
    re.I,
)


def _asks_the_board(zone: _Zone) -> bool:
    """A "Questions for the Board" (or "Issues for the Board") section: its questions are the Board's
    agenda, so recommendations (questions put to practitioners or the reader stay out)."""
    return zone.kind == "recommendation" and bool(BOARD_QUESTIONS.search(zone.heading))


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
