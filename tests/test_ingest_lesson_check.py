"""Ingest: the learned check on the lessons (drop sure extras, add sure proposals).

The documents are laid out here as blocks, as the readers give them. The
check's features are read off a document whose lessons are known; a small
check is fitted to rows of the same shape, so what it says is known; and the
shipped check, when there is one, is checked to load and to keep a plainly
right lesson.
"""

from __future__ import annotations

import math

from ingest.layout import Block
from ingest.lesson_check import (
    CheckModel,
    LinearCheck,
    check_lessons,
    fit_linear,
    lesson_features,
    shipped_check,
)
from ingest.records import Lesson
from ingest.second_opinion_model import document_units, shipped_model

RIGHT = "Agencies should ask about every adult who lives in the home and record what they are told about him."
EXTRA = "On 3 March 2019 the health visitor visited and the mother said the father was at work."


def _document() -> tuple[list[Block], list[Lesson]]:
    blocks = [
        Block(kind="heading", text="Background", page_start=1, page_end=1, level=1),
        Block(kind="para", text=EXTRA, page_start=1, page_end=1),
        Block(kind="heading", text="Recommendations", page_start=2, page_end=2, level=1),
        Block(kind="para", text=f"Recommendation 1: {RIGHT}", page_start=2, page_end=2),
    ]
    lessons = [
        Lesson(1, "finding", "", EXTRA, "Background", 1, 1),
        Lesson(2, "recommendation", "Recommendation 1", RIGHT, "Recommendations", 2, 2, title="Adults at home"),
    ]
    return blocks, lessons


def test_a_lessons_features_are_read_off_its_text_section_and_place():
    blocks, lessons = _document()
    narrative, directive = lesson_features(lessons, document_units(blocks), page_count=2)
    assert narrative["date"] == 1 and narrative["narrative"] >= 2 and narrative["directive"] == 0
    assert narrative["label=none"] == 1 and narrative["h:background"] == 1 and narrative["first"] == 1
    assert narrative["position=0"] == 1 and narrative["page=0"] == 1 and narrative["title"] == 0
    assert directive["directive"] == 1 and directive["date"] == 0 and directive["title"] == 1
    assert directive["label=recommendation 9"] == 1 and directive["kind=recommendation"] == 1
    assert directive["h:recommendations"] == 1 and directive["ends_list"] == 1 and directive["share=1"] == 1
    assert directive["position=2"] == 1 and directive["page=2"] == 1
    assert directive["block=para"] == 1 and directive["w:agencies"] == 1


def _check(drop_at: float) -> CheckModel:
    right = {"directive": 1, "kind=recommendation": 1, "h:recommendations": 1}
    extra = {"narrative": 3, "date": 1, "h:background": 1}
    keep = fit_linear([right, extra] * 10, [1, 0] * 10)
    return CheckModel(keep, LinearCheck({}, -50.0), drop_at=drop_at, add_at=1.01)


def test_the_check_keeps_a_plainly_right_lesson_and_drops_an_extra_it_is_sure_of():
    blocks, lessons = _document()
    checked = check_lessons(blocks, lessons, 2, _check(0.9), shipped_model())
    assert [lesson.text for lesson in checked] == [RIGHT]
    assert checked[0].ordinal == 1 and checked[0].title == "Adults at home"
    # Past its operating point it leaves the lessons as they are.
    assert check_lessons(blocks, lessons, 2, _check(1.01), shipped_model()) == lessons


def test_the_check_survives_its_json_form():
    check = _check(0.9)
    again = CheckModel.from_json(check.to_json())
    blocks, lessons = _document()
    rows = lesson_features(lessons, document_units(blocks), 2)
    for a, b in zip(check.keep.probabilities(rows), again.keep.probabilities(rows)):
        assert math.isclose(a, b, abs_tol=1e-5)
    assert again.drop_at == 0.9 and again.add_at == 1.01


def test_the_shipped_check_keeps_a_plainly_right_lesson():
    check = shipped_check()
    assert check is not None, "ingest/lesson_check.json is missing: python -m search_app.eval.loco --train-check"
    blocks, lessons = _document()
    kept = check_lessons(blocks, lessons[1:], 2, check, shipped_model())
    assert RIGHT in [lesson.text for lesson in kept]


