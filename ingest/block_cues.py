"""Ingest stage: blocks - the cues in a line that open a block or make it a heading.

The patterns of a bullet, a numbered item, a lesson's label ("Finding 3",
`LESSON_LABEL`), a numbered heading and a run-in cue; joining lines with
words hyphenated across line ends put back together; whether a line starts a
new block rather than carrying on the one before; and which blocks are
headings, by font size and weight against the body text, the heading style a
format declares, or (for plain text) numbering and capitals.
ingest/blocks.py builds the blocks with them.
"""

from __future__ import annotations

import re

from ingest.layout import PageLayout, TextLine

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
    # the learning section named for what happened: "Learning from the events", "Learning from this case"
    r"learning\s+from\s+(?:the|this|these)\s+(?:events?|incidents?|case|episodes?|circumstances)|"
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
    if new_page and line.overleaf and current["kind"] in ("para", "item"):
        return False  # a numbered paragraph's rest below the next page's running header (ingest/text_overleaf.py)
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
    # The cover's display type would push every body heading down a level; but a short document whose later
    # pages print no heading at all (a web page printed to two pages, its headings and prose all on the first)
    # ranks the first page's.
    body = [b for b in raw if b["page_start"] > 1] or raw
    # (a first page of prose, no cover)
    prose = any(b["page_start"] == 1 and b["kind"] == "para" and len(b["text"].split()) > 20 for b in raw)
    for part in (body, raw) if prose else (body,):
        sizes = {
            b["size"]
            for b in part
            if (b["kind"] == "heading" or _looks_like_heading(b, body_size)) and b["size"] >= body_size + 1.0
        }
        if sizes:
            break
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
