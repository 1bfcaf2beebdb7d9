"""Tagging stage: theme quality on the corpus gold, held to the shared ratchet.

Runs the same theme evaluation as `lessons eval --part themes` (rules alone,
and rules plus the model cross-validated by review) and fails when a
`themes.*` figure falls below tests/quality_ratchet.json. Raise the ratchet
when the figures improve; never lower it to make this pass.
"""

from __future__ import annotations

import json

import pytest

from search_app.evaluation import evaluate_themes, load_gold, ratchet_regressions
from search_app.settings import PROJECT_ROOT, Settings

RATCHET = PROJECT_ROOT / "tests" / "quality_ratchet.json"


@pytest.fixture(scope="module")
def report() -> dict:
    gold = load_gold(PROJECT_ROOT / "corpus")
    if not gold:
        pytest.skip("no gold lessons in corpus/gold")
    settings = Settings.load({"taxonomy": str(PROJECT_ROOT / "taxonomy.yaml")}, environ={})
    return {"themes": evaluate_themes(gold, settings)}


def test_theme_figures_do_not_fall_below_the_ratchet(report):
    ratchet = {k: v for k, v in json.loads(RATCHET.read_text(encoding="utf-8")).items() if k.startswith("themes.")}
    assert ratchet, "the ratchet file has no themes.* figures"
    assert ratchet_regressions(report, ratchet) == []


def test_the_report_has_per_theme_scores_and_the_worst_five(report):
    combined = report["themes"]["combined"]
    assert len(combined["worst"]) == 5
    assert all(w["support"] >= 5 for w in combined["worst"])
    assert combined["per_theme"]["fam.domestic_abuse"]["support"] >= 5
