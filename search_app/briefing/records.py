"""Briefing stage: the records a thematic briefing is made of.

A briefing is built once from a search (`builder.make_briefing`) into these
frozen records; every format (HTML, PDF, DOCX, Markdown, CSV) is rendered
from the same `Briefing`, so the formats cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from nlp.taxonomy import Guidance
from search_app.search.contract import IndexedLesson


@dataclass(frozen=True)
class BriefingSpec:
    """The search a briefing is made from: query, facet filters and years; and
    what its cover says, when the user gives it.

    `filters` uses the facet names of the SearchBackend contract ("theme",
    "group", "area", "review_type", "age_band", ...), OR within a facet and
    AND across facets, exactly as the search page does. `title` replaces the
    title made from the themes and filters; `prepared_for` names the
    partnership (or board) the briefing is for; `purpose` says in a sentence
    or two why it was made."""

    query: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    title: str = ""
    prepared_for: str = ""
    purpose: str = ""

    def values(self, facet: str) -> tuple[str, ...]:
        return tuple(self.filters.get(facet, ()))


@dataclass(frozen=True)
class CorpusInfo:
    """What the briefing was made from."""

    reviews_in_catalog: int
    lessons_in_catalog: int
    backend: str
    index_version: str
    taxonomy_version: str


@dataclass(frozen=True)
class SourceReview:
    """One review the briefing draws on; `number` is its place in the source list."""

    number: int
    review_id: str
    title: str
    review_type: str
    area: str
    region: str
    year: int | None
    published: str
    child: str
    author: str
    page_count: int
    url: str
    lesson_count: int


@dataclass(frozen=True)
class BriefLesson:
    """A selected lesson with its place in the briefing."""

    lesson: IndexedLesson
    source: int  # SourceReview.number
    url: str  # the review document, opened at the lesson's first page; "" without a public address
    section: str = ""  # "learning" or "recommendations"
    cluster: int = 0  # Cluster.number within its section (0: not clustered)
    title: str = ""  # the lesson's heading as the review prints it, if any

    @property
    def body(self) -> str:
        """The lesson's text without its heading, where the text starts with it
        (the heading is printed apart, above the text)."""
        text = " ".join(self.lesson.text.split())
        title = " ".join(self.title.split())
        if title and text.lower().startswith(title.lower()):
            rest = text[len(title) :].lstrip(" .:;–—-")
            if rest:
                return rest
        return text

    @property
    def first_sentence(self) -> str:
        return first_sentence(self.body)

    @property
    def pages(self) -> str:
        start, end = self.lesson.page_start, self.lesson.page_end
        return f"pp. {start}–{end}" if end and end != start else f"p. {start}"

    @property
    def citation(self) -> str:
        """Short citation pointing into the source list, e.g. "[3], p. 12"."""
        return f"[{self.source}], {self.pages}"


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"‘(])")
FIRST_SENTENCE_CHARS = 260
# Words whose full stop ends no sentence ("Dr. Patel", "para. 4").
_NOT_AN_END = frozenset("dr mr mrs ms st para paras e.g i.e etc cf vs".split())


def first_sentence(text: str) -> str:
    """The text's first sentence (at most FIRST_SENTENCE_CHARS, cut at a word and marked …)."""
    text = " ".join(text.split())
    sentence = text
    for match in _SENTENCE_END.finditer(text):
        before = text[: match.start()].rstrip()
        if before.rsplit(" ", 1)[-1].rstrip(".").lower() not in _NOT_AN_END:
            sentence = before
            break
    if len(sentence) > FIRST_SENTENCE_CHARS:
        sentence = sentence[:FIRST_SENTENCE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return sentence


@dataclass(frozen=True)
class Cluster:
    """Similar lessons across reviews, named by their theme and the phrase they share.

    `label` is the heading: the dominant theme's label and the phrase the
    lessons share, in their own words ("Fathers and male carers: “the
    baby's father”"); `terms` are the words that set the group apart (the
    technical appendix lists them)."""

    number: int
    label: str
    terms: tuple[str, ...]
    lessons: tuple[BriefLesson, ...]  # every member, closest to the centre first
    quotes: tuple[BriefLesson, ...]  # the representatives quoted in full
    review_count: int
    years: tuple[int, ...]  # distinct years of publication, ascending
    sources: tuple[int, ...]  # source numbers, ascending
    theme: str = ""  # the dominant theme's id ("" when no theme is shared)
    phrase: str = ""  # the phrase most of its lessons share, as written ("" when none)

    @property
    def size(self) -> int:
        return len(self.lessons)

    @property
    def others(self) -> tuple[BriefLesson, ...]:
        """The members not quoted in full, closest to the centre first."""
        quoted = {q.lesson.id for q in self.quotes}
        return tuple(m for m in self.lessons if m.lesson.id not in quoted)

    @property
    def recurrence(self) -> str:
        """ "in 5 reviews across 4 years (2019–2024)" in words."""
        reviews = f"{self.review_count} review{'' if self.review_count == 1 else 's'}"
        if not self.years:
            return f"in {reviews}"
        span = str(self.years[0]) if len(self.years) == 1 else f"{self.years[0]}–{self.years[-1]}"
        n = len(self.years)
        return f"in {reviews} across {n} year{'' if n == 1 else 's'} ({span})"

    @property
    def years_in_words(self) -> str:
        """ "2014, 2017 and 2021": the years of publication the group recurred in."""
        shown = [str(y) for y in self.years]
        if not shown:
            return "no dated review"
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


@dataclass(frozen=True)
class Count:
    """One row of a breakdown: a value, its label, lessons and reviews."""

    value: str
    label: str
    lessons: int
    reviews: int


@dataclass(frozen=True)
class YearCount:
    year: int
    lessons: int
    reviews: int


@dataclass(frozen=True)
class Figures:
    reviews: int
    lessons: int
    learning_lessons: int
    recommendations: int
    by_year: tuple[YearCount, ...]  # every year from the first to the last, zeros included
    undated_lessons: int
    by_review_type: tuple[Count, ...]
    by_region: tuple[Count, ...]
    by_age_band: tuple[Count, ...]
    by_kind: tuple[Count, ...]
    co_themes: tuple[Count, ...]  # themes that most often occur with the selection


@dataclass(frozen=True)
class Chart:
    """The lessons-and-reviews-by-year chart in the forms the renderers need."""

    svg: str
    png: bytes
    alt: str


@dataclass(frozen=True)
class ThemeNotes:
    """What a theme the briefing covers means for practice, and questions for
    reflection, as the taxonomy writes them once per theme (not about any review)."""

    theme: str
    label: str
    practice: tuple[Guidance, ...]
    questions: tuple[Guidance, ...]
    lessons: int  # lessons of the briefing tagged with the theme


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    scope: str
    made_on: str  # ISO date; the only thing that differs between two makings
    spec: BriefingSpec
    corpus: CorpusInfo
    method: tuple[str, ...]  # how the lessons were selected and grouped, paragraph by paragraph
    figures: Figures
    chart: Chart | None
    learning: tuple[Cluster, ...]
    recommendations: tuple[Cluster, ...]
    sources: tuple[SourceReview, ...]
    lessons: tuple[BriefLesson, ...]  # every selected lesson, in source order
    notices: tuple[str, ...] = ()
    prepared_for: str = ""
    purpose: str = ""
    themes: tuple[ThemeNotes, ...] = ()  # the themes it covers, with their practice notes
    technical: tuple[str, ...] = ()  # the technical appendix, paragraph by paragraph
    links: bool = True  # False: made without a public address, so no link to a document

    @property
    def source_by_number(self) -> dict[int, SourceReview]:
        return {s.number: s for s in self.sources}
