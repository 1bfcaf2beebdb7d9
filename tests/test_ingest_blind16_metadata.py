"""Ingest tests: the metadata classes blind held-out set 16 (C385-C420) found the extractor missing, each on
a document the test lays out itself.

A register listing reviews one a row and a freedom-of-information reply (companions, type other; a register
names no child of its own); a council printed as a letterhead or an addressee line (the area when no
partnership is named); a letter or form signed under "Yours sincerely" or a "Signature" heading (the author,
whatever role follows the name); a child named with an age in apposition; "Lead investigator:" and degrees
between a name and its role; a child death overview panel and a community safety partnership naming the
area; a domestic homicide review titled by the adult; a numbered sibling and a child known by initials; a
cover title whose last word wraps; a joint partnership naming one of its areas by a short form. Documents
are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back
through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import ASKS, BARE_META, FORMATS, SEEN, findings_and_recommendations, review_of

META = BARE_META
_body = findings_and_recommendations


def _review(tmp_path, fmt, build, **meta):
    return review_of(tmp_path, fmt, build, {**META, **meta})


# --- a register listing reviews one a row: a companion naming no child of its own ------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title", ["Bolton Safeguarding Children Partnership: log of practice reviews", "Register of local case reviews"]
)
def test_a_register_of_reviews_is_other_and_names_no_child(tmp_path, fmt, title):
    def build(doc):
        doc.add("title", title)
        doc.add("p", "Printed 2021-06-02 by the business unit")
        doc.add("p", "Ref | Review | Type | Status | Key learning")
        doc.add("p", f"2020/01 | Child D | LCSPR | Closed | {SEEN[0]}")
        doc.add("p", f"2020/02 | Baby S | SCR | Closed | {SEEN[1]}")

    review = _review(tmp_path, fmt, build, title=title)
    assert (review.review_type, review.child) == ("other", "")


# --- a freedom-of-information reply quoting a review: the reply, not the review ---------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title",
    [
        "Freedom of Information request 2021/77: the serious case review about Child D",
        "FOI response: recommendations of the Local Child Safeguarding Practice Review into Baby S",
    ],
)
def test_a_freedom_of_information_reply_is_other(tmp_path, fmt, title):
    def build(doc):
        doc.add("cover", "Dudley Council, Information Rights Office")
        doc.add("title", title)
        doc.add("p", "You asked for the recommendations of the review. We quote them below.")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f'Recommendation {n}: "{ask}"')

    review = _review(tmp_path, fmt, build, title=title)
    assert review.review_type == "other"


# --- a council as a letterhead or an addressee line names the area ----------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "line,area",
    [
        ("Dudley Council, Information Rights Office", "Dudley"),
        ("To: Director of Children's Services, Sunderland City Council", "Sunderland"),
        ("Gateshead Council", "Gateshead"),
    ],
)
def test_a_council_letterhead_or_addressee_line_names_the_area(tmp_path, fmt, line, area):
    def build(doc):
        doc.add("cover", "3 June 2021")
        doc.add("cover", line)
        doc.add("title", "Findings of the inspection of help for neglected children")
        _body(doc)

    review = _review(tmp_path, fmt, build, title="Findings of the inspection of help for neglected children")
    assert review.area == area


# --- a letter or form signed under "Yours sincerely" or a "Signature" heading ----------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "close,signed",
    [
        (["Yours faithfully,"], "Priya Raman, Her Majesty's Inspector of Probation, for the inspection team"),
        (["Yours sincerely"], "Owen Castell, Assistant Director of Children's Services"),
        (["7 SIGNATURE AND DATE", "2 June 2021"], "Owen Castell, Area Coroner"),
        (["Signed:"], "Priya Raman, Head of Safeguarding"),
    ],
)
def test_the_person_signing_a_letter_or_form_is_its_author(tmp_path, fmt, close, signed):
    def build(doc):
        doc.add("cover", "Gateshead Council")
        doc.add("title", "Findings of the inspection of help for neglected children")
        _body(doc)
        for line in close:
            doc.add("p", line)
        doc.add("p", signed)

    review = _review(tmp_path, fmt, build, title="Findings of the inspection of help for neglected children")
    assert review.author == signed.split(",")[0]


# --- a child named with a child's age in apposition ---------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "sentence,child,age",
    [
        ("The inquest heard the evidence about the death of Maisie, aged 3 years.", "Maisie", "3 years"),
        ("Kai, aged 9 months, was taken to the walk-in centre by his aunt.", "Kai", "9 months"),
        ("His father, aged 31 years, rang for help; Tobias, aged 6 years, was asleep.", "Tobias", "6 years"),
    ],
)
def test_a_first_name_with_a_childs_age_in_apposition_is_the_child(tmp_path, fmt, sentence, child, age):
    def build(doc):
        doc.add("cover", "Gateshead Council")
        doc.add("title", "Report of the incident investigation")
        doc.add("h1", "What happened")
        doc.add("p", sentence)
        _body(doc)

    review = _review(tmp_path, fmt, build, title="Report of the incident investigation")
    assert (review.child, review.child_age) == (child, age)


# --- an investigator writes the investigation; degrees before the role hide no name ------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "line,author",
    [
        ("Lead investigator: Ruth Okafor", "Ruth Okafor"),
        ("Investigator - Dr Aled Price", "Dr Aled Price"),
        ("Ruth Okafor BA (Hons) MSc, Independent Reviewer", "Ruth Okafor"),
        ("Dr Aled Price PhD CQSW, independent author", "Dr Aled Price"),
    ],
)
def test_an_investigator_or_a_name_with_degrees_before_its_role_is_the_author(tmp_path, fmt, line, author):
    def build(doc):
        doc.add("cover", "Community Health Services Trust")
        doc.add("title", "Incident Investigation Report: Child D")
        doc.add("cover", line)
        _body(doc)

    review = _review(tmp_path, fmt, build, title="Incident Investigation Report: Child D")
    assert review.author == author


# --- a child death overview panel and a community safety partnership name the area -------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "body,area",
    [
        ("Bolton Child Death Overview Panel", "Bolton"),
        ("Gateshead Child Death Review Partnership", "Gateshead"),
        ("Dudley Community Safety Partnership", "Dudley"),
    ],
)
def test_a_child_death_panel_or_community_safety_partnership_names_the_area(tmp_path, fmt, body, area):
    def build(doc):
        doc.add("cover", body)
        doc.add("title", "Report of the year's learning")
        _body(doc)

    review = _review(tmp_path, fmt, build, title="Report of the year's learning")
    assert review.area == area


# --- a domestic homicide review is titled by the adult; the child is the one the text names ----------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["Domestic Homicide Review: Joanne", "Safeguarding Adults Review - Marcus"])
def test_an_adult_review_titled_by_the_adult_takes_the_child_the_text_names(tmp_path, fmt, title):
    def build(doc):
        doc.add("cover", "Dudley Community Safety Partnership")
        doc.add("title", title)
        doc.add("h1", "Introduction")
        doc.add("p", "The adult's son, called Child P in this report, was at home on the night of the death.")
        _body(doc)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.child == "Child P"


# --- a numbered sibling, and a child known by initials after the title's colon ------------------------------


# A plain-text cover prints its title in capitals, where initials cannot be told from a short name: the
# formats that keep the title's case.
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
@pytest.mark.parametrize(
    "title,child",
    [
        ("Local Child Safeguarding Practice Review: Sibling 2", "Sibling 2"),
        ("Serious Case Review: Child 3", "Child 3"),
        ("Local Child Safeguarding Practice Review: KT", "KT"),
        ("Serious Case Review - RB", "RB"),
    ],
)
def test_a_numbered_child_or_a_child_known_by_initials_is_the_child(tmp_path, fmt, title, child):
    def build(doc):
        doc.add("cover", "Bolton Safeguarding Children Partnership")
        doc.add("title", title)
        _body(doc)

    review = _review(tmp_path, fmt, build, title=title, review_type="LCSPR")
    assert review.child == child


# --- a cover title whose last word wraps to a line of its own ------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Serious Case Review concerning Child D and the response of agencies. Overview Summary",
        "Local Child Safeguarding Practice Review: Baby S, learning for agencies in Gateshead Summary",
    ],
)
def test_a_cover_title_whose_last_word_wraps_is_read_whole(tmp_path, title):
    def build(doc):
        doc.add("cover", "Gateshead Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published June 2021")
        doc.add("pagebreak")
        _body(doc)

    review = _review(tmp_path, "pdf", build, title=title)
    assert review.title == title


# --- a joint partnership naming one of its areas by a short form ---------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_joint_partnership_named_by_a_short_form_takes_the_area_the_child_lived_in(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "City and Hackney Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child D")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add(
            "p", "The partners commissioned the review because Child D lived in the City of London with his mother."
        )
        _body(doc)

    review = _review(tmp_path, fmt, build, title="Local Child Safeguarding Practice Review: Child D")
    assert (review.area, review.region) == ("City of London", "London")
