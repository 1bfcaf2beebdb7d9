"""Gold stage: the one reader of the gold the project is measured and trained on.

Two sources, both under a corpus folder:

- `gold/NAME.json`: one file per sample review (`reviews/NAME.*`), with the
  review's metadata and its lessons (kind, label, text, pages, agency,
  themes). Extraction, metadata and search are measured against these, and
  their lessons are theme gold too.
- `themes/bank.jsonl`: the lesson bank, theme gold only: one lesson a line
  with its fictional review, kind, label, heading, text and themes.

`themes/annotations/{A,B}.jsonl` hold the two annotators' labels before
adjudication (corpus/themes/README.md says how the gold was made).

The held-out quarter of the theme gold is fixed by review id
(`is_held_out`), never by reading the lessons.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

BANK_FILE = Path("themes") / "bank.jsonl"
ANNOTATIONS_DIR = Path("themes") / "annotations"
ANNOTATORS = ("A", "B")


@dataclass(frozen=True)
class GoldLesson:
    review: str  # the gold file's stem, or the bank lesson's review id
    id: str  # "<stem>#<n>" for a sample review's lesson, the bank's own id otherwise
    text: str
    themes: tuple[str, ...]
    kind: str | None = None
    label: str = ""
    heading: str = ""
    page_start: int = 0
    page_end: int = 0
    agency: str = ""
    index: int = 0  # position in its gold file (a sample review's lesson)

    @property
    def tagged_text(self) -> str:
        """What the tagger reads: the heading, when the lesson has its own, then the text."""
        return f"{self.heading}. {self.text}" if self.heading else self.text


@dataclass(frozen=True)
class GoldReview:
    stem: str
    document: Path
    review: dict
    lessons: tuple[GoldLesson, ...]


def is_held_out(review: str) -> bool:
    """Whether a review's lessons are in the held-out quarter of the theme gold."""
    return int(hashlib.sha256(review.encode("utf-8")).hexdigest(), 16) % 4 == 0


def _corpus_dirs(roots: Iterable[Path]) -> list[Path]:
    """Corpus folders from the given roots (a corpus folder, its gold/ or its reviews/)."""
    found: list[Path] = []
    for root in map(Path, roots):
        folder = root.parent if root.name in ("gold", "reviews") else root
        if folder not in found:
            found.append(folder)
    return found


def load_review_gold(corpus_dir: Path) -> list[GoldReview]:
    """Every gold/*.json under corpus_dir, with the review document it describes."""
    reviews = []
    for path in sorted((Path(corpus_dir) / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        document = _find_document(Path(corpus_dir), data.get("file", ""), path.stem)
        lessons = tuple(_review_lesson(path.stem, i, item) for i, item in enumerate(data["lessons"]))
        reviews.append(GoldReview(path.stem, document, data["review"], lessons))
    return reviews


def _review_lesson(stem: str, n: int, item: dict) -> GoldLesson:
    return GoldLesson(
        review=stem,
        id=f"{stem}#{n}",
        index=n,
        text=item["text"],
        themes=tuple(item.get("themes", ())),
        kind=item.get("kind"),
        label=item.get("label", ""),
        heading=item.get("heading", ""),
        page_start=int(item.get("page_start", 0)),
        page_end=int(item.get("page_end", 0)),
        agency=item.get("agency", ""),
    )


def _find_document(corpus_dir: Path, named: str, stem: str) -> Path:
    if named:
        for candidate in (corpus_dir / named, corpus_dir / "reviews" / Path(named).name):
            if candidate.is_file():
                return candidate
    for candidate in sorted((corpus_dir / "reviews").glob(stem + ".*")):
        if not candidate.name.endswith(".meta.yaml"):
            return candidate
    raise FileNotFoundError(f"no review document for gold file {stem}")


def read_theme_gold(roots: Iterable[Path], known_themes: set[str] | None = None) -> tuple[list[GoldLesson], list[str]]:
    """Every theme-gold lesson under the corpus folders (sample reviews' lessons,
    then the bank's), and a list of problems (unreadable files, lessons without
    text or themes, unknown theme ids, which are dropped)."""
    lessons: list[GoldLesson] = []
    problems: list[str] = []
    for corpus in _corpus_dirs(roots):
        for path in sorted((corpus / "gold").glob("*.json")):
            try:
                items = json.loads(path.read_text(encoding="utf-8"))["lessons"]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                problems.append(f"{path}: cannot read gold lessons ({type(exc).__name__}: {exc})")
                continue
            for n, item in enumerate(items):
                lessons += _checked(path, n, item, known_themes, problems, lambda i: _review_lesson(path.stem, n, i))
        bank = corpus / BANK_FILE
        if bank.is_file():
            for n, line in enumerate(bank.read_text(encoding="utf-8").splitlines()):
                try:
                    item = json.loads(line)
                except ValueError as exc:
                    problems.append(f"{bank}: line {n + 1} is not JSON ({exc})")
                    continue
                lessons += _checked(bank, n, item, known_themes, problems, _bank_lesson)
    return lessons, problems


def _bank_lesson(item: dict) -> GoldLesson:
    return GoldLesson(
        review=item["review"],
        id=item["id"],
        text=item["text"],
        themes=tuple(item["themes"]),
        kind=item.get("kind"),
        label=item.get("label", ""),
        heading=item.get("heading", ""),
    )


def _checked(path, n, item, known_themes, problems, make) -> list[GoldLesson]:
    text = item.get("text") if isinstance(item, dict) else None
    themes = item.get("themes") if isinstance(item, dict) else None
    if not isinstance(text, str) or not text.strip() or not isinstance(themes, list):
        problems.append(f"{path}: lesson {n} has no text or no themes list")
        return []
    unknown = [t for t in themes if known_themes is not None and t not in known_themes]
    if unknown:
        problems.append(f"{path}: lesson {n}: unknown theme(s) {', '.join(map(str, unknown))} ignored")
    lesson = make({**item, "themes": [t for t in themes if known_themes is None or t in known_themes]})
    return [lesson]


def read_annotations(corpus_dir: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each annotator's labels before adjudication: annotator -> lesson id -> themes."""
    labels: dict[str, dict[str, tuple[str, ...]]] = {}
    for name in ANNOTATORS:
        path = Path(corpus_dir) / ANNOTATIONS_DIR / f"{name}.jsonl"
        if path.is_file():
            rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
            labels[name] = {row["id"]: tuple(row["themes"]) for row in rows}
    return labels
