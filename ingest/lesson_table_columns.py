"""Ingest stage: lesson segmentation - which column of a table holds what, read from its header row.

The lesson's column (a bracketed date after its name allowed), its lead
agency or person, a date column, an audit's grade, an action column beside
the learning it answers, and the columns that only track the work (Action,
Timescale, Progress, RAG), known by the header row's words. ingest/lesson_tables.py
reads each row with the Columns found here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.lesson_episode_tables import episode_summary
from ingest.lesson_kind_cells import kind_column, text_beside_kind

# "Lead agency", "Owner", and who is asked in other words: "By whom", "Who", "Led by", "Accountable".
AGENCY_HEADER = re.compile(
    r"(?<![-\w])(?:lead|agency|agencies|owner|responsible|organisation|partner|accountable|by\s+whom|"
    r"(?:led|delivered|owned)\s+by)\b|^who\b|"
    # who an assurance is asked of: "Ref | Assurance requested | From"
    r"^from$",
    re.I,
)


PERSON_HEADER = re.compile(r"\b(?:officer|person|manager|named\s+lead)\b", re.I)


# Header words of the column that holds the lesson itself, and of columns that only track the work (a word
# before it may end in a stop: "No. Recommendation", a narrow number column's name run into the next).
TEXT_HEADER = re.compile(
    r"^(?:[\w']+\.?\s+){0,3}(?P<word>recommend(?:ations?)?|findings?|learning(?:\s+points?)?|lessons?(?:\s+learn(?:ed|t))?|"
    r"considerations?|good\s+practice|improvement\s+actions?|assurance\s+(?:requests?|requested|sought)|"
    # plain-words columns: "What we found | What we will do", "What we learnt | What needs to change"
    r"found|learn(?:ed|t)?|will\s+do|(?:needs?\s+to|will)\s+change|"
    # "Why it matters | What should happen", "What went well"
    r"(?:should|must|needs?\s+to|will)\s+(?:happen|change)(?:\s+(?:next|now))?|it\s+matters|went\s+well|"
    # its pair, the learning column: "Even better if", "What could have been better", "What did not go well"
    r"even\s+better(?:\s+if)?|could\s+(?:have\s+)?(?:been\s+|be\s+)?(?:better|improved|done\s+differently)|"
    r"(?:didn'?t|did\s+not|not)\s+go\s+(?:so\s+|as\s+)?well|"
    # a Signs of Safety summary's three questions: "What are we worried about?", "What is working well?"
    r"worried\s+about|working\s+well|"
    # a joint review's lessons for each side, set side by side: "Lessons for adult services | Lessons for
    # children's services"
    r"(?:lessons?|learning)\s+for\s+(?:the\s+)?(?:adults?|children['’]?s?|adult\s+and\s+children['’]?s)\s+services|"
    # a systems review's questions beside each finding: "Issues for the Board to consider"
    r"(?:issues?|questions?|matters?)\s+for\s+(?:the\s+)?(?:\w+\s+)?(?:board|partnership)(?:\s+to\s+consider)?)"
    # "Good practice identified", "Learning identified"
    r"(?:\s+identified)?\s*\??\s*$",
    re.I,
)


TRACKING_HEADER = re.compile(
    r"\b(?:actions?|timescales?|target|dates?|by\s+when|deadline|progress|update|status|rag|evidence|outcomes?|"
    r"measures?|success|impact|completed?|review\s+date)\b",
    re.I,
)


# The column an audit grades each area of practice in ("Grade", "Rating", "Judgement"; a RAG column
# tracks actions instead, its "Green" no verdict on practice).
# The column naming each finding's type in a systems review's typology ("Type of finding": "Innate
# human biases", "Management systems"): a classification, never a lesson of its own.
FINDING_TYPE_HEADER = re.compile(
    r"^(?:(?:type|category|kind|classification)\s+of\s+findings?|findings?\s+(?:type|category))$", re.I
)


GRADE_HEADER = re.compile(r"^(?:overall\s+|audit\s+)?(?:grades?|grading|ratings?|judgements?|judgments?)$", re.I)


@dataclass
class Columns:
    """What a table's header row says its columns hold: which is the lesson's text, which the
    lead agency, and which only track the work (action, timescale, progress, RAG)."""

    agency: int | None = None
    text: int | None = None
    other: frozenset = frozenset()
    count: int = 0  # header cells: a row with more has a narrow left column the header merged away
    kind: str | None = None  # the kind of lesson the text column's header names
    # Further lesson columns and their kinds ("Learning point | Recommendation": two lessons a row).
    more: tuple[tuple[int, str], ...] = ()
    # A chronology's first column dates its events ("Date | What happened | Learning"): a row's cells
    # run from the date, so a row short of cells is short of the last ones (a Learning cell left empty).
    dated: bool = False
    # An audit's grade column ("Area of practice | Grade | Finding"): a row graded good is good practice.
    grade: int | None = None
    # A column naming each row's kind ("No. | Type | Summary": "Finding", "Good practice"; lesson_kind_cells.py).
    kinds: int | None = None

    def at(self, index: int | None, cells: int) -> int | None:
        """A header column's index in a row of `cells` cells (aligned from the right when they differ)."""
        if index is None:
            return None
        return index + max(0, cells - self.count)


