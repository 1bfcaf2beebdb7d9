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
from collections.abc import Mapping, Sequence
from pathlib import Path

from ingest.records import Review, make_lesson_id
from nlp.taxonomy import Theme
from search_app.briefing import clustering, naming
from search_app.briefing.charts import year_chart
from search_app.briefing.figures import count_figures, is_recommendation
from search_app.briefing.links import document_link, link_template_for
from search_app.briefing.records import (
    Briefing,
    BriefingSpec,
    BriefLesson,
    Cluster,
    CorpusInfo,
    SourceReview,
    ThemeNotes,
)
from search_app.briefing.selection import (
    BriefingError,
    briefing_title,
    date_in_words,
    describe_scope,
    fetch_lessons,
    years_in_words,
)
from search_app.catalog.store import Catalog
from search_app.search.contract import IndexedLesson, SearchBackend
from search_app.search.labels import ThemeBook, value_label
from search_app.settings import Settings

LEARNING, RECOMMENDATIONS = "learning", "recommendations"
QUOTES_PER_CLUSTER = 3
FEW_LESSONS = 4  # a cluster this small or smaller gets two quotes, not three


@functools.lru_cache(maxsize=8)
def _taxonomy_themes(path: str, mtime: float) -> dict[str, Theme]:
    from nlp.taxonomy import TaxonomyError, load_taxonomy

    try:
        return {t.id: t for t in load_taxonomy(path).themes}
    except (TaxonomyError, OSError):
        return {}


