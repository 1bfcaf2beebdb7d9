"""Ingest stage, metadata: the document's title.

The title is a cover's "Title:" field, a title a page announces in quotes
("We published "..." on ..."), or the cover's largest type (a text format's
top-level heading), as printed, whole ("7-minute briefing: Child K"), cleaned of
a field's label ("Subject:") and the name of the part ("Overview Report").
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.metadata.area import LSCB_FIELD, PARTNERSHIP, _area
from ingest.metadata.author import AUTHOR
from ingest.metadata.broken_title import broken_title
from ingest.metadata.dates import DATE, PUBLISHED
from ingest.metadata.text import SENTENCE_END, _titlecase

# "Title:", and a form's longer labels for it: "Title of review:", "Review title:", "Title of the report:".
TITLE_FIELD = re.compile(
    r"^\s*(?:(?:review|report|document|briefing)\s+)?title"
    r"(?:\s+of\s+(?:the\s+)?(?:review|report|document|briefing|case\s+review))?\s*:\s*(.{4,200})$",
    re.IGNORECASE,
)
# A board paper's "Subject: <the review's title>": the label, not the title. A briefing's name before the
# review's ("7-minute briefing: Child K", "Learning briefing: Child X") is the briefing's own title, kept.
TITLE_PREFIX = re.compile(r"^(?:subject|executive\s+summary|summary)\s*[:\-–]\s*", re.IGNORECASE)
# "Learning from the LCSPR about Lily" printed over a page whose own title (its <title>, a running
# header) names the review without the words: the review's title is that. Printed alone, the cover's
# title is kept whole; "Learning from 5 local reviews: ..." (a thematic review of several) always is.
LEARNING_FROM = re.compile(
    r"^learning\s+from\s+(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\w+\s+)?reviews\b)"
    # "Learning from local case reviews": a page on several reviews is titled by the words whole
    r"(?!(?:[\w-]+\s+){0,2}reviews\b)(?=\S)",
    re.IGNORECASE,
)
# "Serious Case Review: Overview Report" loses the words set apart as a subtitle; "Serious Case
# Review Overview Report: Child X" keeps them, as part of the title's own phrase.
TITLE_NOISE = re.compile(
    r"(?:^|\s*[:\-–]\s*)\b(?:overview\s+report|executive\s+summary|final\s+report|published\s+report)\b\s*[:\-–]?\s*",
    re.IGNORECASE,
)
GENERIC_TITLE = re.compile(
    r"^(?:(?:national|thematic|serious\s+case|(?:local\s+)?child\s+safeguarding\s+practice|case|practice|safeguarding)\s+)?review$",
    re.IGNORECASE,
)
# Words naming a document of a review: the review, a briefing or brief on it, the minutes accepting it.
TITLE_WORDS = re.compile(r"\breviews?\b|\bbrief(?:ing)?\b|\bminutes\b|\bL?CSPR\b|\bSCR\b", re.IGNORECASE)


# "...: Child L: Overview Report": the document's part named after a title that names the review.
TRAILING_PART = re.compile(r"\s*[:\-–]\s*(?:overview\s+report|executive\s+summary)\s*$", re.IGNORECASE)


# A review's name followed by its child's: "Serious Case Review Poppy", "Practice Review Child L".
NAMED_REVIEW = re.compile(
    r"\b[Rr]eview\s+(?:(?:Child|Baby|Infant|Young\s+Person|Family)\s+[A-Z][\w.]{0,5}|[A-Z][a-z]{2,15})\s*$"
)


# "Child X: overview report": a cover titled by the child alone keeps the part's name, the title's other
# half (the child alone is no title).
BARE_NAME = re.compile(r"\s*(?:(?:Child|Baby|Infant|Young\s+Person|Family)\s+[A-Z][\w.]{0,5}|[A-Z][a-z]{2,15})\s*")


# "Overview report: Gemma and Harry": the part's name before the names of those the review is about.
LEADING_PART = re.compile(r"^\s*(?:overview\s+report|executive\s+summary)\s*[:\-–]\s*", re.IGNORECASE)
NAMES = re.compile(rf"{BARE_NAME.pattern}(?:(?:,|\s+and|\s+&)\s*{BARE_NAME.pattern})+")


# "Child W – final report": a cover titled by the child alone keeps its version's name too.
FINAL_PART = re.compile(r"\s*[:\-–]\s*final\s+report\s*$", re.IGNORECASE)


# "Executive summary: Serious Case Review concerning Child A": a summary published as a document of its
# own, titled by the review it summarises; the words are its title's, not a part's name.
# "Executive Summary of the Serious Case Review concerning Child AB" likewise: the words open its title.
SUMMARY_OF_REVIEW = re.compile(
    r"^\s*executive\s+summary\s*(?:[:\-–]|\s+of\s+(?:the|this|a)\b)\s*(?=.*\breview\b\s+\S)", re.IGNORECASE | re.DOTALL
)


# "Practice briefing: learning from rapid reviews about ...": a briefing on several reviews sums up no
# one review, so its prefix is part of its own title, not the name of a document of a review; a briefing
# on a thematic review (of several cases) likewise: "7-minute briefing: thematic review of exploitation".
BRIEFING_ON_SEVERAL = re.compile(
    r"^\s*(?:(?:a\s+)?learning|practice|(?:7|seven)[\s-]minute)?\s*briefing\s*[:\-–]\s*(?=.*\b(?:reviews|thematic)\b)",
    re.IGNORECASE,
)


def _clean_title(title: str) -> str:
    if SUMMARY_OF_REVIEW.match(title) or BRIEFING_ON_SEVERAL.match(title):
        return _titlecase(re.sub(r"\s+", " ", title.strip()))[:200]
    title = _titlecase(TITLE_PREFIX.sub("", title.strip())) if len(title.split()) > 2 else title.strip()
    trailing = TRAILING_PART.search(title)
    if (
        trailing
        and (
            re.search(r":\s*\S", title[: trailing.start()])
            or BARE_NAME.fullmatch(title[: trailing.start()])
            # "Serious Case Review Poppy: Executive Summary": the review named with its child, a title whole
            or NAMED_REVIEW.search(title[: trailing.start()])
        )
    ):
        # The whole cover title: "Local Child Safeguarding Practice Review: Child L: Overview Report"
        # (a bare "Serious Case Review: Overview Report" still loses its subtitle below).
        return re.sub(r"\s+", " ", title)[:200]
    leading = LEADING_PART.match(title)
    if leading and NAMES.fullmatch(title[leading.end() :]):
        # "Overview report: Kelly and Child AB" (a joint review named for the mother and the child): the
        # names alone are no title
        return re.sub(r"\s+", " ", title)[:200]
    final = FINAL_PART.search(title)
    if final and BARE_NAME.fullmatch(title[: final.start()]):
        return re.sub(r"\s+", " ", title)[:200]  # "Zara – final report": the child alone is no title
    title = TITLE_NOISE.sub(": ", title).strip(" :-–")
    return re.sub(r"\s+", " ", title)[:200]


DANGLING = re.compile(r"\b(?:of|for|into|in|on|about|concerning|regarding|the|and)\s*$", re.IGNORECASE)


def _title(blocks: list[Block]) -> str:
    """The cover's largest type, joined; a bare "National review" takes its subtitle."""
    candidates = [b for b in blocks if b.kind in ("heading", "para") and any(c.isalpha() for c in b.text)]
    if not candidates:
        return ""
    biggest = max(b.size for b in candidates)
    if biggest <= 0:
        # Text formats have no type sizes: the top-level heading that names the
        # review, else the first heading that does, else the first heading.
        every = [b for b in candidates if b.kind == "heading"]
        tops = [b for b in every if b.level == 1]
        broken = broken_title(every) if every and _bare_lead(candidates, every) else ""
        if broken:
            # "Local Child Safeguarding" / "Practice Review:" / "Oscar": one title in three paragraphs
            return _clean_title(broken)
        if every and len(tops) == 1 and every[0] is tops[0] and _could_be_title(tops[0].text):
            # The one top-level heading, first on the page, is the cover's title, even when it names the
            # partnership ("X Safeguarding Children Partnership Annual Report 2024 to 2025").
            return _clean_title(tops[0].text)
        if _dated_first_heading(candidates) or _plain_title_over_fields(candidates):
            # the page's first line, naming the review, over its date or author line: the title, though
            # the sections below it are set in capitals ("WHAT THE REVIEW FOUND") and read as higher headings
            return _clean_title(candidates[0].text)
        lead = [b for b in every if not _bare_field(b.text)]
        if (
            lead
            and lead[0].level == min(b.level or 9 for b in every)
            and _heads_a_cover(lead[0], candidates)
            and _could_be_title(lead[0].text)
        ):
            # Several top-level headings (or an HTML page's all <h2>): the first, with only its date below it.
            return _clean_title(lead[0].text)
        # "Minutes of the X Safeguarding Children Partnership Executive Group" names the partnership but is
        # no field: words naming a document are left once the partnership's name is taken away.
        headings = [
            b
            for b in every
            if not _is_cover_field(b.text) or _names_a_document(b.text) or BOARD_THEN_REVIEW.match(b.text)
        ]
        if not headings:
            return _clean_title(candidates[0].text)
        top = min(h.level or 9 for h in headings)
        ranked = sorted(headings, key=lambda h: (not TITLE_WORDS.search(h.text), (h.level or 9) != top))
        return _clean_title(_over_strapline(ranked[0], candidates).text)
    parts: list[str] = []
    after = None
    for index, b in enumerate(candidates):
        if parts and len(b.text.split()) > 20:
            break  # a paragraph of text set in the title's size (a summary with no display type) ends it
        if b.size >= biggest - 0.5:
            if (
                not parts
                and index
                and candidates[index - 1].kind == "heading"
                and (
                    candidates[index - 1].text.rstrip().endswith(":")
                    # a title's first line set a little smaller to fit: "Executive summary: Local Child"
                    or (
                        candidates[index - 1].size >= 0.85 * biggest and not _is_cover_field(candidates[index - 1].text)
                    )
                    # a title's last word or two wrapped below the rest ("... Child K. Executive" / "Summary"),
                    # measured larger by its descenders: the line above, a heading unended, is the title's start
                    or (
                        len(b.text.split()) <= 2
                        and candidates[index - 1].size >= 0.75 * biggest
                        and not re.search(r"[.!?]\s*$", candidates[index - 1].text)
                        and not _is_cover_field(candidates[index - 1].text)
                    )
                )
            ):
                # "Local Child Safeguarding Practice Review:" set smaller above "Poppy: Overview Report": one title.
                parts.append(f"{candidates[index - 1].text.rstrip()} {b.text}")
            else:
                parts.append(b.text)
            after = index + 1
        elif parts and index == after and b.text[:1].islower() and b.size >= 0.75 * biggest:
            # the title's last line read a little smaller (a scan): "... Process (SILP)" / "report: Child A"
            parts[-1] = f"{parts[-1].rstrip()} {b.text.strip()}"
            after = index + 1
        elif parts:
            break
    cleaned = [p for p in (_clean_title(p) for p in parts) if p]
    title = cleaned[0] if cleaned else ""
    for part in cleaned[1:]:
        title += f" {part}" if DANGLING.search(title) else f": {part}"
    if DANGLING.search(title) and after is not None and after < len(candidates):
        # "Serious Case Review Overview Report in respect of" / "Child K": the title goes on below.
        rest = candidates[after].text.strip()
        if len(rest.split()) <= 6 and not _is_cover_field(rest):
            title = f"{title} {_clean_title(rest)}"
    if GENERIC_TITLE.match(title) and after is not None:
        for b in candidates[after : after + 3]:
            if not _is_cover_field(b.text):
                return _clean_title(b.text)
    return title


