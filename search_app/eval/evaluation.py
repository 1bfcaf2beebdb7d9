"""Evaluation: measure extraction, metadata, tagging and search against the gold.

The gold lives beside the sample corpus: `corpus/gold/NAME.json` for the
review file `corpus/reviews/NAME.*`, and `corpus/queries.yaml` for the search
query set with graded judgments. Every quality figure the project quotes is
printed by `lessons eval`, through `evaluate` here: extraction and metadata
(search_app/eval/extraction.py), themes (themes.py) and search
(search_quality.py); the ratchet holds them at their recorded level.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nlp.gold import load_review_gold, read_annotations, read_theme_gold
from search_app.eval.extraction import evaluate_extraction
from search_app.eval.search_quality import evaluate_search
from search_app.eval.themes import evaluate_themes
from search_app.settings import Settings

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
