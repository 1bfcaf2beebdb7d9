"""Ingest tests: the metadata classes blind held-out set 21 (C565-C600) found the extractor missing, and the
kind and lead agency of lessons it found, each on a document the test lays out itself.

Reviews of more than one person: a domestic homicide review that is also a children's review, titled by
the adult killed and the child (the child the one the text calls a child); two siblings given different
ages (no one age); a thematic review titled by its topic in capitals (no child). An erratum correcting the
child's age and a recommendation's lead agency (the corrected ones recorded). A publication date given
only in a note on publication ("The LSCB published it on ..."), beside the dates the review was completed
and agreed. Titles: a plain text's first paragraph naming the review over its cover's fields; "Learning
from serious incidents ...: a national thematic review" kept whole (and national); a seven-minute
briefing on a thematic review keeping its words (and a briefing); learning pooled from rapid reviews
(thematic). "Learning theme N" headings over a paragraph (learning, under whatever section). Documents
are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back
through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, findings_and_recommendations, review_of

# --- a joint domestic homicide review and children's review -----------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_joint_domestic_homicide_review_records_the_child_of_the_pair(tmp_path, fmt):
    title = "Domestic Homicide Review and Local Child Safeguarding Practice Review: Marianne and Tilly"

    def build(doc):
        doc.add("cover", "Halton Community Safety Partnership")
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published: 12 March 2023")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add(
            "p",
            "Marianne died after an assault by her husband at their flat in April 2021. Her son, Tilly, who was "
            "7 years old, was asleep in the next room.",
        )
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.child, review.child_age) == ("Tilly", "7 years")


# --- two siblings given different ages --------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "pair,ages,age",
    [
        ("Child K and Child M", ("aged 9 years", "aged 2 years"), ""),
        ("Rosie and Alfie", ("aged 6 years", "aged 11 months"), ""),
        # twins of one age: that age is theirs
        ("Child K and Child M", ("aged 4 years", "aged 4 years"), "4 years"),
    ],
)
def test_two_siblings_given_different_ages_have_no_one_age(tmp_path, fmt, pair, ages, age):
    title = f"Serious Case Review: {pair}"
    first, second = pair.split(" and ")

    def build(doc):
        doc.add("cover", "Solihull Local Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Published: June 2017")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add(
            "p",
            f"This review concerns a brother and sister, {first}, {ages[0]}, and {second}, {ages[1]}, who were found "
            "alone at home by a neighbour in the winter of 2015.",
        )
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.child, review.child_age) == (pair, age)


# --- a thematic review titled in capitals -----------------------------------------------------------------


def test_a_thematic_review_titled_in_capitals_names_no_child(tmp_path):
    title = "Thematic review: neglect of teenagers, learning from six cases"

    def build(doc):
        doc.add("cover", "Bury Safeguarding Children Partnership")
        doc.add("title", title)  # the text writer prints a title in capitals
        doc.add("cover", "Lead reviewer: Owen Fairbairn")
        doc.add("cover", "Published: 4 October 2022")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "The review looked at six young people known to services for neglect over several years.")
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, "txt", build, title=title)
    assert (review.review_type, review.child) == ("thematic", "")


# --- an erratum --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_erratum_corrects_the_childs_age_and_a_lead_agency(tmp_path, fmt):
    title = "Serious Case Review: Child P"

    def build(doc):
        doc.add("cover", "Trafford Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Published: 9 May 2016")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "This Serious Case Review concerns Child P, who was 8 months old when he was found injured.")
        doc.add("h1", "Recommendations")
        doc.add("p", "Recommendation 1. Midwives should ask every mother at booking who else lives in the household.")
        doc.add("p", "Lead agency: Health.")
        doc.add(
            "p", "Recommendation 2. Housing officers should tell the health visitor when a family with a baby moves."
        )
        doc.add("p", "Lead agency: Housing.")
        doc.add("h1", "Erratum")
        doc.add("p", "Issued 1 July 2016. One error in the report as first published is corrected here.")
        doc.add("bullet", "Introduction: Child P was 6 months old at the time, not 8 months as printed.")
        doc.add("bullet", "Recommendation 2: the lead agency is Children's Social Care, not Housing as printed.")

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.child_age == "6 months"
    assert [(l.kind, l.label, l.agency) for l in review.lessons if "should" in l.text] == [
        ("recommendation", "Recommendation 1", "Health"),
        ("recommendation", "Recommendation 2", "Children's Social Care"),
    ]


# --- a note on publication ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_note_on_publication_dates_the_publication(tmp_path, fmt):
    title = "Serious Case Review: Child J"

    def build(doc):
        doc.add("cover", "Wirral Local Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Report completed: June 2012")
        doc.add("h1", "Note on publication")
        doc.add(
            "p",
            "The review was finished in June 2012 and agreed by the Board on 3 September 2012. Publication waited "
            "for the end of the criminal trial in January 2014. The LSCB published it on 18 February 2014.",
        )
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.published == "2014-02-18"


# --- a plain text's first paragraph naming the review --------------------------------------------------------


def test_a_plain_texts_first_paragraph_naming_the_review_is_its_title(tmp_path):
    title = "Thematic review of babies harmed in their first year: the experiences of three families"

    def build(doc):
        doc.add("p", title)
        doc.add("cover", "Bolton Safeguarding Children Partnership")
        doc.add("cover", "Reviewer: Imogen Hartley")
        doc.add("cover", "Published 2 March 2021")
        doc.add("h1", "Introduction")
        doc.add("p", "The partnership asked for one review of three families whose babies were harmed.")
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, "txt", build, title="Untitled")
    assert (review.title, review.child) == (title, "")


# --- titles and types of reviews of several cases ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "cover,title,kind",
    [
        (
            "Child Safeguarding Practice Review Panel",
            "Learning from serious incidents involving young carers: a national thematic review",
            "national",
        ),
        (
            "Stockport Safeguarding Children Partnership",
            "7-minute briefing: thematic review of children missing education",
            "briefing",
        ),
        ("Stockport Safeguarding Children Partnership", "Learning from rapid reviews: online harm", "thematic"),
    ],
)
def test_a_review_of_several_cases_keeps_its_title_and_type(tmp_path, fmt, cover, title, kind):
    def build(doc):
        doc.add("cover", cover)
        doc.add("title", title)
        doc.add("cover", "Published: 5 November 2021")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add(
            "p",
            "The cases were considered together because one theme ran through them; each had been the subject of "
            "a rapid review, and none met the criteria for a Local Child Safeguarding Practice Review.",
        )
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Untitled")
    assert (review.title.lower(), review.review_type) == (title.lower(), kind)


# --- "Learning theme N" headings over a paragraph ------------------------------------------------------------

THEMES = (
    ("Plans that were not shared", "The child protection plan was sent to the school but never to the dentist."),
    ("Fathers kept out of view", "No assessment asked who the baby's father was or how often he visited."),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_theme_headings_over_a_paragraph_are_learning(tmp_path, fmt):
    meta = {
        "title": "Learning from rapid reviews: babies under one",
        "area": "Stockport",
        "region": "North West",
        "review_type": "thematic",
        "published": "2021-11-05",
        "child": "",
        "child_age": "",
        "author": "",
    }

    def build(doc):
        doc.add("cover", "Stockport Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Published: 5 November 2021")
        doc.add("pagebreak")
        doc.add("h1", "What the rapid reviews found")
        for n, (theme, text) in enumerate(THEMES, 1):
            doc.add("h2", f"Learning theme {n}: {theme}")
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        doc.add("num", "The Partnership should share every plan with each service the child sees.", label="1.")

    review = review_of(tmp_path, fmt, build, meta)
    assert [(l.kind, l.label, l.title, l.text) for l in review.lessons[:2]] == [
        ("learning_point", f"Learning theme {n}", theme, f"{theme} {text}") for n, (theme, text) in enumerate(THEMES, 1)
    ]
