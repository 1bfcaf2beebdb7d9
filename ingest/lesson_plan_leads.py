"""Ingest stage: leads a later action plan gives recommendations the body printed without one.

Run on the walk's drafts just before summaries restating the body are dropped. A report's
action plan or summary table ("No. | Recommendation | Lead | Timescale", "Recommendation |
For") often repeats the body's recommendations word for word beside the agency that leads each,
or prints each again as a paragraph ending "Lead agency: Police." (an old report's plan, a scan).
The repetition is no lesson of its own, but its Lead cell is the addressee the document prints
apart from the body's sentence: the body's recommendation takes it when it names none itself.
"""

from __future__ import annotations

from ingest.layout import Block
from ingest.lesson_drafts import INLINE_AGENCY, Draft, content_words, draft_text
from ingest.lesson_placing import tokens

# Share of either printing's words the other must hold to be the same recommendation word for word.
_SAME = 0.9


def _same_words(a: set[str], b: set[str]) -> bool:
    common = len(a & b)
    return bool(a) and bool(b) and common >= _SAME * len(a) and common >= _SAME * len(b)


def _plan_paragraph_leads(body: list[Draft], blocks: list[Block]) -> None:
    """Each body recommendation without an agency given the lead of the one paragraph that prints its
    words again with "Lead agency: <lead>." after them."""
    leads: list[tuple[str, str]] = []
    for block in blocks:
        if block.kind != "para":
            continue
        match = INLINE_AGENCY.search(block.text)
        if match and match.start() > 0:
            leads.append((f" {tokens(block.text[: match.start()])} ", match.group(1).strip()))
    if not leads:
        return
    for d in body:
        flat = tokens(draft_text(d))
        if d.agency or len(flat.split()) < 8:
            continue
        found = {lead for text, lead in leads if text.endswith(f" {flat} ")}
        if len(found) == 1:
            d.agency = found.pop()


def leads_from_restatements(drafts: list[Draft], blocks: list[Block] | None = None) -> list[Draft]:
    """The drafts, each body recommendation without an agency given the lead a later summary's
    or action plan's printing of the same words sets beside it (one printing only, one lead)."""
    body = [d for d in drafts if d.kind == "recommendation" and not d.in_summary]
    if not body:
        return drafts
    if blocks:
        _plan_paragraph_leads(body, blocks)
    words = {id(d): content_words(draft_text(d)) for d in body}
    place = {id(d): index for index, d in enumerate(drafts)}
    leads: dict[int, set[str]] = {}
    for index, d in enumerate(drafts):
        if not (d.in_summary and d.kind == "recommendation" and draft_text(d) and d.agency):
            continue
        own = content_words(draft_text(d))
        # the printing it repeats: the body's recommendation before it with the same words, only one
        matches = [b for b in body if place[id(b)] < index and _same_words(own, words[id(b)])]
        if len(matches) == 1 and not matches[0].agency:
            leads.setdefault(id(matches[0]), set()).add(d.agency.strip())
    for d in body:
        found = leads.get(id(d), set())
        if len(found) == 1:
            d.agency = found.pop()
    return drafts
