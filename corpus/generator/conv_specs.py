"""Corpus generator: one builder per convention of corpus/CONVENTIONS.md.

Each builder lays out one fictional document in its convention: the
metadata on its cover (or first line), the narrative that is not lessons,
and the lessons the convention prints, declared with their kind, printed
label, exact text and (where a heading names the lesson) title. Lesson texts
come from the sample corpus's text bank, with their authored themes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import narrative
from .bank import POOLS
from .bank_types import GoodPractice, Recommendation, Statement
from .conv_docs import ConvDoc, rng_for
from .model import BANK_NAMES, split_body

WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TYPE_NAMES = {"SCR": "Serious Case Review", "LCSPR": "Local Child Safeguarding Practice Review"}


@dataclass(frozen=True)
class DocSpec:
    name: str
    convention: str
    fmt: str
    area: str
    region: str
    review_type: str
    published: str  # gold form
    child: str
    age: str
    author: str
    scenario: str
    sex: str = "f"


class Ctx:
    """What a builder needs: the document, its spec, bank draws and narrative."""

    def __init__(self, spec: DocSpec):
        self.spec = spec
        self.rng = rng_for(spec.name)
        self.words = {
            "child": spec.child or "the child",
            "age": spec.age or "a child",
            "partnership": self.partnership,
            "area": spec.area or "the area",
            "author": spec.author,
            "year": spec.published[:4],
        }
        self.words.update(narrative.PRONOUNS[spec.sex])
        pool = POOLS[spec.scenario] + POOLS["PRACTICE"]
        self._st = self._shuffled([e for e in pool if isinstance(e, Statement)])
        self._rec = self._shuffled([e for e in pool if isinstance(e, Recommendation)])
        self._gp = self._shuffled([e for e in pool if isinstance(e, GoodPractice)])
        self.doc = ConvDoc(spec.name, spec.convention, spec.fmt, self.gold_meta())

    def _shuffled(self, items: list) -> list:
        items = list(items)
        self.rng.shuffle(items)
        return items

    @property
    def partnership(self) -> str:
        s = self.spec
        if not s.area:
            return "Child Safeguarding Practice Review Panel"
        if s.review_type == "SCR":
            return (
                f"{s.area} Local Safeguarding Children Board"
                if s.published < "2016"
                else f"{s.area} Safeguarding Children Board"
            )
        return f"{s.area} Safeguarding Children Partnership"

    def title(self) -> str:
        s = self.spec
        if s.review_type == "national":
            return "National review: safeguarding children at risk from " + {
                "NAI": "non-accidental injury",
                "SUDI": "sudden unexpected death in infancy",
                "CCE": "criminal exploitation",
                "NEGLECT": "neglect",
            }.get(s.scenario, "harm")
        return f"{TYPE_NAMES.get(s.review_type, 'Review')}: {s.child}"

    def gold_meta(self, title: str | None = None) -> dict:
        s = self.spec
        return {
            "title": title or self.title(),
            "area": s.area,
            "region": s.region,
            "review_type": s.review_type,
            "published": s.published,
            "child": s.child,
            "child_age": s.age,
            "author": s.author,
        }

    def printed_date(self) -> str:
        p = self.spec.published
        if len(p) == 10:
            return f"{int(p[8:])} {MONTHS[int(p[5:7]) - 1]} {p[:4]}"
        if len(p) == 7:
            return f"{MONTHS[int(p[5:7]) - 1]} {p[:4]}"
        return p

    def swap(self, text: str) -> str:
        if not self.spec.child or self.spec.review_type == "national":
            return text
        return re.sub(r"\b(" + "|".join(re.escape(n) for n in BANK_NAMES) + r")\b", self.spec.child, text)

    def statements(self, n: int) -> list[Statement]:
        out, self._st = self._st[:n], self._st[n:]
        return [Statement(self.swap(s.title), self.swap(s.body), s.themes) for s in out]

    def recs(self, n: int) -> list[Recommendation]:
        out, self._rec = self._rec[:n], self._rec[n:]
        return [Recommendation(self.swap(r.text), r.agency, r.themes) for r in out]

    def gps(self, n: int) -> list[GoodPractice]:
        out, self._gp = self._gp[:n], self._gp[n:]
        return [GoodPractice(self.swap(g.text), g.themes) for g in out]

    def fill(self, template: str) -> str:
        return narrative.fill(template, self.words)

    def narrative(self, pool: list[str], count: int, kind: str = "p") -> None:
        for t in narrative.pick(self.rng, pool, count):
            self.doc.add(kind, self.fill(t))

    # common parts ------------------------------------------------------
    def cover(self, style: str = "plain") -> None:
        d, s = self.doc, self.spec
        if style == "dateblock":
            d.add("cover", self.partnership)
            d.add("title", d.meta["title"])
            year = int(s.published[:4])
            d.add("cover", f"Episode that triggered the review {MONTHS[(year * 7) % 12]} {year - 3}")
            d.add("cover", f"LSCB adoption of the review findings {MONTHS[(year * 5) % 12]} {year - 1}")
            d.add("cover", f"Publication {self.printed_date()}")
            d.add("cover", f"Independent author: {s.author}")
        elif style == "reviewer":
            d.add("title", d.meta["title"])
            d.add("cover", self.partnership)
            d.add("cover", f"Lead reviewer: {s.author}")
            d.add("cover", f"Published: {self.printed_date()}")
        else:
            d.add("cover", self.partnership)
            d.add("title", d.meta["title"])
            d.add("cover", f"Author: {s.author}")
            d.add("cover", f"Publication date: {self.printed_date()}")
        if s.fmt in ("pdf", "scan", "txt", "docx"):
            d.add("pagebreak")

    def front_matter(self, numbered: bool = False, toc: bool = False) -> int:
        """Introduction, methodology and background; returns the next section number."""
        d = self.doc
        if toc:
            d.add("toc")
            d.add("pagebreak")
        n = 1
        for heading, pool, count in (("Introduction", narrative.INTRO, 2), ("Methodology", narrative.METHOD, 1)):
            d.add("h1", f"{n}. {heading}" if numbered else heading)
            self.narrative(pool, count)
            n += 1
        d.add("h1", f"{n}. Background" if numbered else "Background")
        d.add("p", self.fill(narrative.BACKGROUND[self.spec.scenario]))
        self.narrative(narrative.CHRONOLOGY, 2)
        return n + 1

    def rec_table(self, heading: str, recs: list[Recommendation], columns=("No.", "Recommendation", "Lead agency")):
        d = self.doc
        d.add("h1", heading)
        d.add("header", cells=columns)
        for j, r in enumerate(recs, 1):
            key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
            d.add("row", keys=key, cells=(str(j), r.text, r.agency))

    def headed_finding(self, st: Statement, label: str = "", heading: str = "h2") -> None:
        d = self.doc
        text = f"{st.title} {st.body}"
        key = d.lesson("finding", label, text, st.themes, title=st.title)
        d.add(heading, f"{label}: {st.title}" if label.startswith("Finding") else f"{label} {st.title}".strip(), key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
