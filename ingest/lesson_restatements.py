"""Ingest stage: lessons a report prints more than once, kept where the body prints them in full.

Run on the walk's drafts before the same words printed twice are kept once
(lesson_drafts.drop_summary_restatements). Full-length reports print their lessons again:
a seven-minute briefing bound in front whose bullets repeat the learning's paragraphs, a
closing chapter renumbering the recommendations "1."-"5." "for the action plan", a summary
gathering them again. The printing with the lesson's label is the lesson; a repetition is none:

- an unlabelled draft whose words the text of a labelled draft of its kind holds whole;
- a draft saying nothing but the title of another draft printed with its text (a "Key messages"
  page listing the findings by title: "1. Transfer between areas.");
- a list (two or more drafts of one section) every item of which repeats, word for word, a
  labelled draft printed before it under another number, those printings apart from one another
  (each after its finding);
- a paragraph of narrative that ends pointing to the lessons by their paragraph numbers ("... missed
  opportunities to understand the risks (see paragraphs 7.1 and 7.2).") when a number it cites labels a lesson;
- a sentence saying where the lessons are set out ("The lessons learned are set out at paragraphs 7.1 to
  7.4"), which the learned second opinion must not take for one either (POINTER).
"""

from __future__ import annotations

import re

from ingest.lesson_drafts import Draft, different_leads, draft_text
from ingest.lesson_placing import tokens

# Fewer words than this is a phrase a lesson may well share with another: never taken for a repetition.
_MIN_WORDS = 8
_AKIN = {"finding", "learning_point"}

# "The lessons learned are set out at paragraphs 7.1 to 7.4 and the recommendations at ...": a pointer.
POINTER = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the|our|its|this\s+review'?s)\s+(?:[\w-]+\s+){0,3}"
    r"(?:lessons?|learning|findings?|recommendations?)\b[^.]{0,40}?\s(?:is|are)\s+"
    r"(?:set\s+out|listed|given|summarised|summarized|described)\s+(?:at|in)\s+"
    r"(?:paragraphs?|sections?|chapters?|part|appendix)\s+\d",
    re.IGNORECASE,
)
# "... (see paragraphs 7.1 and 7.2)." closing a paragraph: the numbers it cites.
_SEE_PARAGRAPHS = re.compile(
    r"\(\s*see\s+paragraphs?\s+(?P<nums>\d+(?:\.\d+)+(?:\s*(?:,|and|&|to|-|–)\s*\d+(?:\.\d+)+)*)\s*\)\s*\.?\s*$",
    re.IGNORECASE,
)


def _akin(a: Draft, b: Draft) -> bool:
    return a.kind == b.kind or {a.kind, b.kind} <= _AKIN


def drop_repeated_printings(drafts: list[Draft]) -> list[Draft]:
    """The drafts without the repetitions of labelled lessons (see the module's docstring)."""
    flats = [tokens(draft_text(d)) for d in drafts]
    dropped: set[int] = set()
    labels = {d.label.strip(" .") for d in drafts if d.label}
    titles = {tokens(d.title) for d, flat in zip(drafts, flats, strict=True) if d.title and len(flat) > len(d.title)}
    for i, d in enumerate(drafts):
        text = draft_text(d)
        cited = _SEE_PARAGRAPHS.search(text)
        nums = re.findall(r"\d+(?:\.\d+)+", cited.group("nums")) if cited else []
        if (
            (flats[i] in titles and not d.title)
            or POINTER.match(text)
            or (nums and any(n in labels and n != d.label.strip(" .") for n in nums))
        ):
            dropped.add(i)
    for i, d in enumerate(drafts):
        if d.label or d.number or d.agency or len(flats[i].split()) < _MIN_WORDS:
            # (a lead agency of its own tells a lesson apart: an agency's own learning repeating a finding)
            continue
        if any(
            j != i
            and (b.label or b.number)
            and not b.in_summary
            and _akin(d, b)
            and not different_leads(d, b)
            and f" {flats[i]} " in f" {flats[j]} "
            for j, b in enumerate(drafts)
        ):
            dropped.add(i)
    groups: dict[tuple[str, int], list[int]] = {}
    for i, d in enumerate(drafts):
        if i not in dropped and d.label and not d.in_summary:
            groups.setdefault((d.section, d.zone), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        first = members[0]
        earlier = [
            next(
                (
                    j
                    for j, b in enumerate(drafts)
                    if j < first
                    and b.label
                    and not b.in_summary
                    and b.label != drafts[i].label
                    and _akin(drafts[i], b)
                    and not different_leads(drafts[i], b)
                    and flats[j] == flats[i]
                ),
                None,
            )
            if len(flats[i].split()) >= _MIN_WORDS
            else None
            for i in members
        ]
        # a list gathering again what the report printed here and there (after each finding): restated; the
        # same words in one other list, one after another under other numbers, are lessons of their own
        places = sorted({j for j in earlier if j is not None})
        if None not in earlier and places and places[-1] - places[0] + 1 > len(places):
            dropped.update(members)
    return [d for i, d in enumerate(drafts) if i not in dropped]
