"""Ingest stage: from cleaned lines to paragraphs, list items, table rows and headings.

Lines join into a paragraph while they share a font and sit close together;
a paragraph carries on across a page break when the sentence does. Words
hyphenated across line ends are joined. Headings are told by font size and
weight against the body text, by the heading style a format declares, or
(for plain text) by numbering and capitals.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.layout import Block, PageLayout, TextLine
from ingest.scan_section_numbers import continues_sections, opens_with_number, section_number, titles_its_paragraphs

# A bullet, or an empty tick box opening a checklist's line ("[ ]", "☐").
# OCR reads a scanned bullet as "¢" or "«".
BULLET = re.compile(r"^(?:[•●▪■◦○∙·◆◇►▸➢✓✔☐□❏¢«\uf0b7\uf0a7\uf076\uf0d8-]|[-–—*o]|\[\s?\])\s+")
NUMBERED_ITEM = re.compile(r"^(?:\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\)|[ivx]{1,4}[.)]|\(?[IVX]{1,4}[.)])\s+")
# The stage of the review a lesson comes from, named before its kind: "Interim learning 1", "Emerging finding 2".
REVIEW_STAGE = r"(?:interim|initial|emerging|provisional|preliminary|additional)"
# "Finding 3:", "Recommendation 2", "Learning point 4 -", "Finding A:" opening a paragraph.
LESSON_LABEL = re.compile(
    r"^(?P<word>"
    rf"{REVIEW_STAGE}\s+(?:finding|recommendation|learning(?:\s+point)?|lesson)|"
    r"(?:key\s+|practice\s+|systems?\s+)?finding|recommendation|learning\s+point|lesson(?:\s+learn(?:ed|t))?|key\s+learning(?:\s+point)?|consideration|"
    r"good\s+practice(?:\s+example)?|practice\s+point|learning|rec\.?|r(?=\d)|action|"
    # what recent reviews ask of the partners in place of recommendations: "Improvement action 2", "Assurance request 1"
    r"improvement\s+action|assurance\s+request|"
    # a finding named for the chance it records: "Missed opportunity 2 (May 2019): title"
    r"missed\s+opportunity|"
    # a coroner's concerns, each a finding, and an answer's to them: "Concern 2", "Matter of concern 3"
    r"(?:matter\s+of\s+)?concern|"
    # a review's conclusions numbered as its findings: "Conclusion 2", "Key conclusion 1"
    r"(?:key\s+)?conclusion|"
    # a briefing's points counted for its readers: "Key point 2. During ..."
    r"key\s+point|"
    # a briefing's tips and a pack's cards: labels that name no kind ("Tip 3 – title", "Card 2 of 5")
    r"(?:top\s+)?tip|card|"
    # what a learning event or a review agreed, counted: "Outcome 2: ..." (the section gives the kind)
    r"outcome|"
    # practice a review counts among its strengths: "Strength 2. The nurse ..."
    r"(?:practice\s+)?strength|"
    # labels that name no kind of their own: the section they sit in gives it
    r"(?:key\s+|practice\s+|learning\s+)?(?:theme|issue|area)|(?:key\s+)?message|area\s+for\s+(?:improvement|development)|"
    # a coded label, letters and a number closed by a stop or colon: "A1. title", "B2: title"
    r"(?-i:[A-Z]{1,2})(?=\d{1,2}[.:]\s))\s*"
    r"(?P<num>\d+(?:\.\d+)?[a-z]?\b|(?<=\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
    r"(?<=\s)(?-i:[A-Z])(?=\s*[:.\-–—)]|\s*$)|"
    # roman numerals closed by a stop, colon or dash: "Learning point iv:"
    r"(?<=\s)(?-i:[ivx]{1,4}|[IVX]{2,4})(?=\s*[:.\-–—)]))"
    # counted out of the total: "Finding 2 of 4"
    r"(?:\s+of\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b)?"
    # the date of the events it is about, in brackets after the number: "(March 2019)", "(12.3.2019)"
    r"(?:\s*\((?:[A-Za-z]+\s+)?(?:\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d{2}\))?"
    # the lessons it answers or points to, in brackets after the number: "(arising from Findings 1 and 3)"
    r"(?:\s*\((?:arising\s+from|see(?:\s+also)?|(?:links?|linked|relat(?:es|ing))\s+to)\s+(?:the\s+)?(?:findings?|learning(?:\s+points?)?|"
    r"lessons?|themes?|recommendations?|paragraphs?|sections?)\b[^()]{0,40}\))?\s*[:.\-–—)]?\s*",
    re.IGNORECASE,
)
NUMBERED_HEADING = re.compile(r"^(?:(?:section|part|chapter)\s+)?(\d+(?:\.\d+)*)\.?\s+(\S.*)$", re.IGNORECASE)
_TERMINAL = (".", ":", ";", "!", "?")
# A list item opened by a code of capitals and a number: "MA1 Agencies should ...", "R2: The Board ...".
_CODED_ITEM = re.compile(r"^[A-Z]{1,3}[-/]?\d{1,2}[.:]?\s+[A-Z][a-z]")
_SENTENCE_END = (".", "!", "?")
# a sentence that asks something of someone: a recommendation run in after its label, never a title
_ASKING = re.compile(r"\b(?:should|must|needs?\s+to|will)\b", re.I)
# Section names that are headings even when nothing but their words says so (OCR loses bold).
CUE_HEADING = re.compile(
    r"^(?:(?:section|part)\s+)?(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:key\s+)?"
    r"(?:findings?|recommendations?|good\s+practice|learning(?:\s+points)?|lessons\s+(?:to\s+be\s+)?(?:learnt|learned)|"
    # recommendations grouped by whom they are for: "Recommendations for the Community Safety Partnership"
    r"recommendations\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w'’,&-]*(?:\s+[\w'’,&-]+){0,9}|"
    # recommendations named for the report or the agencies that made them: "Overview recommendations",
    # "Individual Management Review recommendations", "Single-agency recommendations"
    r"(?:overview(?:\s+report)?|single[\s-]agency|multi[\s-]agency|agency|individual\s+management\s+reviews?|imrs?|"
    r"overall|national|local|further|additional)\s+(?:(?:imr|report)\s+)?(?:recommendations|findings)|"
    r"introduction|background|conclusions?|methodology|terms\s+of\s+reference|executive\s+summary|summary|"
    r"messages\s+for\s+practitioners|considerations\s+for\s+the\s+\w+|what\s+(?:worked|went)\s+well|analysis|"
    # review templates' numbered section names ("2. Practice and organisational learning")
    r"(?:practice\s+and\s+organisational\s+)?learning|(?:effective|good|notable)\s+practice|improving\s+systems(?:\s+and\s+practice)?|"
    r"what\s+(?:the\s+review|we)\s+(?:learn(?:ed|t)|found)|"
    # what the cases a thematic review looked at show: "What the cases tell us"
    r"what\s+(?:the|these|those|our|all)\s+(?:\w+\s+)?(?:cases|reviews)\s+(?:tell|told|show|showed|teach|taught|reveal|revealed)(?:\s+us)?|"
    r"statement\s+by\s+(?:the\s+)?reviewer|areas?\s+for\s+(?:improvement|development)|strengths|commendations|"
    r"(?:issues|matters)\s+for\s+national\s+consideration|"
    # what a partnership says it will do next, a heading in plain words
    r"what\s+(?:the\s+(?:partnership|board|panel)|we|agencies|partners)\s+will\s+do(?:\s+next)?|what\s+will\s+change|"
    # the titles of call-out boxes set between paragraphs
    r"(?:key\s+)?practice\s+points?|learning\s+point|reflective\s+questions?|questions?\s+for\s+reflection|"
    # an appendix and its name on one line: "Appendix A: Terms of reference", "Annex 2 - Glossary"
    r"(?:appendix|annex)(?:\s+\w{1,4})?(?:\s*[:.\-–—]\s*[A-Z][^.!?;:]{1,80})?|glossary|references|contents)$",
    re.IGNORECASE,
)
# A run-in field opening a line: "Learning:", "Lesson learned:", "Q2", "A." (an answer).
RUN_IN_FIELD = re.compile(r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:|Q\d{1,2}\b|A\d{0,2}[.:])\s+(?=\S)")
# Prefixes that keep their hyphen when a compound breaks at a line end.
_HYPHEN_PREFIXES = {
    "well",
    "self",
    "non",
    "multi",
    "co",
    "ex",
    "anti",
    "pre",
    "post",
    "cross",
    "long",
    "short",
    "full",
    "part",
    "face",
    "step",
    "half",
    "inter",
    "semi",
    "mid",
    "sub",
    "ante",
    "under",
    "over",
    "follow",
    "child",
    "family",
    "out",
    "on",
    "in",
    "up",
    "high",
    "low",
    "single",
    "third",
    "first",
    "second",
    "day",
    "age",
    "risk",
    "health",
    "home",
    "school",
    "year",
    "year-old",
    "one",
    "two",
    "three",
    "four",
}


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph, mending a word hyphenated at the line end."""
    if not first:
        return second
    if first.endswith("-") and len(first) >= 2 and first[-2].isalpha() and second[:1].islower():
        word = re.split(r"[\s/(]", first[:-1])[-1]
        if word.lower() in _HYPHEN_PREFIXES or "-" in word:
            return first + second
        return first[:-1] + second
    return first + " " + second


