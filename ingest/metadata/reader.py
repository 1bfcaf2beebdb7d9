"""Ingest stage, metadata: read_metadata, the review's metadata from its first pages.

It composes the field readers (title, review type, area and region,
publication date, child and age, author), deciding between them where one
field depends on another, and reads an NSPCC repository entry's first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.layout import Block, PageLayout
from ingest.metadata.age_fields import age_from_fields
from ingest.metadata.area import (
    _area,
    _area_field,
    _commissioning_area,
    _council_area,
    _council_line,
    _logo_area,
    _sentence_area,
    canonical_area,
    capitals_cover_area,
)
from ingest.metadata.author import _author, _chair_line, _publisher, _signatory, author_column
from ingest.metadata.child import (
    PSEUDONYM,
    SEVERAL_CASES,
    _age,
    _age_from_birth,
    _age_from_table,
    _child,
    _child_from_title,
)
from ingest.metadata.children import family_of_named_children, group_without_age, several_reviews_children
from ingest.metadata.cover_title import child_first_title, named_title, sentence_title
from ingest.metadata.dates import (
    _MONTH,
    _control_date,
    _copyright_year,
    _cover_date,
    _issue_date,
    _published,
    _published_row,
    _read_date,
    _reference_date,
    _sent_date,
    _version_date,
)
from ingest.metadata.field_tables import column_fields, rows_before_prose
from ingest.metadata.genres import SALUTATION, gathers_reviews, scrutiny_statement
from ingest.metadata.imprint import imprint_date
from ingest.metadata.incident_age import incident_age
from ingest.metadata.letter_child import letter_child
from ingest.metadata.named_pairs import child_of_pair, child_of_titled_pair, corrected_age, pair_age
from ingest.metadata.own_dates import own_date
from ingest.metadata.review_type import (
    ANNUAL_REPORT,
    BOUND_BRIEFING,
    GUIDANCE_TITLE,
    METHOD_TITLE,
    NEWSLETTER,
    SELF_BRIEFING,
    _review_type,
)
from ingest.metadata.running_footer import footer_published, footer_review_type
from ingest.metadata.sheet_title import own_cover_title
from ingest.metadata.subject_age import subject_age
from ingest.metadata.text import _titlecase
from ingest.metadata.title import LEARNING_FROM, _title
from ingest.metadata.title_lines import announced_title, email_subject, letter_subject, title_field
from ingest.records import Lesson
from ingest.regions import region_of
from ingest.words import word_line

# An NSPCC repository entry's first line: "2019 - Wigan - Child M", "March 2016 - Anonymous - Child S".
NSPCC_HEADING = re.compile(
    rf"^\s*(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)\s+[-–—]\s+(?P<area>[^-–—\n]{{2,60}}?)\s+[-–—]\s+"
    r"(?P<child>[^\n]{2,40}?)\s*$",
    re.IGNORECASE,
)

# A site's breadcrumb trail over its page: "Home > Case reviews > Recently published case reviews".
BREADCRUMB = re.compile(r"^\s*Home\s*[>›»]\s*\S")

# A strap line offering a sheet as one review's learning: "Learning from the Serious Case Review concerning X".
LEARNING_STRAP = re.compile(
    r"^\W*learning\s+from\s+(?:the|this|our)\s+[^\n]{0,60}?\breview\b", re.IGNORECASE | re.MULTILINE
)

# A form's field giving the title of the review the form is about: "Title of review:", "Review title:".
REVIEW_TITLE_FIELD = re.compile(
    r"^\s*(?:review\s+title|title\s+of\s+(?:the\s+)?(?:(?:serious\s+)?case\s+|practice\s+)?review)\s*:",
    re.IGNORECASE | re.MULTILINE,
)

# A review titled by the adult it is about: the victim of a domestic homicide, an adult at risk.
ADULT_REVIEW = re.compile(
    r"\bdomestic\s+homicide\s+review\b|\bsafeguarding\s+adults?\s+review\b|\b(?:DHR|SAR)\b", re.IGNORECASE
)

# A line of prose wrapped between two words (no stop, colon or bar where it breaks).
WRAPPED = re.compile(r"(?<=[\w,])[ \t]*\n(?=[\w])")
FIELDS = ("title", "review_type", "area", "region", "published", "child", "child_age", "author")


def read_metadata(
    blocks: list[Block], pages: list[PageLayout], furniture: str = "", lessons: Sequence[Lesson] = ()
) -> dict[str, str]:
    """Metadata found in the document's own first pages; the running headers and footers
    (`furniture`, one a line) are read for the area and the year when nothing else gives them.
    `lessons`, the lessons found in the document: an age in their text is never the child's."""
    page_count = len(pages)
    said = tuple(part for lesson in lessons for part in (lesson.title, lesson.text) if part)
    cover_pages = 1 if page_count > 2 else page_count
    cover = [b for b in blocks if b.page_start <= cover_pages]
    front = [b for b in blocks if b.page_start <= min(3, page_count)]
    # Field forms ("Title: ...", "LSCB: ...") are read line by line: a cover sheet
    # set as one paragraph would otherwise run its fields together.
    cover_text = "\n".join(_unquoted(line.text) for page in pages[:cover_pages] for line in page.lines)
    front_text = "\n".join(_unquoted(line.text) for page in pages[:3] for line in page.lines)
    # The whole text: a short document keeps its running header as text (too few pages to repeat it).
    all_text = "\n".join(_unquoted(line.text) for page in pages for line in page.lines)
    back_text = "\n".join(_unquoted(line.text) for page in pages[max(3, page_count - 2) :] for line in page.lines)
    # A document-control table ("Version | Date | Author | Status") names the author in its column.
    back_text += "\n" + author_column([b.cells for b in blocks if b.kind == "row"])
    # A cover table prints its fields as label and value cells ("Independent reviewer | Jane Smith"):
    # read each such row as "label: value" too.
    cover_text += "\n" + "\n".join(_field_rows(cover))
    # ... or a row of labels over a row of values ("Lead reviewer" over "Graham Tully")
    cover_text += "\n" + "\n".join(column_fields(rows_before_prose(cover)))
    front_text += "\n" + "\n".join(_field_rows(front))
    first_page = [b for b in blocks if b.page_start == 1 and any(c.isalpha() for c in b.text)]
    title = (
        title_field(cover_text)
        or announced_title(front_text)
        or email_subject(front_text)
        or letter_subject(cover_text)
        or _title(first_page or cover or blocks[:5])
    )
    # a repository's cover sheet ("Title: Serious case review: Baby G") before the report's own cover, whose
    # title ("Serious Case Review: Baby G – Overview Report") is the document's
    title = own_cover_title(title, cover_text, blocks) or title
    # "HARRY" over "SERIOUS CASE REVIEW": the type and the child
    title = child_first_title(title, first_page or cover, all_text) or title
    # no title on the cover: the running header's, or a cover table cell's, naming the review
    # (or the first line of the first body page: a running header printed once, in a report of two pages)
    body = [b for b in blocks if b.page_start == 2] if page_count == 2 else []
    cells = [c for b in cover if b.kind == "row" for c in b.cells] + [b.text for b in body[:1]]
    title = named_title(title, furniture, cells) or title
    title = sentence_title(title, front_text) or title
    learning = LEARNING_FROM.match(title)
    if (
        learning
        and _norm_words(title[learning.end() :]) in _norm_words(furniture)
        and _norm_words(title) not in _norm_words(furniture)  # a page title printing the words too keeps them
    ):
        # "Learning from the Serious Case Review concerning Child R" is the cover's title whole, as is
        # "Learning from Baby O" (corpus/README.md: a title as printed), unless the page's own title drops the words.
        title = _titlecase(title[learning.end() :])
    # The type reads the title as printed: "Learning briefing: LCSPR Baby J" is a briefing.
    printed_title = next((b.text for b in cover if b.kind == "heading"), title)
    if REVIEW_TITLE_FIELD.search(cover_text):
        # A form about a review ("Title of review: Serious Case Review: Child B" on a briefing template): the
        # field titles the review, not the form, whose type its own words on the cover give.
        review_type = _review_type("", cover_text, front_text)
    else:
        review_type = _review_type(printed_title + "\n" + title, cover_text, front_text)
    if review_type == "other" and not REVIEW_TITLE_FIELD.search(cover_text):
        # the type printed only in the running footer ("Serious Case Review – Child U – Page 2 of 6")
        review_type = footer_review_type(furniture) or review_type
    if review_type != "briefing" and SELF_BRIEFING.search(front_text) and not BOUND_BRIEFING.search(front_text):
        review_type = "briefing"  # "Learning from the Serious Case Review of Child Y" that calls itself a briefing
    # A domestic homicide or safeguarding adults review is titled by the adult who died ("Domestic Homicide
    # Review: Sarah"); the child is the one its text names ("Sarah's child, referred to as Child H").
    child = "" if ADULT_REVIEW.search(title) else _child_from_title(title)
    if child and SEVERAL_CASES.search(title) and not PSEUDONYM.match(child):
        # "THEMATIC REVIEW: SUDDEN UNEXPECTED DEATH IN INFANCY": a review of several cases is titled by its
        # topic, whose first word is no child's name (its children are known by letters: "Child A")
        child = ""
    if not child and review_type not in ("national", "thematic") and not SEVERAL_CASES.search(title):
        # a plain-text heading in capitals ("4. LCSPR CHILD W: FINAL REPORT") read in the case names use
        capitals = "\n".join(_titlecase(line) for line in front_text.split("\n") if line.isupper())
        # a child known by one letter alone ("Learning review: R, a care leaver", "... is called Z")
        child = letter_child(title, front_text) or _child(cover_text) or _child(front_text) or _child(capitals)
    if not child:
        child = child_of_titled_pair(title, all_text)  # "Overview report: Gemma and Harry"
    if ADULT_REVIEW.search(title):
        child = child_of_pair(child, all_text)  # "... Review: Kerry and Freya": the adult killed and the child
    if (
        ANNUAL_REPORT.search(title)
        or gathers_reviews(title)
        or (NEWSLETTER.search(title + "\n" + cover_text) and not _child_from_title(title))
    ):
        # a year's report, a newsletter's issue on several reviews: their children are not the document's
        child = ""
    if review_type == "briefing" and GUIDANCE_TITLE.match(title) and not (child and LEARNING_STRAP.search(cover_text)):
        # guidance for practice in general, drawing on reviews, or issued after the one it names: the
        # guidance's own procedure, not a summary of the review (unless a strap line under its title
        # offers it as "Learning from the Serious Case Review concerning X": a leaflet on that review)
        review_type = "other"
    meta = {
        "title": title,
        "review_type": review_type,
        # Blocks too: a sentence naming the partnership may wrap between its lines.
        "area": _commissioning_area(cover_text + "\n" + front_text)
        or _area(title + "\n" + cover_text)
        # a logo printing the place over the partnership's kind, on two lines
        or _logo_area(cover_text)
        or _area(front_text)
        or _area("\n".join(b.text for b in front))
        or _area_field(cover_text)
        or _area(furniture)
        # the council named only in its logo's alt text, which the page's furniture keeps
        or _council_area(all_text + "\n" + furniture)
        or _council_line(cover_text + "\n" + front_text)
        # a web page naming its partnership only mid-line: a sentence opening with it, its copyright line
        or _sentence_area(all_text + "\n" + furniture)
        # the partnership named only by a cover line in capitals ("CALDERDALE SAFEGUARDING CHILDREN PARTNERSHIP")
        or capitals_cover_area(cover_text),
        "published": own_date(title, cover_text, all_text)
        # "Published by the X Partnership, 3 December 2024.": the imprint's date over the case's dates
        or imprint_date(all_text)
        or _issue_date(cover_text)
        or _published(cover_text)
        or _published(front_text)
        or _published_row(blocks)
        or _control_date(all_text)
        or _cover_date(cover_text)
        or _copyright_year(front_text)
        or _version_date("\n".join([furniture, all_text, *(" | ".join(b.cells) for b in blocks if b.kind == "row")]))
        or _copyright_year(furniture)
        or _reference_date(cover_text + "\n" + all_text)
        # a forwarded e-mail dated by nothing it carries: the day it was sent passed the learning on
        or _sent_date(front_text)
        # the publication stated only in the running footer ("... | Published April 2013 | Page 2 of 3")
        or footer_published(furniture),
        "child": child,
        # the age at the death, the harm or its discovery, over an age when concerns began
        "child_age": incident_age(front_text, said)
        or _age(front_text, said, child)
        or _age_from_table([b.cells for b in blocks if b.kind == "row"], child)
        # "D.O.B.: 06.09.2010" over "D.O.D.: 22.11.2010": the age follows from the cover's two dates
        or age_from_fields(front_text)
        or _age("\n".join(b.text for b in blocks[:120]), said, child)
        or _age_from_birth(front_text),
        # A writer named anywhere in the first pages before a chair or scrutineer signing a foreword;
        # a writer named only at the end (a sign-off, "About the author", an imprint) before them too.
        # A letter is written by whoever signs it, whatever reviewer it names.
        "author": (_signatory(front_text) if SALUTATION.search(front_text) else "")
        # a scrutineer's statement on a review is written by the scrutineer who signs it
        or (_chair_line(cover_text) if scrutiny_statement(title) else "")
        or _author(cover_text, chairs=False)
        or _author(front_text, chairs=False)
        or _author(back_text, chairs=False)
        or _author(cover_text)
        or _author(front_text)
        or _signatory(cover_text)
        or _publisher(cover_text)
        # "... the review, led by Jonathan\nPryce, to protect ...": a name wrapped over two lines of prose
        or _author(WRAPPED.sub(" ", front_text), chairs=False)
        # "Report author: Jane Smith | Page 2 of 9": a writer printed only in the running footer, which
        # is taken off the pages as furniture
        or _author(furniture, chairs=False),
    }
    # an erratum's correction of the age; two children given different ages have no one age
    meta["child_age"] = pair_age(child, all_text, corrected_age(all_text, meta["child_age"]))
    if several_reviews_children(title) or group_without_age(
        meta["child"], [b.cells for b in blocks if b.kind == "row"], all_text
    ):
        meta["child_age"] = ""  # two reviews' children in one briefing: each its own age, none the document's
    if family_of_named_children(meta["child"], all_text):
        meta["child"] = meta["child_age"] = ""  # a family's children each named: no one child, no one age
    if not meta["child"] and review_type in ("thematic", "other", "national"):
        # no one child: an age in the text is some other child's (a national review lists its cases' ages)
        # ... unless the text gives the age of the review's one subject it never names
        meta["child_age"] = subject_age(front_text) if review_type == "other" else ""
    if meta["area"]:
        meta["area"] = canonical_area(meta["area"], all_text)
    if review_type == "national" and not _area(title):
        meta["area"] = ""
    year = meta["published"][:4]
    if review_type == "other" and METHOD_TITLE.search(title) and year.isdigit():
        meta["review_type"] = "SCR" if int(year) < 2019 else "LCSPR"
    entry = _nspcc_heading(pages)
    if entry:
        meta.update(entry)
    meta["region"] = region_of(meta["area"])
    # A name or title read across a line break ("written by Dr\nRupert Vance") is one line of words.
    return {field: " ".join(value.split()) for field, value in meta.items()}


