"""Ingest stage: one document in, one Review record out.

Reads the document (PDF, text, HTML or DOCX; ingest/read.py), OCRs PDF pages without a text
layer, cleans the pages, finds the structure, the metadata and the lessons,
and returns a Review. Anything that makes the file unreadable raises
IngestFailure with the stage and the reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ingest.blocks import build_blocks
from ingest.checks import check_review
from ingest.clean import normalise_pages, remove_furniture, removed_lines
from ingest.discover import display_path
from ingest.failure import IngestFailure
from ingest.guidance import guidance_with_learning
from ingest.layout import Block
from ingest.lesson_check import check_lessons
from ingest.lesson_cues import zone_kind
from ingest.lessons import segment_lessons
from ingest.limits import Limits
from ingest.metadata import FIELDS, read_metadata, read_sidecar
from ingest.ocr import AUTO, OCR_MISSING, why_missing
from ingest.read import _read_bytes, _read_pages
from ingest.records import REVIEW_TYPES, Review, Section
from ingest.regions import region_of
from ingest.second_opinion import add_missed, score_units
from ingest.words import word_tokens

# Bump whenever the records extracted from the same file would change.
# 1.3: the OCR engine is recorded (RapidOCR when Tesseract is missing); rules generalised.
# 1.4: the classes blind held-out set 2 exposed (two-column found/will-do tables, questions to the
# Board, run-in and numbered "Learning:" cues, lettered stems, titles, addressees, dotted dates).
# 1.5: the classes blind held-out set 3 exposed ("The review found that", outlines, theme cells
# spanning rows, boxes beside paragraphs, coded labels, capitals titles, OCR'd markers, metadata in
# running footers, letters, leaflets and annual reports).
# 1.6: the classes blind held-out set 4 exposed.
# 1.7: the classes blind held-out set 5 exposed (questions and answers, checklists, cards, tips,
# myths and realities, staggered tables, progress reports, margin codes, bilingual labels).
# 1.8: a block classifier's second opinion adds lessons where the rules found none (second_opinion.py).
# 1.9: the classes blind held-out set 6 exposed (systems findings in captioned boxes, missed
# opportunities, chronologies, agency codes, slide decks, Signs of Safety tables, statutory bases).
# 1.10: the classes blind held-out set 7 exposed (rationale paragraphs, evidence bullets, continued headings,
# went-well tables, addenda, easy-read versions, news pages, short-year dates, types a review is not).
# 1.11: the classes blind held-out set 8 exposed (conclusions as findings, run-in finding codes, steps under
# a recommendation, good practice run in or boxed among narrative, a briefing's learning grouped by audience).
# 1.12: an HTML ordered list's drawn numbers label the lessons its items open (labels only); Word lists started
# at another number (startOverride) and items numbered to two levels ("1.2") are labelled as printed.
# 1.13: the classes blind held-out set 9 exposed (sections named for a review's lessons, appendices closing
# recommendations, commentary and voices beside findings, review-team authors, agencies named after a dash,
# actions not from the review, bracketed labels, three-part text footers, lost bullets in a list's column).
# 1.14: the classes blind held-out set 10 exposed (plain-words headings of young people's versions, boxes of learning
# from a local review in guidance, agencies run in before good practice, findings numbered over their numbered
# paragraphs, sub-headings over a list's lead-in, lead-ins ending a finding, findings split into what worked well;
# metadata: "Location:" fields, titles quoted in news posts, young people's versions and briefings by their words).
# 1.15: a learned check after the second opinion drops lessons it is sure are extras and adds proposals
# it is sure match a missed lesson (lesson_check.py; it changes nothing on the development data).
# 1.16: the classes blind held-out set 11 exposed (issues for national consideration, commendations, explainer
# boxes between findings, forewords, good practice run in after a service, scans losing a list's bullets over a
# page, a heading's wrapped last word or a list's first number).
# 1.17: the classes blind held-out set 12's first half exposed (findings stated run in after episodes and
# analysis, "What we learned" beside dated events, practice and systems findings, recommendations continued
# overleaf, learning in a chronology's comments, good practice acknowledged in passing, run-in conclusions,
# narrative among "It is recommended that" paragraphs, "What this means for practice", "What we saw in this
# case", "Type: ... | Lead: ..." lines, an agency chapter's areas for development) and its second half (action
# tables under a recommendation, training tasks, posters, OCR-misread list numbers, one agency's own summary,
# responses and trainer's notes after a lesson; metadata of minutes, progress updates, citations, document-control
# blocks and combined partnerships).
# 1.18: the metadata classes blind set 13 exposed (the ages of a national review's cases, briefings on several
# reviews, Panel analyses, partnerships printed without their place, republished reviews, an age from a date of
# birth and an event, newsletter issues, statements in place of a report); every field one line of words.
# 1.19: the lesson classes blind set 13's first half exposed (numbered paragraphs reporting what the review
# finds, learning points counting themselves, lists addressed to an agency, kind qualifiers after a label, good
# practice in a margin column, table rows short of a spanned Learning cell, numbered themes over lettered
# recommendations, counts of recommendations with their order, numbered sub-headings in body type) and its
# second half (what a thematic review's cases show, conclusions announced in a sentence, "Themes" chapters,
# "Theme:" groups, a partnership's name above a cover's title, a scan's misread code label); a numbered
# conclusions chapter after the findings; the lesson check proposing inside sections the rules read; the
# block model and the check refitted with set 13 among their training sets.
# 1.20: the lesson classes blind set 14's first half exposed (a lesson's sub-headed "Evidence" and "Why it
# matters" parts, a learning point's "What this means for practice" advice, a table's group cell printed once
# over the rows it spans, a finding carried on under its label and "(continued)", numbered narrative closed by
# "This was good practice.", "Good practice (<service>):" run in, lettered sub-items under a numbered
# recommendation's lead-in), its second half's (what a review teaches its readers, work already under way, an
# earlier review's recommendations, learning read across many reviews and a section's one-sentence preamble,
# a theme's sub-heading over a run-in "Finding:", good-practice appendices, practice guidance's own procedure,
# a scan's list mark for "1.") and its metadata classes (authors in the running footer, partnerships'
# responses, briefing sheets and school terms, practice guidance, initials with dots, ages in a family table,
# quarters, reference codes, "Child X: overview report" covers); the learned stages refitted with set 14.
# 1.21: the lesson classes blind set 15's first half exposed (slide decks and handouts whose title names their
# learning, with slide numbers, speaker notes and an agenda slide; notes pages under a labelled slide heading; an
# infographic's numbered box titles in body type; line numbers in the margin; run-in title phrases in plain text;
# a forwarded e-mail's quoted lines kept as paragraphs; a newsletter article continued on a later page; a plain
# heading over a run-in "Finding 1."; image descriptions; a "Related content" sidebar).
# 1.22: the lesson classes blind set 16's first half exposed (a learning sentence after a lead-in inside narrative;
# paragraphs tagged "[L2]", "[R1]"; items tagged by kind, "Learning:", "Good practice:"; "What? / So what? / Now
# what?"; recommendations numbered inline "(i) ...; (ii) ..."; symbols a key explains, by kind or by status;
# sub-headings over narrative and a changing run-in cue; an Action column beside learning; "KL-01:" codes; a
# quoted aside inside a lesson; irregular past tenses in a first sentence; questions in body type over findings
# and a "Recommendations" heading run into its first paragraph in a scan).
# 1.23: the lesson and metadata classes blind set 17 exposed (display typography read back as text: drop capitals,
# letter-spaced headings, dot leaders to a lead agency, kickers, numbers alone over a list, quoted headings; boxes,
# figures and key-terms sidebars inside a lesson; good practice boxes set into other text; paragraph numbers over
# labelled lessons; questions for the reader, status and "what has changed since" lines; staged labels and
# bracketed pointers; an agency's own learning under its sub-heading; summary items on one sentence frame; scans'
# glued labels and misread list numbers; covers putting the child first, capitals run into an author's name, a firm
# beside its lead reviewer, several children named together, ages that are not the child's).
# 1.24: the lesson and metadata classes blind set 18 exposed (numbered lessons in words no rule knows, read from a
# series under a heading naming them; a finding's own numbered points, epigraphs, tables with captions, agency
# sub-headings and bracketed notes inside a lesson; another lesson's label as a sentence's subject; boxes continued
# overleaf; numbered items going on in paragraphs; questions for the reader under a small heading; committee
# resolutions and action-plan notes; paired run-in cues; ACPC-era areas and types, council names, city partnerships,
# short spreadsheet dates, ages from birth and event date fields, an unborn baby later born, roles before a name).
# 1.25: the lesson and metadata classes blind set 19 exposed (text mis-decoded or with literal entities repaired as
# read; film transcripts, grids of numbered panels, minutes of agreed lessons, tables quoting other reviews, a
# paper's asks of its meeting, responses under recommendations, learning-log rows adding nothing, slide decks
# headed by their parts; related-links sidebars, template placeholders, decorative bullets, text pasted a line a
# paragraph, export fields, link bars, headings broken in two; documents about a review typed, dated, titled and
# authored by their genre, cover tables read by column, titles from running headers and broken cover headings).
# 1.26: the in-sample residue of sets 1-19 (a bullet glyph pdfminer.six leaves loose; numbered headings a format
# marks kept at page edges; scanned lists carried over askew or with their numbers misread; share links among
# lessons; export dates with a time and system accounts as author; a text file's first line as title; a cue's item
# with a semicolon after a whole sentence; minutes' agenda headings a scan prints plain; a sentence announcing the
# recommendations).
# 1.27: the lesson and metadata classes blind set 20 exposed (lists in item-and-paragraph pairs, reasons before a
# recommendation, clauses tying it to a finding, ordinal runs in one paragraph, closing remarks, services' bullets
# over learning points, lettered stems with roman parts, figures, response notes and pull quotes inside a lesson,
# a first sentence set as a heading; learning a paragraph's closing sentence or a conclusion's count announces,
# good practice by its verdict; headings denying their kind, guidance boxes, event feedback and an earlier
# review's quoted recommendations as no lessons; a scan's numbered section heading read as an item; a publisher's
# imprint date, "then N" and a cover's bare age at the incident, two writers each named with their role; lettered
# recommendations labelled by their lead-in's number, "individual agencies" no lead agency, a scanned list's last
# numbers read as letters).
# 1.28: the learned stages refitted on blind sets 1-20 (the second opinion's block model, 3,466 features; the lesson
# check on their first contacts, drop at 0.997, add at 0.831).
# 1.29: the lesson and metadata classes blind set 21 exposed (notes of text withheld or removed, withdrawn wordings,
# revision marks and errata sections as no lessons, an erratum's corrected lead agency and age; paragraphs numbered
# under a findings section's number; lessons grouped by child, chapters per case with a consolidated list, tables of
# good practice by child, matrices of marks by child, summary tables repeating a title and a recommendation, "What
# the LSCB will do"; "Learning theme N" as learning; joint reviews' child, siblings' ages, notes on publication,
# thematic and pooled reviews' titles and types).
# 1.30: the learned stages refitted on blind sets 1-21 (the second opinion's block model, 3,549 features; the lesson
# check on their first contacts, drop at 0.998, add at 0.878).
# 1.31: part of the classes blind set 22 exposed (one small table per lesson, withdrawn recommendations' rows,
# run-in "Key point N.", a letter's list to remember, "You told us" sections and "So we have learned:", a family's
# version titled "<name>'s review", Remember boxes between numbered lessons; placeholder authors, "Date of issue" and
# sign-off dates on forms, a "Locality" field's area).
# 1.32: the rest of set 22's classes (a briefing printed as one table of its parts, table rows with an empty cell or
# a cell carried over a page, "What we are proud of", reported words under longer views captions; lead agencies from
# a table's group rows; versions for some readers typed as briefings and their child's first name) and every
# document's title read as printed, whole (a briefing's name before it no longer stripped).
# 1.33: the learned stages refitted on blind sets 1-22 (the second opinion's block model, 3,632 features; the lesson
# check on their first contacts, drop at 0.998, add at 0.798).
# 1.34: the classes blind set 23 exposed (what became of a lesson printed after it: reasons, actions already taken,
# why no recommendation, repeats; decisions in headings; "Recommendations of this <review type>"; agencies printed
# as acronyms the review defines, "Addressed to:" lines, "(formerly ...)" headings, agencies' and teams' headings,
# "(MA)"/"(SA - agency)" markers; the area of a partnership of several areas, emerging-learning sheets and board
# papers' types).
# 1.35: the classes blind set 24 exposed (a Type column naming each row's kind; columns headed by kinds, "What we
# recommend"; a briefing's questions to reflect on; a finding's paragraph going on into a recommendation or good
# practice; numbered conclusions answered by recommendations; questions for the Board under "Issues for ...";
# learning drawn from the findings; the age at the incident, years and months, young adults; a child known by one
# letter; several writers on a cover; text table rows over a page break; "Learning from Child X" kept whole), and
# the learned stages refitted on blind sets 1-24.
# 1.36: the classes blind set 25 exposed (a table column linking each recommendation to its learning; practice-
# episode tables; theme headings over a run-in recommendation; appendices on earlier reviews and research;
# sections whose lessons "are recorded here"; numbered item lines never furniture; lettered parts finishing a
# numbered sentence; a rationale after a recommendation; a named child's or family's words box; "What could have
# been even better"; a recommendation heading over its lettered parts; the child before "Overview Report").
EXTRACTOR_VERSION = "ingest-1.47"


def extract_review(
    path: Path,
    max_pages: int | None = None,
    max_bytes: int | None = None,
    *,
    limits: Limits | None = None,
    scratch: Path | None = None,
    ocr: str = AUTO,
    second_opinion: bool = True,
) -> Review:
    """Extract one review document. Raises IngestFailure when it cannot be read
    or is over one of `limits` (`max_pages`, `max_bytes` override theirs).
    `scratch` is the folder for OCR's temporary files (default the system's);
    `ocr` the OCR engine for pages without text (auto, tesseract or rapidocr);
    `second_opinion` adds the block classifier's lessons where the rules found
    none (ingest.second_opinion) and runs the learned check on the lessons
    (ingest.lesson_check; False: the rules alone, for measuring them)."""
    path = Path(path)
    limits = limits or Limits()
    if max_pages is not None or max_bytes is not None:
        limits = replace(
            limits,
            max_pages=limits.max_pages if max_pages is None else max_pages,
            max_bytes=limits.max_bytes if max_bytes is None else max_bytes,
        )
    # Each document starts with empty caches: they save the passes' repeated reading of one document's
    # headings and texts, and must not carry texts (or timings) from one document to the next.
    zone_kind.cache_clear()
    word_tokens.cache_clear()
    data = _read_bytes(path, limits.max_bytes)
    review_id = hashlib.sha256(data).hexdigest()[:16]
    warnings: list[str] = []
    pages, ocr_pages, engine = _read_pages(path, data, limits, warnings, scratch, ocr)
    printed = normalise_pages(pages)
    pages = remove_furniture(printed)
    # The running headers and footers removed: never lessons, but they may carry the only metadata
    # ("© Bexley Safeguarding Children Board 2016 | Page 2").
    furniture = "\n".join(dict.fromkeys(removed_lines(printed, pages)))
    furniture = "\n".join(part for part in (furniture, *(page.chrome for page in pages)) if part)
    if not any(page.lines for page in pages) and any(OCR_MISSING in w for w in warnings):
        # A scanned document: retried by the next run once OCR is installed (pipeline.changes).
        raise IngestFailure("ocr", f"scanned, with no text layer, and {OCR_MISSING} ({why_missing(ocr)})")
    if not any(page.lines for page in pages):
        raise IngestFailure("text", "no text found in the document" + (" (OCR found none either)" if ocr_pages else ""))
    chars = sum(len(line.text) for page in pages for line in page.lines)
    if chars > limits.max_text_chars:
        raise IngestFailure(
            "limits", f"{chars} characters of text, more than the limit of {limits.max_text_chars} (max_text_chars)"
        )
    try:
        blocks = build_blocks(pages)
        lessons = tuple(segment_lessons(blocks))
        if second_opinion and not guidance_with_learning(blocks, len(lessons)):
            scored = score_units(blocks)  # the block model read once for both learned stages
            lessons = tuple(add_missed(blocks, list(lessons), scored=scored))
            lessons = tuple(check_lessons(blocks, list(lessons), len(pages), scored=scored))
        meta = read_metadata(blocks, pages, furniture, lessons)  # after the lessons: their text is no metadata
        sections = tuple(build_sections(blocks, len(pages)))
    except MemoryError:
        raise  # the worker's memory cap, wherever it is reached, is no layout problem (the pool records it)
    except Exception as exc:  # a layout the analysis cannot handle: record it, never crash the run
        raise IngestFailure("structure", f"{type(exc).__name__}: {exc}") from exc
    sidecar = read_sidecar(path)
    for key, value in sidecar.items():
        if key in FIELDS and value not in (None, ""):
            meta[key] = str(value)
    if "area" in sidecar and "region" not in sidecar:
        meta["region"] = region_of(meta["area"])
    if meta["review_type"] not in REVIEW_TYPES:
        warnings.append(f"unknown review type {meta['review_type']!r}; recorded as 'other'")
        meta["review_type"] = "other"
    if len(lessons) > limits.max_lessons:
        raise IngestFailure(
            "limits", f"{len(lessons)} lessons, more than the limit of {limits.max_lessons} (max_lessons)"
        )
    warnings.extend(check_review(lessons, meta["published"]))
    if not meta["title"]:
        meta["title"] = display_path(path.stem)  # a name that is not UTF-8 still gives text
        warnings.append("no title found; the file name is used")
    meta, lessons = _cut_long_fields(meta, lessons, limits, warnings)
    return Review(
        id=review_id,
        source_path=str(path.resolve()),
        title=meta["title"],
        review_type=meta["review_type"],
        area=meta["area"],
        region=meta["region"],
        published=meta["published"],
        child=meta["child"],
        child_age=meta["child_age"],
        author=meta["author"],
        page_count=len(pages),
        extractor_version=EXTRACTOR_VERSION,
        sections=sections,
        lessons=lessons,
        warnings=tuple(warnings),
        ocr_pages=tuple(ocr_pages),
        ocr_engine=engine,
    )


def read_blocks(path: Path, limits: Limits | None = None, ocr: str = AUTO) -> list[Block]:
    """The cleaned blocks of a document, as lesson segmentation sees them (for evaluation
    and training; a scanned page without OCR gives no blocks)."""
    path = Path(path)
    limits = limits or Limits()
    data = _read_bytes(path, limits.max_bytes)
    pages, _, _ = _read_pages(path, data, limits, [], None, ocr)
    return build_blocks(remove_furniture(normalise_pages(pages)))


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def _cut_long_fields(meta: dict, lessons: tuple, limits: Limits, warnings: list[str]) -> tuple[dict, tuple]:
    """Cut a title, metadata field or lesson longer than its limit, with a warning:
    one runaway line must not be repeated in every search hit."""
    meta = dict(meta)
    for key, value in meta.items():
        limit = limits.max_title_chars if key == "title" else limits.max_field_chars
        if isinstance(value, str) and len(value) > limit:
            meta[key] = _cut(value, limit)
            warnings.append(
                f"{key} was {len(value)} characters; cut to {limit} "
                f"({'max_title_chars' if key == 'title' else 'max_field_chars'})"
            )
    cut = []
    for lesson in lessons:
        fields = {}
        if len(lesson.text) > limits.max_lesson_chars:
            fields["text"] = _cut(lesson.text, limits.max_lesson_chars)
            warnings.append(
                f"lesson {lesson.ordinal} was {len(lesson.text)} characters; cut to "
                f"{limits.max_lesson_chars} (max_lesson_chars)"
            )
        for name in ("label", "section", "agency"):
            value = getattr(lesson, name)
            if len(value) > limits.max_title_chars:
                fields[name] = _cut(value, limits.max_title_chars)
        cut.append(replace(lesson, **fields) if fields else lesson)
    return meta, tuple(cut)


def build_sections(blocks: list[Block], page_count: int) -> list[Section]:
    """Each heading with the pages up to the next heading at its level or above."""
    headings = [(i, b) for i, b in enumerate(blocks) if b.kind == "heading"]
    sections = []
    for n, (_index, block) in enumerate(headings):
        end_page = blocks[-1].page_end
        for later_index, later in headings[n + 1 :]:
            if later.level <= block.level:
                previous = blocks[later_index - 1]
                end_page = max(
                    block.page_start, previous.page_end if later.page_start > previous.page_end else later.page_start
                )
                break
        sections.append(Section(block.text[:300], block.level or 1, block.page_start, end_page))
    return sections
