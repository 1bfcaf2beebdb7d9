"""Evaluation: the leave-one-convention-out measurement of a block classifier for segmentation.

Units are labelled from the gold (start, continuation, other), segmentation
follows the labels, and on a small conventions corpus the test makes, each
convention is predicted by a model trained on the others only.
"""

from __future__ import annotations

import json
import shutil

import pytest

from ingest import extract_review
from ingest.layout import Block
from ingest.second_opinion_model import document_units
from search_app.eval.extraction import match_lessons
from search_app.eval.loco_blind import blind_sets, first_contact_lessons, gold_documents, leave_one_set_out
from search_app.eval.loco_conventions import gold_labels, keep_once, leave_one_convention_out, segment
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


STEMS = (
    "c01_2015_tameside_baby_b",
    "c01_2020_knowsley_zara",
    "c02_2018_bracknell_forest_child_d",
    "c02_2023_rutland_child_y",
    "c19_2013_milton_keynes_child_y",
    "c19_2018_north_lincolnshire_child_a",
)


def _small_corpus(tmp_path, held_out: str) -> int:
    """Six development documents of three conventions copied to a corpus of the test's own; their
    gold lessons counted."""
    root = tmp_path / "corpus" / "conventions"
    gold_total = 0
    for stem in STEMS:
        for sub, pattern in (("gold", f"{stem}.json"), ("reviews", f"{stem}.*")):
            (root / "dev" / sub).mkdir(parents=True, exist_ok=True)
            for path in (CONVENTIONS / "dev" / sub).glob(pattern):
                shutil.copy(path, root / "dev" / sub / path.name)
        gold_total += len(json.loads((root / "dev" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["lessons"])
    (root / "heldout.txt").write_text(held_out, encoding="utf-8")
    return gold_total


def test_each_convention_is_predicted_by_a_model_trained_on_the_others(tmp_path):
    gold_total = _small_corpus(tmp_path, "# none\n")
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


HELD_OUT = (
    "# Held out from rule development\n"
    "# Blind held-out conventions (C01): the first set's header names no number\nC01\n"
    "# Blind held-out set 2 (C02)\nC02\n"
    "# Blind held-out set 3 (C19): the judge\nC19\n"
)


def test_blind_sets_are_read_in_order_and_the_judge_is_never_among_the_documents(tmp_path):
    _small_corpus(tmp_path, HELD_OUT)
    assert blind_sets(tmp_path / "corpus" / "conventions" / "heldout.txt") == [("C01",), ("C02",), ("C19",)]
    docs = gold_documents(tmp_path / "corpus")
    assert sorted({(d.convention, d.blind_set) for d in docs}) == [("C01", 1), ("C02", 2)]
    judged = gold_documents(tmp_path / "corpus", include_judge=True)
    assert {d.convention for d in judged} == {"C01", "C02", "C19"}


def test_each_blind_set_is_predicted_without_it_beside_the_rules_it_met_first(tmp_path):
    _small_corpus(tmp_path, HELD_OUT)
    docs = gold_documents(tmp_path / "corpus")
    # The rules' lessons at first contact stand in here as this extractor's rules, with one lesson
    # of set 1's first document lost, as a set's first contact loses lessons.
    first = {d.blind_set: {} for d in docs}
    for d in docs:
        first[d.blind_set][str(d.path)] = [l.text for l in extract_review(d.path, second_opinion=False).lessons]
    lost = docs[0]
    first[1][str(lost.path)] = first[1][str(lost.path)][1:]
    report = leave_one_set_out(tmp_path / "corpus", first)
    assert report["sets"] == 2 and set(report["by_set"]) == {"1", "2"}
    gold = sum(len(d.gold) for d in docs)
    for name in ("rules_first_contact", "classifier", "classifier_kept_once", "oracle", "rules_plus_additions"):
        assert report[name]["gold"] == gold
    rules, both = report["rules_first_contact"], report["rules_plus_additions"]
    assert rules["matched"] == gold - 1
    assert both["extracted"] >= rules["extracted"] and both["matched"] >= rules["matched"]


def test_first_contact_lessons_come_from_the_extractor_of_the_commit_named():
    document = next((CONVENTIONS / "dev" / "reviews").glob(f"{STEMS[0]}.*"))
    gold = json.loads((CONVENTIONS / "dev" / "gold" / f"{STEMS[0]}.json").read_text(encoding="utf-8"))["lessons"]
    # HEAD's extractor, exported and run apart (a shallow checkout has HEAD, if no older commit)
    old = first_contact_lessons(PROJECT_ROOT, "HEAD", [document])
    assert list(old) == [str(document)]
    assert len(match_lessons([g["text"] for g in gold], old[str(document)])) == len(gold) == len(old[str(document)])


def test_a_first_contact_cache_written_in_another_checkout_names_the_same_documents():
    from search_app.eval.check_cases import _by_corpus_path, _corpus_path

    here = _corpus_path("/work/one/corpus/conventions/heldout/reviews/c37_a.pdf")
    cached = _by_corpus_path({"/work/other/corpus/conventions/heldout/reviews/c37_a.pdf": {"lessons": []}})
    assert here == "corpus/conventions/heldout/reviews/c37_a.pdf" and here in cached
    assert _corpus_path("corpus/gold/x.pdf") == "corpus/gold/x.pdf"


def test_the_check_experiment_narrows_the_proposals_to_sections_left_empty_and_labels_them_again():
    from ingest.layout import Block
    from ingest.lesson_check import Candidate
    from ingest.second_opinion_model import document_units
    from search_app.eval.check_cases import DocCase, proposals_in

    missed = "Leaders should make sure that supervision asks what the child's day is like for the child."
    units = document_units(
        [
            Block(kind="para", text=missed, page_start=1, page_end=1),
            Block(kind="para", text=missed, page_start=2, page_end=2),
        ]
    )
    # the same missed lesson proposed twice: inside a section the rules read and in one they left empty
    inside = Candidate((units[0],), 0, {"section_read": 1}, False)
    empty = Candidate((units[1],), 1, {"section_read": 0}, False)
    case = DocCase(
        1, True, [missed], 2, [], [], [], [], candidates=[inside, empty], candidate_labels=[1, 0], missed=[missed]
    )
    assert proposals_in([case], True) == [case]
    (narrowed,) = proposals_in([case], False)
    # one to one: the proposal left now matches the missed lesson the other one had taken
    assert narrowed.candidates == [empty] and narrowed.candidate_labels == [1]
    assert case.candidates == [inside, empty]


def test_the_boosted_add_model_learns_what_tells_a_proposal_apart():
    from search_app.eval.check_points import BoostedCheck

    right = {"directive": 1, "section_read": 0, "sureness": 0.9}
    extra = {"narrative": 3, "date": 1, "section_read": 1, "sureness": 0.4}
    model = BoostedCheck([right, extra] * 20, [1, 0] * 20)
    yes, no = model.probabilities([right, extra])
    assert yes > 0.9 and no < 0.1
    assert BoostedCheck([right] * 3, [0] * 3).probabilities([right, extra]) == [0.0, 0.0]


def _scored_case(gold: int, candidate_scores: list[float], candidate_labels: list[int], rule_labels=()):
    """A case whose proposals carry one feature, `score`, that LinearCheck({"score": 1}) turns into
    P = sigmoid(score): the probabilities below are given as such."""
    import math

    from ingest.lesson_check import Candidate
    from search_app.eval.check_cases import DocCase

    logit = [math.log(p / (1 - p)) for p in candidate_scores]
    found = [Candidate((), i, {"score": x}, False) for i, x in enumerate(logit)]
    return DocCase(
        1,
        False,
        [f"lesson {i}" for i in range(gold)],
        1,
        [],
        [],
        [{} for _ in rule_labels],
        list(rule_labels),
        candidates=found,
        candidate_labels=candidate_labels,
    )


def test_the_tolerance_add_point_lets_the_development_datas_surest_extras_through_and_no_more():
    from ingest.lesson_check import LinearCheck
    from search_app.eval.check_points import add_point, safe_point, tolerant_add_point

    add = LinearCheck({"score": 1.0}, 0.0)
    keep = LinearCheck({}, 50.0)
    # one outlier extra at 0.99, two more at 0.6 and 0.5, a right proposal at 0.8
    case = _scored_case(1000, [0.99, 0.8, 0.6, 0.5], [0, 1, 0, 0])
    safe = safe_point([case], keep, add)
    assert safe[1] == pytest.approx(0.99, abs=1e-4)  # the outlier sets the safe point: the right one stays out
    # one extra per 1,000 gold lessons: the outlier is let through, the right proposal added, 0.6 kept out
    at = tolerant_add_point([case], add, 0.001)
    assert 0.6 < at < 0.61
    assert add_point("tolerance", [case], add, safe, tolerance=0.001) == at
    assert add_point("safe", [case], add, safe) == safe[1]
    # twice the lessons, twice the extras allowed; none allowed is the safe point
    assert 0.5 < tolerant_add_point([case, _scored_case(1000, [], [])], add, 0.001) < 0.51
    assert tolerant_add_point([case], add, 0.0) == pytest.approx(safe[1])
    # fewer extras than allowed: every proposal is added
    assert tolerant_add_point([_scored_case(5000, [0.9, 0.3], [0, 1])], add, 0.001) == 0.0


def test_the_f1_add_point_is_the_least_sure_point_with_the_best_f1_on_the_training_predictions():
    from search_app.eval.check_points import add_point, f1_add_point

    # four gold lessons, two of them right rule lessons, the other two proposed at 0.9 and 0.7;
    # an extra proposed at 0.5; a rule lesson the keep model is 0.8 sure is an extra (right, though)
    case = _scored_case(4, [0.9, 0.7, 0.5], [1, 1, 0], rule_labels=[1, 1])
    predictions = [(case, [0.95, 0.2], [0.9, 0.7, 0.5])]
    at = f1_add_point(predictions, drop_at=1.01)
    assert 0.5 < at <= 0.7  # both right proposals in, the extra out: F1 1.0
    # with the drop point at 0.8 the second rule lesson goes; the best add point is the same
    assert f1_add_point(predictions, drop_at=0.8) == at
    assert add_point("f1", [], None, (1.01, 0.95), predictions) == at
    with pytest.raises(ValueError):
        add_point("f1", [], None, (1.01, 0.95))
    with pytest.raises(ValueError):
        add_point("median", [], None, (1.01, 0.95))


def test_a_blind_set_left_out_is_neither_a_fold_nor_development_data(tmp_path):
    from search_app.eval.check_cases import measured_documents

    _small_corpus(tmp_path, HELD_OUT)
    # the judge, set 3, has a first contact on record (FIRST_CONTACT), so it is measured data
    assert {d.blind_set for d in measured_documents(tmp_path / "corpus")} == {1, 2, 3}
    kept = measured_documents(tmp_path / "corpus", frozenset({3}))
    assert {(d.convention, d.blind_set) for d in kept} == {("C01", 1), ("C02", 2)}
