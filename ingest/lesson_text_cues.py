"""Ingest stage: what a lesson's own text says of itself, read by lesson segmentation.

A numbered line or a short capitalised line that is a title rather than a sentence, the title
phrase a lesson's text opens with (before a dash, a colon or a full stop), a box of quoted voices
(its caption and quotations, evidence and never a lesson), and an explainer box's question defining
a term. Pure functions of text, split from ingest/lesson_cues.py, which reads the cues of headings
and sections; ingest/lessons.py walks the blocks with both.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_cues import ITEM_NUMBER


def numbered_title(text: str) -> tuple[str, str] | None:
    """(number, title) of a numbered line that is a title, not a sentence: "1. Curiosity about
    who lives in the home" (short, capitalised, no full stop), or None."""
    match = ITEM_NUMBER.match(text)
    if not match:
        return None
    title = text[match.end() :].strip()
    words = title.split()
    if not words or len(words) > 12 or title.endswith((".", ";", ":", "?", "!", ",")) or not title[:1].isupper():
        return None
    return match.group("num"), title


def title_line(text: str) -> bool:
    """A short capitalised line with no closing punctuation: a title, not a sentence
    ("Information shared but not understood")."""
    text = text.strip()
    words = text.split()
    return 1 <= len(words) <= 12 and text[:1].isupper() and not text.endswith((".", ";", ":", "?", "!", ","))


# "Fathers left out – Practitioners did not ...", "Hidden men: Nobody asked ...": a title run into its
# text after a dash or a colon.
DASH_TITLE = re.compile(r"^(?P<title>[A-Z][^.;:!?–—]{2,90}?)(?:\s+[–—-]|:)\s+(?=[A-Z])")


def dash_title(text: str) -> str:
    """The title a lesson's text opens with before a dash, or ""."""
    match = DASH_TITLE.match(text)
    return match.group("title").strip() if match and len(match.group("title").split()) <= 12 else ""


# Words that make a phrase a sentence rather than a title.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|should|must|will|would|can|could|may|might|shall|"
    r"need|needs|needed|said|told|saw|found|"
    # pasts no participle shares, which a sentence turns on ("Practitioners knew almost nothing about the
    # father."; "Decisions made without the child" stays a title phrase)
    r"knew|went|came|took|gave|began|became|spoke|wrote|chose|knows|thinks|feels|seems)\b",
    re.I,
)
# Pasts a participle shares: a sentence's verb when a complement follows ("The childminder felt uneasy ...",
# "Neighbours heard shouting"), a title's participle when a preposition or nothing does ("Decisions made
# without the child", "Information kept in silos", "Promises made").
_SHARED_PAST = re.compile(
    r"\b(?:felt|heard|thought|made|kept|left|met|brought|sought|understood|held)\b"
    r"(?!\s*$|\s+(?:by|to|in|into|on|at|for|from|with|without|within|about|over|under|between|across|through|"
    r"after|before|during|as|and|or|but)\b)",
    re.I,
)


