"""The SearchBackend contract, run against every engine in conftest.SEARCH_BACKENDS.

Written against the contract only. Expected facet counts and totals are
computed here in Python from the sample records, independently of any
engine. Semantics pinned by these tests:
- filters: OR within a facet, AND across facets; the year range belongs to
  the year facet;
- each facet is counted over all matches with every filter except its own
  (for the year facet: without the year values and without the year range);
- facet values are ordered by count (descending), then value;
- words: all must match, where a word or run of words that names a tag
  (a theme, an agency, an age band; see search_app.search.lexicon) is also
  matched by lessons carrying that tag; common words ("of", "or") are not
  required when other words are given;
- a relevance-sorted search whose all-words query finds fewer than
  ranking.SPEC.fallback_min_results lessons shows the all-words matches
  first, then lessons with most of the words, and says so with
  ranking.FALLBACK_NOTICE; date-sorted searches keep the all-words list.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter

import pytest

from search_app.search.contract import FACETS, FACETS_BY_NAME, IndexedLesson, SearchRequest
from search_app.search.ranking import FALLBACK_NOTICE, FEW_NOTICE
from tests.conftest import open_test_backend

ALL = 1000  # per_page large enough for every sample lesson


def _ids(result) -> list[str]:
    return [h.lesson.id for h in result.hits]


def _match_ids(backend, query: str) -> set[str]:
    return set(_ids(backend.search(SearchRequest(query, per_page=ALL, facets=()))))


def _passes(lesson: IndexedLesson, name: str, request: SearchRequest) -> bool:
    """Whether `lesson` passes the request's own filter of facet `name`."""
    if name == "year" and (request.year_from is not None or request.year_to is not None):
        if lesson.year is None:
            return False
        if request.year_from is not None and lesson.year < request.year_from:
            return False
        if request.year_to is not None and lesson.year > request.year_to:
            return False
    wanted = request.filters.get(name)
    if wanted:
        return any(v in wanted for v in lesson.facet_values(FACETS_BY_NAME[name]))
    return True


def _expected(lessons, matched_ids: set[str], request: SearchRequest):
    filtered = {"year", *request.filters}
    matched = [lesson for lesson in lessons if lesson.id in matched_ids]
    total = sum(all(_passes(lesson, n, request) for n in filtered) for lesson in matched)
    facets = {}
    for facet in FACETS:
        counts: Counter[str] = Counter()
        for lesson in matched:
            if all(_passes(lesson, n, request) for n in filtered if n != facet.name):
                counts.update(set(lesson.facet_values(facet)))
        facets[facet.name] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return total, facets


FILTER_CASES = [
    pytest.param("", {}, None, None, id="everything"),
    pytest.param("", {"theme": ("harm.nai_infant",)}, None, None, id="one-theme"),
    pytest.param("", {"theme": ("harm.nai_infant", "harm.neglect")}, None, None, id="two-themes-or"),
    pytest.param("", {"theme": ("fam.male_carers",), "agency": ("health",)}, None, None, id="theme-and-agency"),
    pytest.param("", {"area": ("King's Lynn", "Brighton & Hove")}, None, None, id="areas-with-punctuation"),
    pytest.param("", {"review_type": ("LCSPR",), "age_band": ("under 1", "5-10")}, 2016, 2021, id="type-age-years"),
    pytest.param("", {"year": ("2020", "2022")}, None, None, id="year-values"),
    pytest.param("", {}, 2020, None, id="from-2020"),
    pytest.param("", {"kind": ("finding",)}, None, 2020, id="findings-to-2020"),
    pytest.param("health", {"agency": ("health", "police")}, None, None, id="word-and-agencies"),
    pytest.param(
        "neglect", {"group": ("harm",), "region": ("North West", "South West")}, 2015, 2023, id="neglect-filtered"
    ),
    pytest.param("", {"theme": ("no.such_theme",)}, None, None, id="unknown-value"),
]