def _over_strapline(chosen: Block, candidates: list[Block]) -> Block:
    """The heading a chosen heading is the strapline of: a higher heading naming no review, set directly
    above a lower one that names the review ("THROUGH ISLA'S EYES" over "Learning from a serious case
    review"), is the title, the strapline only its type; else the chosen heading."""
    index = next((i for i, b in enumerate(candidates) if b is chosen), 0)
    above = candidates[index - 1] if index else None
    if (
        above is not None
        and above.kind == "heading"
        and 0 < above.level < chosen.level
        and not TITLE_WORDS.search(above.text)
        and not _is_cover_field(above.text)
        and _could_be_title(above.text)
    ):
        return above
    return chosen


def _dated_first_heading(candidates: list[Block]) -> bool:
    """Whether the document's first line is a heading naming a review, over a line that is its
    publication date or author field only ("Published: April 2019")."""
    first = candidates[0]
    return (
        len(candidates) > 1
        and first.kind == "heading"
        # "Learning from Child U" over "Published April 2022": a briefing's title names only whose learning it is
        and bool(TITLE_WORDS.search(first.text) or LEARNING_FROM.match(first.text))
        and not GENERIC_TITLE.match(first.text.strip())
        and _could_be_title(first.text)
        and (_publication_field(candidates[1].text) or bool(AUTHOR.match(candidates[1].text)))
    )


