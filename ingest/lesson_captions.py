"""Ingest stage: lesson segmentation - block passes over the captions set in and around a lesson.

A box's caption naming only the lesson's kind under its labelled heading
("The finding"), a finding's type, a run-in rationale or commentary, the
evidence caption over case events and the evidence question run into its
narrative, and a review box's caption run into its text: each dropped or set
apart as a heading so the walk reads the lesson's own text. Run in order by
`reshaped` (ingest/lesson_passes.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import ITEM_NUMBER, PARA_NUMBER
from ingest.lesson_other_sections import EVIDENCE_HEADING
from ingest.lesson_patterns import LABEL

# A box's caption naming only the kind of the lesson whose heading it sits under ("Finding 1: title",
# then a box headed "The finding"), and a finding's category under it ("Type of finding: ...").
KIND_CAPTION = re.compile(
    r"^(?:the\s+|our\s+)?(?:key\s+)?(?:finding|learning|lesson|learning\s+point|recommendation)\W*$", re.I
)


RUN_IN_CAPTION = re.compile(
    r"^(?:[Tt]he\s+)?(?:[Ff]inding|[Ll]earning|[Ll]esson)\s+(?=(?:The|This|A|An|When|In|On|At|Each|No|Some|There|It|[A-Z][a-z]+\s+(?:was|were|had|did))\b)"
)


# A run-in paragraph giving the reason for the lesson under the same heading ("Rationale: ... (See
# Finding 1.)", "Why we make this recommendation: ..."): context for the reader, never a lesson nor its text.
RATIONALE_CUE = re.compile(
    r"^(?:rationale|reasons?|reasoning|justification|context|why\s+(?:this|we\s+(?:make|made))(?:\s+[a-z]+){0,3})"
    r"(?:\s+for\s+(?:this|the)\s+(?:recommendation|finding))?\s*:\s+\S",
    re.I,
)


# A run-in paragraph of commentary on the case after a lesson's statement under its labelled heading
# ("Commentary: ...", "Reviewer's comments: ...", "Evidence from this case: ..."): narrative, never the lesson.
COMMENTARY_CUE = re.compile(
    r"^(?:(?:the\s+)?(?:lead\s+)?reviewer(?:['’]s)?\s+|case\s+|further\s+)?(?:commentary|comments?|discussion|"
    r"evidence\s+(?:from|in)\s+(?:this|the)\s+(?:case|review)|case\s+examples?|what\s+happened\s+in\s+this\s+case)\s*:\s+\S",
    re.I,
)


KIND_CUE = re.compile(r"^(?:the\s+)?(?:finding|learning|lesson|recommendation|good\s+practice)\s*:\s+(?=\S)", re.I)


FINDING_TYPE = re.compile(
    r"^(?:type|category|kind)\s+of\s+(?:finding|learning|issue)\s*:|^(?:finding|learning)\s+(?:type|category)\s*:", re.I
)


# A question run in before the paragraph answering it: "How did the issue manifest in this case? Staff ...".
EVIDENCE_RUNIN = re.compile(r"^(?P<q>[A-Z][^?.!]{5,120}\?)\s+(?=[A-Z])")


# A caption over the case events a lesson rests on ("Evidence from this case:", "What happened in this
# case:"): the bullets under it are narrative, never lessons nor part of one.
EVIDENCE_CAPTION = re.compile(
    r"^(?:the\s+)?(?:evidence|examples?|what\s+happened|how\s+this\s+(?:showed|was\s+seen))(?:\s+(?:from|in)\s+(?:this|the)\s+"
    r"(?:case|review|family))?(?:\s+(?:includes?|was|were))?\s*:$",
    re.I,
)


def _without_evidence(blocks: list[Block]) -> list[Block]:
    """Blocks less an evidence caption and the unnumbered bullets under it, up to the next heading or
    numbered item."""
    kept: list[Block] = []
    evidence = False
    for block in blocks:
        if block.kind == "para" and EVIDENCE_CAPTION.match(block.text.strip()):
            evidence = True
            continue
        if evidence and block.kind == "item" and not (ITEM_NUMBER.match(block.text) or PARA_NUMBER.match(block.text)):
            continue
        evidence = False
        kept.append(block)
    return kept


def _without_captions(blocks: list[Block]) -> list[Block]:
    """Blocks less the caption of a box holding a labelled heading's lesson (the box's text then
    reads as that lesson's) and the finding-type lines printed under it."""
    kept: list[Block] = []
    under_label = False  # the nearest heading above is a lesson's label ("Finding 2: ...")
    for block in blocks:
        if FINDING_TYPE.match(block.text) and len(block.text.split()) <= 12:
            continue
        if block.kind == "heading":
            under_label = bool(LABEL.match(block.text))
        elif under_label and block.kind == "para" and COMMENTARY_CUE.match(block.text):
            continue  # the reviewer's commentary on the evidence after the lesson's statement: never the lesson
        after_label = bool(kept) and kept[-1].kind == "heading" and bool(LABEL.match(kept[-1].text))
        if block.kind == "heading" and KIND_CAPTION.match(block.text) and after_label:
            continue
        if block.kind == "para" and after_label and RATIONALE_CUE.match(block.text):
            continue
        if block.kind == "para" and after_label and (cue := KIND_CUE.match(block.text)):
            block = replace(block, text=block.text[cue.end() :])  # "Recommendation: ..." under "Recommendation 1"
        if block.kind == "para" and after_label and (caption := RUN_IN_CAPTION.match(block.text)):
            block = replace(block, text=block.text[caption.end() :])  # plain text runs the caption into the box
        elif (
            block.kind == "para"
            and block.text.endswith("?")
            and len(block.text.split()) <= 14
            and EVIDENCE_HEADING.search(block.text)
        ):
            block = replace(block, kind="heading", level=block.level or 3)  # an evidence question set as a plain line
        elif (
            block.kind == "para"
            and (question := EVIDENCE_RUNIN.match(block.text))
            and EVIDENCE_HEADING.search(question.group("q"))
        ):
            # the evidence question run into the narrative it asks for ("How did the issue manifest in this
            # case? Practitioners described ..."): a heading over narrative, as when set on its own line
            kept.append(replace(block, kind="heading", level=block.level or 3, text=question.group("q"), lead=""))
            block = replace(block, text=block.text[question.end() :], lead="")
        kept.append(block)
    return kept


# A box's caption naming learning from some review ("Learning from a local review"), run into its text
# where plain text cannot set it apart.
REVIEW_BOX_CAPTION = re.compile(
    r"^(?P<caption>(?:key\s+)?(?:learning|lessons?)\s+(?:drawn\s+)?from\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}review|"
    # a finding's part on what went well, run into its text: "What worked well Managers supported ..."
    r"what\s+(?:worked|went)\s+well)"
    r"\s*[:.\-–]?\s+(?=(?-i:[A-Z]))",
    re.I,
)


def _box_captions(blocks: list[Block]) -> list[Block]:
    """Blocks with a paragraph opening with a box's caption ("Learning from a local review The
    family ...") split into the caption, a heading, and the box's text."""
    kept: list[Block] = []
    for block in blocks:
        match = REVIEW_BOX_CAPTION.match(block.text) if block.kind == "para" else None
        if match is None:
            kept.append(block)
            continue
        kept.append(replace(block, kind="heading", text=match.group("caption"), level=block.level or 3, lead=""))
        kept.append(replace(block, text=block.text[match.end() :], lead=""))
    return kept
