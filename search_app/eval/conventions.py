"""Evaluation: extraction measured on the conventions corpus, development and held-out apart.

`corpus/conventions/dev` and `corpus/conventions/heldout` hold documents laid
out in the conventions of `corpus/CONVENTIONS.md`, with gold beside them.
Rules are developed by reading the development documents only; the held-out
figure is the one to expect on review documents laid out in ways the
extractor was not written for. Both are scored like the sample corpus
(lessons matched by text), plus the lesson titles where the gold has one,
lessons taken from contents pages or introductions, and a breakdown by
convention.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from ingest import IngestFailure, extract_review
from ingest.records import Review
from nlp.gold import GoldReview, load_review_gold
from search_app.eval.evaluation import match_lessons, score_extraction

PARTS = (("development", "dev"), ("held_out", "heldout"))
FRONT_MATTER = re.compile(
    r"\b(?:contents|introduction|terms\s+of\s+reference|methodology|chronology|background)\b", re.I
)


def conventions_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "conventions"


def evaluate_conventions(
    corpus_dir: Path, max_pages: int = 1000, max_bytes: int = 200_000_000, ocr: str = "auto"
) -> dict:
    """{"development": figures, "held_out": figures} for the conventions corpus, or {} without one.
    `ocr` is the OCR engine setting for its scanned documents."""
    root = conventions_dir(corpus_dir)
    report: dict = {}
    for key, folder in PARTS:
        if not (root / folder / "gold").is_dir():
            continue
        gold = load_review_gold(root / folder)
        outcomes: list[tuple[GoldReview, Review | IngestFailure]] = []
        for g in gold:
            try:
                outcomes.append((g, extract_review(g.document, max_pages=max_pages, max_bytes=max_bytes, ocr=ocr)))
            except IngestFailure as exc:
                outcomes.append((g, exc))
        report[key] = score_conventions(outcomes)
    return report


def _raw(g: GoldReview) -> dict:
    return json.loads((g.document.parent.parent / "gold" / f"{g.stem}.json").read_text(encoding="utf-8"))


def score_conventions(outcomes: Sequence[tuple[GoldReview, Review | IngestFailure]]) -> dict:
    """The sample corpus's figures, plus titles, front-matter lessons and each convention's recall."""
    scores = score_extraction(outcomes)
    titles_right = titles = front = 0
    by_convention: dict[str, dict[str, int]] = {}
    extracted = [(g, review) for g, review in outcomes if isinstance(review, Review)]
    for (g, review), row in zip(extracted, scores["per_review"]):
        raw = _raw(g)
        convention = raw.get("convention", "")
        row["convention"] = convention
        counts = by_convention.setdefault(convention, {"gold": 0, "matched": 0, "extracted": 0})
        counts["gold"] += row["gold"]
        counts["matched"] += row["matched"]
        counts["extracted"] += row["extracted"]
        matched = match_lessons([l.text for l in g.lessons], [l.text for l in review.lessons])
        for fi, gi in matched.items():
            want = raw["lessons"][gi].get("title", "")
            if want:
                titles += 1
                titles_right += _norm(getattr(review.lessons[fi], "title", "")) == _norm(want)
        for fi, lesson in enumerate(review.lessons):
            if fi not in matched and FRONT_MATTER.search(lesson.section or ""):
                front += 1
    scores["title_accuracy"] = round(titles_right / titles, 4) if titles else 1.0
    scores["titles"] = titles
    scores["front_matter_lessons"] = front
    scores["by_convention"] = {
        c: {
            **v,
            "recall": round(v["matched"] / v["gold"], 4) if v["gold"] else 0.0,
            "precision": round(v["matched"] / v["extracted"], 4) if v["extracted"] else 0.0,
        }
        for c, v in sorted(by_convention.items())
    }
    return scores


def _norm(value: object) -> str:
    return " ".join(re.findall(r"\w+", str(value or "").lower()))
