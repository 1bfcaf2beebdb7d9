"""Search quality on the corpus gold, on both engines, held to the shared ratchet.

The gold reviews are ingested once for the module (real PDFs, the real
tagger, a real catalog), indexed on the Tantivy engine and the
Elasticsearch engine (on Elasticsearch 8.19, and again on OpenSearch 2.19),
and the query set of corpus/queries.yaml is run on each. The test fails
when a `search.*` figure of tests/quality_ratchet.json falls below its
level: nDCG@10, MRR and recall@20 per engine, and the engines' top-10
overlap; and unless Elasticsearch and OpenSearch rank every query alike.
Raise the ratchet when the figures rise (`lessons eval --search --backend
both` prints them).
"""

from __future__ import annotations

import json

import pytest

from search_app.eval.evaluation import evaluate_search, load_gold, prepare_search_corpus, ratchet_regressions
from search_app.settings import PROJECT_ROOT, Settings
from tests.conftest import TAXONOMY_PATH, search_node_or_skip

# The backends evaluated (settings names); the Elasticsearch one runs on
# Elasticsearch 8, then once more on OpenSearch 2 for the comparison.
SEARCH_BACKENDS = ["tantivy", "elasticsearch"]
RATCHET = PROJECT_ROOT / "tests" / "quality_ratchet.json"
CORPUS = PROJECT_ROOT / "corpus"


@pytest.fixture(scope="module")
def search_report(tmp_path_factory):
    overrides = {"data_dir": str(tmp_path_factory.mktemp("eval")), "taxonomy": str(TAXONOMY_PATH),
                 "es_index": "lessons-test-eval", **search_node_or_skip("elasticsearch").settings()}
    settings = Settings.load(overrides, environ={})
    gold = load_gold(CORPUS)
    corpus = prepare_search_corpus(gold, settings, tmp_path_factory.mktemp("corpus"))
    on_opensearch = settings.replace(**search_node_or_skip("opensearch").settings())
    return {"search": evaluate_search(gold, CORPUS, settings, SEARCH_BACKENDS, corpus),
            "opensearch": evaluate_search(gold, CORPUS, on_opensearch, ["elasticsearch"], corpus)}


def test_every_query_is_scored_on_every_engine(search_report):
    search = search_report["search"]
    for name in SEARCH_BACKENDS:
        section = search[name]
        assert section["queries"] == 38 and len(section["worst"]) == 5
        assert all(0 <= p["ndcg@10"] <= 1 and 0 <= p["recall@20"] <= 1 for p in search[name].get("per_query", search["per_query"]))


def test_the_per_query_table_has_a_row_per_query_and_columns_per_engine(search_report):
    from search_app.cli.eval_cmds import query_table

    search = search_report["search"]
    table = query_table(search)
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| query")]
    assert len(rows) == 38
    assert all(line.count("|") == 3 + 2 * len(SEARCH_BACKENDS) for line in rows)
    first = search["per_query"][0]
    assert rows[0].startswith(f"| {first['query']} | {first['total']}")
    assert table.startswith(f"- {SEARCH_BACKENDS[0]}: nDCG@10 {search[SEARCH_BACKENDS[0]]['ndcg@10']:.3f}")


def test_search_figures_do_not_fall_below_the_ratchet(search_report):
    ratchet = {k: v for k, v in json.loads(RATCHET.read_text(encoding="utf-8")).items() if k.startswith("search.")}
    assert ratchet, "the ratchet file has no search.* figures"
    checked = [k for k in ratchet if k.split(".")[1] in SEARCH_BACKENDS or k.startswith("search.agreement")]
    assert checked, "no ratchet figure concerns the engines tested"
    assert ratchet_regressions(search_report, ratchet) == []


def test_elasticsearch_and_opensearch_rank_every_query_alike(search_report):
    on_es8 = search_report["search"]["elasticsearch"]["per_query"]
    on_opensearch = search_report["opensearch"]["per_query"]
    assert len(on_es8) == len(on_opensearch) == 38
    for a, b in zip(on_es8, on_opensearch):
        assert a["query"] == b["query"]
        assert (a["total"], a["top"][:10]) == (b["total"], b["top"][:10]), a["query"]  # top-10 overlap 1.0, same order
    assert search_report["opensearch"]["ndcg@10"] == search_report["search"]["elasticsearch"]["ndcg@10"]


def test_search_is_scored_on_rule_tags_even_when_a_trained_model_is_configured(tmp_path):
    """A theme model learns from these very gold lessons: its tags would leak the answers."""
    from nlp.classifier import save_model, train
    from nlp.taxonomy import load_taxonomy
    from search_app.catalog.store import Catalog

    gold = load_gold(CORPUS)
    lessons = [lesson for review in gold for lesson in review.lessons]
    model = train([l.text for l in lessons], [l.themes for l in lessons], taxonomy_version="", tune=False)
    version = load_taxonomy(TAXONOMY_PATH).version
    model_path = tmp_path / "theme_model.pkl"
    save_model(model, model_path, version)
    settings = Settings.load({"data_dir": str(tmp_path / "data"), "taxonomy": str(TAXONOMY_PATH),
                              "model": str(model_path)}, environ={})
    small = [review for review in gold if review.document.suffix == ".txt"]
    assert small, "the corpus has text reviews"
    prepare_search_corpus(small, settings, tmp_path / "scratch")
    with Catalog(tmp_path / "scratch" / "catalog.sqlite3") as catalog:
        versions = {row[0] for row in catalog.db.execute("SELECT DISTINCT tagger_version FROM lessons")}
        sources = {row[0] for row in catalog.db.execute("SELECT DISTINCT source FROM tags")}
    assert versions and all(v.endswith("; rules") for v in versions), versions
    assert sources == {"rule"}, sources
