"""Ingest tests: lesson segmentation (boundaries, kinds, labels, pages, agencies) on real PDFs."""

from __future__ import annotations

from test_ingest_support import make_review_pdf

from ingest import extract_review

NARRATIVE = "The family moved to the area in the spring and registered with a new GP practice. " * 3
F1 = "Professionals did not see the father. He was present at most visits but no agency asked about his history."
F1_MORE = "The review heard that fathers were 'just not on our radar' and that records named him only as a friend."
F2 = "Information was not shared between the school and the GP about the child's weight loss over the summer."
R1 = "The Partnership should develop a protocol for the transfer of child protection cases between areas."
R2 = "The ICB should ensure that GP practices follow a was not brought policy for children."


def _lessons(tmp_path, items, name="review.pdf", **kwargs):
    review = extract_review(make_review_pdf(tmp_path / name, items, **kwargs))
    return review, list(review.lessons)


def test_findings_run_from_their_label_to_the_next_heading(tmp_path):
    items = [
        ("h1", "1. Introduction"),
        ("p", NARRATIVE),
        ("h1", "5. Findings"),
        ("p", "Each finding is set out below with the evidence that supports it."),
        ("bold", "Finding 1: Fathers were invisible"),
        ("p", F1),
        ("p", F1_MORE),
        ("bold", "Finding 2: Information sharing"),
        ("p", F2),
        ("h1", "6. Conclusion"),
        ("p", "The review thanks the family for their contribution. " * 2),
    ]
    _, lessons = _lessons(tmp_path, items)
    assert [(l.kind, l.label) for l in lessons] == [("finding", "Finding 1"), ("finding", "Finding 2")]
    assert lessons[0].text == f"Fathers were invisible {F1} {F1_MORE}"
    assert lessons[1].text == f"Information sharing {F2}"
    assert lessons[0].section == "5. Findings"
    assert [l.ordinal for l in lessons] == [1, 2]
    assert all("thanks the family" not in l.text for l in lessons)  # the conclusion is not part of a finding


def test_a_lesson_that_crosses_a_page_break_is_one_lesson_with_both_pages(tmp_path):
    long_finding = " ".join([F1] * 30)
    items = [
        ("h1", "Findings"),
        ("p", NARRATIVE * 14),
        ("bold", "Finding 1: Fathers"),
        ("p", long_finding),
        ("bold", "Finding 2: Records"),
        ("p", F2),
    ]
    _, lessons = _lessons(tmp_path, items)
    first = lessons[0]
    assert first.label == "Finding 1"
    assert (first.page_start, first.page_end) == (1, 2)
    assert first.text == f"Fathers {long_finding}"
    assert len(lessons) == 2


def test_recommendation_table_rows_keep_the_lead_agency(tmp_path):
    items = [
        ("h1", "Recommendations"),
        ("p", "The review makes the following recommendations to the Board."),
        (
            "table",
            [
                ["No.", "Recommendation", "Lead agency"],
                ["1", R1, "Safeguarding Partnership"],
                ["2", R2, "Integrated Care Board"],
            ],
        ),
    ]
    _, lessons = _lessons(tmp_path, items)
    assert [(l.kind, l.label, l.text, l.agency) for l in lessons] == [
        ("recommendation", "1", R1, "Safeguarding Partnership"),
        ("recommendation", "2", R2, "Integrated Care Board"),
    ]


def test_bullets_numbered_paragraphs_and_good_practice_get_their_kinds(tmp_path):
    items = [
        ("h1", "7. Lessons learned"),
        ("p", "7.1 Services worked hard with the mother but the father, who was the source of the risk, was not seen."),
        ("p", "7.2 The school was not told about the incident the night before the child arrived upset."),
        ("h1", "Good practice"),
        ("bullet", "Police officers spoke to both children separately and recorded their words."),
        ("h1", "Messages for practitioners"),
        ("bullet", "Ask who else lives in or visits the household."),
        ("bullet", "Use the escalation policy when you disagree with a decision."),
        ("h1", "Considerations for the Board"),
        ("p", "1. The Board should seek assurance that pre-birth assessments include fathers."),
    ]
    _, lessons = _lessons(tmp_path, items)
    assert [(l.kind, l.label) for l in lessons] == [
        ("learning_point", "7.1"),
        ("learning_point", "7.2"),
        ("good_practice", ""),
        ("learning_point", ""),
        ("learning_point", ""),
        ("recommendation", "1"),
    ]
    assert lessons[0].text.startswith("Services worked hard")  # the number is the label, not the text
    assert lessons[3].text == "Ask who else lives in or visits the household."
    assert lessons[3].section == "Messages for practitioners"


def test_nspcc_learning_includes_gives_one_lesson_per_item(tmp_path):
    items = [
        ("h1", "Summary: Serious case review: Child D"),
        ("p", NARRATIVE),
        (
            "p",
            "Learning includes: poverty and neglect; use of a neglect assessment tool; drift in the child protection plan.",
        ),
        (
            "p",
            "Recommendations include: the ICB should review was not brought policies; schools should escalate absence.",
        ),
    ]
    _, lessons = _lessons(tmp_path, items)
    assert [(l.kind, l.text) for l in lessons] == [
        ("learning_point", "Poverty and neglect"),
        ("learning_point", "Use of a neglect assessment tool"),
        ("learning_point", "Drift in the child protection plan"),
        ("recommendation", "The ICB should review was not brought policies"),
        ("recommendation", "Schools should escalate absence"),
    ]


def test_executive_summary_restatements_are_not_counted_twice(tmp_path):
    items = [
        ("h1", "Executive summary"),
        ("p", NARRATIVE),
        ("p", "The review makes the following recommendations, which are repeated in section 6:"),
        ("bullet", R1),
        ("bullet", R2),
        ("p", "Key findings:"),
        ("bullet", "Fathers were invisible"),
        ("h1", "Findings"),
        ("bold", "Finding 1: Fathers were invisible"),
        ("p", F1),
        ("h1", "Recommendations"),
        ("p", f"Recommendation 1: {R1}"),
        ("p", f"Recommendation 2: {R2}"),
    ]
    _, lessons = _lessons(tmp_path, items)
    assert [(l.kind, l.label) for l in lessons] == [
        ("finding", "Finding 1"),
        ("recommendation", "Recommendation 1"),
        ("recommendation", "Recommendation 2"),
    ]
    assert all(l.section != "Executive summary" for l in lessons)


def test_unlabelled_subheadings_in_a_findings_section_are_findings(tmp_path):
    items = [
        ("h1", "Findings and learning"),
        ("h2", "Safer sleep advice that did not change practice"),
        ("p", F1),
        ("h2", "Out of routine"),
        ("p", F2),
        ("h1", "Appendix: terms of reference"),
        ("p", NARRATIVE),
    ]
    _, lessons = _lessons(tmp_path, items)
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("finding", "", f"Safer sleep advice that did not change practice {F1}"),
        ("finding", "", f"Out of routine {F2}"),
    ]


def test_a_review_without_lessons_says_so(tmp_path):
    review, lessons = _lessons(
        tmp_path, [("h1", "Introduction"), ("p", NARRATIVE), ("h1", "Chronology"), ("p", NARRATIVE)]
    )
    assert lessons == []
    assert "no lessons found" in review.warnings
