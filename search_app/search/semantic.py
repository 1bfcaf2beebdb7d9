"""Search stage: re-ranking the first matches by meaning (sentence vectors), for both engines.

Words alone miss lessons that say the same thing differently ("parents who
appear to cooperate" is disguised compliance). After the engine has ranked
the matches, `SemanticReranker.rerank` takes the first `SemanticSpec.top`
of them and orders them by a blend of their score (scaled to 0..1 over
those hits) and the cosine between the query's sentence vector and the
lesson's; the lessons further down keep the engine's order. The same
lessons match either way: only the order of the first `top` changes.

Vectors are all-MiniLM-L6-v2 sentence vectors (`nlp.embeddings`). A lesson's
vector costs tens of milliseconds, so it is computed when the index is
built (`VectorStore.record`, called by both engines' `rebuild`) and kept in
a SQLite file (setting `vectors`) keyed by a hash of the text: a rebuild,
or a second engine over the same lessons, reuses it, and both engines
read the same vectors, so they rank alike. A build waits for the vectors of
its first `vectors_inline` lessons (setting, 5000) and makes the others in a
background thread once the index is served (`VectorStore.record`, `fill`).
A query's vector (13 ms of CPU) is kept per process for the queries asked
most recently.

The sentence-vector model is optional at run time: without it (or with
the setting `semantic` off) searches rank by words alone, and
`SemanticReranker.available` says so. When a lesson among the first `top`
has no stored vector (an index built without the model), those hits keep
the engine's order rather than mixing two orderings.

Why a SQLite file of our own rather than the engines' vector fields:
Tantivy has none, and a vector field in Elasticsearch only would rank the
two engines differently.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from cachetools import LRUCache

from search_app.search.contract import IndexedLesson, SearchHit

VECTOR_DTYPE = np.float16  # stored; cosines are computed in float32
BATCH = 64  # lessons embedded at a time while an index is built
QUERIES_KEPT = 2048
# Lesson vectors kept in memory per process (1.5 KB each): the ones searches
# re-rank again and again; the rest are read back from the SQLite file.
LESSON_VECTORS_KEPT = 20_000


@dataclass(frozen=True)
class SemanticSpec:
    """How much the meaning of the first matches re-orders them.
    Tuned on the development query sets (corpus/queries*.yaml, not the held-out one)."""

    top: int = 25  # the first matches re-ordered (the rest keep the engine's order)
    weight: float = 0.6  # the cosine's share of the blend; the engine's scaled score has the rest
    # In a fallback ("lessons with most of your words") the words say less
    # about what is wanted, so meaning weighs this much instead.
    fallback_weight: float = 0.7
    # Related lessons (offered after a few matches) are re-ordered among themselves with this weight.
    related_weight: float = 0.6
    # Query understanding: the themes whose label and description are
    # closest in meaning to the query (cosine at least `theme_min`, and
    # within `theme_margin` of the closest) add `theme_weight` to the blend
    # of each lesson the tagger filed under one of them.
    theme_weight: float = 0.1
    theme_min: float = 0.45
    theme_margin: float = 0.05


SEMANTIC = SemanticSpec()


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def lesson_text(lesson: IndexedLesson) -> str:
    """What a lesson's vector is made from: its text (its heading is the start of it)."""
    return lesson.text