@pytest.mark.parametrize("query, filters, year_from, year_to", FILTER_CASES)
def test_totals_and_facet_counts_match_the_records(loaded_backend, sample_lessons, query, filters, year_from, year_to):
    request = SearchRequest(query, filters=filters, year_from=year_from, year_to=year_to, per_page=ALL)
    result = loaded_backend.search(request)
    total, facets = _expected(sample_lessons, _match_ids(loaded_backend, query), request)
    assert result.total == total
    assert len(result.hits) == total
    assert {name: [(c.value, c.count) for c in counts] for name, counts in result.facets.items()} == facets


def test_facets_count_all_matches_not_just_the_page(loaded_backend, sample_lessons):
    result = loaded_backend.search(SearchRequest("", per_page=2))
    assert len(result.hits) == 2 and result.total == len(sample_lessons)
    kinds = dict((c.value, c.count) for c in result.facets["kind"])
    assert kinds == dict(Counter(lesson.kind for lesson in sample_lessons))


def test_multi_select_within_a_facet_is_a_union(loaded_backend):
    one = _ids(loaded_backend.search(SearchRequest("", {"theme": ("harm.nai_infant",)}, per_page=ALL)))
    other = _ids(loaded_backend.search(SearchRequest("", {"theme": ("harm.neglect",)}, per_page=ALL)))
    both = _ids(loaded_backend.search(SearchRequest("", {"theme": ("harm.nai_infant", "harm.neglect")}, per_page=ALL)))
    assert one and other
    assert set(both) == set(one) | set(other)


def test_only_requested_facets_are_returned(loaded_backend):
    result = loaded_backend.search(SearchRequest("", facets=("kind", "year")))
    assert set(result.facets) == {"kind", "year"}


def test_year_range_is_inclusive_and_drops_undated(loaded_backend, sample_lessons):
    result = loaded_backend.search(SearchRequest("", year_from=2020, year_to=2021, per_page=ALL))
    expected = {lesson.id for lesson in sample_lessons if lesson.year in (2020, 2021)}
    assert set(_ids(result)) == expected


def test_empty_query_lists_everything_newest_first_with_undated_last(loaded_backend, sample_lessons):
    result = loaded_backend.search(SearchRequest("", per_page=ALL))
    assert result.total == len(sample_lessons)
    dates = [h.lesson.published for h in result.hits]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[len(dated) :] == [""] * (len(dates) - len(dated))


@pytest.mark.parametrize("sort, descending", [("date", True), ("date_asc", False)])
def test_date_sorts(loaded_backend, sort, descending):
    result = loaded_backend.search(SearchRequest("health", sort=sort, per_page=ALL))
    dated = [h.lesson.published for h in result.hits if h.lesson.published]
    assert len(dated) >= 3
    assert dated == sorted(dated, reverse=descending)


def test_relevance_sort_orders_by_score(loaded_backend):
    result = loaded_backend.search(SearchRequest("neglect", per_page=ALL))
    scores = [h.score for h in result.hits]
    assert len(scores) >= 3 and scores == sorted(scores, reverse=True) and scores[0] > 0


@pytest.mark.parametrize("sort", ["relevance", "date", "date_asc"])
def test_pages_partition_the_results(loaded_backend, sort):
    everything = _ids(loaded_backend.search(SearchRequest("the", sort=sort, per_page=ALL, facets=())))
    paged = []
    for page in range(1, 5):
        result = loaded_backend.search(SearchRequest("the", sort=sort, page=page, per_page=4, facets=()))
        assert result.total == len(everything)
        paged.extend(_ids(result))
    assert len(everything) > 8
    assert paged == everything[: len(paged)] and len(paged) == min(16, len(everything))
    beyond = loaded_backend.search(SearchRequest("the", sort=sort, page=50, per_page=4, facets=()))
    assert beyond.hits == () and beyond.total == len(everything)


def _strict_ids(backend, query: str) -> set[str]:
    """The all-words matches (a date-sorted search never falls back)."""
    return set(_ids(backend.search(SearchRequest(query, sort="date", per_page=ALL, facets=()))))


def test_all_words_must_match(loaded_backend):
    assert _strict_ids(loaded_backend, "neglect school") == {"rev-north-001", "rev-north-002"}