def _plain_title_over_fields(candidates: list[Block]) -> bool:
    """Whether a plain text's first paragraph, unmarked as a heading, names a review over only its cover's
    fields (the partnership, "Reviewer:", "Published ...") before the first section's heading."""
    first = candidates[0]
    below = []
    for b in candidates[1:]:
        if not _bare_field(b.text):
            break
        below.append(b)
    return (
        first.kind == "para"
        and len(first.text.split()) <= 30
        and bool(TITLE_WORDS.search(first.text))
        and not SENTENCE_END.search(first.text)
        and _could_be_title(first.text)
        and len(below) >= 2
        and len(below) < len(candidates) - 1
        and candidates[len(below) + 1].kind == "heading"
    )


# A title opening with the board's name, then the review it published: "Sutton Local Safeguarding Children
# Board: Serious Case Review Child W - Executive Summary" (never a field, though it names the board).
BOARD_THEN_REVIEW = re.compile(
    r"^\s*[^:\n]{3,80}?\b(?:Board|Partnership|LSCB|LSCP)\s*[:\-–]\s*(?:Serious\s+Case\s+Review|"
    r"(?:Local\s+)?Child\s+Safeguarding\s+Practice\s+Review|SCR|LCSPR)\b",
    re.IGNORECASE,
)


