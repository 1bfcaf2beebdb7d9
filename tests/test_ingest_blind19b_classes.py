"""Ingest tests: the classes the second half of blind held-out set 19 (C511-C528) found the extractor
missing, and the text repair the whole set called for, each on a document the test lays out itself.

Text repair as a document is read: UTF-8 read as Windows-1252 and saved again ("familyâ€™s"), entities
printed literally (a content system's export saved as text) or escaped twice (a web page), and
Windows-1252 read as UTF-8 (each character outside ASCII a "\ufffd"): the lessons and the metadata are
those of the undamaged document. Lessons: a web page's related-links sidebar placed between two
sections never swallows the next section's heading; a Word template's placeholders left in are never
lessons; Word's decorative bullets ("\u2756" points completed by "\u27a2" sub-items) are one point per
mark; text pasted from a PDF a line a paragraph, with "Page N of M" and the running header inside,
is joined back; a content system's export fields ("Tags: ... learning ...") open no section; a site's
bar of links dumped as one row is never a lesson. Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers; the damaged
ones are the writers' files damaged as the real files were. The texts are written for these tests only.
"""

from __future__ import annotations

import re

import pytest
from convention_documents import lessons_and_rule_lessons, numbered_recommendations, partnership_cover
from test_ingest_conventions import _write as write_document

from ingest import extract_review

SEEN = (
    "The family's health visitor saw the baby twice in a month \u2013 both times at the clinic, never at home.",
    "The school nurse recorded the boy's explanation of the marks and did not ask his teacher what she saw.",
    "Nobody asked the aunt, who cared for the children at weekends, what worried her about the flat.",
)
TITLES = ("Seen only at the clinic", "One account of the marks", "The aunt nobody asked")
ASKS = (
    "Health visitors should see every baby on a plan at home at least once a month.",
    "School nurses should share an injury they record with the designated safeguarding lead the same day.",
    "Assessments should record the views of relatives who care for the children regularly.",
)
PRACTICE = (
    "The housing officer noticed the damp and arranged repairs within a week, which the family valued.",
    "The midwife kept the same appointment time each week so that the mother could plan around it.",
)
META = {
    "title": "Local Child Safeguarding Practice Review \u2013 Child M",
    "area": "Rotherham",
    "region": "Yorkshire and the Humber",
    "review_type": "LCSPR",
    "published": "2022-02-08",
    "child": "Child M",
    "child_age": "6 years",
    "author": "Imogen Fairweather",
}


def _cover(doc) -> None:
    partnership_cover(doc, META, "Rotherham Safeguarding Children Partnership", "Published: 8\u00a0February 2022")
    doc.add("h1", "Introduction")
    doc.add(
        "p",
        "This Local Child Safeguarding Practice Review was commissioned after Child\u00a0M, who was 6\u00a0years "
        "old, was seriously harmed. The family\u2019s GP took part. It was led by the independent reviewer Imogen Fairweather.",
    )


def _findings(doc) -> None:
    doc.add("h1", "What the review found")
    for n, (title, text) in enumerate(zip(TITLES, SEEN, strict=True), 1):
        doc.add("h2", f"Finding\u00a0{n}: {title}")
        doc.add("p", text)


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


def _rows(lessons):
    return [(l.kind, l.label, l.title, l.agency, l.text) for l in lessons]


# --- text repair as a document is read -----------------------------------------------------------------------


def _mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252: "\u2019" printed "â€™", a non-breaking space "Â "."""
    return text.encode("utf-8").decode("cp1252")


def _entities(text: str) -> str:
    """Every character outside ASCII printed as its numeric entity: "&#8217;", "&#160;"."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def _escaped_twice(text: str) -> str:
    """A web page's text escaped twice: the browser shows "&#8217;", "&amp;"."""
    return re.sub(r"[^\x00-\x7f]", lambda m: f"&amp;#{ord(m.group(0))};", text)


def _replaced(text: str) -> str:
    """Windows-1252 read as UTF-8: every character outside ASCII a replacement character."""
    return re.sub(r"[^\x00-\x7f]", "\ufffd", text)