def test_proposals_inside_a_section_the_rules_read_are_kept_out_unless_asked_for():
    import numpy as np

    from ingest.lesson_check import candidates

    near = "Practitioners should check the records of every agency before a strategy discussion is closed."
    empty = "Leaders should make sure that supervision asks what the child's day is like for the child."
    blocks = [
        Block(kind="heading", text="Findings", page_start=1, page_end=1, level=1),
        Block(kind="para", text=f"Finding 1: {RIGHT}", page_start=1, page_end=1),
        Block(kind="para", text=f"Finding 2: {near}", page_start=1, page_end=1),
        Block(kind="heading", text="Learning", page_start=2, page_end=2, level=1),
        Block(kind="para", text=empty, page_start=2, page_end=2),
    ]
    units = document_units(blocks)
    # the block model's probabilities (start, continuation, other) set by hand: the two paragraphs start
    p = np.array([[0.8, 0.1, 0.1] if u.text in (near, empty) else [0.05, 0.05, 0.9] for u in units])
    assert [c.text for c in candidates(units, p, [RIGHT])] == [empty]
    both = candidates(units, p, [RIGHT], inside_read=True)
    assert [c.text for c in both] == [near, empty]
    beside, alone = (c.features for c in both)
    assert beside["section_read"] == 1 and beside["gap=1"] == 1 and beside["w:practitioners"] == 1
    assert beside["label"] == 1
    assert alone["section_read"] == 0 and alone["gap=2"] == 1 and alone["rule_lessons=1"] == 1


def test_a_check_that_proposes_inside_read_sections_adds_there_and_says_so_in_its_json_form():
    import json

    import numpy as np

    from ingest.second_opinion import ScoredUnits

    near = "Practitioners should check the records of every agency before a strategy discussion is closed."
    blocks = [
        Block(kind="heading", text="Findings", page_start=1, page_end=1, level=1),
        Block(kind="para", text=f"Finding 1: {RIGHT}", page_start=1, page_end=1),
        Block(kind="para", text=f"Finding 2: {near}", page_start=1, page_end=1),
    ]
    lessons = [Lesson(1, "finding", "Finding 1", RIGHT, "Findings", 1, 1)]
    units = document_units(blocks)
    p = np.array([[0.8, 0.1, 0.1] if u.text == near else [0.05, 0.05, 0.9] for u in units])
    scored = ScoredUnits(units, p)
    keep_all, add_all = LinearCheck({}, 50.0), LinearCheck({}, 50.0)
    outside = CheckModel(keep_all, add_all, drop_at=1.01, add_at=0.5)
    inside = CheckModel(keep_all, add_all, drop_at=1.01, add_at=0.5, inside_read=True)
    # the same check, sure of every proposal: only the one that may look inside the section adds
    assert check_lessons(blocks, lessons, 1, outside, scored=scored) == lessons
    added = check_lessons(blocks, lessons, 1, inside, scored=scored)
    assert [lesson.text for lesson in added] == [RIGHT, near] and [l.ordinal for l in added] == [1, 2]
    again = CheckModel.from_json(inside.to_json())
    assert again.inside_read is True and again.add_at == 0.5
    # a weights file written before the option reads as a check proposing only where no lesson is
    older = json.loads(outside.to_json())
    del older["inside_read"]
    assert CheckModel.from_json(json.dumps(older)).inside_read is False


def test_inside_a_read_section_no_proposal_repeats_a_lesson_or_opens_a_labelled_list():
    import numpy as np

    from ingest.lesson_check import candidates

    question = "Did agencies know who lived in the home?"
    answer = "The school nurse weighed the boy each term and saw him fall behind, but never said so."
    opening = "Child Q's injuries were not predictable, but the signs of the family's stress were there."
    blocks = [
        Block(kind="heading", text="Findings", page_start=1, page_end=1, level=1),
        Block(kind="para", text=f"Q1 {question}", page_start=1, page_end=1),
        Block(kind="para", text=f"A. {answer}", page_start=1, page_end=1),
        Block(kind="heading", text="Recommendations", page_start=2, page_end=2, level=1),
        Block(kind="para", text=opening, page_start=2, page_end=2),
        Block(kind="para", text=f"R1 {RIGHT}", page_start=2, page_end=2),
    ]
    units = document_units(blocks)
    p = np.array([[0.8, 0.1, 0.1] if u.text.endswith(("so.", "there.")) else [0.05, 0.05, 0.9] for u in units])
    # the rules folded the answer into its question's finding and read the R-numbered list
    lessons = [f"{question} {answer}", RIGHT]
    assert candidates(units, p, lessons, inside_read=True) == []
    # the answer no lesson holds is proposed; the opening paragraph too where no lesson reads its section
    assert [c.text for c in candidates(units, p, [question, RIGHT], inside_read=True)] == [f"A. {answer}"]
    alone = "Practitioners should see the child alone at every visit."
    assert [c.text for c in candidates(units, p, [question, alone], inside_read=True)] == [f"A. {answer}", opening]
