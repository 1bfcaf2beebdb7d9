"""Ingest tests: the extractor measured against the sample corpus gold (corpus/gold/*.json).

Lessons are matched to gold lessons by text the way `lessons eval` does
(search_app.eval.extraction), so these bars are the project's published figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest import discover, extract_review
from nlp.gold import load_review_gold as load_gold
from search_app.eval.extraction import METADATA_FIELDS, match_lessons
from search_app.settings import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "corpus"


def _norm(value) -> str:
    return " ".join(re.findall(r"\w+", str(value or "").lower()))


@pytest.fixture(scope="module")
def results():
    gold = load_gold(CORPUS)
    assert len(gold) >= 10, "the sample corpus has its gold files"
    return [(g, extract_review(g.document)) for g in gold]


def test_every_corpus_document_is_discovered_and_readable():
    found = discover([CORPUS])
    names = {Path(f.path).name for f in found}
    gold_names = {g.document.name for g in load_gold(CORPUS)}
    assert gold_names <= names
    assert not any(n.endswith((".json", ".yaml", ".py")) for n in names)


def test_lesson_recall_and_precision(results):
    tp = fp = fn = 0
    misses = []
    for gold, review in results:
        matched = match_lessons([l.text for l in gold.lessons], [l.text for l in review.lessons])
        tp += len(matched)
        fp += len(review.lessons) - len(matched)
        fn += len(gold.lessons) - len(matched)
        if len(matched) != len(gold.lessons) or len(matched) != len(review.lessons):
            misses.append(f"{gold.stem}: gold {len(gold.lessons)}, found {len(review.lessons)}, matched {len(matched)}")
    recall, precision = tp / (tp + fn), tp / (tp + fp)
    assert recall >= 0.95 and precision >= 0.90, f"recall {recall:.3f} precision {precision:.3f}; " + "; ".join(misses)


def test_lesson_pages_kinds_labels_and_agencies(results):
    pairs = []
    for gold, review in results:
        matched = match_lessons([l.text for l in gold.lessons], [l.text for l in review.lessons])
        pairs += [(review.lessons[f], gold.lessons[g], gold.stem) for f, g in matched.items()]
    assert pairs
    pages = sum((l.page_start, l.page_end) == (g.page_start, g.page_end) for l, g, _ in pairs) / len(pairs)
    kinds = sum(l.kind == g.kind for l, g, _ in pairs) / len(pairs)
    labels = sum(l.label == g.label for l, g, _ in pairs) / len(pairs)
    assert pages >= 0.97, f"pages right {pages:.3f}"
    assert kinds >= 0.95, f"kinds right {kinds:.3f}"
    assert labels >= 0.95, f"labels right {labels:.3f}"
    raw = {stem: json.loads((CORPUS / "gold" / f"{stem}.json").read_text()) for stem in {s for _, _, s in pairs}}
    agencies = sum(l.agency == raw[stem]["lessons"][g.index].get("agency", "") for l, g, stem in pairs) / len(pairs)
    assert agencies >= 0.95, f"agencies right {agencies:.3f}"


def test_metadata_accuracy_per_field(results):
    wrong: dict[str, list[str]] = {f: [] for f in METADATA_FIELDS}
    for gold, review in results:
        for field in METADATA_FIELDS:
            if _norm(getattr(review, field)) != _norm(gold.review.get(field, "")):
                wrong[field].append(f"{gold.stem}: {getattr(review, field)!r} != {gold.review.get(field)!r}")
    for field, misses in wrong.items():
        accuracy = 1 - len(misses) / len(results)
        assert accuracy >= 0.90, f"{field} accuracy {accuracy:.2f}: " + "; ".join(misses)


def test_extraction_is_repeatable(results):
    gold, review = results[0]
    assert extract_review(gold.document) == review


def test_extraction_figures_do_not_fall_below_the_ratchet(results):
    from search_app.eval.evaluation import ratchet_regressions
    from search_app.eval.extraction import score_extraction

    ratchet = json.loads((PROJECT_ROOT / "tests" / "quality_ratchet.json").read_text(encoding="utf-8"))
    extraction_keys = {k: v for k, v in ratchet.items() if k.startswith("extraction.")}
    assert extraction_keys, "the ratchet records the extraction figures"
    report = {"extraction": score_extraction(results)}
    assert ratchet_regressions(report, extraction_keys) == []


def test_conventions_figures_do_not_fall_below_the_ratchet():
    """Development conventions, the earlier held-out set (used for development since
    2026-12-05) and, once listed, blind held-out set 2 (corpus/CONVENTIONS.md), scored
    as `lessons eval` does."""
    from search_app.eval.conventions import evaluate_conventions
    from search_app.eval.evaluation import ratchet_regressions

    ratchet = json.loads((PROJECT_ROOT / "tests" / "quality_ratchet.json").read_text(encoding="utf-8"))
    keys = {k: v for k, v in ratchet.items() if k.startswith("extraction.conventions.")}
    assert any(".held_out." in k for k in keys) and any(".development." in k for k in keys)
    conventions = evaluate_conventions(CORPUS)
    assert set(conventions) == {"development", "held_out", "blind_held_out"}
    for part in conventions.values():
        assert part.get("front_matter_lessons", 0) == 0, part["name"]
    if conventions["blind_held_out"]["documents"]:
        # Blind set 2 is merged: its figures, read once, become the floor it is held to.
        assert any(".blind_held_out." in k for k in keys), (
            "set extraction.conventions.blind_held_out.* in tests/quality_ratchet.json from `lessons eval`"
        )
    assert ratchet_regressions({"extraction": {"conventions": conventions}}, keys) == []
