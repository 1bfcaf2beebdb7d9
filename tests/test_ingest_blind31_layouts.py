"""Ingest tests: designed layouts as the first half of blind held-out set 31 (C925-C942) prints them, each on a
document or run of blocks the test lays out itself.

A paragraph printed beside an "In short" note restating it is the paragraph alone. A lesson section headed
"Learning: <title>" is titled by the words after the kind. A "Key practice episode N" sub-heading inside a learning
section is the case's story, never a lesson nor a title. A closing "Learning on a page" of tiles repeating the
lessons is never a lesson. Tiles side by side (a row of headings over a row of texts) are read tile by tile. An
action plan's Recommendation column beside its Lead column gives recommendations under a "Learning into action"
heading. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import CHILD_K_META, child_k_cover, child_k_introduction, lesson_rows, review_of

from ingest.layout import Block
from ingest.lesson_margin_notes import without_margin_notes
from ingest.lesson_repeated_tiles import without_repeated_tiles
from ingest.lesson_tile_rows import tile_rows

META = CHILD_K_META
TITLES = ("A grandmother nobody asked", "Bruises explained away")
TEXTS = (
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen there. "
    "Her knowledge of the household was never drawn on by any agency.",
    "Marks on a baby who could not yet crawl were put down to play with an older child. "
    "No one checked them against the guidance on bruising in babies who are not mobile.",
)
ASKS = (
    "Health visitors should see a baby undressed whenever a mark on the baby has been reported to them.",
    "Schools should be told of every police call-out to a pupil's home by the next school day at the latest.",
)
FORMATS = ["pdf", "docx", "html"]


def _block(kind, text, cells=(), size=10.5):
    return Block(kind=kind, text=text, page_start=4, page_end=4, size=size, cells=cells)


def _recommendations(doc):
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("num", ask, label=f"{n}.")


def _asks():
    return [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


def test_a_paragraph_beside_an_in_short_note_is_the_paragraph_alone():
    first = TEXTS[0].split(". ")[0] + "."
    blocks = [
        _block("heading", "Finding 1: A grandmother nobody asked"),
        _block("row", f"{TEXTS[0]} | In short {first}", cells=(TEXTS[0], f"In short {first}")),
        _block("heading", "Finding 2: Bruises explained away"),
        # the PDF reader may set the note's text apart after a row holding its heading alone
        _block("row", f"{TEXTS[1]} | In short", cells=(TEXTS[1], "In short")),
        _block("para", TEXTS[1].split(". ")[0] + ".", size=9.5),
        _block("para", "A closing paragraph of the report that says something else entirely."),
    ]
    assert [(b.kind, b.text) for b in without_margin_notes(blocks)] == [
        ("heading", "Finding 1: A grandmother nobody asked"),
        ("para", TEXTS[0]),
        ("heading", "Finding 2: Bruises explained away"),
        ("para", TEXTS[1]),
        ("para", "A closing paragraph of the report that says something else entirely."),
    ]


def test_a_row_beside_a_note_saying_something_else_stays_a_row():
    row = _block(
        "row",
        f"{TEXTS[0]} | In short the school was never told.",
        cells=(TEXTS[0], "In short the school was never told."),
    )
    assert without_margin_notes([row]) == [row]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_learning_section_headed_by_its_title_titles_its_lesson(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        for title, text in zip(TITLES, TEXTS):
            doc.add("h2", f"Learning: {title}")
            doc.add("p", text)
        _recommendations(doc)

    want = [("learning_point", "", t, f"{t} {x}", "") for t, x in zip(TITLES, TEXTS)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want + _asks()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_practice_episode_inside_a_learning_section_is_no_lesson(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Key practice episodes and learning")
        for n, text in enumerate(TEXTS, 1):
            doc.add("h2", f"Key practice episode {n}")
            doc.add("p", "The family moved to a flat above a shop and the health visitor's letters went unanswered.")
            doc.add("h3", f"Key learning {n}")
            doc.add("p", text)
        _recommendations(doc)

    want = [("learning_point", f"Key learning {n}", "", text, "") for n, text in enumerate(TEXTS, 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want + _asks()


def test_a_page_of_tiles_repeating_the_lessons_is_set_aside():
    firsts = [t.split(". ")[0] + "." for t in TEXTS]
    body = []
    for n, (title, text) in enumerate(zip(TITLES, TEXTS), 1):
        body += [_block("heading", f"Learning {n}: {title}"), _block("para", text)]
    heads = tuple(f"Learning {n}: {t}" for n, t in enumerate(TITLES, 1))
    tiles = [
        _block("heading", "Learning on a page"),
        _block("row", " | ".join(heads), cells=heads),
        _block("row", " | ".join(firsts), cells=tuple(firsts)),
    ]
    assert without_repeated_tiles(body + tiles) == body + tiles[:1]
    # tiles saying something printed nowhere before stay
    assert without_repeated_tiles(tiles) == tiles


def test_tiles_side_by_side_are_read_tile_by_tile():
    heads = ("1. Background", "2. Why it matters")
    lessons = tuple(f"{n}. Learning: {t}" for n, t in enumerate(TITLES, 3))
    blocks = [
        _block("row", " | ".join(heads), cells=heads),
        _block(
            "row", "", cells=("Child K was hurt at home in 2021.  ", "Learning only matters when it reaches practice.")
        ),
        _block("row", " | ".join(lessons), cells=lessons),
        _block("row", " | ".join(TEXTS), cells=TEXTS),
    ]
    assert [(b.kind, b.text) for b in tile_rows(blocks)] == [
        ("heading", "Background"),
        ("para", "Child K was hurt at home in 2021."),
        ("heading", "Why it matters"),
        ("para", "Learning only matters when it reaches practice."),
        ("heading", f"Learning: {TITLES[0]}"),
        ("para", TEXTS[0]),
        ("heading", f"Learning: {TITLES[1]}"),
        ("para", TEXTS[1]),
    ]


@pytest.mark.parametrize("fmt", ["docx", "html"])  # (the test's PDF table writer spaces narrow cells' words apart)
def test_labelled_tiles_side_by_side_are_lessons_left_to_right(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "What we learned")
        doc.add("header", cells=tuple(f"Learning {n}: {t}" for n, t in enumerate(TITLES, 1)))
        doc.add("row", cells=TEXTS)
        _recommendations(doc)

    want = [("learning_point", f"Learning {n}", t, f"{t} {x}", "") for n, (t, x) in enumerate(zip(TITLES, TEXTS), 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want + _asks()


@pytest.mark.parametrize("fmt", ["docx", "html"])  # (the test's PDF table writer breaks a narrow header's word)
def test_an_action_plans_recommendation_column_gives_recommendations(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Learning into action")
        doc.add("header", cells=("No.", "Recommendation", "Action", "Lead", "By when"))
        for n, ask in enumerate(ASKS, 1):
            doc.add("row", cells=(str(n), ask, "Brief every team on the change.", "Police", "March 2023"))

    want = [("recommendation", str(n), "", ask, "Police") for n, ask in enumerate(ASKS, 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want