def test_too_few_all_words_matches_are_followed_by_most_words(loaded_backend):
    result = loaded_backend.search(SearchRequest("neglect school", per_page=ALL, facets=()))
    # Two lessons had both words: the notice says few had them, not none.
    assert FEW_NOTICE in result.notices and FALLBACK_NOTICE not in result.notices
    assert set(_ids(result)[:2]) == {"rev-north-001", "rev-north-002"}
    assert len(result.hits) == result.total > 2
    neglect_or_school = _match_ids(loaded_backend, "neglect") | _match_ids(loaded_backend, "school")
    assert set(_ids(result)) == neglect_or_school
    enough = loaded_backend.search(SearchRequest("neglect", per_page=ALL, facets=()))
    assert FALLBACK_NOTICE not in enough.notices and FEW_NOTICE not in enough.notices


def test_phrase_needs_the_words_together_and_in_order(loaded_backend):
    words = _match_ids(loaded_backend, "health visitor")
    phrase = _match_ids(loaded_backend, '"health visitor"')
    assert "rev-lynn-002" in words  # "visitor from health services"
    assert "rev-lynn-002" not in phrase
    assert {"rev-brighton-001", "rev-lynn-004"} <= phrase  # "health visitors" stems to the same
    assert _match_ids(loaded_backend, '"visitor health"') == set()


def test_exclusion(loaded_backend):
    with_police = _match_ids(loaded_backend, "health")
    without = _match_ids(loaded_backend, "health -police")
    assert "rev-panel-003" in with_police and "rev-panel-003" not in without
    assert without and without < with_police
    only_exclusion = _match_ids(loaded_backend, "-police")
    assert only_exclusion and all("police" not in i for i in only_exclusion)
    assert "rev-north-003" not in only_exclusion


def test_or_takes_either(loaded_backend):
    fracture = _match_ids(loaded_backend, "fracture")
    hunger = _match_ids(loaded_backend, "hunger")
    assert fracture and hunger and not fracture & hunger
    assert _match_ids(loaded_backend, "fracture OR hunger") == fracture | hunger
    # Lower-case "or" is a word (a common one, so not required): both other
    # words must match, and no lesson has both.
    assert _strict_ids(loaded_backend, "fracture or hunger") == set()


def test_taxonomy_synonyms_expand_both_ways(loaded_backend):
    nai = _match_ids(loaded_backend, "NAI")
    spelled_out = _match_ids(loaded_backend, "non-accidental injury")
    assert {"rev-lynn-001", "rev-brighton-001", "rev-panel-001"} <= nai
    assert nai == spelled_out == _match_ids(loaded_backend, "nai")
    assert _match_ids(loaded_backend, '"non accidental injury"') == nai


def test_spelling_variants(loaded_backend):
    british = _match_ids(loaded_backend, "behaviour")
    assert british == _match_ids(loaded_backend, "behavior") == {"rev-lynn-003", "rev-north-002"}


def test_stemming_and_accents(loaded_backend):
    assert "rev-lynn-004" in _match_ids(loaded_backend, "visitor")
    assert "rev-undated-002" in _match_ids(loaded_backend, "naive cafe")


def test_snippets_are_escaped_with_only_mark_added(loaded_backend):
    for query in ("alert", "markup", ""):
        result = loaded_backend.search(SearchRequest(query, per_page=ALL))
        hit = next(h for h in result.hits if h.lesson.id == "rev-brighton-004")
        assert "<script>" not in hit.snippet_html and "<b>" not in hit.snippet_html
        assert "&lt;script&gt;" in hit.snippet_html
        assert re.sub(r"</?mark>", "", hit.snippet_html).count("<") == 0
        assert ("<mark>" in hit.snippet_html) == bool(query)


def test_snippet_marks_the_matched_words(loaded_backend):
    result = loaded_backend.search(SearchRequest("skeletal survey"))
    # Only this lesson has the words; others carry the theme they signal.
    assert result.hits[0].lesson.id == "rev-lynn-001"
    assert "<mark>skeletal survey</mark>" in result.hits[0].snippet_html  # a phrase is one mark


