"""Search stage: the SearchBackend contract both engines implement.

The web app, the briefing export and the CLI speak only this contract.
Every engine-specific line lives in the engine's own module
(`tantivy_backend`, `elastic_backend`).
"""

from __future__ import annotations

import abc
import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FacetDef:
    """A facet: the request parameter name, the indexed field, how to show it."""

    name: str
    field: str
    label: str
    multi_valued: bool = False


# The one definition of the facets; both engines' schemas and the web page
# are generated from it.
FACETS: tuple[FacetDef, ...] = (
    FacetDef("theme", "themes", "Theme", multi_valued=True),
    FacetDef("group", "theme_groups", "Theme group", multi_valued=True),
    FacetDef("review_type", "review_type", "Review type"),
    FacetDef("year", "year", "Year"),
    FacetDef("region", "region", "Region"),
    FacetDef("area", "area", "Area"),
    FacetDef("age_band", "age_bands", "Child age band", multi_valued=True),
    FacetDef("agency", "agencies", "Agency", multi_valued=True),
    FacetDef("kind", "kind", "Lesson kind"),
)
FACETS_BY_NAME: dict[str, FacetDef] = {f.name: f for f in FACETS}
SORTS = ("relevance", "date", "date_asc")
LEAD_CHARS = 200  # length of the snippet when no query words are highlighted
MAX_PER_PAGE = 1000  # the most lessons an engine returns in one page
MAX_QUERY_CHARS = 500  # the most characters of a query read; the rest is dropped with a notice
SNIPPET_CHARS = 320  # a long lesson's snippet: whole sentences up to about this many characters
SUBSTANTIAL_WORDS = 12  # a lesson of fewer words is only a heading (IndexedLesson.substance)


@dataclass(frozen=True)
class IndexedLesson:
    """One lesson as the indexes hold it: text, provenance and facet values."""

    id: str
    review_id: str
    ordinal: int
    review_title: str
    review_type: str
    area: str
    region: str
    year: int | None
    published: str
    child: str
    kind: str
    label: str
    text: str
    section: str
    page_start: int
    page_end: int
    agency_lead: str = ""
    themes: tuple[str, ...] = ()
    theme_groups: tuple[str, ...] = ()
    age_bands: tuple[str, ...] = ()  # the lesson's own, else its review's child's (age_from_review)
    age_from_review: bool = False
    agencies: tuple[str, ...] = ()
    title: str = ""  # the lesson's heading as printed ("Fathers left out"), "" when it has none

    @property
    def review_context(self) -> str:
        """What every lesson of its review shares and a reader may search by:
        the review's title, area, region, child and year ("Lancashire",
        "2014", "Somerset babies")."""
        parts = (self.review_title, self.area, self.region, self.child, str(self.year or ""))
        return " ".join(p for p in parts if p)

    @property
    def substance(self) -> str:
        """ "full" for a lesson with a body, "heading" for one that is no more
        than a heading (a few words): ranking prefers the first among lessons
        that match equally (ranking.RankingSpec.substance_boost)."""
        return "full" if len(self.text.split()) >= SUBSTANTIAL_WORDS else "heading"

    def facet_values(self, facet: FacetDef) -> tuple[str, ...]:
        value = getattr(self, facet.field)
        if facet.multi_valued:
            return tuple(value)
        return () if value in (None, "") else (str(value),)


@dataclass(frozen=True)
class SearchRequest:
    """A search: the query text, facet filters, year range, sort and page."""

    query: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    facets: tuple[str, ...] = tuple(f.name for f in FACETS)
    facet_size: int = 100

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def check(self) -> None:
        """Reject a request no caller should build (the web and CLI validate
        input); every engine calls this before searching."""
        if self.sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")
        if self.page < 1 or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise ValueError(f"page must be 1 or more and per_page 1 to {MAX_PER_PAGE}")
        for name in list(self.filters) + list(self.facets):
            if name not in FACETS_BY_NAME:
                raise ValueError(f"unknown facet {name!r}")


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class SearchHit:
    lesson: IndexedLesson
    score: float
    snippet_html: str  # the text's best fragment, HTML-escaped, only <mark> added


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    total: int
    facets: Mapping[str, tuple[FacetCount, ...]]
    # What the query parser did to a malformed query, in words for the user.
    notices: tuple[str, ...] = ()
    # The query as it was understood (after repairs), for display.
    understood_query: str = ""
    # "Did you mean": other queries to offer when this one found nothing or
    # little (closest taxonomy terms, spellings found in the lessons).
    suggestions: tuple[str, ...] = ()
    # Lessons related to the few that matched (same reviews, common themes),
    # on the last page of a relevance-sorted search that found only a few;
    # they are not matches: not in `total`, the facets or `hits`.
    related: tuple[SearchHit, ...] = ()
    # The themes the query names or is a sign of ("coercive control" ->
    # fam.domestic_abuse): a lesson carrying one matches that part of the
    # query by its tag, even where its text has none of the words.
    query_themes: tuple[str, ...] = ()

    def matched_themes(self, lesson: IndexedLesson) -> list[str]:
        """The lesson's themes that the query names or is a sign of."""
        return [t for t in lesson.themes if t in self.query_themes]


def lead_html(text: str) -> str:
    """The snippet of a lesson when nothing is highlighted: the first LEAD_CHARS
    characters, cut at a word, HTML-escaped. Both engines use it, so their
    snippets agree."""
    text = " ".join(text.split())
    if len(text) <= LEAD_CHARS:
        return html.escape(text)
    cut = text.rfind(" ", 0, LEAD_CHARS)
    return html.escape(text[: cut if cut > LEAD_CHARS // 2 else LEAD_CHARS]) + "…"


class SearchError(Exception):
    """A search that cannot be answered (engine down, index missing)."""


class TaxonomyUnreadable(SearchError):
    """The taxonomy file cannot be read, so queries would lose its synonyms
    and pages its theme names."""


class SearchBackend(abc.ABC):
    """What every search engine must do for the app. See DESIGN.md."""

    name: str = ""

    @abc.abstractmethod
    def count(self) -> int:
        """How many lessons the serving index holds."""

    @abc.abstractmethod
    def search(self, request: SearchRequest) -> SearchResult:
        """Answer a search: hits for the page, total, and every requested facet's
        counts over all matches (each facet counted with every filter but its own)."""

    @abc.abstractmethod
    def rebuild(self, lessons: Iterable[IndexedLesson]) -> int:
        """Build a fresh index from `lessons` and switch readers to it atomically."""

    @abc.abstractmethod
    def version(self) -> str:
        """An id of the index generation now serving (changes on every switch)."""

    def similar(self, lesson_id: str, limit: int = 5) -> tuple[SearchHit, ...]:
        """Lessons like this one in other reviews (optional; empty by default)."""
        return ()

    def close(self) -> None:  # noqa: B027 (optional: most engines hold nothing to release)
        """Release files and connections."""
