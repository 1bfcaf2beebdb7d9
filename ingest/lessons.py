"""Ingest stage: lesson segmentation.

Walks a review's blocks with the heading they sit under and cuts out its
lessons: numbered findings ("Finding 1: ..." and the paragraphs after it),
learning points, lessons learnt, recommendations and considerations (as
lists, paragraphs or table rows with the lead agency), good practice,
messages for practitioners, and NSPCC-style "Learning includes: a; b; c".
Sections are known by their cue words, question headings ("What did we
learn?") included; a label or heading in a column beside its text (a side
head) or on the line above the title heads its lesson; table columns are
known by their header words (Recommendation, Lead, Action, Timescale, RAG).
Questions to the reader, immediate actions and narrative around a list are
never lessons. Restatements in an executive summary or an appendix, and a
lesson printed twice, are dropped in favour of the body's first.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ingest.blocks import BULLET, CUE_HEADING, LESSON_LABEL
from ingest.layout import Block
from ingest.lesson_cues import (
    CONTENTS,
    DOCUMENT_TITLE,
    ITEM_NUMBER,
    NOT_LESSON_HEADING,
    PARA_NUMBER,
    SUMMARY_HEADING,
    announced_kind,
    contents_line,
    heading_number,
    inline_lists,
    is_intro,
    kind_of_label,
    left_margin,
    numbered_title,
    numbered_under,
    split_items,
    strip_number,
    zone_kind,
)
from ingest.records import Lesson

LABEL = LESSON_LABEL
AGENCY_HEADER = re.compile(r"(?<![-\w])(?:lead|agency|agencies|owner|responsible|organisation|partner)\b", re.I)
DIRECTIVE = re.compile(
    r"\b(?:should|must|will|shall|needs?\s+to|ought|recommend\w*|(?:is|are)\s+(?:asked|invited|encouraged)|"
    r"to\s+(?:ensure|seek|review|consider|develop|establish|provide|audit|agree|assure|promote|produce|publish|"
    r"raise|share|strengthen|improve|monitor|evaluate|embed|implement|update|issue|commission|undertake)|"
    r"consider\w*|ensure)\b",
    re.I,
)
# "... its meaning needs to be explained. The Partnership should ... (Recommendation 3)." closing a paragraph.
CITED_RECOMMENDATION = re.compile(r"\s*\(\s*recommendations?\s+(?P<num>\d{1,2})\s*\)\s*\.?\s*$", re.I)
# Labels that name a theme or an issue, not a kind: as headings over their analysis, findings.
THEME_LABEL = re.compile(r"(?:key\s+|practice\s+|learning\s+)?(?:theme|issue)\b", re.I)
APPENDIX_HEADING = re.compile(r"^\W*(?:appendix|annex)\b", re.I)
# A sub-heading that names an agency or a service ("Police", "Children's Social Care", "NHS Trusts").
AGENCY_NAME = re.compile(
    r"\b(?:police|constabulary|health|nhs|trusts?|hospitals?|gps?|general\s+practice|social\s+care|children'?s\s+services|"
    r"social\s+work|education|schools?|probation|council|local\s+authority|housing|ambulance|youth\s+justice|cafcass|"
    r"icb|ccg|integrated\s+care\s+board|clinical\s+commissioning\s+group|early\s+help|midwifery|health\s+visiting|"
    r"partnership|board|all\s+agencies|multi-agency|single[- ]agency|agencies)\b",
    re.I,
)
# Header words of the column that holds the lesson itself, and of columns that only track the work.
TEXT_HEADER = re.compile(
    r"^(?:[\w']+\s+){0,3}(?P<word>recommendations?|findings?|learning(?:\s+points?)?|lessons?(?:\s+learn[te]d)?|"
    r"considerations?|good\s+practice)\s*$",
    re.I,
)
TRACKING_HEADER = re.compile(
    r"\b(?:actions?|timescales?|target|dates?|by\s+when|deadline|progress|update|status|rag|evidence|outcomes?|"
    r"measures?|success|impact|completed?|review\s+date)\b",
    re.I,
)


@dataclass
class _Draft:
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

    def add(self, text: str, block: Block) -> None:
        if not self.parts:
            # A label alone at the foot of a page: the lesson starts where its text does.
            self.page_start = block.page_start
        self.parts.append(text)
        self.page_end = block.page_end
        self.heading_only = False


_ZONE_SERIALS = itertools.count(1)


@dataclass
class _Zone:
    kind: str | None
    level: int
    heading: str
    summary: bool = False
    barrier: bool = False  # a non-lesson section ("Questions for reflection") inside a lesson section
    agency: str = ""  # a sub-heading naming an agency ("Police") inside recommendations: their lead
    # Which section this is, for telling sections apart after they close (an id() may be reused).
    serial: int = field(default_factory=lambda: next(_ZONE_SERIALS))


def segment_lessons(blocks: list[Block]) -> list[Lesson]:
    """The lessons of a review, in document order, numbered from 1."""
    drafts: list[_Draft] = []
    stack: list[_Zone] = []  # headings in force, outermost first
    current: _Draft | None = None
    kind: str | None
    table_columns: _Columns | None = None

    def zone() -> _Zone | None:
        for z in reversed(stack):
            if z.kind:
                return z
            if z.barrier:
                return None
        return None

    def section() -> str:
        return stack[-1].heading if stack else ""

    def in_summary() -> bool:
        return any(z.summary for z in stack)

    def start(kind: str, label: str, text: str, block: Block, agency: str = "") -> _Draft:
        z = zone()
        if not agency and kind == "recommendation":
            agency = next((s.agency for s in reversed(stack) if s.agency), "")
        # A summary or an appendix may repeat the body's lessons: marked so the body's are kept.
        restating = in_summary() or any(APPENDIX_HEADING.search(s.heading) for s in stack)
        draft = _Draft(
            kind,
            label,
            [text] if text else [],
            section(),
            block.page_start,
            block.page_end,
            agency,
            restating,
            zone=z.serial if z else 0,
        )
        drafts.append(draft)
        return draft

    first_heading = _cover_title(blocks)
    owner: tuple[_Draft, int] | None = (
        None  # a labelled heading's lesson and its level: question sub-headings answer it
    )
    listed: str | None = None  # the kind a prose sentence ending in ":" announced for the items after it
    previous: Block | None = None
    margin = left_margin(blocks)
    body_size = _body_size(blocks)
    for index, block in enumerate(blocks):
        if _footnote(block, body_size):
            continue  # notes in small type at a page's foot or after a paragraph: never a lesson's text
        block_before, previous = previous, block
        if (
            block_before is not None
            and block_before.kind == "row"
            and block.kind == "para"
            and current is not None
            and block.page_start > block_before.page_end
            and (block.text[:1].islower() or (margin and block.x0 > margin + 15))
        ):
            # The rest of a table cell broken across a page, alone at the top of the next page:
            # it goes on in lower case, or starts in the cell's column rather than at the margin.
            current.add(block.text, block)
            continue
        if block.kind != "item":
            announced = announced_kind(block.text) if block.kind == "para" else None
            listed = announced if announced and not any(z.barrier for z in stack) else None
        elif listed and zone() is None:
            # "... the review identified learning including:" then bullets, outside any lesson section.
            match = ITEM_NUMBER.match(block.text)
            body = block.text[match.end() :] if match else BULLET.sub("", block.text)
            start(listed, match.group("num") if match else "", body, block).open = False
            current = None
            continue
        if contents_line(block) or (block.kind != "heading" and any(CONTENTS.match(z.heading) for z in stack)):
            current = None  # a contents page lists lessons; it never is one
            continue
        side = _side_head(block)
        if side is not None and (side[0] or zone() is not None):
            # A label or heading set in a column beside its text ("Finding 1" / "Hidden men" | "The ..."):
            # the same lesson as a heading above its text, known by position.
            side_label, side_title, side_text = side
            match = LABEL.match(side_label) if side_label else None
            kind = (
                kind_of_label(match.group("word"), z.kind if (z := zone()) else None)
                if match
                else _item_kind(z.kind if (z := zone()) else None)
            )
            printed = (
                f"{match.group('word').strip()[:1].upper()}{match.group('word').strip()[1:].lower()} {match.group('num')}"
                if match
                else ""
            )
            current = start(kind, printed, f"{side_title} {side_text}".strip(), block)
            current.title = side_title
            current.heading_only = False
            continue
        # A table row's label cell ("R1", "Recommendation 2") is read with the row's other cells.
        label = LABEL.match(block.text) if block.kind != "row" or len(block.cells) < 2 else None
        if (
            block.kind == "heading"
            and not label
            and current is not None
            and current.label
            and not current.parts
            and block_before is not None
            and block_before.kind == "heading"
            and LABEL.match(block_before.text)
            and not zone_kind(block.text)
            and not NOT_LESSON_HEADING.search(block.text)
        ):
            # "Finding 2" on one line and its title under it: the title heads the labelled lesson.
            current.title = strip_number(block.text).rstrip(" .:")
            current.parts = [current.title]
            current.headed = True
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind == "heading"
            and not label
            and (z := zone()) is not None
            and z.kind in ("finding", "learning_point", "good_practice")
            and following is not None
            and following.kind == "item"
            and not ITEM_NUMBER.match(following.text)
            and (titled := numbered_title(block.text))
            and not zone_kind(block.text)
            and not NOT_LESSON_HEADING.search(block.text)
        ):
            # Plain text sets "1. Curiosity about who lives in the home" apart like a heading: over its
            # bullets inside a learning section it is a numbered title, not a new section.
            current = start(z.kind, titled[0], titled[1], block)
            current.title = titled[1]
            current.headed = current.item = current.sub_items = True
            continue
        if block.kind == "heading" and not label:
            current = None
            table_columns = None
            level = block.level or 2
            if owner is not None and level <= owner[1]:
                owner = None
            while stack and stack[-1].level >= level:
                stack.pop()
            # The first heading of the cover is the review's title ("Learning from Child E").
            is_title = block is first_heading
            kind = None if is_title else zone_kind(block.text)
            parent = zone()
            if (
                kind
                and parent is not None
                and parent.kind in ("finding", "learning_point")
                and numbered_under(block.text, parent.heading)
            ):
                kind = None  # "4.5 Learning that is not new" in "4. Findings" is one finding's heading
            elif (
                kind in ("finding", "learning_point")
                and parent is not None
                and parent.kind in ("finding", "learning_point")
                and parent.level < level
                and not CUE_HEADING.match(block.text)
            ):
                kind = None  # "Learning that is not new" under "Key learning": a lesson's title, not a new section
            summary = bool(SUMMARY_HEADING.search(block.text))
            barrier = bool(NOT_LESSON_HEADING.search(block.text)) and kind is None
            stack.append(_Zone(kind, level, block.text, summary, barrier))
            enclosing = zone()
            if (
                kind is None
                and enclosing is not None
                and enclosing.kind == "recommendation"
                and enclosing.level < level
                and AGENCY_NAME.search(block.text)
                and len(block.text.split()) <= 6
            ):
                stack[-1].agency = strip_number(block.text).strip(" :")
                continue
            if (
                kind is None
                and owner is not None
                and block.text.rstrip().endswith("?")
                and not NOT_LESSON_HEADING.search(block.text)
            ):
                # "Learning theme 1: title" then "Why did it matter?": the answer is that lesson's text.
                current = owner[0]
                continue
            # An unlabelled sub-heading inside findings or learning is itself one lesson's title.
            if (
                kind is None
                and enclosing is not None
                and enclosing.level < level
                and enclosing.kind in ("finding", "learning_point")
                and not NOT_LESSON_HEADING.search(block.text)
            ):
                stack[-1].heading = enclosing.heading if enclosing.heading else block.text
                current = start(
                    enclosing.kind, heading_number(block.text), strip_number(block.text).rstrip(" .:"), block
                )
                current.title = strip_number(block.text).rstrip(" .:")
                current.headed = True
            continue

        if label:
            if block.kind == "heading" and block.level:
                # A labelled heading closes the sub-sections of the lesson before it ("What needs to change?").
                while stack and (
                    stack[-1].level > block.level or (stack[-1].level == block.level and not stack[-1].kind)
                ):
                    stack.pop()
            kind = kind_of_label(label.group("word"), z.kind if (z := zone()) else None)
            number = label.group("num")
            word = label.group("word").strip()
            printed = f"{word.upper()}{number}" if len(word) == 1 else f"{word[:1].upper()}{word[1:].lower()} {number}"
            rest = block.text[label.end() :].strip()
            if block.kind == "heading" and rest and kind == "learning_point" and THEME_LABEL.match(word):
                kind = "finding"  # "Key issue 2 – Staff turnover", "Learning theme 1: ..." heading its analysis
            current = start(kind, printed, rest, block)
            if block.kind == "heading":
                current.parts = [rest] if rest else []
                current.title = rest
                current.headed = bool(rest)
                owner = (current, block.level or 2) if rest else None
            else:
                current.heading_only = False
                # "<b>Finding 2: Hidden men</b> The mother's partner ..." : the bold run past the label is a title.
                lead_rest = LABEL.sub("", block.lead, count=1).strip(" .:-–") if block.lead else ""
                if lead_rest and len(lead_rest) < len(rest):
                    current.title = lead_rest
            continue

        cited = _cited_recommendation(block.text) if block.kind == "para" else None
        if cited is not None:
            # A conclusion that ends in the recommendation it leads to: the finding, then the recommendation.
            number, finding, recommendation = cited
            for kind, printed, text in (
                ("finding", "", finding),
                ("recommendation", f"Recommendation {number}", recommendation),
            ):
                if text:
                    draft = start(kind, printed, text, block)
                    draft.open = False
                    draft.cited = int(number)
            current = None
            continue

        lists = inline_lists(block.text)
        if lists:
            for kind, items in lists:
                for piece in split_items(items):
                    start(kind, "", piece, block).open = False
            current = None
            continue

        z = zone()
        if z is None and block.kind == "row":
            # Outside any lesson section, a table whose header names a lesson column ("Practice
            # episode | What happened | Learning") gives that column's lessons.
            header = _header_columns([c.strip().lower() for c in block.cells])
            if header is not None:
                table_columns = header
                continue
            if table_columns is not None and table_columns.kind:
                current, table_columns = _row_lesson(
                    block, _Zone(table_columns.kind, 0, ""), table_columns, current, start
                )
                continue
        if z is None:
            # A labelled finding outside any lesson section still takes its paragraphs.
            if (
                current is not None
                and current.open
                and block.kind == "para"
                and (current.kind == "finding" or _continues(current, block.text))
            ):
                current.add(block.text, block)
            else:
                current = None
            continue

        if block.kind == "row":
            draft, table_columns = _row_lesson(block, z, table_columns, current, start)
            current = draft
            continue

        text = block.text
        number = PARA_NUMBER.match(text)
        item = block.kind == "item"
        titled = numbered_title(text) if item or block.kind == "para" else None
        if titled and z.kind != "recommendation":
            # "1. Curiosity about who lives in the home" over bullets: one lesson, its title and its bullets.
            current = start(_item_kind(z.kind), titled[0], titled[1], block)
            current.title = titled[1]
            current.headed = current.item = current.sub_items = True
            continue
        if item:
            match = ITEM_NUMBER.match(text)
            printed = match.group("num") if match else ""
            body = text[match.end() :] if match else BULLET.sub("", text)
            if current is not None and current.open and current.sub_items and not match:
                current.add(body, block)
                continue
            if (
                current is not None
                and current.open
                and current.kind == "finding"
                and z.kind == "finding"
                and not current.item
            ):
                current.add(text, block)  # bullets inside a finding belong to it
                continue
            if text.rstrip().endswith(":") and len(text) < 200:
                current = None
                continue
            if body.rstrip().endswith("?"):
                current = None  # a question put to the reader ("How do you ...?") is never a lesson
                continue
            current = start(_item_kind(z.kind), printed, body, block)
            current.item = True  # a list of findings: each item is one
            continue
        if number and z.kind != "finding":
            current = start(_item_kind(z.kind), number.group("num"), text[number.end() :], block)
            continue
        if (
            block.lead
            and not is_intro(block.lead)
            and (
                z.kind in ("finding", "learning_point", "good_practice")
                or (
                    z.kind == "recommendation"
                    and not zone_kind(block.lead)
                    and len(block.lead.split()) <= 10
                    and not TRACKING_HEADER.search(block.lead)
                    and not AGENCY_HEADER.search(block.lead)
                )
            )
        ):
            # A bold run-in heading opens a lesson: "Bruising in a non-mobile baby A small bruise ..."
            current = start(z.kind, "", text, block)
            current.title = block.lead.strip(" .:-–")
            current.heading_only = False
            continue
        if (
            current is not None
            and current.open
            and (current.kind == "finding" or current.headed or _continues(current, text))
        ):
            current.add(text, block)
            continue
        if is_intro(text) or text.rstrip().endswith("?"):
            current = None  # an introduction, or a question put to the reader: never a lesson
            continue
        current = start(_item_kind(z.kind), "", text, block)
        current.plain = True

    # A heading with nothing under it is not a lesson on its own; nor is a plain paragraph under a
    # recommendations heading that asks nothing of anyone ("Conclusions and recommendations").
    drafts = _drop_preambles(
        [
            d
            for d in drafts
            if _text(d)
            and not (d.headed and d.heading_only)
            and not (d.plain and d.kind == "recommendation" and not DIRECTIVE.search(_text(d)))
        ]
    )
    lessons = _drop_summary_restatements(_drop_cited_restatements(drafts))
    return [
        Lesson(
            ordinal=i,
            kind=d.kind,
            label=d.label,
            text=_text(d),
            section=d.section,
            page_start=d.page_start,
            page_end=d.page_end,
            agency=d.agency,
            title=d.title,
        )
        for i, d in enumerate(lessons, start=1)
    ]


FOOTNOTE = re.compile(r"^\d{1,2}\s+\S")


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


def _side_head(block: Block) -> tuple[str, str, str] | None:
    """(label, title, text) of a two-column row whose narrow first cell heads the second: a side head.
    None for any other block, and for table rows whose first cell is only a number."""
    cells = [c.strip() for c in block.cells]
    if block.kind != "row" or len(cells) != 2 or not all(cells):
        return None
    head, text = cells
    if (
        len(head.split()) > 16
        or len(text) < 2 * len(head)
        or len(text) < 60
        or head.endswith((".", ",", ";"))
        or re.fullmatch(r"[\w.()]{1,6}", head)
        or not text[:1].isupper()
    ):
        return None
    match = LABEL.match(head)
    if match:
        return match.group(0).strip(" .:-–"), head[match.end() :].strip(" .:-–"), text
    if not head[:1].isupper() or any(CONTENTS.match(w) for w in (head,)):
        return None
    return "", head, text


def _item_kind(zone_kind: str | None) -> str:
    return zone_kind or "learning_point"


def _continues(draft: _Draft, text: str) -> bool:
    """A paragraph that carries on the lesson before it rather than starting one:
    the lesson so far is only its label ("Learning point 3"), or ends with a colon."""
    return not draft.parts or draft.parts[-1].rstrip().endswith(":")


@dataclass
class _Columns:
    """What a table's header row says its columns hold: which is the lesson's text, which the
    lead agency, and which only track the work (action, timescale, progress, RAG)."""

    agency: int | None = None
    text: int | None = None
    other: frozenset = frozenset()
    count: int = 0  # header cells: a row with more has a narrow left column the header merged away
    kind: str | None = None  # the kind of lesson the text column's header names

    def at(self, index: int | None, cells: int) -> int | None:
        """A header column's index in a row of `cells` cells (aligned from the right when they differ)."""
        if index is None:
            return None
        return index + max(0, cells - self.count)


