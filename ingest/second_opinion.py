"""Ingest stage: a learned second opinion on lessons, run after the rules (lessons.py).

The rules were written convention by convention and carry only as far as a
new layout resembles a seen one. A block classifier trained on every
convention's gold sees each block (paragraph, heading, list item, table row,
an inline list's item) through generic features only: its layout (kind,
level, bold, length, numbering, punctuation), its first words, the words of
the headings above it, its neighbours and cue words. It labels a block the
start of a lesson, its continuation or neither.

The rules run first and keep every lesson they find. The classifier only
speaks where the rules were silent: a run of blocks opened by one it labels
start (at least THRESHOLD sure) and carried on by those it labels
continuation, none of which lies inside a rule lesson, under a heading whose
section (sub-sections included) gave the rules no lesson, with at least
MIN_WORDS words (a heading alone is never a lesson), is added; never in a
part that tells or weighs the case ("Analysis", "Conclusions") of a report whose
lessons the rules found under headings naming them (second_opinion_parts.py,
for this stage and the lesson check's adder alike). It never
vetoes a rule lesson: a veto raised precision on the blind sets a little but
dropped right rule lessons on development documents ("Secondly, ..."
paragraphs).

Why this shape, measured leaving each blind set out (train without the whole
set, test on it; the rules as they stood at the set's first contact;
`python -m search_app.eval.loco --by-set`): over blind sets 1-4 the rules
alone found 0.816 of the lessons and were right 0.883 of the time, the
classifier alone 0.819 / 0.768, the rules with its additions anywhere they
found nothing 0.858 / 0.883, and with the additions kept to sections the
rules left empty and to runs opened by a start (as here: what the rules leave
inside a section they read is narrative, actions or notes) 0.846 / 0.886.
THRESHOLD and MIN_WORDS were chosen on those sets. On blind set 5, measured
once per design: rules 0.657 / 0.855, classifier alone 0.792 / 0.799, rules
with additions anywhere 0.773 / 0.870; this stage as built (its two limits
set from rule-class tests and blind sets 1-4 after that measurement, read
on set 5 by `lessons eval` afterwards, changed by nothing seen there)
0.768 / 0.869, kinds 0.825 (the rules' 0.866: an added lesson takes the kind
its section's heading names, else "recommendation" for a directive, else
"finding").

The model is a multinomial logistic regression whose weights are shipped in
`block_model.json` beside this module (written by `python -m
search_app.eval.loco --train-model`); prediction is a sparse dot product
and a softmax, with no scikit-learn at extraction time. The units it sees and
the model itself are in second_opinion_model.py; this module holds where its
labels may add a lesson.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ingest.layout import Block
from ingest.lesson_around import CHILDREN_SUMMARY, LETTER_TO_CHILD
from ingest.lesson_boxes import fact_box
from ingest.lesson_cues import zone_kind
from ingest.lesson_keyed_rows import keyed_rows
from ingest.lesson_other_sections import (
    ACTIVITY_HEADING,
    EARLIER_REVIEW_RECOMMENDATIONS,
    EARLIER_REVIEW_SECTION,
    FORESEEN_HEADING,
    FOREWORD,
)
from ingest.lesson_parts import parted_out
from ingest.lesson_restatements import POINTER
from ingest.lesson_text_cues import VOICE_CAPTION, explainer
from ingest.lookalike_sections import lookalike_heading
from ingest.records import Lesson
from ingest.second_opinion_model import DIRECTIVE, LABELS, BlockModel, Unit, document_units, shipped_model
from ingest.second_opinion_parts import lessons_marked, report_part
from ingest.words import word_tokens

THRESHOLD = 0.9  # the classifier's probability that a proposed lesson's first block opens a lesson
MIN_WORDS = 12  # a proposed lesson shorter than this is a heading or a caption, not a lesson
HEAD_TOKENS = 6  # a block lies inside a lesson when its first words do


def _head(text: str) -> str:
    return " ".join(word_tokens(text)[:HEAD_TOKENS])


def _inside(unit: Unit, lessons: str, heads: list[str]) -> bool:
    """Whether a rule lesson holds the unit's first words (any cell's, for a table row: the row
    is spoken for when the rules took a lesson from one of its cells), or the unit a rule lesson's.
    `lessons` is the rule lessons' words joined by newlines, `heads` their first words."""
    texts = [unit.text]
    if unit.block is not None and unit.block.kind == "row":
        texts += [cell for cell in unit.block.cells if cell.strip()]
    for text in texts:
        head = _head(text)
        if not head:
            continue
        words = " ".join(word_tokens(text))
        if head in lessons or any(h in words for h in heads):
            return True
    return False