# A quoted line of a forwarded or replied-to e-mail: "> Bolton Safeguarding Children Partnership has ...".
QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")


def _unquoted(text: str) -> str:
    return QUOTED.sub("", text)


def _norm_words(text: str) -> str:
    return f" {word_line(text)} "


def _field_rows(blocks: list[Block]) -> list[str]:
    """ "label: value" for each two-cell table row whose first cell is a short label."""
    out = []
    for b in blocks:
        cells = [c.strip() for c in b.cells if c.strip()]
        if (
            b.kind == "row"
            and len(cells) == 2
            and len(cells[0]) <= 40
            and not cells[0].endswith(":")
            and not re.search(r"\d", cells[0])
        ):
            out.append(f"{cells[0]}: {cells[1]}")
    return out


def _nspcc_heading(pages: list[PageLayout]) -> dict[str, str]:
    """The year (or month), area and child an NSPCC repository entry names on its first line."""
    lines = [line.text for page in pages[:1] for line in page.lines if line.text.strip()]
    # a web page's text copy opens with its breadcrumb trail ("Home > Case reviews > ..."), the entry's line after
    while len(lines) > 1 and BREADCRUMB.match(lines[0]):
        lines = lines[1:]
    first = lines[0] if lines else ""
    match = NSPCC_HEADING.match(first)
    if not match:
        return {}
    year, month = match.group("year"), match.group("month")
    area = match.group("area").strip()
    out = {
        "published": (_read_date(f"{month} {year}") or year) if month else year,
        "area": "" if area.lower() in ("anonymous", "anon", "not known") else _titlecase(area),
        "child": _titlecase(match.group("child").strip()),
        "title": re.sub(r"\s+", " ", first.strip()),  # the entry is titled by its first line
    }
    return out
