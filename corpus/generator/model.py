"""Corpus generator: review specifications, lesson allocation and gold records.

A ReviewSpec says what one fictional review is (metadata, format, layout) and
which bank entries it uses. The Story collects the lessons a layout prints,
in reading order, with their kind, printed label and exact text; the page
numbers are filled in by the renderer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bank_types import GoodPractice, Recommendation, Statement


@dataclass(frozen=True)
class ReviewSpec:
    name: str
    fmt: str  # pdf, scan, html, docx, txt
    layout: str
    title: str
    partnership: str
    area: str
    region: str
    review_type: str
    published: str  # gold form: YYYY-MM-DD, YYYY-MM or YYYY
    published_printed: str
    child: str
    child_age: str
    sex: str
    author: str
    scenario: str
    draw: str  # "POOL:statements/recs/goodpractice ..."
    options: tuple = ()
    sidecar: tuple = ()  # (key, value) pairs written to NAME.meta.yaml

    def opt(self, name: str, default=None):
        return dict(self.options).get(name, default)


@dataclass
class Plan:
    statements: list[Statement] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    good_practice: list[GoodPractice] = field(default_factory=list)


class Allocator:
    """Hands out bank entries in order, so no text is used by two reviews."""

    def __init__(self, pools: dict[str, list]):
        self.pools = pools
        self.used: dict[tuple[str, type], int] = {}

    def take(self, pool: str, kind: type, count: int) -> list:
        entries = [e for e in self.pools[pool] if isinstance(e, kind)]
        start = self.used.get((pool, kind), 0)
        if start + count > len(entries):
            raise ValueError(f"bank pool {pool} has too few {kind.__name__} entries")
        self.used[(pool, kind)] = start + count
        return entries[start : start + count]

    def plan(self, draw: str) -> Plan:
        plan = Plan()
        for item in draw.split():
            pool, counts = item.split(":")
            s, r, g = (int(n) for n in counts.split("/"))
            plan.statements += self.take(pool, Statement, s)
            plan.recommendations += self.take(pool, Recommendation, r)
            plan.good_practice += self.take(pool, GoodPractice, g)
        return plan

    def remaining(self) -> dict[str, int]:
        out = {}
        for pool, entries in self.pools.items():
            used = sum(n for (p, _), n in self.used.items() if p == pool)
            out[pool] = len(entries) - used
        return out


@dataclass
class GoldLesson:
    kind: str
    label: str
    text: str
    themes: tuple[str, ...]
    agency: str = ""
    page_start: int = 1
    page_end: int = 1

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "label": self.label,
            "text": self.text,
            "page_start": self.page_start,
            "page_end": self.page_end,
            "themes": list(self.themes),
            "agency": self.agency,
        }


def normalise(text: str) -> str:
    return " ".join(text.split())


def statement_text(st: Statement, with_title: bool) -> str:
    return normalise(f"{st.title} {st.body}") if with_title else st.body


def split_body(body: str) -> list[str]:
    """Long findings are printed as two paragraphs, split at a sentence end."""
    sentences = body.split(". ")
    if len(body) < 380 or len(sentences) < 3:
        return [body]
    half = len(sentences) // 2
    return [". ".join(sentences[:half]) + ".", ". ".join(sentences[half:])]


# First names and pseudonyms used in bank texts. In a review about one child
# they become that review's pseudonym; national and thematic reviews keep
# them, as the examples of the children in their cohort.
BANK_NAMES = (
    "Chloe",
    "Amira",
    "Ruby",
    "Tyler",
    "Kai",
    "Lily",
    "Daniel",
    "Sam",
    "Maya",
    "Mia",
    "Josh",
    "Ava",
    "Noah",
    "Jordan",
    "Leah",
    "Sana",
    "Jamie",
    "Ellie",
    "Jess",
    "Baby R",
    "Baby S",
    "Baby M",
    "Baby Z",
    "Baby K",
    "Child W",
)


def personalise(plan: Plan, spec: ReviewSpec) -> Plan:
    if not spec.child or spec.review_type in ("national", "thematic"):
        return plan
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in BANK_NAMES) + r")\b")

    def swap(text: str) -> str:
        return pattern.sub(spec.child, text)

    return Plan(
        statements=[Statement(swap(s.title), swap(s.body), s.themes) for s in plan.statements],
        recommendations=[Recommendation(swap(r.text), r.agency, r.themes) for r in plan.recommendations],
        good_practice=[GoodPractice(swap(g.text), g.themes) for g in plan.good_practice],
    )


# The words a briefing's layout prints before its own name ("7 minute briefing: Josh"): the gold records the
# title as printed, whole (corpus/README.md).
BRIEFING_TITLE_PREFIX = {"seven_minute": "7 minute briefing: ", "learning_briefing": "Learning Briefing: "}


def printed_title(spec: ReviewSpec) -> str:
    return BRIEFING_TITLE_PREFIX.get(spec.layout, "") + spec.title


def gold_review(spec: ReviewSpec) -> dict:
    return {
        "title": printed_title(spec),
        "area": spec.area,
        "region": spec.region,
        "review_type": spec.review_type,
        "published": spec.published,
        "child": spec.child,
        "child_age": spec.child_age,
        "author": spec.author,
    }
