"""Corpus generator: block layouts for reviews that are not laid out by reportlab.

HTML, DOCX, plain-text and scanned reviews are described as a flat list of
blocks (headings, paragraphs, bullets, numbered items, table rows), each
optionally carrying the key of the lesson it prints. The writers in
writers.py turn blocks into files and report the pages of each key.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import narrative
from .model import GoldLesson, Plan, ReviewSpec, normalise, split_body, statement_text


@dataclass(frozen=True)
class Block:
    kind: str  # title, h1, h2, p, bullet, num, row, header, meta
    text: str = ""
    key: int | None = None
    number: str = ""
    cells: tuple[str, ...] = ()


class BlockStory:
    def __init__(self, spec: ReviewSpec):
        self.spec = spec
        self.blocks: list[Block] = []
        self.lessons: list[GoldLesson] = []
        self.rng = random.Random(spec.name)
        words = {
            "child": spec.child or "the child",
            "age": spec.child_age or "a child",
            "partnership": spec.partnership,
            "area": spec.area,
            "author": spec.author,
            "year": spec.published[:4],
        }
        words.update(narrative.PRONOUNS[spec.sex or "f"])
        self.words = words

    def lesson(self, kind, label, text, themes, agency="") -> int:
        self.lessons.append(GoldLesson(kind, label, normalise(text), tuple(themes), agency))
        return len(self.lessons) - 1

    def add(self, kind, text="", key=None, number="", cells=()):
        self.blocks.append(Block(kind, normalise(text), key, number, tuple(cells)))

    def fill(self, template):
        return narrative.fill(template, self.words)

    def narrative(self, pool, count):
        for t in narrative.pick(self.rng, pool, count):
            self.add("p", self.fill(t))


def report_blocks(s: BlockStory, plan: Plan):
    """A full review: metadata lines, narrative, findings, good practice, recommendations table."""
    spec = s.spec
    kind = {"SCR": "Serious Case Review", "LCSPR": "Local Child Safeguarding Practice Review"}.get(
        spec.review_type, "Review"
    )
    s.add("meta", spec.partnership)
    s.add("title", f"{kind}: {spec.child}" if spec.child else spec.title)
    if spec.author:
        s.add("meta", f"{spec.opt('author_label', 'Author:')} {spec.author}")
    s.add("meta", f"{spec.opt('date_label', 'Publication date:')} {spec.published_printed}")
    s.add("h1", "1. Introduction")
    s.narrative(narrative.INTRO, 2)
    s.add("h1", "2. Methodology")
    s.narrative(narrative.METHOD, 2)
    s.add("h1", "3. Background")
    s.add("p", s.fill(narrative.BACKGROUND[spec.scenario]))
    s.narrative(narrative.CHRONOLOGY, spec.opt("chronology", 5))
    s.add("h1", "4. Findings")
    for i, st in enumerate(plan.statements, 1):
        label = f"Finding {i}"
        key = s.lesson("finding", label, statement_text(st, True), st.themes)
        s.add("h2", f"{label}: {st.title}", key)
        for chunk in split_body(st.body):
            s.add("p", chunk, key)
    if plan.good_practice:
        s.add("h1", "5. Good practice")
        for gp in plan.good_practice:
            s.add("bullet", gp.text, s.lesson("good_practice", "", gp.text, gp.themes))
    s.add("h1", "6. Recommendations")
    s.add("header", cells=("No.", "Recommendation", "Lead agency"))
    for j, rec in enumerate(plan.recommendations, 1):
        key = s.lesson("recommendation", str(j), rec.text, rec.themes, rec.agency)
        s.add("row", rec.text, key, str(j), (str(j), rec.text, rec.agency))


def numbered_blocks(s: BlockStory, plan: Plan):
    """An overview report of numbered paragraphs, with recommendations as numbered paragraphs."""
    spec = s.spec
    s.add("meta", spec.partnership)
    s.add("title", spec.title)
    if spec.author:
        s.add("meta", f"{spec.opt('author_label', 'Independent Reviewer:')} {spec.author}")
    s.add("meta", f"{spec.opt('date_label', 'Date of publication:')} {spec.published_printed}")
    s.add("h1", "1 Background")
    s.add("num", s.fill(narrative.BACKGROUND[spec.scenario]), number="1.1")
    for j, t in enumerate(narrative.pick(s.rng, narrative.CHRONOLOGY + narrative.INTRO, spec.opt("chronology", 6)), 2):
        s.add("num", s.fill(t), number=f"1.{j}")
    s.add("h1", "2 Learning")
    for j, st in enumerate(plan.statements, 1):
        label = f"2.{j}"
        s.add("num", st.body, s.lesson("learning_point", label, st.body, st.themes), label)
    if plan.good_practice:
        s.add("h1", "3 Good practice")
        for j, gp in enumerate(plan.good_practice, 1):
            label = f"3.{j}"
            s.add("num", gp.text, s.lesson("good_practice", label, gp.text, gp.themes), label)
    s.add("h1", "4 Recommendations")
    for j, rec in enumerate(plan.recommendations, 1):
        label = f"Recommendation {j}"
        key = s.lesson("recommendation", label, rec.text, rec.themes)
        s.add("h2", label, key)
        s.add("p", rec.text, key)


def briefing_blocks(s: BlockStory, plan: Plan):
    """A web or Word learning briefing: the incident, good practice, messages for practitioners."""
    spec = s.spec
    s.add("title", f"Learning from {spec.title}")
    s.add("meta", f"{spec.partnership} - {spec.published_printed}")
    s.add("h1", "What happened")
    s.add("p", s.fill(narrative.BACKGROUND[spec.scenario]))
    s.add("h1", "Messages for practitioners")
    for st in plan.statements:
        s.add("bullet", st.body, s.lesson("learning_point", "", st.body, st.themes))
    if plan.good_practice:
        s.add("h1", "Good practice")
        for gp in plan.good_practice:
            s.add("bullet", gp.text, s.lesson("good_practice", "", gp.text, gp.themes))
    if plan.recommendations:
        s.add("h1", "What the partnership will do")
        for rec in plan.recommendations:
            s.add("bullet", rec.text, s.lesson("recommendation", "", rec.text, rec.themes))
    s.add("h1", "Questions for reflection")
    for q in narrative.REFLECTION_QUESTIONS:
        s.add("bullet", q)


BLOCK_LAYOUTS = {"report": report_blocks, "numbered": numbered_blocks, "briefing": briefing_blocks}


def build_blocks(spec: ReviewSpec, plan: Plan) -> BlockStory:
    story = BlockStory(spec)
    BLOCK_LAYOUTS[spec.layout](story, plan)
    return story