@dataclass(frozen=True)
class Proposal:
    """A lesson the classifier proposes: its units' positions and its first unit's probability."""

    first: int
    last: int
    sureness: float


def _heading(unit: Unit) -> bool:
    return unit.block is not None and unit.block.kind == "heading"


def proposals(units: list[Unit], p: np.ndarray, covered: list[bool]) -> list[Proposal]:
    """Runs of units outside the rules' lessons, each opened by a unit labelled start and carried
    on by those labelled continuation (a continuation with no start before it opens nothing: it is
    narrative the classifier half-recognises; a heading never carries one on: it opens what follows)."""
    found: list[Proposal] = []
    open_run = False
    for i in range(len(units)):
        label = "other" if covered[i] else LABELS[int(np.argmax(p[i]))]
        if label == "start":
            found.append(Proposal(i, i, float(p[i][0])))
            open_run = True
        elif label == "continuation" and open_run and not _heading(units[i]):
            found[-1] = replace(found[-1], last=i)
        else:
            open_run = False
    return found


def _kind(unit: Unit, text: str) -> str:
    for heading in reversed(unit.headings):
        kind = zone_kind(heading)
        if kind:
            return kind
    return "recommendation" if DIRECTIVE.search(text) else "finding"


@dataclass(frozen=True)
class Coverage:
    """Which units the rules' lessons hold, and which sections the rules read."""

    covered: list[bool]  # the unit lies inside one of the lessons
    above: list[tuple[int, ...]]  # the positions of the headings in force over each unit
    spoken_for: set[int]  # the headings whose sections (sub-sections included) hold a lesson
    # the unit lies in a part that tells or weighs the case ("Analysis", "Conclusions") of a report whose
    # lessons lie under headings naming them (ingest.second_opinion_parts): no lesson is added there
    told: list[bool]

    def section_read(self, position: int) -> bool:
        """Whether the rules found a lesson in the section of the unit at `position`."""
        nearest = self.above[position][-1] if self.above[position] else -1
        return nearest in self.spoken_for or (nearest == -1 and any(self.covered))


def coverage(units: list[Unit], lesson_texts: list[str]) -> Coverage:
    """Where the lessons (texts) lie among the units, and the sections they were found in."""
    normal = [" ".join(word_tokens(text)) for text in lesson_texts]
    joined = "\n".join(normal)
    heads = [_head(text) for text in normal if text]
    covered = [_inside(u, joined, heads) for u in units]
    above: list[tuple[int, ...]] = []
    chain: list[tuple[int, int]] = []  # (level, position) of the headings in force
    for i, unit in enumerate(units):
        if unit.block is not None and unit.block.kind == "heading":
            level = unit.block.level or 2
            while chain and chain[-1][0] >= level:
                chain.pop()
            chain.append((level, i))
        above.append(tuple(position for _, position in chain))
    spoken_for = {heading for i, c in enumerate(covered) if c for heading in above[i]}
    marked = lessons_marked(units[heading].text for heading in spoken_for)
    told = [marked and bool(u.headings) and report_part(u.headings[-1]) for u in units]
    return Coverage(covered, above, spoken_for, told)


def missed_runs(units: list[Unit], p: np.ndarray, rule_lessons: list[str]) -> list[list[Unit]]:
    """The runs of units the classifier would add as lessons beside the rules' lessons (texts):
    only under a heading whose section, its sub-sections included, the rules found no lesson in, and
    never under a heading naming only a part that tells or weighs the case ("Analysis", "Conclusions")
    when the rules found lessons under headings naming them (ingest.second_opinion_parts)."""
    where = coverage(units, rule_lessons)
    runs = []
    for proposal in proposals(units, p, where.covered):
        run = units[proposal.first : proposal.last + 1]
        if where.section_read(proposal.first):
            continue  # the rules read this section: what they left in it is narrative, actions, notes
        if where.told[proposal.first]:
            continue  # the case told or weighed ("Analysis", "Conclusions") beside lessons marked in their own sections
        if proposal.sureness >= THRESHOLD and len(run_text(run).split()) >= MIN_WORDS:
            runs.append(run)
    return runs


def run_text(run: Sequence[Unit]) -> str:
    return " ".join(u.text for u in run if u.text)


@dataclass(frozen=True)
class ScoredUnits:
    """A document's units with the block model's probabilities for them (None without a model),
    computed once for the second opinion and the lesson check after it."""

    units: list[Unit]
    p: np.ndarray | None


def score_units(blocks: list[Block], model: BlockModel | None = None) -> ScoredUnits:
    model = model or shipped_model()
    units = document_units(blocks)
    return ScoredUnits(units, model.probabilities(units) if model is not None and units else None)


