"""Evaluation, search: the query sets' graded judgments scored on each search engine.

The query sets live beside the sample corpus (`corpus/queries.yaml` and the
other development and held-out sets); gold lessons are found in the
catalog by their text, as `lessons eval` matches extracted lessons.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ingest.records import Review
from nlp.gold import GoldReview
from search_app.eval.extraction import match_lessons
from search_app.settings import Settings


def _dcg(grades: Sequence[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def search_metrics(ranked_grades: Sequence[int], all_grades: Sequence[int], k: int = 10, recall_k: int = 20) -> dict:
    """nDCG@k, reciprocal rank and recall@recall_k of one ranked list of grades.

    recall@20 is capped recall: the relevant lessons found in the first 20
    over the number that could be there, min(relevant, 20), so a query
    with 41 relevant lessons can score 1 with a page of 20 relevant ones.
    recall@20_all divides by every relevant lesson (its mean over the query
    set cannot pass about 0.95, since some queries have more than 20)."""
    ideal = _dcg(sorted(all_grades, reverse=True)[:k])
    ndcg = _dcg(ranked_grades[:k]) / ideal if ideal else 0.0
    rr = next((1 / (i + 1) for i, g in enumerate(ranked_grades) if g > 0), 0.0)
    relevant = sum(1 for g in all_grades if g > 0)
    found = sum(1 for g in ranked_grades[:recall_k] if g > 0)
    return {
        "ndcg@10": ndcg,
        "mrr": rr,
        "recall@20": found / min(relevant, recall_k) if relevant else 0.0,
        "recall@20_all": found / relevant if relevant else 0.0,
    }


DEVELOPMENT_QUERIES = "queries.yaml"
# More development sets, scored beside queries.yaml when they are there:
# practitioner queries written blind and judged by two judges, and the
# development queries asked as questions. Ranking is tuned on them too.
MORE_DEVELOPMENT_QUERIES = ("queries_dev2.yaml", "queries_questions.yaml")
# Written blind and judged by two judges apart; never read while tuning ranking.
HELD_OUT_QUERIES = "queries_heldout.yaml"


def load_queries(corpus_dir: Path, name: str = DEVELOPMENT_QUERIES) -> list[dict]:
    """A query set: [{"query", "judgments": {(gold stem, lesson index): grade}}]."""
    path = corpus_dir / name
    if not path.is_file():
        raise FileNotFoundError(f"no query set at {path}")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = data["queries"] if isinstance(data, dict) else data
    queries = []
    for entry in entries:
        judgments = {}
        for j in entry["judgments"]:
            stem = Path(j["gold"]).name.split(".")[0]
            judgments[(stem, int(j["lesson"]))] = int(j["grade"])
        queries.append({"query": entry["query"], "judgments": judgments})
    return queries


@dataclass(frozen=True)
class SearchCorpus:
    """The gold reviews ingested once: the lessons to index and which gold
    lesson each one is (lesson id -> (gold stem, gold lesson index))."""

    lessons: tuple
    lesson_to_gold: dict


def prepare_search_corpus(gold: Sequence[GoldReview], settings: Settings, scratch: Path) -> SearchCorpus:
    """Ingest the gold reviews into a catalog under `scratch` (no index) and
    read back the lessons as the indexes would hold them.

    The lessons are tagged by the rules alone: a theme model is trained on
    these very gold lessons, so its tags would score search against themes
    it learned from the answers."""
    from search_app.catalog.store import Catalog
    from search_app.pipeline import ingest_paths
    from search_app.search.index_records import index_records

    local = settings.replace(
        data_dir=Path(scratch),
        catalog=Path(scratch) / "catalog.sqlite3",
        index_dir=Path(scratch) / "index",
        model=Path(scratch) / "no-theme-model",
    )
    ingest_paths(local, [g.document for g in gold], update_index=False)
    by_stem = {g.stem: g for g in gold}
    catalog = Catalog(local.catalog)
    with catalog:
        lessons = tuple(index_records(catalog))
    return SearchCorpus(lessons, _map_catalog_to_gold(Catalog(local.catalog), by_stem))


def _top10_overlap(a: Sequence[str], b: Sequence[str]) -> float:
    top_a, top_b = list(a)[:10], list(b)[:10]
    if not top_a and not top_b:
        return 1.0
    return len(set(top_a) & set(top_b)) / max(len(top_a), len(top_b))


def run_query_set(backend, queries: Sequence[dict], lesson_to_gold: dict) -> dict:
    """The query set on one backend: per query nDCG@10, MRR, recall@20, the
    top 20 ids and the fallback notice; overall means; the five worst. The
    ranking scored is the first page as shown: the hits, then any related
    lessons offered after them."""
    from search_app.search import SearchRequest
    from search_app.search.ranking import FALLBACK_NOTICE, FEW_NOTICE

    per_query = []
    for q in queries:
        result = backend.search(SearchRequest(query=q["query"], per_page=20, facets=()))
        shown = (result.hits + result.related)[:20]  # the page as a reader sees it
        grades = [q["judgments"].get(lesson_to_gold.get(h.lesson.id), 0) for h in shown]
        scores = search_metrics(grades, list(q["judgments"].values()))
        per_query.append(
            {
                "query": q["query"],
                "total": result.total,
                "fallback": FALLBACK_NOTICE in result.notices or FEW_NOTICE in result.notices,
                **{k: round(v, 4) for k, v in scores.items()},
                "related": len(result.related),
                "top": [h.lesson.id for h in shown],
            }
        )
    n = len(per_query) or 1
    overall = {k: round(sum(p[k] for p in per_query) / n, 4) for k in ("ndcg@10", "mrr", "recall@20", "recall@20_all")}
    worst = sorted(per_query, key=lambda p: (p["ndcg@10"], p["recall@20"], p["query"]))[:5]
    return {
        "backend": backend.name,
        "queries": len(per_query),
        **overall,
        "worst": [{k: v for k, v in w.items() if k != "top"} for w in worst],
        "per_query": per_query,
    }


def evaluate_search(
    gold: Sequence[GoldReview],
    corpus_dir: Path,
    settings: Settings,
    backends: Sequence[str] | None = None,
    corpus: SearchCorpus | None = None,
) -> dict:
    """Ingest the corpus into a scratch data folder (unless `corpus` is given),
    index it on each backend, run the query set and score the rankings.

    The report's top-level figures are the first backend's; each backend
    also has its own section (`report["tantivy"]`, ...), and with two,
    `report["agreement"]["overlap@10"]` is the mean share of top-10 lessons
    they have in common. These are the development queries (queries.yaml),
    which ranking is tuned on; the other development sets that are there
    (MORE_DEVELOPMENT_QUERIES) have the same figures in
    `report["development_sets"][stem]` ("queries_dev2"). When the held-out queries
    (queries_heldout.yaml) are there, `report["held_out"]` has the same
    figures for them."""
    from search_app.search import open_backend

    queries = load_queries(corpus_dir)
    more = {name: load_queries(corpus_dir, name) for name in MORE_DEVELOPMENT_QUERIES if (corpus_dir / name).is_file()}
    held_out = load_queries(corpus_dir, HELD_OUT_QUERIES) if (corpus_dir / HELD_OUT_QUERIES).is_file() else None
    names = list(backends or [settings.backend])
    with tempfile.TemporaryDirectory(prefix="lessons-eval-") as scratch:
        if corpus is None:
            corpus = prepare_search_corpus(gold, settings, Path(scratch) / "corpus")
        reports, held_reports = {}, {}
        more_reports: dict[str, dict] = {name: {} for name in more}
        for name in names:
            local = settings.replace(
                backend=name,
                data_dir=Path(scratch),
                index_dir=Path(scratch) / f"index-{name}",
                es_index=f"{settings.es_index}-eval",
            )
            backend = open_backend(local)
            try:
                backend.rebuild(corpus.lessons)
                reports[name] = run_query_set(backend, queries, corpus.lesson_to_gold)
                for file, extra in more.items():
                    more_reports[file][name] = run_query_set(backend, extra, corpus.lesson_to_gold)
                if held_out is not None:
                    held_reports[name] = run_query_set(backend, held_out, corpus.lesson_to_gold)
            finally:
                backend.close()
    report = _engines_report(reports, names)
    if more:
        # keyed by the file's stem: ratchet keys are dotted paths
        report["development_sets"] = {
            Path(file).stem: {"file": file, **_engines_report(by_engine, names)}
            for file, by_engine in more_reports.items()
        }
    if held_out is not None:
        report["held_out"] = {"file": HELD_OUT_QUERIES, **_engines_report(held_reports, names)}
    return report


def _engines_report(reports: dict[str, dict], names: list[str]) -> dict:
    """One query set's figures: the first engine's at the top, each engine's
    in its own section, and the engines' top-10 agreement."""
    first = reports[names[0]]
    report = {k: v for k, v in first.items()}
    report["backends"] = names
    for name in names:
        report[name] = reports[name] if name != names[0] else {k: v for k, v in first.items() if k != "per_query"}
    if len(names) > 1:
        a, b = (reports[n]["per_query"] for n in names[:2])
        overlaps = [round(_top10_overlap(x["top"], y["top"]), 4) for x, y in zip(a, b)]
        for entry, value in zip(report["per_query"], overlaps):
            entry["overlap@10"] = value
        report["agreement"] = {"backends": names[:2], "overlap@10": round(sum(overlaps) / (len(overlaps) or 1), 4)}
    return report


def _map_catalog_to_gold(catalog, by_stem: dict[str, GoldReview]) -> dict[str, tuple[str, int]]:
    """Indexed lesson id -> (gold stem, gold lesson index), by text matching per review."""
    mapping: dict[str, tuple[str, int]] = {}
    with catalog:
        for review_id in catalog.review_ids():
            review: Review | None = catalog.review(review_id)
            stem = Path(review.source_path).name.split(".")[0] if review else ""
            g = by_stem.get(stem)
            if review is None or g is None:
                continue
            matched = match_lessons([l.text for l in g.lessons], [l.text for l in review.lessons])
            for fi, gi in matched.items():
                mapping[review.lessons[fi].lesson_id(review.id)] = (g.stem, gi)
    return mapping
