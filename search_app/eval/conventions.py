"""Evaluation: extraction measured on the conventions corpus, in three parts.

`corpus/conventions/dev` and `corpus/conventions/heldout` hold documents laid
out in the conventions of `corpus/CONVENTIONS.md`, with gold beside them.
Which part a document is scored in is decided by its convention's place in
`corpus/conventions/heldout.txt`, never by its folder:

- "development": conventions not listed there;
- "held_out": the conventions listed before the latest blind set's section:
  the held-out sets spent as evidence once their figures were read, and used
  for development since (C04...C53 from 2026-12-05, blind set 2, C60-C80, from
  its first measurement the same day);
- "blind_held_out": the conventions listed under the last section whose
  header line starts with `# Blind held-out set N` (set 5, C116 onward, now),
  written by an author who never read the extractor; the figure to expect on
  new documents. Empty until such a section exists. When a new blind set is
  written, its section goes last and the set before it becomes "held_out".

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
from search_app.eval.extraction import match_lessons, score_extraction

FOLDERS = ("dev", "heldout")
PARTS = ("development", "held_out", "blind_held_out")
PART_NAMES = {
    "development": "development conventions",
    "held_out": "earlier held-out, used for development since 2026-12-05",
    "blind_held_out": "blind held-out",
}
BLIND_SET_HEADER = re.compile(r"#\s*Blind held-out set (\d+)")
FRONT_MATTER = re.compile(
    r"\b(?:contents|introduction|terms\s+of\s+reference|methodology|chronology|background)\b", re.I
)


@dataclass(frozen=True)
class HeldOutList:
    """corpus/conventions/heldout.txt read into its two sets of convention ids."""

    earlier: tuple[str, ...]  # before the latest blind set's section: now development data
    blind: tuple[str, ...]  # under the last `# Blind held-out set N` header: the held-out judge
    blind_set: int = 0  # that N (0: no blind set section)

    @property
    def blind_name(self) -> str:
        return (
            f"{PART_NAMES['blind_held_out']} (set {self.blind_set})" if self.blind_set else PART_NAMES["blind_held_out"]
        )

    def part(self, convention: str) -> str:
        if convention in self.blind:
            return "blind_held_out"
        if convention in self.earlier:
            return "held_out"
        return "development"


def read_held_out_list(path: Path) -> HeldOutList:
    """The held-out list: ids one a line, `#` comment lines; the ids after the last line
    that starts with `# Blind held-out set N` (to the end of the file) are the blind set,
    every id before it is earlier held-out."""
    sections: list[tuple[int, list[str]]] = [(0, [])]
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            header = BLIND_SET_HEADER.match(stripped)
            if header:
                sections.append((int(header.group(1)), []))
            elif stripped and not stripped.startswith("#"):
                sections[-1][1].append(stripped)
    if len(sections) == 1:
        return HeldOutList(tuple(sections[0][1]), ())
    earlier = [c for _, ids in sections[:-1] for c in ids]
    number, blind = sections[-1]
    return HeldOutList(tuple(earlier), tuple(blind), number)


def conventions_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "conventions"


def convention_gold(corpus_dir: Path) -> dict[str, list[GoldReview]]:
    """The conventions corpus's gold documents by part (every part present, maybe empty)."""
    root = conventions_dir(corpus_dir)
    listed = read_held_out_list(root / "heldout.txt")
    return _gold_by_part(root, listed)


def _gold_by_part(root: Path, listed: HeldOutList) -> dict[str, list[GoldReview]]:
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
    listed = read_held_out_list(root / "heldout.txt")
    names = {**PART_NAMES, "blind_held_out": listed.blind_name}
    report: dict = {}
    for part, gold in _gold_by_part(root, listed).items():
        if not gold:
            report[part] = {"name": names[part], "documents": 0, "conventions": []}
            continue
        outcomes: list[tuple[GoldReview, Review | IngestFailure]] = []
        for g in gold:
            try:
                outcomes.append((g, extract_review(g.document, max_pages=max_pages, max_bytes=max_bytes, ocr=ocr)))
            except IngestFailure as exc:
                outcomes.append((g, exc))
        scores = score_conventions(outcomes)
        report[part] = {
            "name": names[part],
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
        row["titles"] = row["titles_right"] = 0
        for fi, gi in matched.items():
            want = raw["lessons"][gi].get("title", "")
            if want:
                row["titles"] += 1
                row["titles_right"] += _norm(getattr(review.lessons[fi], "title", "")) == _norm(want)
        titles += row["titles"]
        titles_right += row["titles_right"]
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
