"""Ingest stage: table rows and side heads as lessons.

Each row read as a lesson through the columns its header row names
(ingest/lesson_table_columns.py: the lesson's column, its lead agency, and the
ones that only track the work); rows broken across pages or merged down over
actions are read back into one lesson; a narrow first cell beside a wide one
is a side head.
Called by lesson segmentation (ingest/lessons.py) for each row it meets.
"""

from __future__ import annotations

import re

from ingest.block_cues import LESSON_LABEL as LABEL
from ingest.layout import Block
from ingest.lesson_cues import CODE_KINDS
from ingest.lesson_intro_cues import COUNTS
from ingest.lesson_kind_cells import row_kind
from ingest.lesson_link_cells import link_cell
from ingest.lesson_other_sections import CONTENTS
from ingest.lesson_statements import spanned_row
from ingest.lesson_table_columns import Columns, header_columns
from ingest.lesson_text_cues import title_line

# A grade saying the practice was good: "Good", "Outstanding", "Strong", "Effective".
GOOD_GRADE = re.compile(r"^\W*(?:good|outstanding|strong|effective|excellent|(?:very\s+)?good\s+practice)\W*$", re.I)


def side_head(block: Block) -> tuple[str, str, str] | None:
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
        or event_date(head)  # "April 2019" beside what happened then: a chronology's row, never a title
        or not text[:1].isupper()
    ):
        return None
    match = LABEL.match(head)
    if match:
        return match.group(0).strip(" .:-–"), head[match.end() :].strip(" .:-–"), text
    if not head[:1].isupper() or any(CONTENTS.match(w) for w in (head,)):
        return None
    return "", head, text


# A row's reference whose letters say what it is: "L1" learning, "GP2" good practice, "R3" recommendation.
REF_CODE = re.compile(r"(?P<prefix>L|LP|KL|GP|F|KF|R|REC)\.?\s?\d{1,2}(?:\.\d{1,2})?", re.I)
REF_KINDS = {**CODE_KINDS, "REC": "recommendation"}


PSEUDONYM_CELL = re.compile(r"^(?:Child|Baby|Infant|Family|Young\s+Person|Sibling|Children)\s+[A-Z]{1,3}\d?$")


def item_kind(zone_kind: str | None) -> str:
    return zone_kind or "learning_point"


EVENT_DATE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{1,8}(?:\s[a-z]{1,4})?\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2})$"
)


# A document's own field, its issue or publication date or version: "Practitioner briefing | Issue date: Apr
# 2022" under a title "Learning from ..." is the cover's line, never a lesson and its agency.
DOCUMENT_FIELD = re.compile(
    r"^(?:issue\s+date|date\s+of\s+(?:issue|publication)|publication\s+date|published|version(?:\s+no\.?)?)\s*:\s*\S",
    re.IGNORECASE,
)


def event_date(cell: str) -> bool:
    """Whether a cell is only a date ("March 2019", "04/03/2019"), a narrow column's breaks
    ("Februar y 2020", "04/03/2 019") read back together."""
    return bool(EVENT_DATE.match(re.sub(r"(?<=\d)\s(?=\d)", "", cell.strip())))


def _dated_event(cell: str) -> bool:
    """Whether a cell tells an event after its date, run in: "June 2013: A referral was made ..."."""
    head, colon, rest = cell.partition(":")
    return bool(colon) and bool(rest.strip()) and len(head) <= 24 and event_date(head)


def _carried_agency(cells: list[str], agency_column: int | None, previous_agency: str) -> str:
    """The agency of a row whose Agency cell is empty and whose text opens a sentence of its own: the
    agency of the row above (a cell printed once for its group), or "" when the row is no such row."""
    filled = [c for i, c in enumerate(cells) if i != agency_column and c]
    if agency_column is None or not 0 <= agency_column < len(cells) or cells[agency_column] or not filled:
        return ""
    return previous_agency if filled[0][:1].isupper() else ""


