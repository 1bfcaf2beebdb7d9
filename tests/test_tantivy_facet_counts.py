"""Search stage (Tantivy engine): the fast facet paths give the exact counts.

Facets are counted from the count columns (tantivy_schema.COUNT_COLUMNS:
multi-valued facets split into parts, single-valued ones paired), on
another thread, or, multi-valued ones, from the plain fields below
PARTS_FROM_MATCHES; a column with more codes than the engine is asked
for falls back to the plain field. Every path is
checked here against counts made in Python from the lessons themselves, on
a real index of a few thousand generated lessons (enough matches for the
parts and many combinations per part).
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from search_app.search.contract import FACETS, FACETS_BY_NAME, IndexedLesson, SearchRequest
from search_app.search.tantivy import backend as tb
from search_app.search.tantivy import facets as tf
from search_app.search.tantivy import schema as ts
from search_app.search.tantivy.backend import TantivyBackend

THEMES = [f"{group}.theme_{i}" for group in ("harm", "fam", "multi", "assess", "agency") for i in range(9)]
AGENCIES = ["police", "health_visiting", "school", "gp", "social_care", "midwifery", "housing", "probation"]
AGE_BANDS = ["under 1", "1-4", "5-10", "11-15", "16-17"]
WORDS = "neglect bruising referral police mother father school hospital supervision assessment".split()


def _lessons(n: int = 4000, seed: int = 7) -> list[IndexedLesson]:
    rnd = random.Random(seed)
    lessons = []
    for i in range(n):
        themes = tuple(rnd.sample(THEMES, rnd.choice([0, 1, 2, 3, 4, 6])))
        lessons.append(
            IndexedLesson(
                id=f"rev-{i // 10:04d}-{i % 10:03d}",
                review_id=f"rev-{i // 10:04d}",
                ordinal=i % 10,
                review_title=f"Review {i // 10}",
                review_type=rnd.choice(["SCR", "LCSPR", "national"]),
                area=rnd.choice(["Leeds", "Kent", "Brighton & Hove"]),
                region=rnd.choice(["North", "South"]),
                year=rnd.choice([None, 2015, 2018, 2021, 2024]),
                published="",
                child="",
                kind=rnd.choice(["finding", "recommendation"]),
                label=f"Finding {i % 10}",
                text=" ".join(rnd.sample(WORDS, 4)),
                section="Findings",
                page_start=1,
                page_end=1,
                themes=themes,
                theme_groups=tuple(dict.fromkeys(t.split(".")[0] for t in themes)),
                age_bands=tuple(rnd.sample(AGE_BANDS, rnd.choice([0, 1, 1, 2]))),
                agencies=tuple(rnd.sample(AGENCIES, rnd.choice([0, 1, 2, 3]))),
            )
        )
    return lessons


@pytest.fixture(scope="module")
def lessons() -> list[IndexedLesson]:
    return _lessons()


@pytest.fixture(scope="module")
def index_root(lessons, tmp_path_factory):
    root = tmp_path_factory.mktemp("facet-counts")
    backend = TantivyBackend(root)
    backend.rebuild(lessons)
    backend.close()
    return root


def _passes(lesson: IndexedLesson, name: str, request: SearchRequest) -> bool:
    if name == "year" and (request.year_from is not None or request.year_to is not None):
        if lesson.year is None or (request.year_from is not None and lesson.year < request.year_from):
            return False
        if request.year_to is not None and lesson.year > request.year_to:
            return False
    wanted = request.filters.get(name)
    return not wanted or any(v in wanted for v in lesson.facet_values(FACETS_BY_NAME[name]))


def _expected(lessons, request: SearchRequest, word: str) -> dict[str, tuple[tuple[str, int], ...]]:
    matched = [lesson for lesson in lessons if not word or word in lesson.text.split()]
    filtered = {"year", *request.filters}
    out = {}
    for facet in FACETS:
        counts: Counter[str] = Counter()
        for lesson in matched:
            if all(_passes(lesson, n, request) for n in filtered if n != facet.name):
                counts.update(set(lesson.facet_values(facet)))
        out[facet.name] = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def _counts(result) -> dict[str, tuple[tuple[str, int], ...]]:
    return {name: tuple((c.value, c.count) for c in counts) for name, counts in result.facets.items()}


REQUESTS = [
    pytest.param("", {}, None, id="everything"),
    pytest.param("neglect", {}, None, id="one-word"),
    pytest.param("", {"theme": ("harm.theme_1", "fam.theme_2")}, None, id="two-themes"),
    pytest.param("referral", {"agency": ("police",), "age_band": ("under 1", "5-10")}, 2018, id="agency-age-years"),
    pytest.param("school", {"group": ("harm",), "review_type": ("SCR",)}, None, id="group-and-type"),
]


@pytest.mark.parametrize("parallel", [True, False], ids=["facets-on-a-thread", "facets-in-line"])
@pytest.mark.parametrize("parts_from", [0, 10**9], ids=["parts", "plain-fields"])
@pytest.mark.parametrize("word, filters, year_from", REQUESTS)
def test_every_counting_path_gives_the_counts_of_the_lessons(
    lessons, index_root, monkeypatch, parallel, parts_from, word, filters, year_from
):
    monkeypatch.setattr(tf, "PARTS_FROM_MATCHES", parts_from)
    backend = TantivyBackend(index_root, parallel_facets=parallel)
    request = SearchRequest(query=word, filters=filters, year_from=year_from, per_page=5)
    result = backend.search(request)
    backend.close()
    assert _counts(result) == _expected(lessons, request, word)
    assert len(result.facets["theme"]) > 20  # many values, so many combinations per part


def test_more_combinations_than_asked_for_are_counted_from_the_plain_field(lessons, index_root, monkeypatch):
    monkeypatch.setattr(ts, "PART_BUCKETS", 2)
    backend = TantivyBackend(index_root)
    request = SearchRequest(query="", per_page=1)
    result = backend.search(request)
    backend.close()
    assert _counts(result) == _expected(lessons, request, "")


def test_a_value_holding_control_characters_is_still_counted_exactly(tmp_path):
    lessons = _lessons(n=50, seed=3)
    odd = "odd\x1fvalue\x1e"
    lessons[0] = IndexedLesson(**{**lessons[0].__dict__, "agencies": (odd, "police")})
    backend = TantivyBackend(tmp_path, parallel_facets=False)
    backend.rebuild(lessons)
    request = SearchRequest(per_page=1)
    agencies = dict((c.value, c.count) for c in backend.search(request).facets["agency"])
    backend.close()
    expected = Counter(a for lesson in lessons for a in set(lesson.agencies))
    assert agencies == dict(expected) and agencies[odd] == 1


def test_the_codes_of_a_column_stand_for_its_values(tmp_path):
    book = ts.CodeBook()
    lesson = _lessons(n=1)[0]
    lesson = IndexedLesson(
        **{**lesson.__dict__, "themes": ("c", "a", "b", "a"), "area": "Kent", "region": "South", "kind": ""}
    )
    names = {c.name for c in ts.COUNT_COLUMNS if c.fields in (("themes",), ("area", "region"))}
    codes = {name: code for name, code in book.of(lesson) if name in names}
    assert dict(book.of(lesson)) == dict(ts.CodeBook().of(lesson))  # the same codes again, in a new book too
    book.save(tmp_path)
    table = ts.FacetTable.load(tmp_path)
    # Three lessons like this one: each value three times, in value order.
    counts = table.slot_counts({name: [{"key": code, "doc_count": 3}] for name, code in codes.items()})
    assert table.top(counts, "themes", 10) == [("a", 3), ("b", 3), ("c", 3)]
    assert table.top(counts, "themes", 2) == [("a", 3), ("b", 3)]
    assert table.top(counts, "region", 10) == [("South", 3)] and table.top(counts, "area", 10) == [("Kent", 3)]
    assert table.top(counts, "kind", 10) == []


def test_parallel_and_in_line_searches_give_the_same_answers(index_root):
    parallel, in_line = (
        TantivyBackend(index_root, parallel_facets=True),
        TantivyBackend(index_root, parallel_facets=False),
    )
    for query in ("neglect", "police mother", "zzz", ""):
        request = SearchRequest(query=query, filters={"kind": ("finding",)}, per_page=7)
        a, b = parallel.search(request), in_line.search(request)
        assert [(h.lesson.id, h.score, h.snippet_html) for h in a.hits] == [
            (h.lesson.id, h.score, h.snippet_html) for h in b.hits
        ]
        assert a.total == b.total and dict(a.facets) == dict(b.facets)
    parallel.close()
    in_line.close()


class _CountingBackend(TantivyBackend):
    """The real engine, counting the searches it is asked for."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.asked: list[SearchRequest] = []

    def search(self, request: SearchRequest):
        self.asked.append(request)
        return super().search(request)


