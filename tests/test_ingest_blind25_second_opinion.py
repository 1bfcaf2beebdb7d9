"""Ingest tests: the class of extra lesson the learned second opinion added in blind held-out set 25's full
reports (C709-C726), on a document the test lays out itself.

A full report whose lessons sit in sections of their own ("6. Lessons learned", "Learning",
"Recommendations") also has an "Analysis" and a "Conclusions" that weigh the case in words close to a
finding's ("Had the information been brought together, the risk could have been seen sooner"). Those
parts are the case told and weighed: the second opinion adds no lesson from them, and the lessons are
exactly those the report marks. Documents are written by the conventions corpus's writers (reportlab PDF,
python-docx, HTML, text) and read back through the real readers; the texts are written for these tests
only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons, partnership_cover

META = {
    "title": "Serious Case Review: Child M",
    "area": "Thornbury",
    "region": "",
    "review_type": "SCR",
    "published": "2018-03",
    "child": "Child M",
    "child_age": "",
    "author": "Ruth Adeyemi",
}
# Paragraphs of the analysis and the conclusions: weighing the case, worded almost like findings.
WEIGHED = (
    "Several professionals held information that, with hindsight, was significant. At the time each of them "
    "understood it within their own role, and none had reason to think that the others knew something more.",
    "Had the information held by the school, the GP and the police been brought together, the risk to Child M "
    "could have been recognised months sooner, and a different response might have followed.",
)
LEARNED = (
    "Each agency held a part of the picture: the school knew about the bruising, the GP about the father's "
    "drinking and the police about the calls to the flat, but no one put these together.",
    "Home visits were short and arranged in advance, and Child M was never seen on her own or asked about "
    "her life at home.",
)
ASKS = (
    "The Partnership should seek assurance that the escalation policy is known and used by practitioners.",
    "Agencies should ensure that practitioners record the identity of every adult living in a child's home.",
)


def _full_report(doc, analysis: str, conclusions: str) -> None:
    partnership_cover(doc, META, "Thornbury Local Safeguarding Children Board", "Published: March 2018")
    doc.add("h1", "1. Introduction")
    doc.add("p", "The Board agreed that the circumstances of Child M met the criteria for a serious case review.")
    doc.add("h1", "2. Background")
    doc.add("p", "Child M lived with her father and two brothers. The family had moved to the area in 2015.")
    doc.add("h1", analysis)
    doc.add("p", WEIGHED[0])
    doc.add("h1", conclusions)
    doc.add("p", "The review has considered whether the harm to Child M could have been predicted or prevented.")
    doc.add("p", WEIGHED[1])
    doc.add("h1", "5. Lessons learned")
    for n, text in enumerate(LEARNED, 1):
        doc.add("num", text, label=f"5.{n}")
    doc.add("h1", "6. Recommendations")
    for n, text in enumerate(ASKS, 1):
        doc.add("num", text, label=f"6.{n}")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("analysis,conclusions", [("3. Analysis", "4. Conclusions"), ("Analysis", "Conclusions")])
def test_the_second_opinion_adds_nothing_from_the_analysis_or_conclusions_beside_marked_lessons(
    tmp_path, fmt, analysis, conclusions
):
    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, lambda doc: _full_report(doc, analysis, conclusions), META)
    assert [(lesson.kind, lesson.text) for lesson in lessons] == [
        *(("learning_point", text) for text in LEARNED),
        *(("recommendation", text) for text in ASKS),
    ]
