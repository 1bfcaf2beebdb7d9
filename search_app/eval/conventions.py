"""Evaluation: extraction measured on the conventions corpus, in three parts.

`corpus/conventions/dev` and `corpus/conventions/heldout` hold documents laid
out in the conventions of `corpus/CONVENTIONS.md`, with gold beside them.
Which part a document is scored in is decided by its convention's place in
`corpus/conventions/heldout.txt`, never by its folder:

- "development": conventions not listed there;
- "held_out": the conventions listed before any blind set 2 section: the
  earlier held-out set (C04...C53), spent as evidence once its figures were
  read and used for development since 2026-12-05;
- "blind_held_out": the conventions listed under the final section whose
  header line starts with `# Blind held-out set 2` (C60 onward), written by
  an author who never read the extractor; the figure to expect on new
  documents. Empty until that section exists.

Each part is scored like the sample corpus (lessons matched by text), plus
the lesson titles where the gold has one, lessons taken from contents pages
or introductions, and a breakdown by convention.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest import IngestFailure, extract_review
from ingest.records import Review
from nlp.gold import GoldReview, load_review_gold
from search_app.eval.evaluation import match_lessons, score_extraction

FOLDERS = ("dev", "heldout")
PARTS = ("development", "held_out", "blind_held_out")
PART_NAMES = {
    "development": "development conventions",
    "held_out": "earlier held-out, used for development since 2026-12-05",
    "blind_held_out": "blind held-out (set 2)",
}
BLIND_SET_2_HEADER = "# Blind held-out set 2"
FRONT_MATTER = re.compile(
    r"\b(?:contents|introduction|terms\s+of\s+reference|methodology|chronology|background)\b", re.I
)


@dataclass(frozen=True)
class HeldOutList:
    """corpus/conventions/heldout.txt read into its two sets of convention ids."""

    earlier: tuple[str, ...]  # before any blind set 2 section: now development data
    blind_2: tuple[str, ...]  # under the `# Blind held-out set 2` header: the held-out judge

    def part(self, convention: str) -> str:
        if convention in self.blind_2:
            return "blind_held_out"
        if convention in self.earlier:
            return "held_out"
        return "development"


def read_held_out_list(path: Path) -> HeldOutList:
    """The held-out list: ids one a line, `#` comment lines; every id after a line that
    starts with `# Blind held-out set 2` (to the end of the file) is in blind set 2."""
    earlier: list[str] = []
    blind: list[str] = []
    in_blind = False
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith("#"):
                in_blind = in_blind or stripped.startswith(BLIND_SET_2_HEADER)
                continue
            if stripped:
                (blind if in_blind else earlier).append(stripped)
    return HeldOutList(tuple(earlier), tuple(blind))


def conventions_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "conventions"


def convention_gold(corpus_dir: Path) -> dict[str, list[GoldReview]]:
    """The conventions corpus's gold documents by part (every part present, maybe empty)."""
    root = conventions_dir(corpus_dir)
    listed = read_held_out_list(root / "heldout.txt")
    parts: dict[str, list[GoldReview]] = {part: [] for part in PARTS}
    for folder in FOLDERS:
        if not (root / folder / "gold").is_dir():
            continue
        for g in load_review_gold(root / folder):
            parts[listed.part(_raw(g).get("convention", ""))].append(g)
    return parts


def evaluate_conventions(
    corpus_dir: Path, max_pages: int = 1000, max_bytes: int = 200_000_000, ocr: str = "auto"
) -> dict:
    """{"development": figures, "held_out": figures, "blind_held_out": figures} for the
    conventions corpus, or {} without one. A part with no documents is reported as
    {"name": ..., "documents": 0} (no figures, so the ratchet skips it). `ocr` is the
    OCR engine setting for its scanned documents."""
    root = conventions_dir(corpus_dir)
    if not any((root / folder / "gold").is_dir() for folder in FOLDERS):
        return {}
    report: dict = {}
    for part, gold in convention_gold(corpus_dir).items():
        if not gold:
            report[part] = {"name": PART_NAMES[part], "documents": 0, "conventions": []}
            continue
        outcomes: list[tuple[GoldReview, Review | IngestFailure]] = []
        for g in gold:
            try:
                outcomes.append((g, extract_review(g.document, max_pages=max_pages, max_bytes=max_bytes, ocr=ocr)))
            except IngestFailure as exc:
                outcomes.append((g, exc))
        scores = score_conventions(outcomes)
        report[part] = {
            "name": PART_NAMES[part],
            "documents": len(gold),
            "conventions": sorted({_raw(g).get("convention", "") for g in gold}),
            **scores,
        }
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