def _header_columns(lowered: list[str]) -> _Columns | None:
    """The columns a header row names, or None when the row is not a header."""
    if not all(len(c) < 40 for c in lowered) or any(re.search(r"\b(?:19|20)\d\d\b", c) for c in lowered):
        return None  # long cells, or a date ("September 2022"): a row of the table, not its header
    agency = text = None
    other = set()
    for index, c in enumerate(lowered):
        if TEXT_HEADER.search(c):
            text = index if text is None else text
        elif AGENCY_HEADER.search(c):
            agency = index if agency is None else agency
        elif TRACKING_HEADER.search(c):
            other.add(index)
    if agency is None and not (text is not None and (other or len(lowered) >= 2)):
        return None
    kind = None
    if text is not None:
        header = TEXT_HEADER.search(lowered[text])
        assert header is not None, "the text column is the one whose header TEXT_HEADER names"
        named = header.group("word")
        kind = (
            "recommendation"
            if named.startswith(("recommend", "consideration"))
            else "finding"
            if named.startswith("finding")
            else "good_practice"
            if named.startswith("good")
            else "learning_point"
        )
    return _Columns(agency, text, frozenset(other), len(lowered), kind)


def _row_lesson(block: Block, z: _Zone, columns, current, start):
    cells = [c.strip() for c in block.cells]
    if z.kind not in ("recommendation", "learning_point", "finding", "good_practice"):
        return None, columns
    lowered = [c.lower() for c in cells]
    header = _header_columns(lowered)
    if header is not None:
        return None, header
    if all(len(c) < 40 for c in cells) and any(
        re.fullmatch(r"(?:no\.?|number|#|ref\.?|recommendations?|learning|findings?)", c) for c in lowered
    ):
        return None, columns
    label = ""
    rest = list(cells)
    whole = LABEL.match(rest[0]) if rest else None
    if rest and re.fullmatch(r"(?:R|Rec\.?\s*)?\d{1,2}(?:\.\d{1,2})?\.?", rest[0]):
        label = rest[0].rstrip(".")
        rest = rest[1:]
    elif whole and whole.end() >= len(rest[0].rstrip(" .:")):
        word = whole.group("word").strip()
        label = f"{word[:1].upper()}{word[1:].lower()} {whole.group('num')}"
        rest = rest[1:]
    elif (
        columns is not None
        and columns.text is not None
        and not label
        and not cells[min(columns.at(columns.text, len(cells)), len(cells) - 1)]
    ):
        return current, columns  # only actions, dates or a RAG status under a recommendation above
    elif current is not None and rest and not rest[0]:
        current.add(" ".join(c for c in rest if c), block)
        return current, columns
    if not rest:
        return None, columns
    shift = len(cells) - len(rest)
    n = len(cells)
    named = columns.at(columns.text, n) - shift if columns is not None and columns.text is not None else None
    if named is not None and 0 <= named < len(rest) and rest[named] and n > 2:
        text_index = named  # the header names the lesson's column: a longer Action cell is not it
    else:
        skip = {columns.at(i, n) - shift for i in columns.other} if columns is not None else set()
        candidates = [i for i in range(len(rest)) if i not in skip] or list(range(len(rest)))
        text_index = max(candidates, key=lambda i: len(rest[i]))
    text = rest[text_index]
    agency = ""
    if columns is not None and columns.agency is not None:
        index = columns.at(columns.agency, n) - shift
        if 0 <= index < len(rest) and index != text_index:
            agency = rest[index]
    elif len(rest) >= 2 and text_index == 0:
        agency = rest[1]
    if label == "" and current is not None and current.agency == agency and text[:1].islower():
        current.add(text, block)  # a row broken over a page
        return current, columns
    draft = start(_item_kind(z.kind), label, text, block, agency)
    draft.open = False
    draft.row = True
    return draft, columns


