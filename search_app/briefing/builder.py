"""Briefing stage: make a Briefing from a search.

`build_briefing` pages through every result of the search (SearchBackend
contract), keeps the lessons whose review the Catalog holds, counts the
figures, groups the lessons into clusters and numbers the source reviews.
`make_briefing` does the same from a Settings object, opening and closing
the engine and the catalog itself (for the command line).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Sequence

from ingest.records import Review
from search_app.briefing import clustering
from search_app.briefing.charts import year_chart
from search_app.briefing.figures import count_figures, is_recommendation
from search_app.briefing.records import (
    BriefingSpec,
    BriefLesson,
    Briefing,
    Cluster,
    CorpusInfo,
    SourceReview,
)
from search_app.briefing.selection import (
    BriefingError,
    briefing_title,
    describe_scope,
    fetch_lessons,
    years_in_words,
)
from search_app.catalog.store import Catalog
from search_app.search.contract import IndexedLesson, SearchBackend
from search_app.settings import Settings
from search_app.search.labels import ThemeBook, value_label
from search_app.search.present import Links

LEARNING, RECOMMENDATIONS = "learning", "recommendations"
QUOTES_PER_CLUSTER = 3
FEW_LESSONS = 4  # a cluster this small or smaller gets two quotes, not three


@functools.lru_cache(maxsize=8)
def _taxonomy_version(path: str, mtime: float) -> str:
    from nlp.taxonomy import TaxonomyError, load_taxonomy

    try:
        return load_taxonomy(path).version
    except (TaxonomyError, OSError):
        return "unknown"


def taxonomy_version(path: Path) -> str:
    """The version of the taxonomy file (read once per change of the file)."""
    try:
        return _taxonomy_version(str(path), Path(path).stat().st_mtime)
    except OSError:
        return "unknown"


def _number_sources(
    reviews: dict[str, Review], lessons: Sequence[IndexedLesson], links: Links
) -> dict[str, SourceReview]:
    counts: dict[str, int] = {}
    for lesson in lessons:
        counts[lesson.review_id] = counts.get(lesson.review_id, 0) + 1
    ordered = sorted(
        reviews.values(), key=lambda r: (r.year or 0, r.published, r.area, r.title, r.id)
    )
    return {
        r.id: SourceReview(
            number=i, review_id=r.id, title=r.title, review_type=r.review_type, area=r.area,
            region=r.region, year=r.year, published=r.published, child=r.child, author=r.author,
            page_count=r.page_count, url=links.document(r.id),
            lesson_count=counts.get(r.id, 0),
        )
        for i, r in enumerate(ordered, 1)
    }


def _pick_quotes(members: Sequence[BriefLesson]) -> tuple[BriefLesson, ...]:
    """Two or three lessons closest to the centre, from different reviews where possible."""
    wanted = min(len(members), 2 if len(members) <= FEW_LESSONS else QUOTES_PER_CLUSTER)
    chosen: list[BriefLesson] = []
    for member in members:
        if len(chosen) < wanted and member.source not in {c.source for c in chosen}:
            chosen.append(member)
    for member in members:
        if len(chosen) < wanted and member not in chosen:
            chosen.append(member)
    return tuple(chosen)


def _clusters(lessons: Sequence[BriefLesson], section: str) -> tuple[Cluster, ...]:
    # The children's pseudonyms ("Tyler", "Baby M") would name a group after one review.
    pseudonyms = {w for b in lessons for w in re.findall(r"[A-Za-z]+", b.lesson.child)}
    groups = clustering.group_texts([b.lesson.text for b in lessons], ignore=pseudonyms)
    made = []
    for group in groups:
        members = [lessons[i] for i in group.members]
        made.append(Cluster(
            number=0,
            label=clustering.label_from_terms(group.terms),
            terms=group.terms,
            lessons=tuple(members),
            quotes=_pick_quotes(members),
            review_count=len({m.lesson.review_id for m in members}),
            years=tuple(sorted({m.lesson.year for m in members if m.lesson.year is not None})),
            sources=tuple(sorted({m.source for m in members})),
        ))
    # Largest first: the learning that recurs in most reviews is what a board needs to see.
    made.sort(key=lambda c: (-c.review_count, -c.size, -len(c.years), c.label))
    numbered = []
    for number, cluster in enumerate(made, 1):
        members = tuple(
            BriefLesson(m.lesson, m.source, m.url, section, number) for m in cluster.lessons
        )
        by_id = {m.lesson.id: m for m in members}
        numbered.append(Cluster(
            number, cluster.label, cluster.terms, members,
            tuple(by_id[q.lesson.id] for q in cluster.quotes),
            cluster.review_count, cluster.years, cluster.sources,
        ))
    return tuple(numbered)


def _method(scope: str, corpus: CorpusInfo, left_out: int) -> tuple[str, ...]:
    paragraphs = [
        f"This briefing holds every lesson (finding, learning point, recommendation or good "
        f"practice) in the catalog that matches this search: {scope}. The lessons were found "
        f"through the {corpus.backend} search index (generation {corpus.index_version}) and "
        f"their reviews' details read from the catalog, which held {corpus.reviews_in_catalog} "
        f"reviews and {corpus.lessons_in_catalog} lessons.",
        "Themes are given to lessons automatically, by the phrases of the theme taxonomy "
        f"(version {corpus.taxonomy_version}) and a model trained on annotated lessons. A lesson "
        "can be missed, or tagged for a theme it only touches on; the source reviews remain the "
        "authority.",
        "Key learning groups the findings, learning points and good practice; recommendations "
        "are grouped apart. Lessons are grouped by the words they share (TF-IDF weights, "
        "k-means clustering with the number of groups chosen by silhouette score and a fixed "
        "seed, so the same lessons always give the same groups). Each group is named after the "
        "words that most set it apart; the two or three lessons closest to its centre are "
        "quoted in full, from different reviews where possible. Groups are shown by the number "
        "of reviews they recur in, most first.",
        "A citation such as [3], p. 12 points to source review 3 in the list at the end, at the "
        "page of the review document where the lesson is printed.",
    ]
    if left_out:
        paragraphs.append(
            f"{left_out} lesson{'s' if left_out != 1 else ''} found by the search "
            f"{'were' if left_out != 1 else 'was'} left out because {'their' if left_out != 1 else 'its'} "
            "review is no longer in the catalog (the search index is older than the catalog; "
            "rebuild it with `lessons index --rebuild`)."
        )
    return tuple(paragraphs)


def build_briefing(
    backend: SearchBackend,
    catalog: Catalog,
    themes: ThemeBook,
    spec: BriefingSpec,
    links: Links,
    taxonomy_version: str = "unknown",
    made_on: dt.date | None = None,
) -> Briefing:
    """Make the briefing of `spec`, linking to review documents through `links`. Raises BriefingError when there is no index or no lesson matches."""
    if not backend.version():
        raise BriefingError(
            "There is no search index yet: run `lessons ingest` or `lessons index --rebuild` first."
        )
    found, notices = fetch_lessons(backend, spec)
    reviews: dict[str, Review] = {}
    for review_id in sorted({l.review_id for l in found}):
        review = catalog.review(review_id, with_lessons=False)
        if review is not None:
            reviews[review_id] = review
    lessons = [l for l in found if l.review_id in reviews]
    if not lessons:
        raise BriefingError(
            "No lessons match this search, so there is nothing to brief on. "
            "Remove a filter or widen the years."
        )
    stats = catalog.stats()
    corpus = CorpusInfo(
        reviews_in_catalog=stats["reviews"], lessons_in_catalog=stats["lessons"],
        backend=backend.name or type(backend).__name__, index_version=backend.version(),
        taxonomy_version=taxonomy_version,
    )
    sources = _number_sources(reviews, lessons, links)
    brief_lessons = sorted(
        (BriefLesson(l, sources[l.review_id].number,
                     links.document(l.review_id, l.page_start)) for l in lessons),
        key=lambda b: (b.source, b.lesson.ordinal),
    )
    learning = _clusters([b for b in brief_lessons if not is_recommendation(b.lesson)], LEARNING)
    recommendations = _clusters([b for b in brief_lessons if is_recommendation(b.lesson)], RECOMMENDATIONS)
    placed = {m.lesson.id: m for c in learning + recommendations for m in c.lessons}

    def label(facet: str, value: str) -> str:
        return value_label(facet, value, themes)

    figures = count_figures(lessons, spec.values("theme"), label)
    scope = describe_scope(spec, themes)
    years = [y.year for y in figures.by_year]
    published = years_in_words(years[0], years[-1]) if years else "reviews of unknown date"
    return Briefing(
        title=briefing_title(spec, themes),
        subtitle=(
            f"Summary of the learning from {figures.reviews} case review"
            f"{'' if figures.reviews == 1 else 's'} ({published})"
        ),
        scope=scope[:1].upper() + scope[1:],
        made_on=(made_on or dt.date.today()).isoformat(),
        spec=spec,
        corpus=corpus,
        method=_method(scope, corpus, len(found) - len(lessons)),
        figures=figures,
        chart=year_chart(figures.by_year),
        learning=learning,
        recommendations=recommendations,
        sources=tuple(sorted(sources.values(), key=lambda s: s.number)),
        lessons=tuple(placed[b.lesson.id] for b in brief_lessons),
        notices=notices,
    )


def make_briefing(
    settings: Settings, spec: BriefingSpec, links: Links, made_on: dt.date | None = None
) -> Briefing:
    """Open the engine and the catalog the settings name, make the briefing, close them."""
    from search_app.search import open_backend

    if not Path(settings.catalog).is_file():
        raise BriefingError(
            f"There is no catalog at {settings.catalog}: add reviews with `lessons ingest` first."
        )
    from nlp.taxonomy import TaxonomyError

    try:
        themes = ThemeBook.load(settings.taxonomy)
    except (OSError, TaxonomyError) as exc:
        raise BriefingError(f"The theme list could not be read: {exc}") from exc
    with Catalog(settings.catalog, read_only=True) as catalog:
        backend = open_backend(settings)
        try:
            return build_briefing(
                backend, catalog, themes, spec, links,
                taxonomy_version(settings.taxonomy), made_on,
            )
        finally:
            backend.close()
