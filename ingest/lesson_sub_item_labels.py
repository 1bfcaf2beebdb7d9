"""Ingest stage: lesson segmentation, the walk's step for sub-items of a numbered lesson that each stand
as a lesson of their own: under "Learning point 3: <title>" a lead-in and run-in parts "3(a) ...", "3(b)
..." (or "3a) ...", "3(ii) ..."), each a whole sentence or more opening in a capital. Each part is its own
lesson of the heading's kind, labelled as printed ("3(a)"), with no title; the group heading above them and
its lead-in are never a lesson nor a title. Parts that complete a stem's sentence (opening in lower case)
are left to the stem.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.lesson_drafts import Draft
    from ingest.lesson_walk import LessonWalk

# "3(a) The case was ...", "3a) ...", "3(ii) ...": the group's number, then the part's letter or roman numeral.
SUB_ITEM = re.compile(r"^(?P<num>(?P<group>\d{1,2})(?:\((?:[a-z]|[ivx]{1,4})\)|[a-z]\)))\s+(?=[A-Z])")
_GROUP_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})$")


def _sub_label(label: str) -> re.Match[str] | None:
    """A draft's label read as a sub-item's ("3(a)"); the pattern wants a capital after the label, as in text."""
    return SUB_ITEM.match(label + " X")


def _group_of(draft: Draft) -> str:
    """The number a draft's label ends in ("Learning point 3" -> "3"), or the group of its own sub-item label."""
    sub = _sub_label(draft.label)
    if sub:
        return sub.group("group")
    number = _GROUP_NUMBER.search(draft.label)
    return number.group(1) if number else ""


def _lead_in_only(draft: Draft) -> bool:
    """A group heading with at most a short lead-in under it: nothing of a lesson of its own."""
    body = draft.parts[1:] if draft.headed else draft.parts
    return len(body) <= 1 and all(len(part.split()) <= 40 for part in body)


def sub_item_lesson(w: LessonWalk) -> bool:
    """A run-in part "3(a) ..." under the lesson numbered 3 (or after its part "3(a)"): a lesson of its own."""
    if w.block.kind not in ("para", "item"):
        return False
    match = SUB_ITEM.match(w.block.text)
    parent = w.current
    if match is None or parent is None or not parent.label or _group_of(parent) != match.group("group"):
        return False
    if not _sub_label(parent.label):
        if not _lead_in_only(parent):
            return False
        if parent in w.drafts:
            w.drafts.remove(parent)  # the group heading and its lead-in: no lesson
    w.current = w.start(parent.kind, match.group("num"), w.block.text[match.end() :], w.block, parent.agency)
    w.current.heading_only = False
    return True