@pytest.mark.parametrize(
    ("fmt", "damage"),
    [
        ("txt", _mojibake),
        ("html", _mojibake),
        ("txt", _entities),
        ("html", _escaped_twice),
        ("txt", _replaced),
        ("html", _replaced),
    ],
)
def test_damaged_characters_are_repaired_as_the_document_is_read(tmp_path, fmt, damage):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "What went well")
        for text in PRACTICE:
            doc.add("bullet", text)
        numbered_recommendations(doc, ASKS[:2])

    clean_dir, damaged_dir = tmp_path / "clean", tmp_path / "damaged"
    clean_dir.mkdir()
    damaged_dir.mkdir()
    clean_path = write_document(clean_dir, fmt, build, META)[0]
    damaged_path = write_document(damaged_dir, fmt, build, META)[0]
    source = damaged_path.read_text(encoding="utf-8")
    if fmt == "html":  # the body's text damaged, the markup kept
        head, body = source.split("<body>", 1)
        source = head + "<body>" + damage(body)
    else:
        source = damage(source)
    damaged_path.write_text(source, encoding="utf-8")
    assert source != clean_path.read_text(encoding="utf-8")

    clean, damaged = extract_review(clean_path), extract_review(damaged_path)
    assert _rows(damaged.lessons) == _rows(clean.lessons)
    assert [l.kind for l in clean.lessons] == ["finding"] * 3 + ["good_practice"] * 2 + ["recommendation"] * 2
    for name in ("title", "published", "child", "child_age", "author"):
        assert getattr(damaged, name) == getattr(clean, name), name


# --- a related-links sidebar between two sections ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_a_related_links_sidebar_between_sections_leaves_the_next_section(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "You might also be interested in")
        for link in ("Escalation policy", "Neglect toolkit", "Multi-agency training programme"):
            doc.add("bullet", link)
        doc.add("h1", "Good practice")
        for text in PRACTICE:
            doc.add("bullet", text)
        numbered_recommendations(doc, ASKS[:2])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons][3:] == [
            *(("good_practice", text) for text in PRACTICE),
            *(("recommendation", ask) for ask in ASKS[:2]),
        ]


# --- a Word template's placeholders left in ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(
    "prompt", ["Click or tap here to enter text.", "[Insert the learning here]", "Click here to enter text."]
)
def test_template_placeholders_left_in_are_never_lessons(tmp_path, fmt, prompt):
    def build(doc):
        _cover(doc)
        doc.add("p", "[Guidance: summarise why the review was undertaken. Delete this guidance before publishing.]")
        doc.add("h1", "3. Learning identified")
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"{n}.")
        doc.add("num", prompt, label="4.")
        doc.add("h1", "4. Good practice identified")
        doc.add("p", prompt)
        numbered_recommendations(doc, ASKS[:2])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("learning_point", str(n), text) for n, text in enumerate(SEEN, 1)),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS[:2], 1)),
        ]


# --- Word's decorative bullets typed into the text -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "pdf"])
@pytest.mark.parametrize(("point", "sub"), [("\u2756", "\u27a2"), ("\u2726", "\u27a2")])
def test_decorative_bullets_are_one_point_completed_by_its_sub_items(tmp_path, fmt, point, sub):
    points = (
        ("The health visitor saw the baby only at the clinic.", ("Nobody saw where the baby slept.",)),
        (
            "The school recorded the marks but not who had explained them.",
            ("The explanation came from the stepfather.", "The boy was not asked."),
        ),
    )

    def build(doc):
        doc.font = "dejavu-sans"  # a font holding the dingbats, as Word embeds one
        _cover(doc)
        doc.add("h1", "Key learning")
        doc.add("p", "The review identified two areas of learning, set out below.")
        for sentence, subs in points:
            doc.add("p", f"{point} {sentence}")
            for s in subs:
                doc.add("p", f"{sub} {s}")
        doc.add("h1", "Good practice")
        for text in PRACTICE:
            doc.add("p", f"\u25aa {text}")
        numbered_recommendations(doc, ASKS[:2])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("learning_point", "", " ".join((sentence, *subs))) for sentence, subs in points),
            *(("good_practice", "", text) for text in PRACTICE),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS[:2], 1)),
        ]