def _cited_recommendation(text: str) -> tuple[str, str, str] | None:
    """(number, finding, recommendation) of a paragraph whose last sentence asks something of
    someone and is numbered "(Recommendation N)", or None."""
    match = CITED_RECOMMENDATION.search(text)
    if not match:
        return None
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[: match.start()].strip())
    if not sentences or not DIRECTIVE.search(sentences[-1]):
        return None
    return match.group("num"), " ".join(sentences[:-1]).strip(), sentences[-1].strip()


def _drop_cited_restatements(drafts: list[_Draft]) -> list[_Draft]:
    """A conclusion numbering a recommendation the review prints elsewhere (in its list of
    recommendations) only points to it: neither it nor its finding is a lesson of its own."""
    printed = {
        re.sub(r"\D", "", d.label)
        for d in drafts
        if d.kind == "recommendation" and not d.cited and re.sub(r"\D", "", d.label)
    }
    return [d for d in drafts if not (d.cited and str(d.cited) in printed)]


def _drop_preambles(drafts: list[_Draft]) -> list[_Draft]:
    """In a section whose lessons are labelled or listed, plain paragraphs are not lessons:
    before the first they introduce them ("This section sets out ..."), among or after two
    or more they are the narrative the lessons draw on or lead to."""
    first_labelled: dict[int, int] = {}
    labelled: dict[int, int] = {}
    for index, d in enumerate(drafts):
        if d.label or d.item or d.row:
            first_labelled.setdefault(d.zone, index)
            labelled[d.zone] = labelled.get(d.zone, 0) + 1
    return [
        d
        for index, d in enumerate(drafts)
        if not (d.plain and not d.label and (index < first_labelled.get(d.zone, -1) or labelled.get(d.zone, 0) >= 2))
    ]