def row_lesson(block: Block, z, columns, current, start):
    """The lesson a row gives in section `z` (or None), and the table's columns as now known."""
    cells = [c.strip() for c in block.cells]
    if z.kind not in ("recommendation", "learning_point", "finding", "good_practice"):
        return None, columns
    lowered = [c.lower() for c in cells]
    header = header_columns(lowered)
    if header is not None:
        # an action table's header under a lesson ("Lead | Action | Status"): its rows name that lesson's lead
        tracks = header.text is None and header.agency is not None and header.other
        # the header printed again over a page break: the lesson of the row before may go on under it
        repeated = header == columns and current is not None and current.row
        return (current if tracks or repeated else None), header
    spanned = (
        spanned_row(cells, columns.count, columns.agency)
        if columns is not None and columns.more and columns.text is not None and not columns.dated
        else None
    )
    if spanned is not None and not spanned[columns.text]:
        # "| Recommendation | Response | Owner" under a row whose Learning cell spans both: the row's
        # lessons are its other lesson columns', led by its Owner cell.
        return _spanned_lessons(block, spanned, columns, start) or current, columns
    if (
        columns is not None
        and columns.dated
        and columns.text is not None
        and cells
        and event_date(cells[0])
        and (len(cells) <= columns.text or not cells[columns.text])
    ):
        return None, columns  # an event the chronology draws no learning from: its Learning cell is empty
    if all(len(c) < 60 and not c.endswith(".") for c in cells) and any(DOCUMENT_FIELD.match(c) for c in cells):
        return None, columns  # a cover's line of fields under a title read as a section's heading
    if (
        row_kind(cells, columns) is None
        and all(len(c) < 60 and not (len(c) > 12 and c.endswith(".")) for c in cells)
        and any(re.fullmatch(r"(?:no\.?|number|#|ref\.?|recommendations?|learning|findings?)", c) for c in lowered)
    ):
        return None, columns
    label = ""
    rest = list(cells)
    # an Agency cell left empty under the row naming the agency for its group: a lesson of that agency
    carried = _carried_agency(
        cells, columns.at(columns.agency, len(cells)) if columns else None, current.agency if current else ""
    )
    whole = LABEL.match(rest[0]) if rest else None
    ref = REF_CODE.fullmatch(rest[0]) if rest else None
    # "R1.1", "ES4", "LL-01": a reference of letters and a number, or a number alone
    if rest and re.fullmatch(r"(?:[A-Z]{1,3}-?|Rec\.?\s*)?\d{1,2}(?:\.\d{1,2})?\.?", rest[0]):
        label = rest[0].rstrip(".")
        rest = rest[1:]
    elif ref is not None:
        label = rest[0].replace(" ", "")  # "GP1", "L3": a reference whose letters name the kind
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
    elif current is not None and rest and not rest[0] and not carried:
        current.add(" ".join(c for c in rest if c), block)
        return current, columns
    if not rest:
        return None, columns
    shift = len(cells) - len(rest)
    n = len(cells)
    # the row's cells whose header gives them a role other than the lesson's (actions, dates, status),
    # and with them the lead agency's
    others = {columns.at(i, n) - shift for i in columns.other} if columns is not None else set()
    roles = set(others)
    if columns is not None and columns.agency is not None:
        roles.add(columns.at(columns.agency, n) - shift)
    named = columns.at(columns.text, n) - shift if columns is not None and columns.text is not None else None
    # "What happened | What we learned": beside a dated event ("June 2013: ..."), the lesson is the named
    # column's cell, however much longer the event's
    beside_event = named is not None and len(rest) == 2 and named in (0, 1) and _dated_event(rest[1 - named])
    if named is not None and 0 <= named < len(rest) and rest[named] and (n > 2 or columns.more or beside_event):
        # the header names the lesson's column: a longer Action cell, or the row's second lesson, is not it
        text_index = named
    else:
        candidates = [i for i in range(len(rest)) if i not in others] or list(range(len(rest)))
        text_index = max(candidates, key=lambda i: len(rest[i]))
    if _only_the_lead(columns, n, shift, text_index):
        # "Lead | Action | Target date | Status" under a recommendation: the table tracks the lesson
        # above, its rows carry no lesson of their own, and their Lead cell is that lesson's agency.
        if current is not None and not current.agency and rest[text_index]:
            current.agency = rest[text_index]
        return current, columns
    text = rest[text_index]
    if COUNTS.match(text):
        return None, columns  # "ES6 | The review makes the following recommendations ...": it introduces them
    named_title = ""
    if title_line(text):
        # "1 | Hidden men | Nobody asked the father ...": the column the header names holds a title, and
        # the longer cell after it (an "Explanation" column) is the lesson's text.
        longer = [
            i
            for i in range(text_index + 1, len(rest))
            if i not in roles and len(rest[i]) > 2 * len(text) and rest[i].rstrip().endswith((".", "!", "?"))
        ]
        if longer:
            named_title, text_index = text, longer[0]
            text = rest[text_index]
    numbered = re.match(r"(?P<num>\d{1,2}(?:\.\d{1,2})?)[.)]\s+(?=\S)", text) if not label else None
    if numbered is not None:
        # "1. Police should ..." in the Recommendation cell of an action plan: the number is its label.
        label, text = numbered.group("num"), text[numbered.end() :]
    agency = ""
    if columns is not None and columns.agency is not None:
        index = columns.at(columns.agency, n) - shift
        if 0 <= index < len(rest) and index != text_index:
            agency = rest[index]
    elif (
        len(rest) >= 2
        and text_index == 0
        and not (columns is not None and (columns.more or 1 in others))
        and len(rest[1].split()) <= 8
        and not rest[1].rstrip().endswith(".")
    ):
        agency = rest[1]  # no header names the columns: the cell beside the lesson (a name, not a sentence) is its lead
    agency = agency or carried
    if not re.search(r"[^\W\d_]", agency):
        agency = ""  # a tick or a number in the cell ("✓", "3"): a mark, never an agency's name
    if label == "" and current is not None and current.agency == agency and text[:1].islower():
        current.add(text, block)  # a row broken over a page
        return current, columns
    kind = (
        columns.kind
        if columns is not None
        and columns.kind
        # (an action plan's "Recommendation" column beside its Lead column: recommendations, whatever the
        # section's heading names, "Learning into action")
        and (columns.more or (columns.kind == "recommendation" and columns.agency is not None))
        else item_kind(z.kind)
    )
    if columns is not None and columns.more and named is not None and text_index != named:
        # a staggered table ("Ref | Finding | Recommendation"): the column the text stands in gives its kind
        kind = next((k for i, k in columns.more if columns.at(i, n) - shift == text_index), kind)
    if ref is not None and label:
        kind = REF_KINDS.get(ref.group("prefix").upper(), kind)
    kind = row_kind(cells, columns) or kind
    if columns is not None and columns.grade is not None and kind in ("finding", "learning_point"):
        graded = columns.at(columns.grade, n) - shift
        if 0 <= graded < len(rest) and graded != text_index and GOOD_GRADE.match(rest[graded]):
            kind = "good_practice"  # "Voice of the child | Good | The school nurse ...": practice graded good
    title = ""
    # (a child's pseudonym beside the lesson, "Child A | ...", names the case it was seen in, never a title)
    unnamed_pair = (
        not agency
        and len(rest) == 2
        and len(rest[0].split()) >= 2
        and not PSEUDONYM_CELL.match(rest[0])
        and (columns is None or columns.kinds is None)  # "Good practice | ...": a kind cell, never a title
    )
    # A header that names the lesson's column after a first column it gives no role ("Theme | What we
    # learned | What needs to happen | Lead partner"); a cell with a number ("KPE 1: Episode 1") is a
    # reference, not a theme.
    named_after_theme = (
        columns is not None
        and columns.text is not None
        and text_index >= 1
        and 0 not in roles
        and not re.search(r"\d", rest[0])
        # a record's subject ("Family A", "Child K") names whom it is about, never a theme
        and not PSEUDONYM_CELL.match(rest[0])
    )
    if (
        kind != "recommendation"
        and text_index >= 1
        and (unnamed_pair and text_index == 1 or named_after_theme)
        and title_line(rest[0])
        and len(rest[text_index]) > 2 * len(rest[0])
    ):
        # "L3 | Start-again syndrome | Over eight years ...": a theme cell is the lesson's title.
        title = rest[0]
        text = f"{title} {text}"
    if named_title and not title:
        title, text = named_title, f"{named_title} {text}"
    lead = agency
    if kind == "good_practice":
        agency = ""  # an Agency column beside good practice names who did it: no lead of anything
    draft = start(kind, label, text, block, agency)
    draft.title = title
    draft.open = False
    draft.row = True
    # "F1 | Hidden men. Nobody asked ...": a referenced finding's cell opening with its title
    draft.opening_title = bool(ref is not None and label and kind != "recommendation")
    for index, more_kind in columns.more if columns is not None else ():
        at = columns.at(index, n) - shift
        # a further column's cell naming only other lessons ("Learning 2") links the row to them: no lesson
        if 0 <= at < len(rest) and at != text_index and rest[at] and not link_cell(rest[at]):
            # a question put to the Board beside a finding ("Issues for the Board to consider") is no
            # numbered recommendation of the review's own: the row's number stays the finding's
            asked = more_kind == "recommendation" and rest[at].rstrip().endswith("?")
            extra = start(more_kind, "" if asked else label, rest[at], block, lead)
            extra.open = False
            extra.row = True
            draft = extra
    return draft, columns


def _spanned_lessons(block: Block, cells: list[str], columns: Columns, start):
    """The lessons of a row padded to its header's columns (ingest/lesson_statements.spanned_row)."""
    draft = None
    lead = cells[columns.agency] if columns.agency is not None else ""
    for index, kind in columns.more:
        if cells[index] and not link_cell(cells[index]):
            draft = start(kind, "", cells[index], block, lead if kind == "recommendation" else "")
            draft.open = False
            draft.row = True
    return draft


def _only_the_lead(columns: Columns | None, cells: int, shift: int, text_index: int) -> bool:
    """Whether the cell a row's lesson would be read from is the one its header names the lead agency:
    a table of actions with no lesson column, whose every other column only tracks the work."""
    if columns is None or columns.agency is None or columns.text is not None or not columns.other:
        return False
    at = columns.at(columns.agency, cells)
    return at is not None and at - shift == text_index