def build_blocks(pages: list[PageLayout]) -> list[Block]:
    """Group every page's lines into blocks, in reading order."""
    body_size = _body_size(pages)
    vocabulary = _vocabulary(pages)
    raw: list[dict] = []
    for page in pages:
        lines = list(page.lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.row and _cells_in_row(lines, i) > 1:
                j = i
                cells: dict[int, list[str]] = {}
                while j < len(lines) and lines[j].row == line.row:
                    cells.setdefault(lines[j].cell, []).append(lines[j].text)
                    j += 1
                _add_row(raw, cells, page.number, line, lines[i:j], vocabulary)
                raw[-1]["last"] = lines[j - 1]
                raw[-1]["last_page"] = page
                raw[-1]["styled"] = page.styled
                i = j
                continue
            if line.row:
                line = replace(line, row=0, cell=0)  # the other cells were page furniture
            if _starts_block(raw, line, page, lines[i - 1] if i else None, body_size):
                raw.append(_new_block(line, page.number, page.positional))
                raw[-1]["styled"] = page.styled
                raw[-1]["ocr"] = page.ocr
            else:
                current = raw[-1]
                _add_emphasis(current, line)
                current["text"] = join_lines(current["text"], line.text)
                current["page_end"] = page.number
                current["lines"] += 1
                current["max_x1"] = max(current.get("max_x1", 0.0), line.x1)
            raw[-1]["last"] = line
            raw[-1]["last_page"] = page
            i += 1
    sizes = _heading_sizes(raw, body_size)
    blocks: list[Block] = []
    declared = 0  # the level of the last heading the format declared (HTML h2, a Word heading style)
    section = 0  # the number of the last top-level numbered heading ("3. Findings": 3)
    above = 0  # the level of the last heading that titles no numbered paragraphs
    for index, b in enumerate(raw):
        kind = b["kind"]
        level = b["level"]
        titled = False  # a scan's numbered line titling the paragraphs numbered under it
        if kind == "heading" and level:
            declared = level
        if kind in ("para", "item") and _looks_like_heading(b, body_size):
            kind = "heading"
        elif (
            kind == "item"
            and b.get("ocr")
            and b["lines"] == 1
            and not (blocks and opens_with_number(blocks[-1].text))  # after a list, a number may be its next item's
            and continues_sections(b["text"], section)
        ):
            kind = "heading"  # a scan's "2. Learning from an earlier review" after "1. Introduction"
        elif (
            kind == "item"
            and b.get("ocr")
            and b["lines"] == 1
            and index + 1 < len(raw)
            and titles_its_paragraphs(b["text"], raw[index + 1]["text"])
        ):
            kind, titled = "heading", True  # a scan's "2. Hospital discharge" over its "2.1 ...", "2.2 ..."
            level = level or (min(above + 1, 4) if above else 0)  # under "Findings", whatever its size
        if kind == "heading" and not titled:
            section = section_number(b["text"]) or section
        if kind == "heading" and not level and b.get("styled") and declared:
            level = min(declared + 1, 4)  # a bold line under a declared heading is a sub-heading of it
        elif kind == "heading" and not level:
            level = _heading_level(b, sizes)
            if not b.get("positional", True) and not b.get("styled") and b["text"].isupper() and level > 1:
                level = 1  # plain text: a heading in capitals ranks above the ones in mixed case
        if kind == "heading" and not titled:
            above = level
        blocks.append(
            Block(
                kind=kind,
                text=b["text"],
                page_start=b["page_start"],
                page_end=b["page_end"],
                level=level,
                size=b["size"],
                bold=b["bold"],
                cells=tuple(b.get("cells", ())),
                lead=b.get("lead", "") if kind != "heading" else "",
                emphasis=tuple(b.get("emphasis", ())) if kind == "para" else (),
                x0=b["first"].x0 if b.get("positional", False) or b["kind"] == "item" else 0.0,
                number=b["first"].number if b["kind"] != "row" else "",
            )
        )
    return blocks


def _cells_in_row(lines: list[TextLine], start: int) -> int:
    cells = set()
    for line in lines[start:]:
        if line.row != lines[start].row:
            break
        cells.add(line.cell)
    return len(cells)


def _body_size(pages: list[PageLayout]) -> float:
    weights: Counter = Counter()
    for page in pages:
        for line in page.lines:
            weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _new_block(line: TextLine, page: int, positional: bool = True) -> dict:
    kind = "para"
    text = line.text
    if line.style_level:
        kind = "heading"
    elif line.list_item or BULLET.match(text):
        kind = "item"
        text = BULLET.sub("", text, count=1)
    elif NUMBERED_ITEM.match(text):
        kind = "item"
    return {
        "kind": kind,
        "text": text,
        "page_start": page,
        "page_end": page,
        "level": line.style_level,
        "size": line.size,
        "bold": line.bold,
        "lines": 1,
        "positional": positional,
        "styled": False,
        "first": line,
        "max_x1": line.x1,
        "lead": line.lead,
        "emphasis": [run for run, _, _ in line.emphasis],
        "emphasis_open": bool(line.emphasis) and line.emphasis[-1][2],
    }


def _add_emphasis(block: dict, line: TextLine) -> None:
    """The line's bold runs added to its paragraph's: a run that closed the last line and one that
    opens this line are one run broken by the line's end."""
    runs = list(line.emphasis)
    if runs and runs[0][1] and block.get("emphasis_open") and block.get("emphasis"):
        block["emphasis"][-1] = join_lines(block["emphasis"][-1], runs.pop(0)[0])
    block.setdefault("emphasis", []).extend(run for run, _, _ in runs)
    block["emphasis_open"] = bool(line.emphasis) and line.emphasis[-1][2]


def _vocabulary(pages: list[PageLayout]) -> set[str]:
    """The words of the document's running text (not its tables), lower case."""
    return {
        w for page in pages for line in page.lines if not line.row for w in re.findall(r"[a-z]{3,}", line.text.lower())
    }


def join_cell_lines(first: str, second: str, vocabulary: set[str]) -> str:
    """Join two lines of a table cell. A narrow cell may break a word anywhere ("Safeguardi" /
    "ng Partner" / "ship"): the pieces are one word when the document prints that word whole
    elsewhere and never prints the second piece as a word of its own."""
    head = re.search(r"([A-Za-z]+)$", first)
    tail = re.match(r"([a-z]+)", second)
    if head and tail and first[-1:].isalpha():
        whole = (head.group(1) + tail.group(1)).lower()
        if whole in vocabulary and tail.group(1) not in vocabulary and len(tail.group(1)) < len(whole):
            return first + second
    return join_lines(first, second)


def _add_row(
    raw: list[dict], cells: dict[int, list[str]], page: int, first: TextLine, lines, vocabulary: set[str]
) -> None:
    texts = []
    # Columns with nothing in this row stay as empty cells, so each cell keeps its column.
    for index in range(min(cells), max(cells) + 1):
        text = ""
        for part in cells.get(index, []):
            text = join_cell_lines(text, part, vocabulary) if text else part
        texts.append(text)
    # A number set apart from its heading by a wide gap ("3.    Findings") is not a table.
    if (
        len(texts) == 2
        and re.fullmatch(r"\d+(?:\.\d+)*\.?", texts[0])
        and len(cells[sorted(cells)[1]]) == 1
        and not (re.fullmatch(r"\d{1,2}\.", texts[0]) and texts[1].endswith(_SENTENCE_END))
        # a sentence beside its number is a numbered row ("1 | The Partnership should ..."), not a heading
        and not (texts[1].endswith(_SENTENCE_END) and len(texts[1].split()) > 8)
    ):
        block = _new_block(first, page)
        block["text"] = f"{texts[0]} {texts[1]}"
        block["kind"] = "para"
        block["bold"] = all(l.bold for l in lines)
        block["size"] = max(l.size for l in lines)
        raw.append(block)
        return
    # A list number hanging left of its wrapped text ("1." | "The Partnership should ...") is a
    # numbered item, not a two-column table.
    if len(texts) == 2 and re.fullmatch(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]", texts[0]) and len(texts[1]) > 20:
        block = _new_block(first, page)
        block["text"] = f"{texts[0]} {texts[1]}"
        block["kind"] = "item"
        block["lines"] = len(lines)
        raw.append(block)
        return
    raw.append(
        {
            "kind": "row",
            "text": " | ".join(texts),
            "cells": texts,
            "page_start": page,
            "page_end": page,
            "level": 0,
            "size": first.size,
            "bold": all(l.bold for l in lines),
            "lines": len(lines),
            "first": first,
        }
    )


def _wrapped_onto_number(current: dict, line: TextLine, page: PageLayout) -> bool:
    """A plain text's paragraph wrapped so that a line opens with a number or a label inside its
    sentence ("... This is closely linked to" / "Learning 1. The Partnership ...", "... increased; and" /
    "(iii) when the case was closed."): the line before ran to the wrap width with its sentence open."""
    last: TextLine = current["last"]
    return (
        not page.positional
        and current["kind"] == "para"
        and not line.list_item
        and not line.gap_before
        and len(last.text.rstrip()) >= 60
        and last.text.rstrip()[-1:].isalpha()
        and bool(NUMBERED_ITEM.match(line.text) or LESSON_LABEL.match(line.text))
    )


def _starts_block(raw: list[dict], line: TextLine, page: PageLayout, previous: TextLine | None, body: float) -> bool:
    if not raw or raw[-1]["kind"] in ("heading", "row") or line.style_level:
        return True
    current = raw[-1]
    new_page = current["last_page"].number != page.number
    if _wrapped_onto_number(current, line, page) and not new_page:
        return False
    if (
        line.list_item
        or (line.gap_before and not new_page)
        or BULLET.match(line.text)
        or NUMBERED_ITEM.match(line.text)
    ):
        return True
    # "Finding 2.)" wrapped from "(See" on the line before closes a cross-reference: it carries on.
    cross_reference = bool(re.match(r"^\S+(?:\s+\S+){0,2}?\s*\d{1,2}\.?\)", line.text)) and current["last"].text.count(
        "("
    ) > current["last"].text.count(")")
    if (LESSON_LABEL.match(line.text) and not cross_reference) or NUMBERED_HEADING.match(line.text) and line.bold:
        return True
    last: TextLine = current["last"]
    # A line set mostly in bold carries on a sentence the line before left open ("... Because Poppy
    # was" / "fifteen, practitioners expected ..."): a bold run inside the paragraph, not a heading.
    bold_run_on = (
        line.text[:1].islower()
        and not line.style_level
        and not last.text.rstrip().endswith(_SENTENCE_END + (":",))
        and current["kind"] == "para"
    )
    if line.lead and not bold_run_on:
        return True  # a bold run-in heading or label opens a new paragraph
    if (
        page.ocr
        and current["lines"] == 1
        and current["kind"] == "para"
        and abs(line.x0 - last.x0) < 3
        and not last.text.rstrip().endswith(_TERMINAL)
        and len(line.text.split()) <= 2
        and line.text[:1].isupper()
        and not line.text.rstrip().endswith(_TERMINAL)
        and 0 < line.top - last.top < 2.2 * max(last.size, 1.0)
        and CUE_HEADING.match(join_lines(last.text, line.text))
    ):
        # A heading's last word wrapped onto a line of its own, its OCR height unlike the line above
        # ("Recommendations for the X Safeguarding Children" / "Partnership"): the same heading.
        return False
    tolerance = 1.5 if page.ocr else 0.6  # OCR sizes come from line heights and wobble
    # A run-in heading's line is mostly bold; the plain lines after it carry on its paragraph.
    run_in = current["lines"] == 1 and current.get("lead") and not line.bold
    if abs(line.size - last.size) > tolerance or (line.bold != last.bold and not run_in and not bold_run_on):
        return True
    gap = line.top - last.bottom
    height = max(last.bottom - last.top, 1.0)
    new_column = page.positional and not new_page and gap < -0.5 * height
    if new_page or new_column:
        # Carry a paragraph over a page or column break only while its sentence is
        # open: the next line goes on in lower case, or the last line ran full width.
        if last.text.endswith(_SENTENCE_END):
            return True
        if last.text.endswith(":"):
            # "Lead agency:" carries on with what it introduces; a lead-in's list, its first item opened by a
            # code ("MA1 Agencies should ..."), starts overleaf
            return bool(_CODED_ITEM.match(line.text))
        label = LESSON_LABEL.match(last.text) if current["lines"] == 1 else None
        rest = last.text[label.end() :] if label else ""
        if label and line.text[:1].isupper() and 0 < len(rest.split()) <= 10 and not _ASKING.search(rest):
            # a labelled heading alone at a page's foot ("Finding 2: title", in body type in a scan): its
            # lesson's text starts overleaf
            return True
        full_width = page.positional and last.x1 >= current.get("max_x1", last.x1) - 20
        return not (line.text[:1].islower() or full_width)
    if not page.positional:
        # Plain text stacks run-in fields line under line ("Issue: ...", "Learning: ...", "A. ..."): a
        # line opening with one after a line that ended its sentence starts a paragraph of its own.
        return bool(RUN_IN_FIELD.match(line.text)) and (
            last.text.rstrip().endswith(_SENTENCE_END)
            or (current["lines"] == 1 and bool(RUN_IN_FIELD.match(current["first"].text)))
        )
    if previous is None:
        return True
    if page.ocr:
        # OCR line boxes vary with the letters: compare the line pitch instead.
        if line.top - last.top > 1.45 * max(last.size, 1.0) * 1.1:
            return True
    elif gap > 0.45 * max(line.size, 1.0):
        return True
    # An item's wrapped lines are indented past its marker; a line back at
    # the item's marker column starts something new.
    if current["kind"] == "item" and line.x0 < current["first"].x0 + 2 and current["lines"] > 0:
        return last.text.endswith(_TERMINAL)
    return False


def _looks_like_heading(block: dict, body_size: float) -> bool:
    text = block["text"]
    words = text.split()
    if not words or len(words) > 16 or len(text) > 140:
        return False
    # A short line set wholly in bold is a heading even with a full stop ("Hidden men."), when
    # it is no sentence of its own: no verb-like lower-case run of more than a few words.
    if (text.endswith((".", ",", ";")) and not re.fullmatch(r"[\d.]+", words[0]) or text.endswith(",")) and not (
        text.endswith(".")
        and block["bold"]
        and not block.get("lead")
        and block["lines"] == 1
        and len(words) <= 8
        and sum(w[:1].islower() for w in words) <= 4
    ):
        return False
    if not any(c.isalpha() for c in text):
        return False
    if block.get("lead"):
        return False  # a run-in heading: the paragraph's text follows on its line
    if block["size"] >= body_size + 1.0:
        return True
    if CUE_HEADING.match(text) and (block["lines"] == 1 or (block.get("ocr") and block["lines"] == 2)):
        return True  # a scan may read a long heading's wrapped last word apart (see _starts_block)
    if block["bold"] and block["size"] >= body_size - 0.5:
        return True
    if block.get("positional", True) or block.get("styled") or block["lines"] > 1:
        return False
    # Plain text has no fonts: a short numbered or capitalised line alone is a heading.
    if NUMBERED_HEADING.match(text) and len(words) <= 10 and not text.endswith("."):
        return True
    if text.isupper() and len(words) <= 10:
        return True
    # (a sentence closed by an old-fashioned dash before its list, "... are as follows. -", is no heading)
    return len(words) <= 8 and text[:1].isupper() and not re.sub(r"\s*[-–—]$", "", text).endswith(_TERMINAL)


def _heading_sizes(raw: list[dict], body_size: float) -> list[float]:
    # The cover's display type would push every body heading down a level.
    body = [b for b in raw if b["page_start"] > 1] or raw
    sizes = {
        b["size"]
        for b in body
        if (b["kind"] == "heading" or _looks_like_heading(b, body_size)) and b["size"] >= body_size + 1.0
    }
    return sorted(sizes, reverse=True)


def _heading_level(block: dict, sizes: list[float]) -> int:
    numbered = NUMBERED_HEADING.match(block["text"])
    if sizes and block["size"] > sizes[0]:
        return 1
    if block["size"] in sizes:
        return min(sizes.index(block["size"]) + 1, 4)
    if numbered:
        return min(numbered.group(1).count(".") + 1, 4)
    return len(sizes) + 1 if sizes else 2
