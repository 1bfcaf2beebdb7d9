"""Evaluation: the conventions corpus's three parts, read from corpus/conventions/heldout.txt.

Development conventions, the earlier held-out sets (used for development
since their figures were read) and the latest blind held-out set (the
conventions under the last `# Blind held-out set N` header), each scored
apart; the ratchet
holds a part's figures only when the part scored documents.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from search_app.eval.conventions import (
    convention_gold,
    evaluate_conventions,
    read_held_out_list,
)
from search_app.eval.evaluation import ratchet_regressions
from search_app.settings import PROJECT_ROOT

CONVENTIONS = PROJECT_ROOT / "corpus" / "conventions"


def test_the_held_out_list_splits_at_the_blind_set_2_header(tmp_path):
    listed = tmp_path / "heldout.txt"
    listed.write_text(
        "# Conventions held out first\nC04\nC06\n# Blind held-out conventions (C37-C53)\nC37\n\n"
        "# Blind held-out set 2: C60 onward, written blind\n# written by another author\nC60\nC61\n",
        encoding="utf-8",
    )
    held = read_held_out_list(listed)
    assert held.earlier == ("C04", "C06", "C37")
    assert held.blind == ("C60", "C61") and held.blind_set == 2
    assert held.blind_name == "blind held-out (set 2)"
    assert [held.part(c) for c in ("C01", "C04", "C37", "C61")] == [
        "development",
        "held_out",
        "held_out",
        "blind_held_out",
    ]


def test_a_newer_blind_set_is_the_judge_and_the_one_before_it_becomes_earlier_held_out(tmp_path):
    listed = tmp_path / "heldout.txt"
    listed.write_text(
        "# Held out first\nC04\n# Blind held-out set 2 (C60-C61)\nC60\nC61\n"
        "# Blind held-out set 3 (C81 onward): fresh\nC81\n",
        encoding="utf-8",
    )
    held = read_held_out_list(listed)
    assert held.earlier == ("C04", "C60", "C61")
    assert held.blind == ("C81",) and held.blind_set == 3
    assert [held.part(c) for c in ("C02", "C60", "C81")] == ["development", "held_out", "blind_held_out"]


def test_without_a_blind_set_2_section_every_listed_convention_is_earlier_held_out(tmp_path):
    listed = tmp_path / "heldout.txt"
    listed.write_text("# Blind held-out conventions (C37-C53)\nC37\nC38\n", encoding="utf-8")
    held = read_held_out_list(listed)
    assert held.earlier == ("C37", "C38") and held.blind == () and held.blind_set == 0
    assert read_held_out_list(tmp_path / "missing.txt").earlier == ()


def test_the_repository_corpus_has_documents_in_the_parts_its_list_names():
    held = read_held_out_list(CONVENTIONS / "heldout.txt")
    parts = convention_gold(PROJECT_ROOT / "corpus")
    assert parts["development"] and parts["held_out"]
    assert bool(parts["blind_held_out"]) == bool(held.blind)
    # The earlier held-out set C04...C53 is scored as its own part, whatever folder it sits in.
    assert {"C04", "C37", "C53"} <= set(held.earlier)


def _copy(stem: str, source: Path, target: Path) -> None:
    for sub, pattern in (("gold", f"{stem}.json"), ("reviews", f"{stem}.*")):
        (target / sub).mkdir(parents=True, exist_ok=True)
        for path in (source / sub).glob(pattern):
            shutil.copy(path, target / sub / path.name)


def test_a_blind_set_2_is_scored_apart_and_held_by_the_ratchet_only_once_present(tmp_path):
    corpus = tmp_path / "corpus"
    root = corpus / "conventions"
    # Two development documents and two documents of a convention listed under the blind header,
    # which sit in heldout/ as the generator writes them.
    for stem in ("c01_2015_tameside_baby_b", "c01_2020_knowsley_zara"):
        _copy(stem, CONVENTIONS / "dev", root / "dev")
    for stem in ("c02_2018_bracknell_forest_child_d", "c02_2023_rutland_child_y"):
        _copy(stem, CONVENTIONS / "dev", root / "heldout")
    ratchet = {
        "extraction.conventions.development.lessons.recall": 0.99,
        "extraction.conventions.blind_held_out.lessons.recall": 0.99,
        "extraction.conventions.blind_held_out.kind_accuracy": 0.99,
    }

    (root / "heldout.txt").write_text("# Held out first\nC04\n", encoding="utf-8")
    without = evaluate_conventions(corpus)
    assert without["blind_held_out"]["documents"] == 0 and "lessons" not in without["blind_held_out"]
    assert without["development"]["documents"] == 4  # C02 is not listed: development, though in heldout/
    assert ratchet_regressions({"extraction": {"conventions": without}}, ratchet) == []

    (root / "heldout.txt").write_text("# Held out first\nC04\n# Blind held-out set 2 (C60+)\nC02\n", encoding="utf-8")
    report = evaluate_conventions(corpus)
    blind = report["blind_held_out"]
    assert blind["documents"] == 2 and blind["conventions"] == ["C02"]
    assert blind["lessons"]["gold"] > 0 and set(blind["by_convention"]) == {"C02"}
    assert report["development"]["conventions"] == ["C01"]
    assert report["held_out"]["documents"] == 0
    # Each document's row carries the counts its part's figures are made of.
    rows = blind["per_review"]
    assert sum(row["matched"] for row in rows) == blind["lessons"]["matched"]
    assert sum(row["kinds_right"] for row in rows) == round(blind["kind_accuracy"] * blind["lessons"]["matched"])
    assert sum(row["titles"] for row in rows) == blind["titles"]
    assert all(row["agencies_right"] <= row["agencies"] for row in rows)
    # Present, the blind figures are held: a floor above them is reported as a regression.
    too_high = {"extraction.conventions.blind_held_out.lessons.recall": blind["lessons"]["recall"] + 0.01}
    assert ratchet_regressions({"extraction": {"conventions": report}}, too_high) != []
