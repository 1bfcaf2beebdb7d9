"""Ingest tests: the classes the first half of blind held-out set 22 (C601-C618) found the extractor
missing, each on a document the test lays out itself.

Lessons written for their readers: a briefing's run-in "Key point N." paragraphs (each a learning point,
the "Remember:" line after it never part of one), and a letter whose writer asks the reader to remember
what follows ("I want you to remember three things:"), its numbered items each a learning point, under
a title that names the review the letter is about ("A letter to practitioners about the review of
Child P"), which is no "About the review" section. A family's version: under "N. You told us" the
family's words (the reason, never a lesson) and a run-in "So we have learned:" paragraph (a learning
point); and one titled "<first name>'s review: what went well and what should have been better" (the
review's title, no section), its "What should have been better" bullets findings. A "Remember" box after
each numbered point: its caption and line are no lesson, and the numbering goes on after it. Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers; the texts are
written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import lessons_and_rule_lessons

META = {
    "title": "A letter to practitioners about the review of Child P",
    "area": "Rochdale",
    "region": "North West",
    "review_type": "briefing",
    "published": "2024-05-14",
    "child": "Child P",
    "child_age": "",
    "author": "",
}
POINTS = (
    "The health visitor saw the same bruise twice and accepted the same explanation each time.",
    "Nobody asked the older brother what life at home was like, though he was at every visit.",
    "The referral from the nursery was closed because the parents said they would attend a course.",
)
REMINDERS = (
    "Remember: a plausible explanation still needs checking against what you see.",
    "Remember: every child in the home has something to tell you.",
    "Remember: a promise to engage is not a change in the child's life.",
)


def _both(tmp_path, fmt, build, **meta):
    return lessons_and_rule_lessons(tmp_path, fmt, build, {**META, **meta})


def _rows(lessons):
    return [(l.kind, l.label, l.title, l.text, l.agency) for l in lessons]


# --- run-in "Key point N." learning, a "Remember:" line after each --------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_run_in_key_points_are_learning_and_their_reminders_are_not(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Rochdale Borough Safeguarding Children Partnership")
        doc.add("title", "Learning for police officers: Child P")
        doc.add("cover", "Issued: 14 May 2024")
        if fmt != "html":
            doc.add("pagebreak")
        doc.add("h1", "Why this matters to you")
        doc.add("p", "Officers went to the flat three times in the month before Child P was hurt.")
        for i, (point, reminder) in enumerate(zip(POINTS, REMINDERS, strict=True), 1):
            doc.add("runin", point, label=f"Key point {i}.")
            doc.add("p", reminder)
        doc.add("h1", "Ask yourself")
        doc.add("bullet", "Who else lives in the home, and have you spoken to them?")

    for lessons in _both(tmp_path, fmt, build, title="Learning for police officers: Child P"):
        assert _rows(lessons) == [
            ("learning_point", f"Key point {i}", "", point, "") for i, point in enumerate(POINTS, 1)
        ]


# --- a letter asking the reader to remember the numbered items after it ----------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_the_things_a_letter_asks_you_to_remember_are_learning(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Rochdale Borough Safeguarding Children Partnership")
        doc.add("title", META["title"])
        doc.add("cover", "May 2024")
        doc.add("p", "Dear colleague,")
        doc.add("p", "Today we publish the review about Child P. I chaired the panel, and I am writing to you "
                "because its learning is about the work you do every day.")  # fmt: skip
        doc.add("p", "I want you to remember three things:")
        for i, point in enumerate(POINTS, 1):
            doc.add("num", point, label=f"{i}.")
        doc.add("p", "The partnership has accepted the recommendations, and I will write again with news of them.")
        doc.add("p", "Yours sincerely,")
        doc.add("p", "Mary Okafor, Independent Chair of the review panel")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [("learning_point", str(i), "", point, "") for i, point in enumerate(POINTS, 1)]


# --- a family's version: "You told us" quotes, then "So we have learned:" ---------------------------------------

QUOTES = (
    "\u201cWe kept telling people we were not coping, and nobody joined it up.\u201d",
    "\u201cWe never knew who to phone when it got worse.\u201d",
)
LEARNED = (
    "We have learned that the GP knew about the father's drinking but nobody asked him about it.",
    "We have learned that the family were given a number for a worker who had already left.",
)
WILL = (
    "We will ask every agency to give families one number that is answered on the same day.",
    "We will ask GPs to share what they know about the adults in the home before each conference.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_what_a_family_told_us_is_the_reason_and_what_we_learned_is_the_lesson(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Rochdale Borough Safeguarding Children Partnership")
        doc.add("title", "For Mia's family: what the review found")
        doc.add("cover", "May 2024")
        if fmt != "html":
            doc.add("pagebreak")
        doc.add("h1", "About this letter")
        doc.add("p", "Thank you for talking to us about Mia. This is what we learned, and why.")
        doc.add("h1", "What you told us, and what we learned")
        for i, (quote, learned) in enumerate(zip(QUOTES, LEARNED, strict=True), 1):
            doc.add("h2", f"{i}. You told us")
            doc.add("p", quote)
            doc.add("runin", learned, label="So we have learned:")
        doc.add("h1", "What we will do")
        for ask in WILL:
            doc.add("bullet", ask)

    for lessons in _both(tmp_path, fmt, build, title="For Mia's family: what the review found", child="Mia"):
        assert _rows(lessons) == [("learning_point", "", "", text, "") for text in LEARNED] + [
            ("recommendation", "", "", text, "") for text in WILL
        ]


# --- a family's version titled "<name>'s review: what went well and what should have been better" -------------

WENT_WELL = ("The school nurse noticed Mia's weight loss and told the GP the same week.",)
BETTER = (
    "Nobody put together what the school, the GP and the police each knew about the home.",
    "The plan asked the mother to engage with services but never said what that meant.",
)
NOW = ("Agencies should agree one plan with the family that says what must change and by when.",)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_family_version_titled_by_the_childs_review_and_what_should_have_been_better(tmp_path, fmt):
    title = "Mia's review: what went well and what should have been better"

    def build(doc):
        doc.add("cover", "Rochdale Borough Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "May 2024 \u2013 written by the partnership for Mia's family")
        if fmt != "html":
            doc.add("pagebreak")
        doc.add("p", "This is about Mia, who was in Year 3 when she was hurt at home.")
        doc.add("h1", "What went well")
        for text in WENT_WELL:
            doc.add("bullet", text)
        doc.add("h1", "What should have been better")
        for text in BETTER:
            doc.add("bullet", text)
        doc.add("h1", "What happens now")
        for text in NOW:
            doc.add("bullet", text)

    for lessons in _both(tmp_path, fmt, build, title=title, child="Mia"):
        assert _rows(lessons) == (
            [("good_practice", "", "", t, "") for t in WENT_WELL]
            + [("finding", "", "", t, "") for t in BETTER]
            + [("recommendation", "", "", t, "") for t in NOW]
        )


# --- numbered learning, each followed by a "Remember" box -------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])  # plain text: caption and line one paragraph (open)
def test_a_remember_box_after_each_numbered_point_is_no_lesson(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Rochdale Borough Safeguarding Children Partnership")
        doc.add("title", "Key learning: Child P")
        doc.add("cover", "Published 14 May 2024")
        if fmt != "html":
            doc.add("pagebreak")
        doc.add("h1", "Key learning")
        for i, (point, reminder) in enumerate(zip(POINTS, REMINDERS, strict=True), 1):
            doc.add("num", point, label=f"{i}.")
            doc.add("box", reminder.split(": ", 1)[1].capitalize(), label="Remember")
        doc.add("h1", "Recommendations")
        doc.add("num", WILL[0], label="1.")

    for lessons in _both(tmp_path, fmt, build, title="Key learning: Child P"):
        assert _rows(lessons) == [("learning_point", str(i), "", point, "") for i, point in enumerate(POINTS, 1)] + [
            ("recommendation", "1", "", WILL[0], "")
        ]
