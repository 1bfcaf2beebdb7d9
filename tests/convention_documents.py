"""Test helpers: short review documents laid out with the conventions corpus's writers and read
back through the real extractor, for the rule-class and metadata tests of blind sets (from set 17 on;
the earlier tests keep their own copies).

A document is built by a function given the writer's document (`doc.add(kind, text, ...)`), then
written in one format (pdf, docx, html, txt) with the metadata its cover and file carry.
"""

from __future__ import annotations

import sys

from ingest import extract_review
from ingest.extract import read_blocks
from ingest.lessons import segment_lessons
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _write as write_document

FORMATS = ["pdf", "docx", "html", "txt"]

# Texts for the metadata tests' bodies (written for these tests, not the corpus's words).
SEEN = (
    "The school nurse was told twice about marks on the boy's arms and each time recorded only the explanation.",
    "No one asked the grandmother, who collected the children most days, what she saw at home.",
)
ASKS = (
    "The Partnership should give school nurses a route to talk a worry through on the same day.",
    "Assessments should record the views of relatives who care for the children regularly.",
)
BARE_META = {
    "title": "Untitled",
    "area": "",
    "region": "",
    "review_type": "other",
    "published": "2021-06",
    "child": "",
    "child_age": "",
    "author": "",
}


def findings_and_recommendations(doc) -> None:
    """A short body for a metadata test: two findings as bullets, two numbered recommendations."""
    doc.add("h1", "What was found")
    for text in SEEN:
        doc.add("bullet", text)
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("p", f"{n}. {ask}")


def review_of(tmp_path, fmt, build, meta, header=""):
    """The review the extractor reads from the document `build` lays out in `fmt`."""
    return extract_review(write_document(tmp_path, fmt, build, meta, header=header)[0])


def bare_review_of(tmp_path, fmt, build, header="", **meta):
    """The review read from a metadata test's document: its file carries BARE_META but the fields given."""
    return review_of(tmp_path, fmt, build, {**BARE_META, **meta}, header=header)


def lessons_and_rule_lessons(tmp_path, fmt, build, meta):
    """The review's lessons, and those the rules alone find (no learned stage)."""
    path = write_document(tmp_path, fmt, build, meta)[0]
    return extract_review(path).lessons, segment_lessons(read_blocks(path))


def partnership_cover(doc, meta, partnership: str, published: str) -> None:
    """A cover: the partnership, the title, "Lead reviewer: <author>", the publication line."""
    doc.add("cover", partnership)
    doc.add("title", meta["title"])
    doc.add("cover", f"Lead reviewer: {meta['author']}")
    doc.add("cover", published)
    doc.add("pagebreak")


def numbered_recommendations(doc, asks) -> None:
    """A "Recommendations" heading over numbered items "1.", "2." ..."""
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(asks, 1):
        doc.add("num", ask, label=f"{n}.")


# A short LCSPR laid out whole by the blind-set tests that need a report around their lessons: Calderdale's
# review of Child K (written for these tests, not the corpus's words).
CHILD_K_META = {
    "title": "Local Child Safeguarding Practice Review: Child K",
    "area": "Calderdale",
    "region": "Yorkshire and the Humber",
    "review_type": "LCSPR",
    "published": "2022-06-14",
    "child": "Child K",
    "child_age": "",
    "author": "",
}
CHILD_K_ASKS = (
    "The Partnership should give school nurses a route to talk a worry through on the same day.",
    "Health visitors should see a baby undressed whenever a mark has been reported.",
)


def lesson_rows(lessons) -> list[tuple[str, str, str, str, str]]:
    """Each lesson as (kind, label, title, text, agency), the fields the blind-set tests compare."""
    return [(l.kind, l.label, l.title, l.text, l.agency) for l in lessons]


def child_k_cover(doc, fmt, title=CHILD_K_META["title"]) -> None:
    """Child K's cover: the partnership, the title, the publication line, then a page break (not on a web page)."""
    doc.add("cover", "Calderdale Safeguarding Children Partnership")
    doc.add("title", title)
    doc.add("cover", "Published: 14 June 2022")
    if fmt != "html":
        doc.add("pagebreak")


def child_k_introduction(doc) -> None:
    """Child K's introduction: who was hurt, and when."""
    doc.add("h1", "Introduction")
    doc.add("p", "Child K, who was nine years old, was seriously hurt at home in the autumn of 2021.")