def _names_a_document(text: str) -> bool:
    """Words naming a document before the partnership's place: "Minutes of the X Safeguarding ..."."""
    area = _area(text)
    return bool(area) and area in text and bool(TITLE_WORDS.search(text[: text.find(area)]))


def _could_be_title(text: str) -> bool:
    return (
        len(text.split()) >= 3
        and not AUTHOR.search(text)
        and not _publication_field(text)
        and bool(PARTNERSHIP.sub("", text).strip(" ,:-–|"))
    )


# A cover line that is a dated field: "Date issued: June 2023", "Review date: 2019".
DATED_FIELD = re.compile(r"^\s*[A-Za-z][\w ]{1,30}:\s*(?:\S+\s+){0,3}(?:19|20)\d\d\s*$")


def _publication_field(text: str) -> bool:
    """A publication label ("Published:", "Date of publication: May 2019"); not the bare noun among a
    title's words, with no date after it ("Child V - publication and learning")."""
    for m in PUBLISHED.finditer(text):
        label, value = text[m.start() : m.start(1)], m.group(1)
        if not (
            re.fullmatch(r"publication\s*", label, re.IGNORECASE) and value.strip() and not re.search(r"\d", value)
        ):
            return True
    return False


def _bare_field(text: str) -> bool:
    """A cover line that is only a field (the partnership, the date, the author), never a title."""
    return bool(
        AUTHOR.search(text)
        or _publication_field(text)
        or LSCB_FIELD.search(text)
        or DATE.fullmatch(text.strip())
        or DATED_FIELD.match(text)
        or (PARTNERSHIP.search(text) and not PARTNERSHIP.sub("", text).strip(" ,:-–|"))
    )


def _heads_a_cover(heading: Block, candidates: list[Block]) -> bool:
    """A first top-level heading followed only by short field lines (its date, its author) before the
    next heading: the cover's title, though the sections below are top-level headings too."""
    at = candidates.index(heading)
    below = []
    for b in candidates[at + 1 :]:
        if b.kind == "heading" and not _bare_field(b.text):
            break
        below.append(b)
    return bool(below) and all(
        (len(b.text.split()) <= 8 or DATED_LINE.match(b.text)) and not SENTENCE_END.search(b.text) for b in below
    )


# A field line dating an event or the document: "Reporting period: 1 April 2016 to 31 March 2017".
DATED_LINE = re.compile(r"^\s*[A-Za-z][\w ]{1,30}:\s*[^.\n]{0,60}\b(?:19|20)\d\d\s*$")


def _bare_lead(candidates: list[Block], headings: list[Block]) -> bool:
    """Whether only bare fields (the partnership's name) stand above the first heading."""
    at = candidates.index(headings[0])
    return all(_bare_field(b.text) for b in candidates[:at])


def _is_cover_field(text: str) -> bool:
    return bool(
        AUTHOR.search(text)
        or _publication_field(text)
        or PARTNERSHIP.search(text)
        or LSCB_FIELD.search(text)
        or DATE.fullmatch(text.strip())
    )
