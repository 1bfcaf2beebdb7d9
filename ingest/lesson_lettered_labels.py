"""Ingest stage: lesson segmentation - the label of a lettered recommendation under a numbered paragraph.

Used by the walk (ingest/lessons.py). A report numbering its paragraphs to three or four levels ("5.1.1",
"5.1.2") may print one numbered paragraph that only introduces a list ("5.2.1 The review makes the
following recommendations to individual agencies:") over lettered items "(a)", "(b)", each a whole
recommendation. Each is labelled as it is cited: the paragraph's number and the letter as printed,
"5.2.1(a)" for "(a)", "5.2.1a" for "a)" or "a.". A lettered part completing a stem ("5.1.2 The
partners should seek assurance that:" over "(a)", "(b)") is no lesson of its own and keeps the stem's label.
"""

from __future__ import annotations

import re

from ingest.lesson_cues import PARA_NUMBER
from ingest.lesson_intro_cues import ANNOUNCES, COUNTS

# A sentence that introduces the recommendations listed after it: "The review makes the following
# recommendations to individual agencies:", "Recommendations are made to the following agencies:".
_INTRODUCES = re.compile(r"\brecommendations?\b[^.;:!?]{0,80}:\s*$", re.I)
# The letter of an item as printed: "(a) ", "a) ", "a. ".
_LETTER = re.compile(r"^(?P<open>\()?(?P<letter>[a-z])(?P<close>[.)])\s+(?=\S)")


def introduced_number(text: str) -> str:
    """The number of a paragraph numbered to two levels or more that introduces a list of recommendations
    ("5.2.1 The review makes the following recommendations to individual agencies:" -> "5.2.1"); else ""."""
    number = PARA_NUMBER.match(text)
    if number is None or "." not in number.group("num"):
        return ""
    body = text[number.end() :].strip()
    if ANNOUNCES.search(body) or (body.endswith(":") and (COUNTS.match(body) or _INTRODUCES.search(body))):
        return number.group("num")
    return ""


def lettered_label(number: str, text: str) -> str:
    """The label of a lettered item under the introducing paragraph numbered `number`: the number and
    the letter as printed ("(a) Police should ..." under "5.2.1" -> "5.2.1(a)"); "" when there is no
    number or the item is not lettered."""
    lettered = _LETTER.match(text)
    if not number or lettered is None:
        return ""
    letter = lettered.group("letter")
    return f"{number}({letter})" if lettered.group("open") and lettered.group("close") == ")" else number + letter