def test_hits_carry_the_whole_lesson(loaded_backend, sample_lessons):
    by_id = {lesson.id: lesson for lesson in sample_lessons}
    for hit in loaded_backend.search(SearchRequest("", per_page=ALL)).hits:
        assert hit.lesson == by_id[hit.lesson.id]


NASTY_QUERIES = [
    '"*(:',
    "-",
    "OR",
    '""',
    "AND OR -",
    "((",
    ")",
    "*",
    ":",
    "NOT",
    '"unclosed phrase',
    "field:value",
    "title:(a OR b)",
    "a AND",
    "OR neglect OR",
    "-neglect -",
    '-"',
    "\\",
    "\x00",
    "neglect^2 ~1 [a TO b] {x}",
    "<script>alert(1)</script>",
    "'; DROP TABLE lessons; --",
    "naïve café 東京",
    "🙂",
    "a" * 5000,
    "neglect " * 400,
    '"' * 101,
    "- - - -",
    "OR OR OR",
]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_queries_full_of_syntax_never_raise(loaded_backend, sample_lessons, query):
    result = loaded_backend.search(SearchRequest(query))
    assert len(result.hits) <= result.total <= len(sample_lessons)
    assert {h.lesson.id for h in result.hits} <= {lesson.id for lesson in sample_lessons}
    assert all(isinstance(n, str) and n for n in result.notices)


@pytest.mark.parametrize(
    "bad, message",
    [
        (dict(sort="sideways"), "sort must be one of"),
        (dict(page=0), "page must be 1 or more"),
        (dict(per_page=1001), "per_page 1 to 1000"),
        (dict(facets=("colour",)), "unknown facet 'colour'"),
        (dict(filters={"colour": ("red",)}), "unknown facet 'colour'"),
    ],
)
def test_a_request_no_caller_should_build_is_refused(loaded_backend, bad, message):
    with pytest.raises(ValueError, match=message):
        loaded_backend.search(SearchRequest("neglect", **bad))


def test_repairs_are_reported(loaded_backend):
    result = loaded_backend.search(SearchRequest('"non-accidental injury'))
    assert "Added a closing quote" in result.notices
    assert result.understood_query == '"non-accidental injury"'
    assert result.total >= 2


# ------------------------------------------------------------ writes


def test_missing_index_searches_empty_then_a_rebuild_creates_it(backend, sample_lessons):
    assert backend.count() == 0
    result = backend.search(SearchRequest("neglect"))
    assert result.total == 0 and result.hits == ()
    assert backend.rebuild(sample_lessons[:3]) == 3
    assert backend.count() == 3
    assert backend.version()


def test_rebuild_switches_readers_atomically(backend_location, sample_lessons):
    writer = open_test_backend(*backend_location)
    first, second = sample_lessons[:5], sample_lessons
    writer.rebuild(first)
    old_version = writer.version()
    reader = open_test_backend(*backend_location)  # another process's view, e.g. the web server
    seen: list[int] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.append(reader.search(SearchRequest("", per_page=1, facets=())).total)

    def slowly(lessons):
        for lesson in lessons:
            time.sleep(0.01)
            yield lesson

    thread = threading.Thread(target=read)
    thread.start()
    try:
        assert writer.rebuild(slowly(second)) == len(second)
        deadline = time.monotonic() + 5
        while (not seen or seen[-1] != len(second)) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
        thread.join()
    assert len(seen) > 5
    assert set(seen) <= {len(first), len(second)}, "a reader saw a half-built or empty index"
    assert seen[0] == len(first) and seen[-1] == len(second)
    assert writer.version() != old_version and reader.version() == writer.version()
    writer.close()
    reader.close()


def test_similar_lessons_come_from_other_reviews(loaded_backend):
    similar = loaded_backend.similar("rev-lynn-001", limit=5)
    assert len(similar) <= 5
    assert all(h.lesson.review_id != "rev-lynn" for h in similar)
    if loaded_backend.name == "tantivy":
        assert similar, "the embedded engine implements similar()"
