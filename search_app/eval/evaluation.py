"""Evaluation: measure extraction, metadata, tagging and search against the gold.

The gold lives beside the sample corpus: `corpus/gold/NAME.json` for the
review file `corpus/reviews/NAME.*`, and `corpus/queries.yaml` for the search
query set with graded judgments. Every quality figure the project quotes is
computed here and printed by `lessons eval`.

Lessons are matched to gold lessons by their text (token sequence
similarity), one to one, within the same review; a lesson counts when its
text matches the gold closely (ratio >= MATCH_THRESHOLD).
"""

from __future__ import annotations

import math
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import yaml

from ingest import IngestFailure, extract_review
from ingest.records import Review
from nlp.gold import GoldLesson, GoldReview, is_held_out, load_review_gold, read_annotations, read_theme_gold
from search_app.settings import Settings

MATCH_THRESHOLD = 0.8
METADATA_FIELDS = ("title", "area", "region", "review_type", "published", "child", "child_age", "author")


# --- matching --------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"\w+", text)


def text_similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return SequenceMatcher(None, ta, tb, autojunk=False).ratio()


def match_lessons(gold: Sequence[str], found: Sequence[str]) -> dict[int, int]:
    """One-to-one matching of found texts to gold texts: {found index: gold index}."""
    pairs = []
    for fi, f in enumerate(found):
        for gi, g in enumerate(gold):
            score = text_similarity(g, f)
            if score >= MATCH_THRESHOLD:
                pairs.append((score, fi, gi))
    pairs.sort(reverse=True)
    matched: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, fi, gi in pairs:
        if fi not in matched and gi not in used_gold:
            matched[fi] = gi
            used_gold.add(gi)
    return matched


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _norm_field(value: object) -> str:
    return " ".join(_tokens(str(value or "")))


# --- extraction and metadata ----------------------------------------------


def evaluate_extraction(gold: Sequence[GoldReview], settings: Settings) -> dict:
    """Lesson precision/recall, page and kind accuracy, metadata accuracy per field."""
    outcomes: list[tuple[GoldReview, Review | IngestFailure]] = []
    for g in gold:
        try:
            outcomes.append((g, extract_review(g.document, limits=settings.limits, ocr=settings.ocr_engine)))
        except IngestFailure as exc:
            outcomes.append((g, exc))
    return score_extraction(outcomes)


def score_extraction(outcomes: Sequence[tuple[GoldReview, Review | IngestFailure]]) -> dict:
    """The extraction figures of extracted reviews (or their failures) against their gold."""
    tp = fp = fn = pages_right = kinds_right = agencies = agencies_right = 0
    meta_right = {f: 0 for f in METADATA_FIELDS}
    per_review = []
    failures = []
    for g, review in outcomes:
        if isinstance(review, IngestFailure):
            failures.append({"file": g.document.name, "stage": review.stage, "reason": review.reason})
            fn += len(g.lessons)
            continue
        matched = match_lessons([l.text for l in g.lessons], [l.text for l in review.lessons])
        tp += len(matched)
        fp += len(review.lessons) - len(matched)
        fn += len(g.lessons) - len(matched)
        review_counts = {"pages_right": 0, "kinds_right": 0, "agencies": 0, "agencies_right": 0}
        for fi, gi in matched.items():
            found, want = review.lessons[fi], g.lessons[gi]
            review_counts["pages_right"] += (found.page_start, found.page_end) == (want.page_start, want.page_end)
            review_counts["kinds_right"] += found.kind == want.kind
            if want.kind == "recommendation" and want.agency:
                review_counts["agencies"] += 1
                review_counts["agencies_right"] += _norm_field(found.agency) == _norm_field(want.agency)
        pages_right += review_counts["pages_right"]
        kinds_right += review_counts["kinds_right"]
        agencies += review_counts["agencies"]
        agencies_right += review_counts["agencies_right"]
        wrong_fields = []
        for field in METADATA_FIELDS:
            if _norm_field(getattr(review, field)) == _norm_field(g.review.get(field, "")):
                meta_right[field] += 1
            else:
                wrong_fields.append(field)
        per_review.append(
            {
                "file": g.document.name,
                "gold": len(g.lessons),
                "extracted": len(review.lessons),
                "matched": len(matched),
                **review_counts,
                "metadata_wrong": wrong_fields,
            }
        )
    n = len(outcomes) or 1
    return {
        "lessons": {**_prf(tp, fp, fn), "gold": tp + fn, "extracted": tp + fp, "matched": tp},
        "page_accuracy": round(pages_right / tp, 4) if tp else 0.0,
        "kind_accuracy": round(kinds_right / tp, 4) if tp else 0.0,
        # The lead agency of the recommendations whose gold names one ("Lead agency: Police", a Lead column).
        "agency_accuracy": round(agencies_right / agencies, 4) if agencies else 1.0,
        "agencies": agencies,
        "metadata": {f: round(meta_right[f] / n, 4) for f in METADATA_FIELDS},
        "failures": failures,
        "per_review": per_review,
    }


