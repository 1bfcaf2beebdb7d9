"""Web app: the per-generation result cache gives the engine's answers, and follows a rebuild."""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_web_corpus import build_site

from search_app.search import open_backend
from search_app.search.contract import FACETS, SearchRequest
from search_app.web import create_app, services
from search_app.web.result_cache import ENTRY_SECONDS, VERSION_CHECK_SECONDS, ResultCache, is_landing


def text_of(response) -> str:
    return " ".join(re.sub("<[^>]+>", "", response.get_data(as_text=True)).split())


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def site(tmp_path):
    return build_site(tmp_path)


@pytest.fixture()
def backend(site):
    instance = open_backend(site.settings)
    yield instance
    instance.close()


class Recording:
    """The real backend, noting which facets each search it answers asks for."""

    def __init__(self, backend) -> None:
        self.backend = backend
        self.asked: list[tuple[str, ...]] = []

    def version(self) -> str:
        return self.backend.version()

    def search(self, request):
        self.asked.append(tuple(request.facets))
        return self.backend.search(request)


def _same(a, b) -> None:
    assert a.total == b.total
    assert [h.lesson.id for h in a.hits] == [h.lesson.id for h in b.hits]
    assert dict(a.facets) == dict(b.facets)


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest(),
        SearchRequest(sort="date_asc", page=2, per_page=5),
        SearchRequest(query="share information", page=2, per_page=5),
        SearchRequest(query="information", filters={"review_type": ("LCSPR", "SCR")}, year_from=2016),
        SearchRequest(query="neglect", facets=("theme", "year")),
    ],
    ids=["landing", "landing-page-2", "query-page-2", "filtered", "some-facets"],
)
def test_answers_are_the_engines_on_first_and_later_requests(backend, request_):
    cache = ResultCache(clock=Clock())
    first, again = cache.search(backend, request_), cache.search(backend, request_)
    _same(first, backend.search(request_))
    _same(again, backend.search(request_))


def test_paging_and_sorting_reuse_the_counts_and_still_get_their_own_hits(backend):
    cache, engine = ResultCache(clock=Clock()), Recording(backend)
    page_one = SearchRequest(query="information", per_page=5)
    cache.search(engine, page_one)
    for changed in (dataclasses.replace(page_one, page=2), dataclasses.replace(page_one, sort="date")):
        _same(cache.search(engine, changed), backend.search(changed))
    # The engine counted the facets once; the other two asked it for hits only.
    assert engine.asked == [page_one.facets, (), ()]


def test_a_rebuilt_index_is_seen_within_the_version_check_interval(site, backend):
    clock = Clock()
    cache = ResultCache(clock=clock)
    landing = SearchRequest()
    before = cache.search(backend, landing)
    lessons = [h.lesson for h in backend.search(SearchRequest(per_page=100)).hits]
    writer = open_backend(site.settings)  # another process's rebuild, as the nightly job does
    writer.rebuild(lessons[:5])
    writer.close()
    assert cache.search(backend, landing).total == before.total  # still within the interval
    clock.now += VERSION_CHECK_SECONDS + 0.01
    after = cache.search(backend, landing)
    assert after.total == 5 and after.facets != before.facets


def test_entries_expire(backend):
    clock = Clock()
    cache, engine = ResultCache(clock=clock), Recording(backend)
    request_ = SearchRequest(query="neglect")
    cache.search(engine, request_)
    clock.now += ENTRY_SECONDS - 1
    cache.search(engine, request_)
    assert len(engine.asked) == 1, "a search repeated within ENTRY_SECONDS is answered from the cache"
    clock.now += 2
    cache.search(engine, request_)
    assert engine.asked == [request_.facets, request_.facets], "an expired search is asked again, counts and all"


def test_landing_means_no_query_no_filter_and_no_years():
    assert is_landing(SearchRequest()) and is_landing(SearchRequest(query="  ", page=3, sort="date"))
    assert not is_landing(SearchRequest(query="x"))
    assert not is_landing(SearchRequest(filters={"kind": ("finding",)}))
    assert not is_landing(SearchRequest(year_to=2020))


def test_the_search_page_shows_a_rebuilt_index_without_a_restart(site):
    app = create_app(site.settings, {"TESTING": True})
    clock = Clock()
    app.extensions[services.EXTENSION_KEY].results = ResultCache(clock=clock)
    client = app.test_client()
    assert f"{site.total_lessons} lessons found" in text_of(client.get("/"))
    backend = open_backend(site.settings)
    lessons = [h.lesson for h in backend.search(SearchRequest(per_page=100)).hits]
    backend.rebuild(lessons[:3])
    backend.close()
    clock.now += VERSION_CHECK_SECONDS + 0.01
    assert "3 lessons found" in text_of(client.get("/"))
    api = client.get("/api/search").get_json()
    assert api["total"] == 3 and set(api["facets"]) == {f.name for f in FACETS}