# --- text pasted from a PDF a line a paragraph ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html"])
def test_text_pasted_from_a_pdf_a_line_a_paragraph_is_joined_back(tmp_path, fmt):
    first = (
        "The health visitor saw the baby twice in a month, both times at the",
        "clinic and never at home, so the conditions in the flat were not seen by any",
        "professional. Home visits are a signifi-",
        "cant part of understanding a baby's daily life.",
    )
    second = (
        "The school nurse recorded the boy's explanation of the marks and did not",
        "ask his teacher what she saw. A single account is not an assess-",
    )
    second_end = "ment of risk."
    asks = (
        ("Health visitors should see every baby on a child protection plan at home at", "least once a month."),
        ("School nurses should share an injury they record with the designated", "safeguarding lead the same day."),
    )

    def build(doc):
        doc.add("title", META["title"])
        doc.add("p", "Published: 8 February 2022")
        doc.add("h2", "Findings")
        doc.add("h3", f"Finding 1: {TITLES[0]}")
        for line in first:
            doc.add("p", line)
        doc.add("h3", f"Finding 2: {TITLES[1]}")
        for line in second:
            doc.add("p", line)
        doc.add("p", "Page 2 of 3")
        doc.add("p", f"{META['title']} | Final report")
        doc.add("p", second_end)
        doc.add("h2", "Recommendations")
        for n, (line, rest) in enumerate(asks, 1):
            doc.add("p", f"{n}. {line}")
            doc.add("p", rest)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            (
                "finding",
                "Finding 1",
                TITLES[0],
                f"{TITLES[0]} " + " ".join(first).replace("signifi- cant", "significant"),
            ),
            (
                "finding",
                "Finding 2",
                TITLES[1],
                f"{TITLES[1]} " + " ".join((*second, second_end)).replace("assess- ment", "assessment"),
            ),
            *(("recommendation", str(n), "", f"{line} {rest}") for n, (line, rest) in enumerate(asks, 1)),
        ]


# --- a content system's export fields ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt"])
@pytest.mark.parametrize("tags", ["case reviews; learning & development", "learning from reviews, neglect"])
def test_a_content_systems_export_fields_open_no_section(tmp_path, fmt, tags):
    def build(doc):
        doc.add("p", f"Title: {META['title']}")
        doc.add("p", "Content type: Case review")
        doc.add("p", "Published: 2022-02-08T09:30:00+00:00")
        doc.add("p", "Last modified: 2023-05-11T14:05:12+01:00")
        doc.add("p", "Author: webeditor")
        doc.add("p", f"Tags: {tags}")
        doc.add("p", "Body:")
        doc.add(
            "p",
            "This Local Child Safeguarding Practice Review was commissioned after Child M was seriously harmed. "
            "It looked at the help given to the family by health services and the school.",
        )
        _findings(doc)
        numbered_recommendations(doc, ASKS[:2])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(
                ("finding", f"Finding {n}", f"{title} {text}")
                for n, (title, text) in enumerate(zip(TITLES, SEEN, strict=True), 1)
            ),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS[:2], 1)),
        ]


# --- a site's bar of links dumped as one row -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt"])
@pytest.mark.parametrize(
    "bar", ["Accessibility | Cookies | Privacy notice | Contact us", "Sitemap | Terms of use | Feedback"]
)
def test_a_sites_bar_of_links_dumped_as_one_row_is_never_a_lesson(tmp_path, fmt, bar):
    def build(doc):
        _cover(doc)
        _findings(doc)
        numbered_recommendations(doc, ASKS)
        doc.add("p", "Download the full report (PDF, 1.1MB)")
        doc.add("p", bar)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons][3:] == [
            ("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)
        ]


# --- a heading broken over two heading paragraphs ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_a_lesson_heading_carried_on_in_a_second_heading_paragraph_is_one_title(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What the review found")
        for n, (title, text) in enumerate(zip(TITLES, SEEN, strict=True), 1):
            words = title.split()  # the last two words typed as a heading paragraph of their own
            doc.add("h2", f"Finding {n}: {' '.join(words[:-2])}")
            doc.add("h2", " ".join(words[-2:]))
            doc.add("p", text)
        numbered_recommendations(doc, ASKS[:2])

    assert all(title.split()[-2][:1].islower() for title in TITLES)
    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *(
                ("finding", f"Finding {n}", title, f"{title} {text}")
                for n, (title, text) in enumerate(zip(TITLES, SEEN, strict=True), 1)
            ),
            *(("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS[:2], 1)),
        ]