class VectorStore:
    """Lesson sentence vectors by text hash in a SQLite file (module docstring)."""

    # Vectors read or made in this process, shared by every store: tests and
    # the evaluation build many indexes of the same lessons. Bounded, so a
    # worker serving a large index does not end up holding all of them.
    _memory: LRUCache[str, np.ndarray] = LRUCache(maxsize=LESSON_VECTORS_KEPT)
    _memory_lock = threading.Lock()

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._filling: list[threading.Thread] = []

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(self.path), timeout=30)
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
            self._local.db = db
        return db

    def get(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        """The stored vector of each text (float32), or None where there is none."""
        keys = [text_key(t) for t in texts]
        with self._memory_lock:  # an LRU read reorders it
            found = {k: v for k in keys if (v := self._memory.get(k)) is not None}
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing and self.path.is_file():
            marks = ",".join("?" * len(missing))
            rows = self._db().execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", missing).fetchall()
            with self._memory_lock:
                for key, blob in rows:
                    found[key] = self._memory[key] = np.frombuffer(blob, dtype=VECTOR_DTYPE).astype(np.float32)
        return [found.get(k) for k in keys]

    def ensure(self, texts: Sequence[str]) -> int:
        """Compute and store the vectors of the texts that have none; how many were made."""
        from nlp.embeddings import embed_texts

        known = self.get(texts)
        todo = list(dict.fromkeys(t for t, v in zip(texts, known) if v is None))
        if not todo:
            return 0
        vectors = embed_texts(todo).astype(VECTOR_DTYPE)
        db = self._db()
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)",
                [(text_key(t), v.tobytes()) for t, v in zip(todo, vectors)],
            )
        with self._memory_lock:
            for t, v in zip(todo, vectors):
                self._memory[text_key(t)] = v.astype(np.float32)
        return len(todo)

    def record(self, lessons: Iterable[IndexedLesson], inline: int | None = None) -> Iterator[IndexedLesson]:
        """The lessons, passed on while each batch's missing vectors are made and stored.

        With `inline` set, only the first `inline` lessons wait for their
        vectors; the others are passed on at once and their vectors made in
        a background thread (`fill`) once all lessons have gone by, so a big
        index is served at the engine's speed (a vector costs 30-60 ms: an
        hour per 100,000 lessons) and re-ranked as the vectors arrive."""
        batch: list[IndexedLesson] = []
        later: list[str] = []
        seen = 0
        for lesson in lessons:
            seen += 1
            if inline is not None and seen > inline:
                if batch:  # the lessons keep their order
                    self.ensure([lesson_text(x) for x in batch])
                    yield from batch
                    batch = []
                later.append(lesson_text(lesson))
                yield lesson
                continue
            batch.append(lesson)
            if len(batch) >= BATCH:
                self.ensure([lesson_text(x) for x in batch])
                yield from batch
                batch = []
        if batch:
            self.ensure([lesson_text(x) for x in batch])
            yield from batch
        if later:
            self.fill(later)

    def fill(self, texts: Sequence[str]) -> threading.Thread:
        """Make the texts' missing vectors in a background (daemon) thread, batch by batch."""

        def work() -> None:
            for first in range(0, len(texts), BATCH):
                self.ensure(texts[first : first + BATCH])

        thread = threading.Thread(target=work, name="lesson-vectors", daemon=True)
        self._filling.append(thread)
        thread.start()
        atexit.register(_finish_at_exit, thread, len(texts))
        return thread

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the background vectors (`fill`); whether they are all made."""
        for thread in list(self._filling):
            thread.join(timeout)
        self._filling = [t for t in self._filling if t.is_alive()]
        return not self._filling

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


def _finish_at_exit(thread: threading.Thread, count: int) -> None:
    """A command that built an index (`lessons ingest`) ends only when its
    background vectors are made: the index is already served meanwhile, and
    an interrupted fill loses only the vectors not yet stored, which the next
    build makes."""
    if thread.is_alive():
        print(
            f"making the sentence vectors of up to {count} lesson(s) for ranking by meaning "
            "(the index is already served; interrupt to finish them at the next build)",
            file=sys.stderr,
        )
        thread.join()


def model_available() -> bool:
    """Whether the sentence-vector model can be loaded here."""
    from nlp.embeddings import available

    return available() is None


@functools.lru_cache(maxsize=QUERIES_KEPT)
def query_vector(text: str) -> np.ndarray:
    """The sentence vector of a query (kept for the queries asked most recently)."""
    from nlp.embeddings import embed_query

    vector = embed_query(text)
    vector.setflags(write=False)
    return vector


class SemanticReranker:
    """Re-orders the first matches by meaning (module docstring)."""

    def __init__(
        self,
        store: VectorStore | None,
        spec: SemanticSpec = SEMANTIC,
        enabled: bool = True,
        taxonomy_path: Path | str | None = None,
        inline: int | None = None,
    ) -> None:
        self.store = store
        self.inline = inline
        self.spec = spec
        self.available = bool(enabled and store is not None and spec.top > 1 and model_available())
        self.taxonomy_path = taxonomy_path
        self._themes: tuple[tuple[str, ...], np.ndarray] | None = None
        self._lock = threading.Lock()

    def _theme_vectors(self) -> tuple[tuple[str, ...], np.ndarray]:
        """The taxonomy's theme ids and the vectors of their label and description (made once)."""
        if self._themes is None:
            with self._lock:
                if self._themes is None:
                    ids: tuple[str, ...] = ()
                    vectors = np.zeros((0, 1), dtype=np.float32)
                    if self.taxonomy_path is not None and self.store is not None:
                        from nlp.taxonomy import load_taxonomy  # the tagging stage owns the taxonomy

                        themes = load_taxonomy(self.taxonomy_path).themes
                        texts = [f"{t.label}. {t.description}" for t in themes]
                        self.store.ensure(texts)
                        ids = tuple(t.id for t in themes)
                        made = [v for v in self.store.get(texts) if v is not None]
                        vectors = np.stack(made) if made and len(made) == len(texts) else vectors
                        ids = ids if len(made) == len(texts) else ()
                    self._themes = (ids, vectors)
        return self._themes

    def query_themes(self, query: str) -> tuple[str, ...]:
        """The themes closest in meaning to the query (see SemanticSpec.theme_*), closest first."""
        if not self.available or not query.strip():
            return ()
        ids, vectors = self._theme_vectors()
        if not ids:
            return ()
        cosines = vectors @ query_vector(query)
        best = float(cosines.max())
        if best < self.spec.theme_min:
            return ()
        order = np.argsort(-cosines, kind="stable")
        return tuple(ids[i] for i in order if cosines[i] >= best - self.spec.theme_margin)

    def record(self, lessons: Iterable[IndexedLesson]) -> Iterable[IndexedLesson]:
        """`lessons` with their vectors made on the way into an index (as they are when unavailable)."""
        if not self.available or self.store is None:
            return lessons
        return self.store.record(lessons, self.inline)

    def rerank(
        self, query: str, hits: Sequence[SearchHit], fallback: bool = False, related: bool = False
    ) -> list[SearchHit] | None:
        """The first `top` hits re-ordered by the blend, the rest after them
        as they were; None when there is nothing to re-order by."""
        if not self.available or self.store is None or len(hits) < 2 or not query.strip():
            return None
        top = list(hits[: self.spec.top])
        vectors = [v for v in self.store.get([lesson_text(h.lesson) for h in top]) if v is not None]
        if len(vectors) < len(top):
            return None
        q = query_vector(query)
        cosines = np.stack(vectors) @ q
        scores = np.array([h.score for h in top], dtype=np.float64)
        low, high = scores.min(), scores.max()
        # rounded as flow.order_ties rounds: the engines' BM25 may differ in the last digits
        scaled = np.round((scores - low) / (high - low), 4) if high > low else np.ones_like(scores)
        weight = self.spec.related_weight if related else self.spec.fallback_weight if fallback else self.spec.weight
        blended = (1 - weight) * scaled + weight * cosines.astype(np.float64)
        themes = set(self.query_themes(query)) if self.spec.theme_weight > 0 else set()
        if themes:
            blended += self.spec.theme_weight * np.array([bool(themes.intersection(h.lesson.themes)) for h in top])
        # Ties (rare) keep the engine's order, which puts equal scores in id order.
        order = sorted(range(len(top)), key=lambda i: (-round(float(blended[i]), 6), i))
        return [top[i] for i in order] + list(hits[self.spec.top :])


def reranker_for(settings) -> SemanticReranker:
    """The re-ranker the settings ask for (`vectors`, `semantic`)."""
    return SemanticReranker(
        VectorStore(settings.vectors),
        enabled=settings.semantic,
        taxonomy_path=settings.taxonomy,
        inline=settings.vectors_inline if settings.vectors_inline >= 0 else None,
    )


__all__ = [
    "SEMANTIC",
    "SemanticReranker",
    "SemanticSpec",
    "VectorStore",
    "model_available",
    "query_vector",
    "reranker_for",
]