def taxonomy_themes(path: Path) -> dict[str, Theme]:
    """The taxonomy's themes by id, with their practice notes (read once per change of the file)."""
    try:
        return _taxonomy_themes(str(path), Path(path).stat().st_mtime)
    except OSError:
        return {}


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
    reviews: dict[str, Review], lessons: Sequence[IndexedLesson], link_template: str
) -> dict[str, SourceReview]:
    counts: dict[str, int] = {}
    for lesson in lessons:
        counts[lesson.review_id] = counts.get(lesson.review_id, 0) + 1
    ordered = sorted(reviews.values(), key=lambda r: (r.year or 0, r.published, r.area, r.title, r.id))
    return {
        r.id: SourceReview(
            number=i,
            review_id=r.id,
            title=r.title,
            review_type=r.review_type,
            area=r.area,
            region=r.region,
            year=r.year,
            published=r.published,
            child=r.child,
            author=r.author,
            page_count=r.page_count,
            url=document_link(link_template, r.id),
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


def _clusters(
    lessons: Sequence[BriefLesson],
    section: str,
    theme_label,
    selected: Sequence[str],
    taxonomy: Mapping[str, Theme],
) -> tuple[Cluster, ...]:
    # The children's pseudonyms ("Tyler", "Baby M") would name a group after one review.
    pseudonyms = {w for b in lessons for w in re.findall(r"[A-Za-z]+", b.lesson.child)}
    texts = [b.lesson.text for b in lessons]
    groups = clustering.group_texts(texts, ignore=pseudonyms)
    names = naming.name_groups(
        [g.members for g in groups],
        texts,
        [b.lesson.themes for b in lessons],
        theme_label,
        selected,
        ignore=pseudonyms,
        theme_wordings=lambda t: taxonomy[t].wordings if t in taxonomy else (),
        fallback_terms=[g.terms for g in groups],
    )
    made = []
    for group, name in zip(groups, names):
        members = tuple(lessons[i] for i in group.members)
        made.append(
            Cluster(
                number=0,
                label=name.label,
                terms=group.terms,
                lessons=tuple(members),
                quotes=_pick_quotes(members),
                review_count=len({m.lesson.review_id for m in members}),
                years=tuple(sorted({m.lesson.year for m in members if m.lesson.year is not None})),
                sources=tuple(sorted({m.source for m in members})),
                theme=name.theme,
                phrase=name.phrase,
            )
        )
    # Largest first: the learning that recurs in most reviews is what a board needs to see.
    made.sort(key=lambda c: (-c.review_count, -c.size, -len(c.years), c.label))
    numbered = []
    for number, cluster in enumerate(made, 1):
        members = tuple(BriefLesson(m.lesson, m.source, m.url, section, number, m.title) for m in cluster.lessons)
        by_id = {m.lesson.id: m for m in members}
        numbered.append(
            Cluster(
                number,
                cluster.label,
                cluster.terms,
                members,
                tuple(by_id[q.lesson.id] for q in cluster.quotes),
                cluster.review_count,
                cluster.years,
                cluster.sources,
                cluster.theme,
                cluster.phrase,
            )
        )
    return tuple(numbered)


def _theme_notes(
    selected: Sequence[str],
    clusters: Sequence[Cluster],
    lessons: Sequence[IndexedLesson],
    taxonomy: Mapping[str, Theme],
    theme_label,
) -> tuple[ThemeNotes, ...]:
    """The themes the briefing covers (those it was selected on, then each learning group's
    theme, in the groups' order) with the taxonomy's practice notes and questions."""
    covered = list(dict.fromkeys([*selected, *(c.theme for c in clusters if c.theme)]))
    notes = []
    for theme_id in covered:
        theme = taxonomy.get(theme_id)
        practice, questions = (theme.practice, theme.questions) if theme else ((), ())
        if not practice and not questions:
            continue
        notes.append(
            ThemeNotes(
                theme=theme_id,
                label=theme_label(theme_id),
                practice=practice,
                questions=questions,
                lessons=sum(1 for l in lessons if theme_id in l.themes),
            )
        )
    return tuple(notes)


def _method(scope: str, corpus: CorpusInfo, left_out: int, made_on: str, links: bool) -> tuple[str, ...]:
    """How the briefing was made, in plain words (the technical detail is in `_technical`)."""
    paragraphs = [
        "This briefing brings together every lesson on its subject from the published case "
        "reviews in the Safeguarding Lessons library: every finding, learning point, "
        f"recommendation and example of good practice. Its subject: {scope}. On "
        f"{date_in_words(made_on)} the library held {corpus.reviews_in_catalog} reviews with "
        f"{corpus.lessons_in_catalog} lessons between them.",
        "Lessons are matched to themes automatically, by the words reviews use for each theme. "
        "A lesson can be missed, or included when it only touches on a theme, so the reviews "
        "themselves remain the authority: every quotation is cited to its review and page.",
        "Lessons that say similar things are put together in groups. Each group is named after "
        "the theme most of its lessons share and a phrase they have in common, in the reviews' "
        "own words. Two or three lessons of each group, from different reviews where possible, "
        "are quoted in full; every other lesson is listed in Annex A with its heading and first "
        "sentence, so nothing is left out. The groups that recur in most reviews come first, "
        "with the years they recurred in.",
        "“What this means for practice” and the questions for reflection are written once for "
        "each theme, for every briefing on it; where they come from published guidance, the "
        "guidance is named. They say nothing about the reviews in this briefing: everything "
        "said about the reviews is quoted from them or counted.",
        "A citation such as [3], p. 12 points to review 3 in the list of source reviews, at the "
        "page of the review where the lesson is printed."
        + ("" if links else " This copy carries no links to the review documents."),
    ]
    if left_out:
        paragraphs.append(
            f"{left_out} lesson{'s' if left_out != 1 else ''} found by the search "
            f"{'were' if left_out != 1 else 'was'} left out because {'their' if left_out != 1 else 'its'} "
            "review is no longer in the library (see Annex B)."
        )
    return tuple(paragraphs)


def _technical(spec: BriefingSpec, corpus: CorpusInfo, left_out: int) -> tuple[str, ...]:
    """Annex B: what a reader needs to make the same briefing again, and how it groups."""
    search = spec.query or "(none)"
    filters = "; ".join(f"{k} = {', '.join(v)}" for k, v in sorted(spec.filters.items()) if v) or "(none)"
    years = f"{spec.year_from or 'any'} to {spec.year_to or 'any'}"
    paragraphs = [
        f"Selection: search words {search}; filters {filters}; years of publication {years}. "
        f"Lessons were fetched through the {corpus.backend} search index (generation "
        f"{corpus.index_version}) and the reviews' details read from the catalog "
        f"({corpus.reviews_in_catalog} reviews, {corpus.lessons_in_catalog} lessons). Theme "
        f"taxonomy version {corpus.taxonomy_version}.",
        "Themes are tagged by the phrase rules of the taxonomy (spaCy) and a scikit-learn "
        "model trained on annotated lessons.",
        "Grouping: findings, learning points and good practice are grouped apart from "
        "recommendations. Each lesson's words and two-word phrases are weighted by TF-IDF "
        "(reduced by truncated SVD above 60 lessons) and the lessons grouped by k-means with a "
        "fixed seed; the number of groups (2 to 8) is the one with the best silhouette score. "
        "The lessons closest to a group's centre are quoted.",
        "Names: the themes that may head a group's name are those on at least a third of its "
        "lessons, leaving aside the themes the briefing was selected on and any theme on nine "
        "in ten lessons of the selection, a theme of the subject before one that names a "
        "service (agency themes) or good practice. The phrase is a run of two to five words "
        "found in at least two of the group's lessons, scored by the share of its lessons "
        "holding it and how rare it is in the rest of the selection (children's pseudonyms left "
        "out), or failing one the word that most sets the group apart. The first of those themes "
        "one of whose own wordings is in a shared phrase heads the name, with that phrase; else "
        "the first theme, with the best phrase. Names depend "
        "only on the lessons, so the same lessons give the same names.",
    ]
    if left_out:
        paragraphs.append(
            f"{left_out} lesson{'s' if left_out != 1 else ''} of the search index had no review "
            "in the catalog (the index is older than the catalog); `lessons index --rebuild` "
            "brings them into line."
        )
    return tuple(paragraphs)


def build_briefing(
    backend: SearchBackend,
    catalog: Catalog,
    themes: ThemeBook,
    spec: BriefingSpec,
    link_template: str,
    taxonomy_version: str = "unknown",
    made_on: dt.date | None = None,
    taxonomy: Mapping[str, Theme] | None = None,
    notices: Sequence[str] = (),
) -> Briefing:
    """Make the briefing of `spec`. `link_template` is a review document's URL with
    "{review_id}" in it, or "" for a briefing without links (see `link_template_for`);
    `taxonomy` gives the themes' practice notes and questions (by theme id);
    `notices` are added to the briefing's. Raises BriefingError when there is no
    index or no lesson matches."""
    if not backend.version():
        raise BriefingError("There is no search index yet: run `lessons ingest` or `lessons index --rebuild` first.")
    found, search_notices = fetch_lessons(backend, spec)
    reviews: dict[str, Review] = {}
    for review_id in sorted({l.review_id for l in found}):
        review = catalog.review(review_id)  # with its lessons: their titles head the quotations
        if review is not None:
            reviews[review_id] = review
    lessons = [l for l in found if l.review_id in reviews]
    if not lessons:
        raise BriefingError(
            "No lessons match this search, so there is nothing to brief on. Remove a filter or widen the years."
        )
    stats = catalog.stats()
    corpus = CorpusInfo(
        reviews_in_catalog=stats["reviews"],
        lessons_in_catalog=stats["lessons"],
        backend=backend.name or type(backend).__name__,
        index_version=backend.version(),
        taxonomy_version=taxonomy_version,
    )
    sources = _number_sources(reviews, lessons, link_template)
    titles = {make_lesson_id(r.id, l.ordinal): l.title for r in reviews.values() for l in r.lessons}
    brief_lessons = sorted(
        (
            BriefLesson(
                l,
                sources[l.review_id].number,
                document_link(link_template, l.review_id, l.page_start),
                title=titles.get(l.id, ""),
            )
            for l in lessons
        ),
        key=lambda b: (b.source, b.lesson.ordinal),
    )
    selected = spec.values("theme")
    taxonomy = taxonomy or {}
    learning = _clusters(
        [b for b in brief_lessons if not is_recommendation(b.lesson)], LEARNING, themes.theme_label, selected, taxonomy
    )
    recommendations = _clusters(
        [b for b in brief_lessons if is_recommendation(b.lesson)],
        RECOMMENDATIONS,
        themes.theme_label,
        selected,
        taxonomy,
    )
    placed = {m.lesson.id: m for c in learning + recommendations for m in c.lessons}

    def label(facet: str, value: str) -> str:
        return value_label(facet, value, themes)

    figures = count_figures(lessons, selected, label)
    scope = describe_scope(spec, themes)
    years = [y.year for y in figures.by_year]
    published = years_in_words(years[0], years[-1]) if years else "reviews of unknown date"
    made = (made_on or dt.date.today()).isoformat()
    left_out = len(found) - len(lessons)
    return Briefing(
        title=" ".join(spec.title.split()) or briefing_title(spec, themes, lessons),
        subtitle=(
            f"Summary of the learning from {figures.reviews} case review"
            f"{'' if figures.reviews == 1 else 's'} ({published})"
        ),
        scope=scope[:1].upper() + scope[1:],
        made_on=made,
        spec=spec,
        corpus=corpus,
        method=_method(scope, corpus, left_out, made, bool(link_template)),
        figures=figures,
        chart=year_chart(figures.by_year),
        learning=learning,
        recommendations=recommendations,
        sources=tuple(sorted(sources.values(), key=lambda s: s.number)),
        lessons=tuple(placed[b.lesson.id] for b in brief_lessons),
        notices=(*search_notices, *notices),
        prepared_for=" ".join(spec.prepared_for.split()),
        purpose=" ".join(spec.purpose.split()),
        themes=_theme_notes(selected, learning, lessons, taxonomy, themes.theme_label),
        technical=_technical(spec, corpus, left_out),
        links=bool(link_template),
    )


def make_briefing(
    settings: Settings,
    spec: BriefingSpec,
    link_template: str | None = None,
    made_on: dt.date | None = None,
) -> Briefing:
    """Open the engine and the catalog the settings name, make the briefing, close them.

    The links to the review documents are under the settings' public_url
    (none when it is empty), unless `link_template` is given."""
    from search_app.search import open_backend

    if not Path(settings.catalog).is_file():
        raise BriefingError(f"There is no catalog at {settings.catalog}: add reviews with `lessons ingest` first.")
    from nlp.taxonomy import TaxonomyError

    try:
        themes = ThemeBook.load(settings.taxonomy)
    except (OSError, TaxonomyError) as exc:
        raise BriefingError(f"The theme list could not be read: {exc}") from exc
    notices: tuple[str, ...] = ()
    if link_template is None:
        link_template, notice = link_template_for(settings.public_url)
        notices = (notice,) if notice else ()
    with Catalog(settings.catalog, read_only=True) as catalog:
        backend = open_backend(settings)
        try:
            return build_briefing(
                backend,
                catalog,
                themes,
                spec,
                link_template,
                taxonomy_version(settings.taxonomy),
                made_on,
                taxonomy=taxonomy_themes(settings.taxonomy),
                notices=notices,
            )
        finally:
            backend.close()