def test_the_result_cache_answers_a_repeated_request_without_the_engine(index_root):
    from search_app.web.result_cache import ResultCache

    backend = _CountingBackend(index_root)
    cache = ResultCache()
    request = SearchRequest(query="neglect", filters={"agency": ("police", "gp")}, per_page=5)
    first = cache.search(backend, request)
    reordered = SearchRequest(query="neglect", filters={"agency": ("gp", "police")}, per_page=5)
    again = cache.search(backend, reordered)
    assert again == first and len(backend.asked) == 1
    page_two = cache.search(backend, SearchRequest(query="neglect", filters=request.filters, per_page=5, page=2))
    assert backend.asked[-1].facets == () and page_two.facets == first.facets  # counts kept, hits asked
    cache.forget_searches()
    cache.search(backend, request)
    assert len(backend.asked) == 3
    backend.close()


def test_an_index_of_an_older_schema_is_rebuilt_by_the_next_run(tmp_path):
    """The part fields came with a schema version: an index built before
    them is refused for searching and rebuilt by `lessons reindex`."""
    from test_pipeline import SMALL_FILES, copy_reviews, make_settings

    from search_app.pipeline.run import run_pipeline
    from search_app.search import open_backend
    from search_app.search.contract import SearchError

    settings = make_settings(tmp_path / "data", copy_reviews(tmp_path / "corpus", SMALL_FILES[:1]))
    assert run_pipeline(settings).exit_code == 0
    pointer = settings.index_dir / "CURRENT"
    current = pointer.read_text(encoding="utf-8").strip()
    older = current.replace(tb.GENERATION_PREFIX, f"gen-v{ts.SCHEMA_VERSION - 1}-", 1)
    (settings.index_dir / current).rename(settings.index_dir / older)
    pointer.write_text(older + "\n", encoding="utf-8")
    with pytest.raises(SearchError, match="another version"):
        open_backend(settings).search(SearchRequest())

    report = run_pipeline(settings)
    assert report.exit_code == 0 and report.index_action == "rebuilt"
    backend = open_backend(settings)
    result = backend.search(SearchRequest(per_page=1))
    backend.close()
    assert result.total > 0 and result.facets["theme"]


def test_a_search_after_close_still_counts_its_facets(lessons, index_root):
    backend = TantivyBackend(index_root, parallel_facets=True)
    request = SearchRequest(query="neglect", per_page=3)
    before = backend.search(request)
    pool = backend._counting_pool()
    pool.shutdown(wait=True)  # as at interpreter exit: new work is refused
    after = backend.search(request)
    backend.close()
    assert dict(after.facets) == dict(before.facets) and after.total == before.total
