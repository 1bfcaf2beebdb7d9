"""Search stage (Tantivy engine): what is kept or compiled for speed gives
the same answers.

The substance boost is compiled outside the other optional clauses (see
tantivy_schema.compile_plan): checked against the plain compilation, hit for
hit and score for score. Compiled queries and decoded lessons are kept per
index generation: a rebuild's new lessons are what the next search shows.
"""

from __future__ import annotations

import dataclasses

import pytest

from search_app.search import ranking as rk
from search_app.search.contract import SearchRequest
from search_app.search.query import parse
from search_app.search.tantivy import schema as ts
from search_app.search.tantivy.backend import TantivyBackend
from tests.conftest import TAXONOMY_PATH, make_sample_lessons

QUERIES = ["neglect", "bruising non-mobile baby", '"health visitor"', "police -school", "NAI OR neglect", "father"]


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    instance = TantivyBackend(tmp_path_factory.mktemp("queries"), TAXONOMY_PATH)
    instance.rebuild(make_sample_lessons())
    yield instance
    instance.close()


def _ranked(backend: TantivyBackend, node) -> tuple[int, list[tuple[str, float]]]:
    generation = backend._serving()
    searcher = generation.index.searcher()
    found = searcher.search(ts.compile_plan(node, generation.schema), 50, count=True)
    ids = [(ts.from_document(searcher.doc(address)).id, float(score)) for score, address in found.hits]
    return found.count, ids


@pytest.mark.parametrize("query", QUERIES)
def test_the_substance_boost_outside_the_union_gives_the_same_hits_and_scores(backend, monkeypatch, query):
    plan = backend._search_flow().plan(parse(query))
    nodes = [plan.strict] + ([plan.relaxed] if plan.relaxed is not None else [])
    boosted = [n for n in nodes if isinstance(n, rk.Boolean) and any(ts._matches_most(c) for c in n.should)]
    assert boosted, "every query's plan adds the substance boost"
    for node in nodes:
        count, hits = _ranked(backend, node)
        monkeypatch.setattr(ts, "_matches_most", lambda node: False)
        plain_count, plain_hits = _ranked(backend, node)
        monkeypatch.undo()
        assert count == plain_count and count > 0
        assert [i for i, _ in hits] == [i for i, _ in plain_hits]
        assert [s for _, s in hits] == pytest.approx([s for _, s in plain_hits], rel=1e-5)


def test_a_rebuild_is_searched_with_its_own_lessons_not_those_kept_before(tmp_path):
    backend = TantivyBackend(tmp_path / "index", TAXONOMY_PATH)
    lessons = make_sample_lessons()
    backend.rebuild(lessons)
    request = SearchRequest(query="neglect", per_page=50)
    before = backend.search(request)
    assert before.hits
    backend.search(request)  # the query compiled and the lessons decoded are kept now
    changed = [dataclasses.replace(lesson, title=f"Rewritten {lesson.id}") for lesson in lessons]
    backend.rebuild(changed)
    after = backend.search(request)
    backend.close()
    assert [h.lesson.id for h in after.hits] == [h.lesson.id for h in before.hits]
    assert all(h.lesson.title == f"Rewritten {h.lesson.id}" for h in after.hits)
