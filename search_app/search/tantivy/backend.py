"""Search stage (Tantivy engine): the embedded SearchBackend.

Index generations: every full rebuild writes a brand new index in a new
folder under the index root (`gen-v<schema>-<time>-<pid>-<n>`) and, once it
is committed, switches to it by replacing the small `CURRENT` pointer file
atomically (write a temporary file, then `os.replace`). Readers, such as a
long-running web server, stat the pointer before each search and reopen
when it names another generation, so they see the old index or the new
one, never a half-built one, and pick up a rebuild without a restart.
A rebuild deletes generations older than the one it replaced (the replaced
one is kept for readers that have not switched yet).

A search follows the shared steps of `search_flow`; each query it runs is
ranked and drawn on the calling thread (`tantivy_page`) while its facets
are counted on the backend's counting threads (`tantivy_facets`).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import tantivy

from search_app.search.analysis import ANALYZER_NAME, build_text_analyzer
from search_app.search.contract import (
    FACETS_BY_NAME,
    IndexedLesson,
    SearchBackend,
    SearchError,
    SearchHit,
    SearchRequest,
    SearchResult,
)
from search_app.search.flow import SearchFlow
from search_app.search.query import parse
from search_app.search.ranking import MATCH_ALL
from search_app.search.semantic import SemanticReranker, reranker_for
from search_app.search.tantivy import facets as tf
from search_app.search.tantivy import schema as ts
from search_app.search.tantivy.facets import FacetCounting, plan_counts
from search_app.search.tantivy.page import Documents, draw_hits, rank_page

log = logging.getLogger(__name__)

POINTER_NAME = "CURRENT"
GENERATION_PREFIX = f"gen-v{ts.SCHEMA_VERSION}-"
_GENERATION_COUNTER = itertools.count(1)
REBUILD_HEAP_BYTES = 256_000_000
# Threads of a backend that count facets while the ranking runs; more than
# one lets the filter groups of a search, or concurrent searches, overlap.
FACET_THREADS = 2
# Compiled text queries and parsed filters kept per index generation.
QUERIES_KEPT = 4096
_MLT_STOP_WORDS = (
    "a an and are as at be but by for from had has have he her his in is it its of on or "
    "she that the their there they this to was were which will with would"
).split()


class _Generation:
    """One opened index generation, with the queries compiled for it.

    A compiled query depends only on its scoring tree (frozen, hashable) or
    filter text and on the generation's schema, and tantivy's queries can be
    shared between threads, so each is compiled once per generation: a
    query asked again (a plan is kept per process) skips building its few
    dozen tantivy query objects. Its stored lessons are decoded once while
    kept (`page.Documents`).
    """

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        try:
            self.index = tantivy.Index.open(str(path))
        except (OSError, ValueError) as exc:
            raise SearchError(f"cannot open the search index {path}: {exc}") from exc
        self.index.register_tokenizer(ANALYZER_NAME, build_text_analyzer())
        self.schema = self.index.schema
        self.compiled = functools.lru_cache(maxsize=QUERIES_KEPT)(self._compile)
        self.parsed_filter = functools.lru_cache(maxsize=QUERIES_KEPT)(self.index.parse_query)
        self.documents = Documents()
        self._facet_table: ts.FacetTable | None = None

    @property
    def facet_table(self) -> ts.FacetTable:
        """What the codes of the count columns stand for (read on first use:
        a generation being written has none yet)."""
        table = self._facet_table
        if table is None:
            try:
                table = self._facet_table = ts.FacetTable.load(self.path)
            except ValueError as exc:
                raise SearchError(str(exc)) from exc
        return table

    def _compile(self, node) -> tantivy.Query:
        return ts.compile_plan(node, self.schema)


class TantivyBackend(SearchBackend):
    """The embedded engine: a Tantivy index folder on local disk."""

    name = "tantivy"

    def __init__(
        self,
        index_root: Path,
        taxonomy_path: Path | None = None,
        parallel_facets: bool | None = None,
        semantic: SemanticReranker | None = None,
    ) -> None:
        self.index_root = Path(index_root)
        self.semantic = semantic
        self.taxonomy_path = Path(taxonomy_path) if taxonomy_path else None
        self._lock = threading.RLock()
        self._pointer_stamp: tuple | None = None
        self._generation: _Generation | None = None
        self._flow: SearchFlow | None = None
        self._parallel_facets = parallel_facets if parallel_facets is not None else (os.cpu_count() or 1) > 1
        self._pool: ThreadPoolExecutor | None = None
        self._pool_pid = 0

    @classmethod
    def from_settings(cls, settings) -> TantivyBackend:
        return cls(settings.index_dir, settings.taxonomy, semantic=reranker_for(settings))

    # ------------------------------------------------------------ generations

    @property
    def _pointer(self) -> Path:
        return self.index_root / POINTER_NAME

    def _serving(self) -> _Generation | None:
        """The generation the pointer names, reopened when the pointer changed."""
        try:
            st = os.stat(self._pointer)
        except FileNotFoundError:
            return None
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        with self._lock:
            if stamp != self._pointer_stamp or self._generation is None:
                name = self._pointer.read_text(encoding="utf-8").strip()
                if self._generation is None or self._generation.name != name:
                    if not name.startswith(GENERATION_PREFIX):
                        raise SearchError(
                            f"the search index {self.index_root / name} was built by another "
                            "version of this program; rebuild it with `lessons index --rebuild`"
                        )
                    self._generation = _Generation(name, self.index_root / name)
                self._pointer_stamp = stamp
            return self._generation

    def _new_generation(self) -> _Generation:
        self.index_root.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        # A process-wide counter: two backend objects may rebuild in the same second.
        name = f"{GENERATION_PREFIX}{stamp}-{os.getpid()}-{next(_GENERATION_COUNTER)}"
        path = self.index_root / name
        path.mkdir()
        index = tantivy.Index(ts.build_schema(), path=str(path), reuse=False)
        del index
        return _Generation(name, path)

    def _switch_to(self, generation: _Generation) -> str | None:
        """Point readers at `generation`; return the name it replaced."""
        previous = None
        with contextlib.suppress(FileNotFoundError):
            previous = self._pointer.read_text(encoding="utf-8").strip() or None
        temporary = self.index_root / f".{POINTER_NAME}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(generation.name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self._pointer)
        with self._lock:
            self._generation = generation
            self._pointer_stamp = None
        return previous

    def _remove_old_generations(self, keep: set[str]) -> None:
        for path in self.index_root.glob("gen-*"):
            if path.is_dir() and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)

    def version(self) -> str:
        generation = self._serving()
        return generation.name if generation else ""

    # ------------------------------------------------------------ writes

    def _write(self, generation: _Generation, work, heap: int, threads: int) -> int:
        """Run `work(writer)` and commit it, or roll it back if it fails."""
        try:
            writer = generation.index.writer(heap, threads)
        except ValueError as exc:
            raise SearchError(f"cannot write to the search index (is another write running?): {exc}") from exc
        try:
            done = work(writer)
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()
        generation.index.reload()
        return done

    def count(self) -> int:
        generation = self._serving()
        return generation.index.searcher().num_docs if generation else 0

    def rebuild(self, lessons: Iterable[IndexedLesson]) -> int:
        generation = self._new_generation()
        codes = ts.CodeBook()

        def add_all(writer) -> int:
            n = 0
            for lesson in self.semantic.record(lessons) if self.semantic else lessons:
                writer.add_document(ts.to_document(lesson, codes))
                n += 1
            return n

        try:
            n = self._write(generation, add_all, heap=REBUILD_HEAP_BYTES, threads=0)
            generation._facet_table = codes.save(generation.path)
        except BaseException:
            shutil.rmtree(generation.path, ignore_errors=True)
            raise
        previous = self._switch_to(generation)
        self._remove_old_generations({generation.name, previous or ""})
        return n

    # ------------------------------------------------------------ search

    def _counting_pool(self) -> ThreadPoolExecutor | None:
        """The threads that count facets beside the ranking (None on one core).
        Made in the process that searches, so a server that forks workers
        gives each its own."""
        if self._parallel_facets is False:
            return None
        pool = self._pool
        if pool is None or self._pool_pid != os.getpid():
            with self._lock:
                if self._pool is None or self._pool_pid != os.getpid():
                    self._pool = ThreadPoolExecutor(max_workers=FACET_THREADS, thread_name_prefix="facet-count")
                    self._pool_pid = os.getpid()
                pool = self._pool
        return pool

    def _search_flow(self) -> SearchFlow:
        if self._flow is None:
            self._flow = SearchFlow.for_taxonomy(self.taxonomy_path, self.semantic)
        return self._flow

    def search(self, request: SearchRequest) -> SearchResult:
        request.check()
        parsed = parse(request.query)
        flow = self._search_flow()
        generation = self._serving()
        if generation is None:
            return SearchResult((), 0, {name: () for name in request.facets}, parsed.notices, parsed.understood)
        try:

            def doc_freqs(tokens):
                searcher = generation.index.searcher()
                return {t: searcher.doc_freq("text", t) for t in tokens}

            parsed = flow.respell(parsed, doc_freqs)
            plan = flow.plan(parsed)

            def run(node, other: SearchRequest | None = None) -> SearchResult:
                text_query = None if plan.is_empty else generation.compiled(node)
                return self._search(generation, other or request, parsed, text_query, plan.highlight_tokens)

            def count(node) -> int:
                searcher = generation.index.searcher()
                if node == MATCH_ALL:
                    return searcher.num_docs
                # A filter aggregation counts without scoring: about half
                # the time of a top-1 search with its count.
                counted = searcher.aggregate(generation.compiled(node), {"n": {"filter": "*"}})
                return int(counted["n"]["doc_count"])

            return flow.run(request, parsed, plan, run, doc_freqs, count)
        except ValueError as exc:  # tantivy reports engine failures as ValueError
            raise SearchError(f"the search failed: {exc}") from exc

    def _search(
        self, generation: _Generation, request: SearchRequest, parsed, text_query, highlight_tokens
    ) -> SearchResult:
        schema, index = generation.schema, generation.index
        searcher = index.searcher()
        filters = _filters(request)

        main = text_query or tantivy.Query.all_query()
        if filters:
            every_filter = generation.parsed_filter(ts.conjunction(list(filters.values())))
            main = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, main), (tantivy.Occur.Must, tantivy.Query.const_score_query(every_filter, 0.0))]
            )
        sort = request.sort if text_query is not None else ("date" if request.sort == "relevance" else request.sort)
        # The facet counts are passes of their own over the matches; tantivy
        # lets go of the GIL while it counts, so they run on other cores
        # while this thread ranks and draws the page.
        counting = None
        pool = self._counting_pool()
        if request.facets and pool is not None:
            try:
                counting = FacetCounting(
                    searcher,
                    plan_counts(generation.parsed_filter, text_query, filters, request),
                    request.facet_size,
                    generation.facet_table,
                    pool,
                )
            except RuntimeError:  # the pool was shut down (close, interpreter exit): count here
                counting = None
        documents = generation.documents
        total, page = rank_page(searcher, main, request, sort, documents)
        hits = draw_hits(searcher, schema, page, documents, highlight_tokens if text_query is not None else None)

        if request.facets and counting is None:
            # With filters a facet may be counted over more lessons than
            # matched, so the parts count then.
            few = total < tf.PARTS_FROM_MATCHES and not filters
            groups = plan_counts(
                generation.parsed_filter, text_query, filters, request, tf.MULTI_VALUED if few else frozenset()
            )
            counting = FacetCounting(searcher, groups, request.facet_size, generation.facet_table)
        facets = counting.result(request.facets) if counting is not None else {}
        return SearchResult(hits, total, facets, parsed.notices, parsed.understood)

    def similar(self, lesson_id: str, limit: int = 5) -> tuple[SearchHit, ...]:
        generation = self._serving()
        if generation is None:
            return ()
        searcher = generation.index.searcher()
        schema = generation.schema
        found = searcher.search(tantivy.Query.term_query(schema, "id", lesson_id), 1)
        if not found.hits:
            return ()
        address = found.hits[0][1]
        lesson = ts.from_document(searcher.doc(address))
        like = tantivy.Query.more_like_this_query(
            address, min_doc_frequency=1, min_term_frequency=1, max_query_terms=25, stop_words=_MLT_STOP_WORDS
        )
        query = like.and_must_not_match(tantivy.Query.term_query(schema, "review_id", lesson.review_id))
        hits = []
        for score, other in searcher.search(query, limit).hits:
            other_lesson = ts.from_document(searcher.doc(other))
            hits.append(SearchHit(other_lesson, float(score), ts.lead_html(other_lesson.text)))
        return tuple(hits)

    def close(self) -> None:
        with self._lock:
            self._generation = None
            self._pointer_stamp = None
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)


def _filters(request: SearchRequest) -> dict[str, str]:
    """Each facet's own filter clause; the year range belongs to the year facet."""
    filters: dict[str, str] = {}
    for name, values in request.filters.items():
        values = tuple(v for v in values if str(v) != "")
        if values:
            filters[name] = ts.facet_filter(FACETS_BY_NAME[name], values)
    if request.year_from is not None or request.year_to is not None:
        year_range = ts.year_range_filter(request.year_from, request.year_to)
        filters["year"] = f"({filters['year']}) AND ({year_range})" if "year" in filters else year_range
    return filters
