"""Ingest stage: lesson segmentation - the final clean-up.

What the walk (ingest/lessons.py) has drafted becomes the review's lessons: headings
and introductions with nothing under them, contents entries and restatements are
dropped, leads named before the ask or by an agency code are set, a trailing code
becomes the label, and each draft is built into a Lesson.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_addressed_learning import asked_of_its_agency
from ingest.lesson_agency_lines import without_note_mark
from ingest.lesson_agency_spacing import mended_spacing
from ingest.lesson_case_summaries import drop_case_summaries
from ingest.lesson_drafts import (
    DIRECTIVE,
    Draft,
    draft_text,
    drop_cited_restatements,
    drop_preambles,
    drop_summary_restatements,
)
from ingest.lesson_episode_titles import without_episode_numbers
from ingest.lesson_helpers import _has_words, _unquoted
from ingest.lesson_patterns import (
    AGENCY_CODE,
    AGENCY_LEAD,
    AGENCY_NAME,
    BOARD_INITIALS,
    NO_NEW_LESSON,
    NOT_THE_REVIEWS,
    ORGANISATION_WORD,
    PAPER_ASK,
    SEE_ALSO,
    TRAILING_CODE,
)
from ingest.lesson_plan_leads import leads_from_restatements
from ingest.lesson_restatements import drop_repeated_printings
from ingest.lesson_text_cues import opening_title
from ingest.lesson_theme_heads import theme_heads_unasked
from ingest.records import Lesson
from ingest.single_agency import own_learning

# What a contents entry leaves as a lesson's text: titles each followed by a page number ("Hidden men 4").
CONTENTS_TEXT = re.compile(r"^(?:[A-Z][^.!?:;]{1,90}?\s+\d{1,3}\s*)+$")


def _drop_contents_entries(drafts: list[Draft]) -> list[Draft]:
    """A labelled entry whose text is only titles and page numbers ("Finding 1 Hidden men 4"), its
    label printed again on a lesson later: a contents list under a heading that does not say so."""
    out = []
    for index, draft in enumerate(drafts):
        text = draft_text(draft)
        if (
            draft.label
            and CONTENTS_TEXT.match(text)
            and any(later.label == draft.label and later.kind == draft.kind for later in drafts[index + 1 :])
        ):
            continue
        out.append(draft)
    return out


# A section recording what a meeting agreed to do ("Actions agreed", "Section 5: Agreed actions"), not
# named for recommendations.
AGREED_ACTIONS = re.compile(
    r"^\W*(?:(?:section|part)\s+\w{1,3}\s*[:.\-–]\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
    r"(?:(?:immediate\s+)?actions?\s+agreed|agreed\s+actions?)(?:\s+(?:at|by)\s+the\s+(?:meeting|panel|group))?\W*$",
    re.I,
)
# What asks something of someone rather than assigning a task: "should", "must", "is asked to".
ASKING = re.compile(
    r"\b(?:should|must|shall|will|needs?\s+to|ought|recommend\w*|(?:is|are)\s+(?:asked|invited|encouraged|expected))\b",
    re.I,
)
# A task assigned: "<who> to <do what>" ("Agency leads to share the learning with their teams").
TASK = re.compile(r"^[A-Z][\w'’ -]{2,80}?\s+to\s+(?!be\b)[a-z]+\b")


def _agreed_task(draft: Draft) -> bool:
    """A bullet under a record of actions agreed that assigns a task ("The group to track the actions.")
    and asks nothing of anyone: the meeting's own follow-up, none of the review's recommendations."""
    text = draft_text(draft)
    return (
        draft.kind == "recommendation"
        and draft.item
        and not draft.label
        and bool(AGREED_ACTIONS.match(draft.section))
        and bool(TASK.match(text))
        and not ASKING.search(text)
    )


# A numbered paragraph that states the recommendation it is: "5.3 It is recommended that ...".
RECOMMENDING = re.compile(
    r"^(?:it\s+is\s+(?:therefore\s+)?recommended\s+that|(?:the\s+)?(?:review(?:er)?|panel|review\s+team|we)\s+"
    r"(?:therefore\s+|also\s+)?recommends?\s+that)\b",
    re.I,
)
NUMBERED_PARAGRAPH = re.compile(r"^\d{1,2}\.\d{1,2}$")


def _drop_unrecommending(drafts: list[Draft]) -> list[Draft]:
    """Drafts less the numbered paragraphs of a chapter of conclusions and recommendations that state
    none ("5.1 The review has found ...") when the chapter's recommendations each say they are one
    ("5.3 It is recommended that ..."): those paragraphs are the chapter's narrative."""
    numbered = [
        d
        for d in drafts
        if d.kind == "recommendation" and d.zone and d.parts and NUMBERED_PARAGRAPH.match(d.label or d.number)
    ]
    stating = {d.zone for d in numbered if RECOMMENDING.match(d.parts[0].strip())}
    dropped = {
        id(d)
        for d in numbered
        if d.zone in stating
        and not RECOMMENDING.match(d.parts[0].strip())
        and not re.search(r"\b(?:should|must)\b", draft_text(d), re.I)
    }
    return [d for d in drafts if id(d) not in dropped]


def _label_repeated(draft: Draft) -> int:
    """The length of a run-in cue repeating the lesson's label word ("The concern:" under "Concern 2",
    "The finding:" under "Finding 1") opening its text; 0 if none."""
    word = re.sub(r"\s*\S*\d\S*$", "", draft.label).strip()
    if not word or not draft.parts or not re.fullmatch(r"[A-Za-z]+(?:\s+[A-Za-z]+){0,3}", word):
        return 0
    cue = re.match(rf"^(?:the|this|our|their)\s+{re.escape(word)}\s*:\s+(?=[A-Z\"'“‘])", draft.parts[0], re.I)
    return cue.end() if cue else 0