# --- themes ----------------------------------------------------------------


def theme_scores(
    gold_sets: Sequence[Iterable[str]], predicted_sets: Sequence[Iterable[str]], min_support: int = 5
) -> dict:
    """Per-theme precision/recall/F1, micro over all, macro over themes with >= min_support gold."""
    counts: dict[str, list[int]] = {}
    for want, got in zip(gold_sets, predicted_sets):
        want, got = set(want), set(got)
        for theme in want | got:
            c = counts.setdefault(theme, [0, 0, 0, 0])  # tp, fp, fn, support
            c[0] += theme in want and theme in got
            c[1] += theme in got and theme not in want
            c[2] += theme in want and theme not in got
            c[3] += theme in want
    per_theme = {t: {**_prf(c[0], c[1], c[2]), "support": c[3]} for t, c in sorted(counts.items())}
    micro = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    macro_themes = [t for t, c in counts.items() if c[3] >= min_support]
    macro = {
        k: round(sum(per_theme[t][k] for t in macro_themes) / len(macro_themes), 4) if macro_themes else 0.0
        for k in ("precision", "recall", "f1")
    }
    worst = sorted(macro_themes, key=lambda t: (per_theme[t]["f1"], t))[:5]
    return {
        "micro": micro,
        "macro": macro,
        "macro_themes": len(macro_themes),
        "worst": [{"theme": t, **per_theme[t]} for t in worst],
        "per_theme": per_theme,
    }


MIN_THEME_SUPPORT = 15  # a theme with this many gold lessons in a part is held to F1 0.60 there


def evaluate_themes(
    lessons: Sequence[GoldLesson], settings: Settings, annotations: dict[str, dict[str, tuple[str, ...]]] | None = None
) -> dict:
    """Theme scores on the gold: development and held-out parts side by side.

    The held-out quarter is fixed by review (nlp.gold.is_held_out). Rules
    alone are scored on both parts. Rules plus the model: on the
    development part by cross-validation grouped by review; on the held-out
    part, a model trained on the whole development part, which never saw a
    held-out lesson. "rules" and "combined" are the two parts together.
    With `annotations` (nlp.gold.read_annotations), the agreement of the
    two annotators before adjudication is reported too: the ceiling."""
    from nlp.classifier import ModelError, combine_sets
    from nlp.embeddings import EmbeddingError, embedder_maker
    from nlp.model_evaluation import cross_validate_by_review
    from nlp.model_training import train
    from nlp.tagger import Tagger

    texts = [l.tagged_text for l in lessons]
    wanted = [l.themes for l in lessons]
    reviews = [l.review for l in lessons]
    analyses = Tagger.load(settings.taxonomy, None).analyze_many(texts, [l.kind for l in lessons])
    rules = [a.theme_ids for a in analyses]
    from_kind = [{t.theme for t in a.tags if not t.evidence} for a in analyses]  # never vetoed
    held = [i for i, l in enumerate(lessons) if is_held_out(l.review)]
    dev = [i for i, l in enumerate(lessons) if not is_held_out(l.review)]
    combined: list[tuple[str, ...]] = [tuple(r) for r in rules]  # where no model can be trained
    model_note = "rules and model"
    try:  # the lesson vectors, as `lessons train` makes them (settings.lesson_vectors)
        make_embedder = embedder_maker(settings.lesson_vectors)
        if make_embedder is not None:
            model_note += f" with {settings.lesson_vectors} lesson vectors"
    except EmbeddingError as exc:
        make_embedder = None
        model_note += f" without lesson vectors ({exc})"
    try:
        cv = cross_validate_by_review(
            [texts[i] for i in dev],
            [wanted[i] for i in dev],
            [reviews[i] for i in dev],
            rule_tags=[rules[i] for i in dev],
            protected=[from_kind[i] for i in dev],
            make_embedder=make_embedder,
        )
        for i, predicted in zip(dev, cv):
            combined[i] = tuple(predicted)
        if held:
            model = train(
                [texts[i] for i in dev],
                [wanted[i] for i in dev],
                groups=[reviews[i] for i in dev],
                rule_tags=[rules[i] for i in dev],
                make_embedder=make_embedder,
            )
            for i, predicted in zip(
                held,
                combine_sets(
                    model,
                    [texts[i] for i in held],
                    [rules[i] for i in held],
                    [reviews[i] for i in held],
                    [from_kind[i] for i in held],
                ),
            ):
                combined[i] = tuple(predicted)
    except ModelError as exc:  # too little development gold to train or cross-validate on
        model_note = f"rules only: {exc}"
    result = {
        "lessons": len(lessons),
        "combined_is": model_note,
        "rules": theme_scores(wanted, rules),
        "combined": theme_scores(wanted, combined),
    }
    for part, rows in (("development", dev), ("held_out", held)):
        if not rows:
            continue
        part_combined = theme_scores([wanted[i] for i in rows], [combined[i] for i in rows])
        result[part] = {
            "reviews": sorted({reviews[i] for i in rows}),
            "lessons": len(rows),
            "rules": theme_scores([wanted[i] for i in rows], [rules[i] for i in rows]),
            "combined": part_combined,
            "themes_below_0.60": sorted(
                t
                for t, sc in part_combined["per_theme"].items()
                if sc["support"] >= MIN_THEME_SUPPORT and sc["f1"] < 0.60
            ),
        }
    if annotations and len(annotations) == 2:
        first, second = annotations.values()
        result["agreement"] = annotator_agreement(first, second, held_out_ids={lessons[i].id for i in held})
    return result


