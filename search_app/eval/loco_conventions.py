"""Evaluation, leave one convention out: gold block labels, segmentation by labels, the classifier's figures.

Every block of a gold document is labelled from the gold as the start of a
lesson, its continuation or neither (gold_labels); segment turns labels
back into lessons; leave_one_convention_out fits the block classifier
without each convention in turn and scores it on that convention
(search_app/eval/loco.py says why, and runs it).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from ingest.extract import read_blocks
from ingest.second_opinion_model import Unit, document_units
from search_app.eval.conventions import convention_gold
from search_app.eval.extraction import MATCH_THRESHOLD, match_lessons, text_similarity

LABELS = ("start", "continuation", "other")
PREFIX_TOKENS = 6


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def gold_labels(units: list[Unit], gold_texts: list[str]) -> list[str]:
    """Each unit's label from the gold: it begins a gold lesson, lies inside one, or neither."""
    gold = [" ".join(_tokens(t)) for t in gold_texts]
    labels = []
    for unit in units:
        head = " ".join(_tokens(unit.text)[:PREFIX_TOKENS])
        if not head:
            labels.append("other")
        elif any(g.startswith(head) for g in gold):
            labels.append("start")
        elif any(f" {head}" in g for g in gold):
            labels.append("continuation")
        else:
            labels.append("other")
    return labels


def segment(units: list[Unit], labels: list[str]) -> list[str]:
    """Lesson texts from labelled units."""
    lessons: list[list[str]] = []
    open_lesson = False
    for unit, label in zip(units, labels):
        if label == "start" or (label == "continuation" and not open_lesson):
            lessons.append([unit.text])
            open_lesson = True
        elif label == "continuation":
            lessons[-1].append(unit.text)
        else:
            open_lesson = False
    return [" ".join(parts) for parts in lessons]


def keep_once(texts: list[str]) -> list[str]:
    """A lesson printed again (a summary or an appendix repeating the body) kept once: the last
    printing, since summaries come first."""
    kept: list[str] = []
    for text in reversed(texts):
        if not any(text_similarity(text, other) >= MATCH_THRESHOLD for other in kept):
            kept.append(text)
    return kept[::-1]


def _counts(found: list[str], gold: list[str]) -> tuple[int, int, int]:
    matched = len(match_lessons(gold, found))
    return matched, len(found), len(gold)


def _figures(tp: int, extracted: int, gold: int) -> dict:
    return {
        "precision": round(tp / extracted, 4) if extracted else 0.0,
        "recall": round(tp / gold, 4) if gold else 0.0,
        "matched": tp,
        "extracted": extracted,
        "gold": gold,
    }


def leave_one_convention_out(corpus_dir: Path) -> dict:
    """Lesson precision and recall of the block classifier, each convention predicted by a model
    trained on all the others, beside the oracle (gold labels) and the rule-based extractor
    (in-sample: it was developed on every convention measured here)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from ingest import extract_review

    docs = []  # (convention, units, labels, gold texts, rule texts)
    for part, reviews in convention_gold(corpus_dir).items():
        if part == "blind_held_out":
            continue  # the held-out judge is never trained or measured on here
        for g in reviews:
            raw = json.loads((g.document.parent.parent / "gold" / f"{g.stem}.json").read_text(encoding="utf-8"))
            texts = [l.text for l in g.lessons]
            units = document_units(read_blocks(g.document))
            if not units:
                continue  # a scanned document without OCR on this machine
            rules = [l.text for l in extract_review(g.document).lessons]
            docs.append((raw["convention"], units, gold_labels(units, texts), texts, rules))
    by_convention: dict[str, dict] = {}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for convention in sorted({d[0] for d in docs}):
        train = [d for d in docs if d[0] != convention]
        test = [d for d in docs if d[0] == convention]
        vectorizer = DictVectorizer()
        x = vectorizer.fit_transform([u.features for d in train for u in d[1]])
        y = [label for d in train for label in d[2]]
        model = LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced")
        model.fit(x, y)
        row = {}
        for name, labels_of in (
            ("classifier", lambda d: list(model.predict(vectorizer.transform([u.features for u in d[1]])))),
            ("classifier_kept_once", lambda d: list(model.predict(vectorizer.transform([u.features for u in d[1]])))),
            ("oracle", lambda d: d[2]),
            ("rules_in_sample", None),
        ):
            tp = extracted = gold = 0
            for d in test:
                found = d[4] if labels_of is None else segment(d[1], labels_of(d))
                if name == "classifier_kept_once":
                    found = keep_once(found)
                a, b, c = _counts(found, d[3])
                tp, extracted, gold = tp + a, extracted + b, gold + c
            row[name] = _figures(tp, extracted, gold)
            totals[name][0] += tp
            totals[name][1] += extracted
            totals[name][2] += gold
        by_convention[convention] = row
    return {
        "conventions": len(by_convention),
        "documents": len(docs),
        **{name: _figures(*counts) for name, counts in totals.items()},
        "by_convention": by_convention,
    }
