"""Tagging stage: theme quality on the corpus gold, held to the shared ratchet.

Runs the same theme evaluation as `lessons eval --part themes` (rules alone,
and rules plus the model cross-validated by review) and fails when a
`themes.*` figure falls below tests/quality_ratchet.json. Raise the ratchet
when the figures improve; never lower it to make this pass.
"""

from __future__ import annotations

import json

import pytest

from search_app.eval.evaluation import evaluate_themes, load_gold, ratchet_regressions, read_holdout
from search_app.settings import PROJECT_ROOT, Settings

RATCHET = PROJECT_ROOT / "tests" / "quality_ratchet.json"


@pytest.fixture(scope="module")
def report() -> dict:
    gold = load_gold(PROJECT_ROOT / "corpus")
    if not gold:
        pytest.skip("no gold lessons in corpus/gold")
    settings = Settings.load({"taxonomy": str(PROJECT_ROOT / "taxonomy.yaml")}, environ={})
    return {"themes": evaluate_themes(gold, settings, read_holdout(PROJECT_ROOT / "corpus"))}


def test_theme_figures_do_not_fall_below_the_ratchet(report):
    ratchet = {k: v for k, v in json.loads(RATCHET.read_text(encoding="utf-8")).items() if k.startswith("themes.")}
    assert ratchet, "the ratchet file has no themes.* figures"
    assert ratchet_regressions(report, ratchet) == []


def test_the_report_has_per_theme_scores_and_the_worst_five(report):
    combined = report["themes"]["combined"]
    assert len(combined["worst"]) == 5
    assert all(w["support"] >= 5 for w in combined["worst"])
    assert combined["per_theme"]["fam.domestic_abuse"]["support"] >= 5


def test_the_held_out_reviews_are_scored_apart(report):
    themes = report["themes"]
    held, development = themes["held_out"], themes["development"]
    assert len(held["reviews"]) == 8 and not set(held["reviews"]) & set(development["reviews"])
    assert held["lessons"] + development["lessons"] == themes["lessons"]
    for part in (held, development):
        assert 0 < part["rules"]["micro"]["f1"] <= 1 and 0 < part["combined"]["micro"]["f1"] <= 1


def test_the_per_theme_table_lists_every_theme_with_five_gold_lessons(report):
    from search_app.cli.eval_cmds import theme_table

    table = theme_table(report["themes"])
    combined = report["themes"]["combined"]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert len(rows) == combined["macro_themes"]
    first_line = table.splitlines()[0]
    assert all(f"`{w['theme']}`" in first_line for w in combined["worst"])
    domestic = next(r for r in rows if r.startswith("| `fam.domestic_abuse`"))
    assert f"| {combined['per_theme']['fam.domestic_abuse']['f1']:.2f} |" in domestic