def _finite_verb(title: str) -> re.Match[str] | None:
    """The first word that makes a phrase a sentence, or None."""
    found = [m for m in (_FINITE.search(title), _SHARED_PAST.search(title)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def opening_title(text: str, loose: bool = False) -> str:
    """The title phrase a lesson's text opens with, closed by a full stop, before the sentences that
    explain it ("Bruising in a non-mobile baby. A small bruise was ..."); "" when the first sentence
    is a sentence (it has a verb like "was", "should") or is no short capitalised phrase. `loose`:
    in a run of paragraphs already opening so, a title phrase may have such a verb inside it
    ("Chronologies that were never used. A chronology ..."), though not open with a subject and verb."""
    match = re.match(r"^(?P<title>[A-Z][^.!?:;]{2,90}?)\.\s+(?=[A-Z])", text)
    if not match:
        return ""
    title = match.group("title").strip()
    if not title_line(title) or len(title.split()) > 10:
        return ""
    if loose:
        finite = _finite_verb(title)
        return title if finite is None or len(title[: finite.start()].split()) >= 2 and len(title.split()) <= 8 else ""
    return title if _finite_verb(title) is None else ""


# The caption of a box quoting someone's own words ("Practitioner voice", "In their own words", "What the
# family told us"): the quotation under it is evidence, never a lesson nor part of one. ("The voice of the
# child" is not one: reviews title findings so.)
VOICE_CAPTION = re.compile(
    r"^(?:the\s+)?(?:(?:practitioners?|professionals?|family|parents?|mother|father|child|young\s+person|staff|managers?)"
    r"(?:['’]s?)?\s+(?:voices?|views?|perspectives?|words|quotes?|reflections?)|"
    # who spoke may take a few words: "What children and young people told us", "What the young people said"
    # or a name's: "In Child K's words", "What Child Q's family told us"
    r"in\s+(?:their|his|her|our|[\w-]+(?:\s+[\w-]+){0,2}['’]s?)\s+(?:own\s+)?words|"
    r"what\s+(?:[\w'’-]+\s+){0,4}(?:said|told\s+(?:us|the\s+review(?:er)?))"
    # of the review's learning events or training: "What practitioners said about the learning events"
    r"(?:\s+(?:about|of|after|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:events?|sessions?|training|workshops?|briefings?|days?))?|"
    r"quotes?|quotations?)\s*:?",
    re.I,
)
# who said it after the quotation: "- a parent", or in brackets "(practitioner at the learning event)"
QUOTATION = re.compile(r"^\W{0,2}[\"“‘'].{8,}[\"”’'](?:\s*(?:[–—-]\s*[^.!?\"“”]{2,80}|\([^()]{2,80}\)))?\W{0,2}$", re.S)


def without_voices(blocks: list[Block]) -> list[Block]:
    """Blocks less a box of quoted voices: its caption and the quotations under it (a caption over
    anything but a quotation stays)."""
    kept: list[Block] = []
    quoting = False
    for index, block in enumerate(blocks):
        text = block.text.strip()
        caption = VOICE_CAPTION.match(text) if block.kind in ("heading", "para") else None
        following = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
        if caption and caption.end() == len(text) and QUOTATION.match(following):
            quoting = True
            continue
        if caption and QUOTATION.match(text[caption.end() :].strip()):
            continue  # caption and quotation on one line
        if quoting and block.kind in ("para", "item") and QUOTATION.match(text):
            continue
        quoting = False
        kept.append(block)
    return kept


# An explainer box's question over its definition ("What is a strategy discussion?", "What does 'neglect'
# mean?", "What are MARACs?"): it defines a term for the reader and is never a lesson nor part of one.
# Questions about the case or its lessons ("What is the learning?", "What is known about the issue?") are
# no explainers.
EXPLAINER = re.compile(
    r"^\W{0,2}what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?P<term>[\w'‘’“”\"()/&,-]+(?:\s+[\w'‘’“”\"()/&,-]+){0,6})\?"
    r"|^\W{0,2}what\s+(?:does|do)\s+(?:an?\s+|the\s+)?(?P<meant>[\w'‘’“”\"()/&,-]+(?:\s+[\w'‘’“”\"()/&,-]+){0,5})\s+mean\?",
    re.I,
)
NOT_A_TERM = re.compile(
    r"\b(?:learn\w*|lessons?|findings?|issues?|recommend\w*|problems?|concerns?|known|happen\w*|going|wrong|needed|"
    r"different|changed?|changing|matters?|impact|risks?|next|review|outcomes?|evidence|story|it|this|that|these|those|we|"
    r"you|they|our|your|their|his|her|its|good\s+practice|working\s+well|worked|expected|required|important|"
    r"(?:the\s+)?child(?:ren)?'?s?\s+(?:experience|voice|view)s?|"
    # what is being done about it ("What is being done already?"): a question on action, no term defined
    r"being\s+(?:done|\w+ed)|done|doing|already)\b",
    re.I,
)


def explainer(text: str) -> re.Match[str] | None:
    """The question opening an explainer box, or None (see EXPLAINER)."""
    match = EXPLAINER.match(text.strip())
    if match is None or NOT_A_TERM.search(match.group("term") or match.group("meant") or ""):
        return None
    return match
