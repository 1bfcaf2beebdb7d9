"""Tagging stage: theme quality on the theme gold, held to the shared ratchet.

Runs the same theme evaluation as `lessons eval --part themes` (rules alone,
and rules plus the model: cross-validated by review on the development part,
trained on the development part for the held-out part) and fails when a
`themes.*` figure falls below tests/quality_ratchet.json. Raise the ratchet
when the figures improve; never lower it to make this pass.
"""

from __future__ import annotations

import json

import pytest

from nlp.gold import is_held_out, read_annotations, read_theme_gold
from search_app.eval.evaluation import ratchet_regressions
from search_app.eval.themes import evaluate_themes
from search_app.settings import PROJECT_ROOT, Settings

RATCHET = PROJECT_ROOT / "tests" / "quality_ratchet.json"


@pytest.fixture(scope="module")
def report() -> dict:
    lessons, problems = read_theme_gold([PROJECT_ROOT / "corpus"])
    assert lessons and not problems
    settings = Settings.load({"taxonomy": str(PROJECT_ROOT / "taxonomy.yaml")}, environ={})
    return {"themes": evaluate_themes(lessons, settings, read_annotations(PROJECT_ROOT / "corpus"))}


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
    assert all(is_held_out(r) for r in held["reviews"]) and not any(is_held_out(r) for r in development["reviews"])
    assert held["lessons"] + development["lessons"] == themes["lessons"]
    assert 0.15 < held["lessons"] / themes["lessons"] < 0.35  # about a quarter, by review
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


def test_the_annotators_agreement_is_reported_beside_the_scores(report):
    agreement = report["themes"]["agreement"]
    assert agreement["lessons"] == report["themes"]["lessons"]  # every gold lesson was labelled twice
    assert 0.5 < agreement["micro"]["f1"] < 1.0  # they agreed mostly, not always
    assert len(agreement["kappa"]) >= 50 and all(-1 <= k <= 1 for k in agreement["kappa"].values())
