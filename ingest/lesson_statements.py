"""Ingest stage: lesson segmentation, lessons a sentence or a cell states of itself.

Small tests the walk in ingest/lessons.py asks of a block where no section cue
says what it is:

- a paragraph that counts itself among the lessons ("The second learning point
  is that ..."), set among narrative paragraphs (one that reports what the review
  found, "4.1.3 The review finds that ...", is the walk's REPORTED rule);
- a prose sentence addressing the list after it ("The review makes the
  following recommendations to the Integrated Care Board:"): their lead agency;
- a kind qualifier between a lesson's label and its title ("Learning Point 3
  (Systems): title"), which belongs to neither.
"""

from __future__ import annotations

import re

from ingest.lesson_patterns import AGENCY_NAME

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
        noun = counted.group("noun").lower()
        kind = (
            "finding"
            if noun.endswith("finding")
            else "recommendation"
            if noun.startswith("recommendation")
            else "learning_point"
        )
        return kind, counted.group("num") or "", counted.group("text")
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
