"""Ingest stage: lesson segmentation, lessons a sentence or a cell states of itself.

Small tests the walk in ingest/lessons.py asks of a block where no section cue
says what it is:

- a paragraph that counts itself among the lessons ("The second learning point
  is that ..."), set among narrative paragraphs (one that reports what the review
  found, "4.1.3 The review finds that ...", is the walk's REPORTED rule);
- a prose sentence addressing the list after it ("The review makes the
  following recommendations to the Integrated Care Board:"): their lead agency;
- a kind qualifier between a lesson's label and its title ("Learning Point 3
  (Systems): title"), which belongs to neither;
- a cell run in with its cue beside a narrative cell ("Good practice: ..." in
  the margin beside the events it comments on);
- a row of a table short of its first cells (a Learning cell printed once for
  the rows of its recommendations), its cells aligned from the right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.lesson_cues import kind_of_label
from ingest.lesson_patterns import AGENCY_NAME
from ingest.lesson_text_cues import title_line

_ORDINAL = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last|\d{1,2}(?:st|nd|rd|th)"
# "The second learning point is that ...": a lesson that counts itself, its noun giving its kind.
_COUNTED = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+)?"
    rf"(?P<text>the\s+(?:{_ORDINAL})\s+(?P<noun>(?:key\s+)?(?:learning\s+point|lesson|finding|area\s+of\s+learning|"
    r"recommendation))\s+(?:is|was)\s+that\s+(?=\S).*)$",
    re.I | re.S,
)


def stated_lesson(text: str) -> tuple[str, str, str] | None:
    """(kind, label, text) of a paragraph that states a lesson in its opening words, or None."""
    text = text.strip()
    counted = _COUNTED.match(text)
    if counted is not None:
        return kind_of_label(counted.group("noun")), counted.group("num") or "", counted.group("text")
    return None


# "The review makes the following recommendations to the Integrated Care Board:", "Recommendations are
# made to all partner agencies:": the addressee of the list the sentence introduces.
_ADDRESSED_LIST = re.compile(
    r"\brecommendations?\s+(?:(?:are|is)\s+(?:made|addressed)\s+|(?:made|addressed)\s+)?(?:to|for)\s+(?:the\s+)?"
    r"(?P<who>[^:;.]{2,70}?)\s*:$",
    re.I,
)


def addressed_list(text: str) -> str:
    """The agency a sentence ending in a colon addresses the recommendations after it to, or ""."""
    sentence = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    match = _ADDRESSED_LIST.search(sentence)
    if match is None:
        return ""
    who = match.group("who").strip()
    if not AGENCY_NAME.search(who) or len(who.split()) > 8:
        return ""
    return who[:1].upper() + who[1:]


# "(Systems): title", "(Practice) – title": a qualifier of a few words in brackets after a label.
_QUALIFIER = re.compile(r"^\((?P<q>[A-Za-z][\w'’ -]{0,30})\)\s*[:.\-–—]\s*(?=\S)")


def without_qualifier(rest: str) -> str:
    """A label's title without the bracketed kind qualifier before it ("(Practice): title" -> "title")."""
    match = _QUALIFIER.match(rest)
    if match is None or len(match.group("q").split()) > 3:
        return rest
    return rest[match.end() :]


def margin_note(cells: Sequence[str], cue: re.Pattern[str]) -> tuple[str, str] | None:
    """(cue word, text) of the one cell of a row run in with a lesson cue ("Good practice: ..."), the
    other cells narrative: a note set in the margin beside the events it comments on; else None."""
    cells = [c.strip() for c in cells]
    if len(cells) < 2:
        return None
    noted = [(i, m) for i, c in enumerate(cells) if (m := cue.match(c)) is not None]
    if len(noted) != 1:
        return None
    index, match = noted[0]
    others = [c for i, c in enumerate(cells) if i != index and c]
    text = cells[index][match.end() :].strip()
    if not text or not others or any(title_line(c) for c in others):
        return None  # a cell beside it that is a heading or a label: a table of its own, not a margin
    return match.group("cue"), text


def spanned_row(cells: Sequence[str], count: int, agency: int | None) -> list[str] | None:
    """The cells of a row short of its first ones, padded on the left to the header's `count`: the
    header's last column is the lead agency's and the row's last cell names one (a name, not a
    sentence), so what the row lacks is a cell printed once above for several rows. None otherwise."""
    if agency is None or agency != count - 1 or not 2 <= len(cells) < count:
        return None
    last = cells[-1].strip()
    if not last or last.endswith(".") or len(last.split()) > 8 or not AGENCY_NAME.search(last):
        return None
    return [""] * (count - len(cells)) + list(cells)