DATE_HEADER = re.compile(
    r"^(?:date|when|month|period)(?:\s+of\s+(?:the\s+)?(?:event|contact|episode))?s?$|^date\s+and\s+time$", re.I
)


# A lesson column's header dated in brackets: "What the review found (February 2019)", "Findings (2021)".
DATED_TEXT_HEADER = re.compile(r"^(?P<head>.+?)\s*\((?:[a-z]+\s+)?(?:19|20)\d\d\)$")


def _undated(cell: str) -> str:
    """A header cell less the bracketed date after a lesson column's name (when it names one)."""
    dated = DATED_TEXT_HEADER.match(cell)
    return dated.group("head") if dated and TEXT_HEADER.search(dated.group("head")) else cell


def header_columns(lowered: list[str]) -> Columns | None:
    """The columns a header row names, or None when the row is not a header (a lesson column's name
    may carry the date it was written in brackets)."""
    lowered = [_undated(c) for c in lowered]
    if not all(len(c) < 40 for c in lowered) or any(re.search(r"\b(?:19|20)\d\d\b", c) for c in lowered):
        return None  # long cells, or a date ("September 2022"): a row of the table, not its header
    agency = text = grade = None
    other = set()
    texts: list[int] = []
    for index, c in enumerate(lowered):
        if FINDING_TYPE_HEADER.match(c):
            other.add(index)
        elif TEXT_HEADER.search(c):
            text = index if text is None else text
            texts.append(index)
        elif PERSON_HEADER.search(c):
            other.add(index)  # "Responsible officer": a person's role, not the lead agency
        elif AGENCY_HEADER.search(c):
            agency = index if agency is None else agency
        elif GRADE_HEADER.match(c):
            other.add(index)
            grade = index
        elif TRACKING_HEADER.search(c):
            other.add(index)
    if episode_summary(lowered, texts):
        return None  # "Episode | What happened | Why it matters": a summary of the episodes, no lessons
    kinds = kind_column(lowered)
    beside = text_beside_kind(lowered, kinds) if kinds is not None and text is None else None
    if kinds is not None and text is None and beside is None:
        kinds = None
    text = beside if beside is not None else text
    if agency is None and not (text is not None and (other or len(lowered) >= 2)):
        return None
    kind = _named_kind(lowered[text]) if text is not None and beside is None else None
    more = tuple((i, _named_kind(lowered[i])) for i in texts[1:]) + _action_column(lowered, texts, other)
    dated = bool(lowered and DATE_HEADER.match(lowered[0]))
    if kinds is not None:
        other.add(kinds)  # the kind cell is never the lesson's text
    return Columns(agency, text, frozenset(other), len(lowered), kind, more, dated, grade, kinds)


# An "Action" column beside the learning it answers ("Context | Learning | Action").
ACTION_HEADER = re.compile(
    r"^(?:the\s+)?(?:actions?|action\s+(?:needed|required|to\s+take)|what\s+we\s+will\s+do)$", re.I
)


def _action_column(lowered: list[str], texts: list[int], other: set[int]) -> tuple[tuple[int, str], ...]:
    """An Action column that is the table's only column tracking the work, beside a learning or finding
    column and none naming recommendations: each of its cells asks what must change, a recommendation
    (an action plan's Action column sits beside Lead, Timescale or Progress columns, or a recommendation's)."""
    actions = [i for i in other if ACTION_HEADER.match(lowered[i])]
    kinds = {_named_kind(lowered[i]) for i in texts}
    if len(actions) != 1 or other != set(actions) or not kinds or "recommendation" in kinds:
        return ()
    return ((actions[0], "recommendation"),)


def _named_kind(header_cell: str) -> str:
    """The kind of lesson a column header names ("Recommendation", "Key findings", "Analysis and learning")."""
    header = TEXT_HEADER.search(header_cell)
    assert header is not None, "a lesson column is one whose header TEXT_HEADER names"
    named = header.group("word")
    if named.startswith(
        (
            "recommend",
            "consideration",
            "issue",
            "question",
            "matter",
            "will",
            "need",
            "change",
            "should",
            "must",
            "improvement",
            "assurance",
        )
    ):
        return "recommendation"
    if named.startswith("worried"):
        return "finding"
    if named.startswith(("went", "working")):
        return "good_practice"
    if named.startswith(("finding", "found")):
        return "finding"
    if named.startswith("good"):
        return "good_practice"
    return "learning_point"