INLINE_AGENCY = re.compile(
    r"\s*\(?\b(?:lead\s+agency|lead\s+agencies|lead|responsible\s+agency)\s*:\s*([^.;()]{2,80})\.?\)?\s*$", re.I
)


def _text(draft: _Draft) -> str:
    text = re.sub(r"\s+", " ", " ".join(p.strip() for p in draft.parts)).strip()
    if draft.kind == "recommendation":
        # "... analysed for patterns. Lead agency: Police." names the lead agency inline
        # (read the same way however often the text is asked for).
        match = INLINE_AGENCY.search(text)
        if match and match.start() > 0 and (not draft.agency or draft.agency == match.group(1).strip()):
            draft.agency = match.group(1).strip()
            text = text[: match.start()].rstrip()
    return text


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def _drop_summary_restatements(drafts: list[_Draft]) -> list[_Draft]:
    body = [d for d in drafts if not d.in_summary]
    kept = []
    seen: dict[tuple[str, str], list[_Draft]] = {}
    for d in drafts:
        if body and d.in_summary and _restated(d, body):
            continue
        # The same lesson printed twice in the body (a key-messages box repeating a paragraph): once.
        # The same words under another label or for another agency ("Recommendation 3 ... Lead: Police",
        # "Recommendation 4 ... Lead: Health") are two lessons.
        key = (d.kind, " ".join(re.findall(r"\w+", _text(d).lower())))
        if any(not _told_apart(d, other) for other in seen.get(key, [])):
            continue
        seen.setdefault(key, []).append(d)
        kept.append(d)
    return kept


def _told_apart(a: _Draft, b: _Draft) -> bool:
    """Whether two lessons with the same words are still two: both labelled, differently, or
    both with a lead agency, a different one."""
    return bool(a.label and b.label and a.label != b.label) or bool(
        a.agency and b.agency and _norm_agency(a.agency) != _norm_agency(b.agency)
    )


def _norm_agency(agency: str) -> str:
    return " ".join(re.findall(r"\w+", agency.lower()))


def _restated(summary: _Draft, body: list[_Draft]) -> bool:
    if summary.label and any(b.label == summary.label and b.kind == summary.kind for b in body):
        return True
    words = _words(_text(summary))
    if not words:
        return True
    for b in body:
        if b.kind != summary.kind and not (summary.kind == "learning_point" and b.kind == "finding"):
            continue
        other = _words(_text(b))
        if len(words & other) >= 0.6 * len(words):
            return True
    return False
