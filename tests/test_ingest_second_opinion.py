"""Ingest: the block classifier's second opinion, which adds lessons where the rules found none.

The documents are laid out here as blocks (as the readers give them); a small
model is fitted to documents of the same shape, so what the classifier says
is known, and the shipped model is checked to load and to leave a document
the rules read whole as the rules read it.
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from ingest import extract_review
from ingest.layout import Block
from ingest.records import Lesson
from ingest.second_opinion import MIN_WORDS, add_missed
from ingest.second_opinion_model import BlockModel, document_units, fit, shipped_model

TOPICS = (
    ("Fathers left out", "The father was present at most visits but no agency asked about his history or his role."),
    ("Drift in planning", "Plans were reviewed late and actions were carried over from one meeting to the next."),
    ("The child's voice", "Nobody spoke to the child alone, so what daily life was like at home was never known."),
    ("Sharing information", "Health and police each held part of the picture and neither passed it to the other."),
    ("Neglect accepted", "Poor home conditions came to be seen as normal for the family and stopped being escalated."),
    ("Missing appointments", "Repeated missed health appointments were closed as did not attend with no follow up."),
)


def _document(topics, intro: str) -> tuple[list[Block], list[str]]:
    """A review laid out as an introduction and numbered findings; its blocks and their labels."""
    blocks = [
        Block(kind="heading", text="Introduction", page_start=1, page_end=1, level=1),
        Block(kind="para", text=intro, page_start=1, page_end=1),
        Block(kind="heading", text="Findings", page_start=2, page_end=2, level=1),
    ]
    labels = ["other", "other", "other"]
    for n, (title, body) in enumerate(topics, 1):
        blocks += [
            Block(kind="heading", text=f"Finding {n}: {title}", page_start=n + 1, page_end=n + 1, level=2),
            Block(kind="para", text=body, page_start=n + 1, page_end=n + 1),
        ]
        labels += ["start", "continuation"]
    return blocks, labels


INTROS = (
    "The review was commissioned in 2019 after the child was taken to hospital; the family had moved twice.",
    "This report was commissioned by the partnership in 2021 and the family were told it was taking place.",
    "The mother attended the first meeting and said the family had lived in the area since 2015.",
)


def _model() -> BlockModel:
    documents = []
    for shift, intro in enumerate(INTROS):
        blocks, labels = _document(TOPICS[shift : shift + 3], intro)
        documents.append((document_units(blocks), labels))
    return fit(documents)


def _rule_lesson(blocks: list[Block], at: int) -> Lesson:
    title = blocks[at].text.split(": ", 1)[1]
    return Lesson(1, "finding", "Finding 1", f"{title} {blocks[at + 1].text}", "Findings", 2, 2, title=title)


def test_the_models_probabilities_are_scikit_learns_and_survive_its_json_form():
    blocks, labels = _document(TOPICS[:3], INTROS[0])
    units = document_units(blocks)
    model = _model()
    vectorizer = DictVectorizer()
    documents = [_document(TOPICS[s : s + 3], intro) for s, intro in enumerate(INTROS)]
    x = vectorizer.fit_transform([u.features for b, _ in documents for u in document_units(b)])
    reference = LogisticRegression(max_iter=3000, C=1.0, class_weight="balanced")
    reference.fit(x, [label for _, ls in documents for label in ls])
    want = reference.predict_proba(vectorizer.transform([u.features for u in units]))
    order = [list(reference.classes_).index(c) for c in ("start", "continuation", "other")]
    assert np.allclose(model.probabilities(units), want[:, order], atol=1e-6)
    again = BlockModel.from_json(model.to_json())
    assert np.allclose(again.probabilities(units), want[:, order], atol=1e-4)
    assert [("start", "continuation", "other")[i] for i in model.probabilities(units).argmax(axis=1)] == labels


def test_lessons_the_rules_missed_are_added_in_document_order_and_numbered_again():
    topics = (
        ("Unseen adults", "Several adults came and went from the home and nobody asked who they were or why."),
        ("Escalation", "Concerns about the baby's bruising were not escalated when the first response fell short."),
        ("Supervision", "The social worker's supervision was cancelled three times and risks were never reviewed."),
    )
    blocks, _ = _document(topics, "The review was commissioned in 2022 after the family moved to the area.")
    found = add_missed(blocks, [_rule_lesson(blocks, 3)], _model())
    assert [lesson.ordinal for lesson in found] == [1, 2, 3]
    assert found[0].label == "Finding 1"  # the rules' lesson kept as the rules gave it
    assert [lesson.text for lesson in found[1:]] == [f"{title} {body}" for title, body in topics[1:]]
    assert [(l.kind, l.title, l.section, l.page_start) for l in found[1:]] == [
        ("finding", "Escalation", "Findings", 3),
        ("finding", "Supervision", "Findings", 4),
    ]
    # The introduction is never proposed, whatever the rules found.
    assert not any("commissioned" in lesson.text for lesson in add_missed(blocks, [], _model()))


def test_nothing_is_added_inside_a_rule_lesson_nor_shorter_than_a_lesson():
    topics = (("Unseen adults", "Nobody asked who the adults were."), ("Escalation", "It was not escalated."))
    blocks, _ = _document(topics, "The review was commissioned in 2022 after the family moved to the area.")
    assert all(len(f"{t} {b}".split()) < MIN_WORDS for t, b in topics)
    rules = [_rule_lesson(blocks, 3)]
    assert add_missed(blocks, rules, _model()) == rules  # the second finding is too short to stand alone
    whole = _document(TOPICS[:2], INTROS[0])[0]
    rules = [
        Lesson(1, "finding", "", f"{TOPICS[0][0]} {TOPICS[0][1]}", "Findings", 2, 2),
        Lesson(2, "finding", "", f"{TOPICS[1][0]} {TOPICS[1][1]}", "Findings", 3, 3),
    ]
    assert add_missed(whole, rules, _model()) == rules


def test_the_shipped_model_loads_and_leaves_a_document_the_rules_read_whole(tmp_path):
    model = shipped_model()
    assert model is not None and len(model.vocabulary) > 500
    assert model.classes == tuple(sorted(("start", "continuation", "other")))
    path = tmp_path / "review.txt"
    path.write_text(
        "Serious Case Review: Child T\n\nTorbay Safeguarding Children Partnership\n\nPublished March 2021\n\n"
        "Introduction\n\nThe review was commissioned after Child T was admitted to hospital in 2020.\n\n"
        "Recommendations\n\n"
        "1. The partnership should ensure that fathers and other adults in the household are always assessed.\n\n"
        "2. Health visitors should share concerns about home conditions with the GP and children's social care.\n",
        encoding="utf-8",
    )
    with_model = extract_review(path)
    rules = extract_review(path, second_opinion=False)
    assert [l.text for l in rules.lessons] == [l.text for l in with_model.lessons]
    assert len(rules.lessons) == 2