def annotator_agreement(
    a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]], held_out_ids: frozenset[str] | set[str] = frozenset()
) -> dict:
    """Two annotators' agreement before adjudication: micro-F1 of one against
    the other (overall and on the held-out lessons), and Cohen's kappa per
    theme (themes either annotator used at least five times) with its mean."""
    from sklearn.metrics import cohen_kappa_score

    ids = sorted(set(a) & set(b))
    scores = theme_scores([b[i] for i in ids], [a[i] for i in ids])
    held = [i for i in ids if i in held_out_ids]
    themes = sorted({t for i in ids for t in (*a[i], *b[i])})
    kappa = {}
    for theme in themes:
        x = [theme in a[i] for i in ids]
        y = [theme in b[i] for i in ids]
        if sum(x) + sum(y) >= 10:
            kappa[theme] = round(float(cohen_kappa_score(x, y)), 4)
    return {
        "lessons": len(ids),
        "micro": scores["micro"],
        "held_out_micro": theme_scores([b[i] for i in held], [a[i] for i in held])["micro"] if held else None,
        "kappa": kappa,
        "mean_kappa": round(sum(kappa.values()) / len(kappa), 4) if kappa else 0.0,
        "lowest_kappa": sorted(kappa.items(), key=lambda kv: kv[1])[:5],
    }


def _without_detail(scores: dict) -> dict:
    return {k: v for k, v in scores.items() if k != "per_theme"}


# --- search ----------------------------------------------------------------


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


# --- all -------------------------------------------------------------------


def evaluate(settings: Settings, corpus_dir: Path, parts: Sequence[str], backends: Sequence[str] | None = None) -> dict:
    gold = load_review_gold(corpus_dir)
    report: dict = {"corpus": str(corpus_dir), "reviews": len(gold), "gold_lessons": sum(len(g.lessons) for g in gold)}
    if "extraction" in parts:
        report["extraction"] = evaluate_extraction(gold, settings)
        from search_app.eval.conventions import evaluate_conventions

        conventions = evaluate_conventions(corpus_dir, settings.max_pages, settings.max_bytes, settings.ocr_engine)
        if conventions:
            report["extraction"]["conventions"] = conventions
    if "themes" in parts:
        lessons, _problems = read_theme_gold([corpus_dir])
        report["themes"] = evaluate_themes(lessons, settings, read_annotations(corpus_dir))
    if "search" in parts:
        report["search"] = evaluate_search(gold, corpus_dir, settings, backends)
    return report


# --- ratchet ---------------------------------------------------------------


def _lookup(report: dict, dotted: str) -> float | None:
    node: object = report
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node if isinstance(node, (int, float)) else None


def _section(report: dict, parts: list[str]) -> object:
    node: object = report
    for part in parts:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _unscored(report: dict, parts: list[str]) -> bool:
    """Whether a section on the key's path scored nothing (a part with no documents yet)."""
    for depth in range(1, len(parts)):
        node = _section(report, parts[:depth])
        if isinstance(node, dict) and node.get("documents") == 0:
            return True
    return False


def ratchet_regressions(report: dict, ratchet: dict[str, float]) -> list[str]:
    """Figures of the report below the level recorded in the ratchet file.

    Keys of parts the report did not measure are skipped, and so are keys
    under a section that says it scored no documents ("documents": 0): the
    blind held-out conventions before their set is merged."""
    problems = []
    for key, floor in sorted(ratchet.items()):
        parts = key.split(".")
        if parts[0] not in report or (len(parts) > 2 and not isinstance(_section(report, parts[:-1]), dict)):
            continue  # a part or backend this run did not measure (`lessons eval --search`)
        if _unscored(report, parts):
            continue
        value = _lookup(report, key)
        if value is None:
            problems.append(f"{key}: missing from the report (ratchet {floor})")
        elif value + 1e-9 < floor:
            problems.append(f"{key}: {value} fell below {floor}")
    return problems
