"""Evaluation: the leave-one-convention-out measurement of a block classifier for segmentation.

Units are labelled from the gold (start, continuation, other), segmentation
follows the labels, and on a small conventions corpus the test makes, each
convention is predicted by a model trained on the others only.
"""

from __future__ import annotations

import json
import shutil

from ingest.layout import Block
from search_app.eval.loco import document_units, gold_labels, keep_once, leave_one_convention_out, segment
from search_app.settings import PROJECT_ROOT

CONVENTIONS = PROJECT_ROOT / "corpus" / "conventions"
TITLE = "Fathers left out"
BODY = "The father was present at most visits but no agency asked about his history."
MORE = "Records named him only as a friend of the family."


def _blocks() -> list[Block]:
    return [
        Block(kind="heading", text="Introduction", page_start=1, page_end=1, level=1),
        Block(kind="para", text="This review was commissioned after a serious incident.", page_start=1, page_end=1),
        Block(kind="heading", text="Findings", page_start=1, page_end=1, level=1),
        Block(kind="heading", text=f"Finding 1: {TITLE}", page_start=1, page_end=1, level=2),
        Block(kind="para", text=BODY, page_start=1, page_end=1),
        Block(kind="para", text=MORE, page_start=1, page_end=1),
        Block(
            kind="para",
            text="Learning includes: seeing fathers; checking who lives in the home.",
            page_start=2,
            page_end=2,
        ),
    ]


def test_units_are_labelled_from_the_gold_and_segment_back_into_its_lessons():
    units = document_units(_blocks())
    gold = [f"{TITLE} {BODY} {MORE}", "Seeing fathers", "Checking who lives in the home"]
    labels = gold_labels(units, gold)
    assert labels == ["other", "other", "other", "start", "continuation", "continuation", "start", "start"]
    assert segment(units, labels) == gold
    # An inline list is split at its cues into one unit per item; the heading's words are features.
    assert units[-1].features["kind=inline"] == 1 and units[4].features["h:fathers"] == 1


def test_each_convention_is_predicted_by_a_model_trained_on_the_others(tmp_path):
    root = tmp_path / "corpus" / "conventions"
    stems = (
        "c01_2015_tameside_baby_b",
        "c01_2020_knowsley_zara",
        "c02_2018_bracknell_forest_child_d",
        "c02_2023_rutland_child_y",
        "c19_2013_milton_keynes_child_y",
        "c19_2018_north_lincolnshire_child_a",
    )
    gold_total = 0
    for stem in stems:
        for sub, pattern in (("gold", f"{stem}.json"), ("reviews", f"{stem}.*")):
            (root / "dev" / sub).mkdir(parents=True, exist_ok=True)
            for path in (CONVENTIONS / "dev" / sub).glob(pattern):
                shutil.copy(path, root / "dev" / sub / path.name)
        gold_total += len(json.loads((root / "dev" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["lessons"])
    (root / "heldout.txt").write_text("# none\n", encoding="utf-8")
    report = leave_one_convention_out(tmp_path / "corpus")
    assert report["conventions"] == 3 and report["documents"] == 6
    assert set(report["by_convention"]) == {"C01", "C02", "C19"}
    for name in ("classifier", "classifier_kept_once", "oracle", "rules_in_sample"):
        assert report[name]["gold"] == gold_total
        assert 0.0 <= report[name]["precision"] <= 1.0 and 0.0 <= report[name]["recall"] <= 1.0
    assert report["oracle"]["recall"] >= 0.9  # gold labels give back the gold lessons
    assert report["classifier"]["matched"] > 0
    assert report["classifier_kept_once"]["extracted"] <= report["classifier"]["extracted"]


def test_a_lesson_printed_again_is_kept_once_at_its_last_printing():
    assert keep_once([BODY, MORE, BODY + " ", TITLE]) == [MORE, BODY + " ", TITLE]
