"""Tagging stage: the gold lessons the theme model learns from.

corpus/gold/*.json: {"lessons": [{"text", "themes", "kind"?}]}, one file
per review; a lesson's review is its file's base name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class GoldLesson:
    review: str  # the gold file's base name
    text: str
    themes: tuple[str, ...]
    kind: str | None = None  # the lesson's kind, when the gold gives it


def gold_files(roots: Iterable[Path]) -> list[Path]:
    """corpus/gold/*.json under each corpus root (or the root itself if it is a gold folder)."""
    found: set[Path] = set()
    for root in map(Path, roots):
        folders = [root] if root.name == "gold" else [root / "gold"]
        if root.name == "reviews":
            folders.append(root.parent / "gold")
        for folder in folders:
            if folder.is_dir():
                found.update(folder.glob("*.json"))
    return sorted(found)


def read_gold(files: Iterable[Path], known_themes: set[str] | None = None) -> tuple[list[GoldLesson], list[str]]:
    """Gold lessons and a list of problems (unreadable files, unknown theme ids)."""
    lessons: list[GoldLesson] = []
    problems: list[str] = []
    for path in files:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            items = data["lessons"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            problems.append(f"{path}: cannot read gold lessons ({type(exc).__name__}: {exc})")
            continue
        for n, item in enumerate(items):
            text = item.get("text") if isinstance(item, dict) else None
            themes = item.get("themes") if isinstance(item, dict) else None
            if not isinstance(text, str) or not text.strip() or not isinstance(themes, list):
                problems.append(f"{path}: lesson {n} has no text or no themes list")
                continue
            unknown = [t for t in themes if known_themes is not None and t not in known_themes]
            if unknown:
                problems.append(f"{path}: lesson {n}: unknown theme(s) {', '.join(map(str, unknown))} ignored")
            kept = tuple(t for t in themes if known_themes is None or t in known_themes)
            kind = item.get("kind") if isinstance(item.get("kind"), str) else None
            lessons.append(GoldLesson(Path(path).stem, text, kept, kind))
    return lessons, problems
