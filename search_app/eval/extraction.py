"""Evaluation, extraction: lessons and metadata of extracted reviews against the gold.

Lessons are matched to gold lessons by their text (token sequence
similarity), one to one, within the same review; a lesson counts when its
text matches the gold closely (ratio >= MATCH_THRESHOLD).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher

from ingest import IngestFailure, extract_review
from ingest.records import Review
from nlp.gold import GoldReview
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