def add_missed(
    blocks: list[Block], lessons: list[Lesson], model: BlockModel | None = None, scored: ScoredUnits | None = None
) -> list[Lesson]:
    """The rules' lessons with the classifier's proposals added where the rules found none, in
    document order, numbered again from 1. `scored`: the units and probabilities, when already
    computed with the same model."""
    scored = scored or score_units(blocks, model)
    units = scored.units
    if scored.p is None:
        return lessons
    runs = missed_runs(units, scored.p, [lesson.text for lesson in lessons])
    if not runs:
        return lessons
    where = {id(u): i for i, u in enumerate(units)}
    parted = parted_out(blocks) | keyed_rows(blocks, lessons)  # parts that are no lessons, rows keyed by a label
    added = [(where[id(run[0])], lesson) for run in runs if (lesson := proposed_lesson(run, parted)) is not None]
    return in_document_order(units, lessons, added)


def proposed_lesson(run: Sequence[Unit], parted: frozenset[int] = frozenset()) -> Lesson | None:
    """The lesson a run of units proposes (its kind from the headings above, else its wording), or
    None for a quotation under a box of voices ("Practitioner voice"): evidence, never a lesson; nor
    is the definition under an explainer's question, nor a block of `parted` (ids of the blocks
    ingest.lesson_parts drops as a lesson's parts that are no lessons)."""
    first = run[0]
    if first.block is not None and id(first.block) in parted:
        return None
    if first.headings and VOICE_CAPTION.fullmatch(first.headings[-1].strip()):
        return None
    if any(FOREWORD.match(heading) for heading in first.headings):
        return None  # a foreword welcoming the review ("As the independent scrutineer I welcome ..."): no lesson
    if any(LETTER_TO_CHILD.match(heading) or CHILDREN_SUMMARY.match(heading) for heading in first.headings):
        return None  # a letter to the child restating the learning in the second person: no lesson
    if any(
        EARLIER_REVIEW_RECOMMENDATIONS.search(heading) or EARLIER_REVIEW_SECTION.match(heading)
        for heading in first.headings
    ):
        return None  # an earlier review's recommendations quoted for their progress: not this review's
    if first.headings and lookalike_heading(first.headings[-1]):
        return None  # guidance, research, points for discussion, the family's words: another's, never a lesson
    if first.headings and FORESEEN_HEADING.search(first.headings[-1]):
        return None  # whether the death could have been predicted or prevented: the review's conclusion, no lesson
    if first.headings and explainer(first.headings[-1]):
        return None  # an explainer box's definition under its question ("What is early help?"): never a lesson
    opening = [first.text] if _heading(first) else []
    if any(ACTIVITY_HEADING.match(heading) for heading in [*first.headings, *opening]):
        return None  # a training handout's task for the room ("Exercise"): no lesson
    text = run_text(run)
    if POINTER.match(text):
        return None  # "The lessons learned are set out at paragraphs 7.1 to 7.4": where they are, none itself
    if fact_box(text) or (_heading(first) and fact_box(run_text(run[1:]))):
        return None  # a box of the case's facts ("At a glance: Child: ... Age: ... Review: ..."): no lesson
    return Lesson(
        ordinal=0,
        kind=_kind(first, text),
        label="",
        text=text,
        section=first.headings[-1] if first.headings else "",
        page_start=min(u.block.page_start for u in run if u.block),
        page_end=max(u.block.page_end for u in run if u.block),
        # a run opened by a heading: the heading is the lesson's title
        title=first.text if _heading(first) and len(run) > 1 else "",
    )


def in_document_order(units: list[Unit], lessons: list[Lesson], added: list[tuple[int, Lesson]]) -> list[Lesson]:
    """The lessons with the added ones (each with the position of its first unit) in document order,
    numbered again from 1. Each lesson's place is the first unit inside it, never before the lesson
    ahead of it."""
    placed: list[tuple[int, int, Lesson]] = []
    position = -1
    for order, lesson in enumerate(lessons):
        text = " ".join(word_tokens(lesson.text))
        first_unit = next((i for i, u in enumerate(units) if _head(u.text) and _head(u.text) in text), position)
        position = max(position, first_unit)
        placed.append((position, order, lesson))
    placed += [(index, len(lessons) + n, lesson) for n, (index, lesson) in enumerate(added)]
    ordered = [lesson for _, _, lesson in sorted(placed, key=lambda t: (t[0], t[1]))]
    return [replace(lesson, ordinal=n) for n, lesson in enumerate(ordered, 1)]