# A question put to those who commissioned the review: "Is the Board confident that ...?", "What assurance
# does the Partnership have that ...?" (a systems review's "Issues for the Board to consider").
BOARD_QUESTION = re.compile(
    r"^[A-Z][^.!?]*\b(?:the\s+)?(?:board|partnership|safeguarding\s+partners|LSCB|LSCP)\b[^.!?]*\?\s*$", re.I
)


# A review putting a matter to a body in so many words: "... and asks the Panel to consider this in its
# national work", "The review invites the Department to review ...".
_PUTS_TO = re.compile(
    r"\b(?:asks|invites|requests|urges)\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+to\s+"
    r"(?:consider|review|note|look\s+at|take|revise|examine)\b",
    re.I,
)

# A cover's line naming the review's writer ("Independent reviewer: Dr Rupert Vance"), under a cover title
# that reads like a heading ("... learning from five rapid reviews"): the review's author, never a lesson.
WRITER_FIELD = re.compile(
    r"^(?:independent\s+|lead\s+|overview\s+)?(?:reviewer|author|report\s+writer)s?\s*:\s*"
    r"(?-i:(?:Dr\.?\s+|Professor\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})\.?$",
    re.I,
)


def _asks(text: str) -> bool:
    """Whether a recommendation's text asks something of someone: directs, questions the Board, or puts a
    matter to a named body ("asks the Panel to consider")."""
    return bool(DIRECTIVE.search(text) or BOARD_QUESTION.match(text) or _PUTS_TO.search(text))


def finished(drafts: list[Draft], codes: dict[str, str], blocks: list[Block]) -> list[Lesson]:
    """The lessons the walk's drafts make, numbered from 1: drafts that are not lessons dropped, leads
    and labels printed apart from their lessons set."""
    for d in drafts:
        if d.unasked and d.kind == "recommendation" and not DIRECTIVE.search(draft_text(d)):
            d.kind = d.unasked  # "Learning and recommendations": what asks nothing of anyone is the learning
    # A heading with nothing under it is not a lesson on its own; nor is a plain paragraph under a
    # recommendations heading that asks nothing of anyone ("Conclusions and recommendations").
    drafts = drop_preambles(
        [
            d
            for d in drafts
            if _has_words(draft_text(d))
            and not (d.headed and d.heading_only)
            # a sub-heading whose only text introduces the list after it ("The review found:"): the list's
            # heading, its items the lessons
            and not (d.headed and d.title and len(d.parts) == 2 and d.parts[-1].rstrip().endswith(":"))
            and not (d.plain and d.kind == "recommendation" and not _asks(draft_text(d)))
            and not (d.plain and PAPER_ASK.search(draft_text(d)))
            and not NO_NEW_LESSON.match(draft_text(d))  # "As LL-02: ...", "No new learning: ..."
            and not (d.kind == "recommendation" and NOT_THE_REVIEWS.search(draft_text(d)))
            and not _agreed_task(d)
            and not WRITER_FIELD.match(draft_text(d))
        ]
    )
    for d in drafts:
        if d.opening_title and not d.title:
            d.title = opening_title(draft_text(d))
    drafts = without_episode_numbers(drafts)
    # the leads a later plan prints are set before its repetitions are dropped
    lessons = drop_summary_restatements(
        drop_repeated_printings(
            leads_from_restatements(
                drop_cited_restatements(_drop_contents_entries(_drop_unrecommending(drop_case_summaries(drafts)))),
                blocks,
            )
        )
    )
    for d in lessons:
        led = AGENCY_LEAD.match(d.parts[0]) if d.kind == "recommendation" and not d.agency and d.parts else None
        if (
            led
            and len(led.group("who").split()) <= 6
            and (
                AGENCY_NAME.search(led.group("who"))
                or ORGANISATION_WORD.search(led.group("who"))
                or BOARD_INITIALS.match(led.group("who"))
            )
            and DIRECTIVE.search(led.group("rest"))
        ):
            # "2. Children's Social Care: Children's social care should ...": the lead named before its ask
            d.agency, d.parts[0] = led.group("who"), led.group("rest")
        coded = AGENCY_CODE.fullmatch(d.label)
        if d.kind == "recommendation" and not d.agency and coded and coded.group("code") in codes:
            d.agency = codes[coded.group("code")]  # "CSC2" under a key giving "CSC | Children's Social Care"
    for d in lessons:
        trailing = TRAILING_CODE.search(d.parts[-1]) if d.parts and not d.label else None
        if trailing:
            # "... with the family as a whole. [L2]": the reference printed after the text is its label
            d.label, d.parts[-1] = trailing.group("code"), d.parts[-1][: trailing.start()].rstrip()
    theme_heads_unasked(lessons)
    for d in lessons:
        if asked_of_its_agency(d.kind, d.agency, draft_text(d)):
            d.kind = "recommendation"  # "Ofsted" / "Ofsted should consider ...": asked of the body it is for
    for d in lessons:
        repeated = _label_repeated(d)
        if repeated:
            # "Concern 2" over "The concern: Staff did not ...": the label's word run in again, no part of the text
            d.parts[0] = d.parts[0][repeated:]
    made = [
        Lesson(
            ordinal=i,
            kind=d.kind,
            label=d.label or d.number,
            text=_unquoted(SEE_ALSO.sub("", draft_text(d)).strip()),
            section=d.section,
            page_start=d.page_start,
            page_end=d.page_end,
            agency=without_note_mark(mended_spacing(d.agency)),
            title=SEE_ALSO.sub("", d.title).strip(" .:-–"),
        )
        for i, d in enumerate(lessons, start=1)
    ]
    return own_learning(made, blocks)
