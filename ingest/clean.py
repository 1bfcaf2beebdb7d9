"""Ingest stage: cleaning page text.

Normalises characters (ligatures, odd spaces, soft hyphens, unmapped glyph
codes) and removes page furniture: running headers and footers, page
numbers and protective markings, found as lines that repeat near the top or
bottom of many pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.damaged_text import Damage, before_collapse, join_spaced_breaks, mend_document
from ingest.flattened_tables import bracket_table_agencies
from ingest.layout import PageLayout
from ingest.pasted_headers import rejoin_pasted_headers
from ingest.set_apart_notes import notes_out_of_body

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
}
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\u000b\u000c]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CID = re.compile(r"\(cid:\d+\)")
# The glyph codes pdfminer prints for the "ti" and "tt" ligatures of Word's default fonts (Calibri, Cambria).
_CID_LIGATURES = {"(cid:415)": "ti", "(cid:425)": "tt"}
_LEADING_CID = re.compile(r"^\s*\(cid:\d+\)\s*")
_MANY_SPACES = re.compile(r" {2,}")
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"}

PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
MARKING = re.compile(
    r"^(?:official(?:[\s\-–:]+(?:sensitive|protect))?|restricted|confidential|"
    r"in strict confidence|not protectively marked|protect)\W*$",
    re.IGNORECASE,
)
PAGE_OF = re.compile(r"\bpage\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}\b", re.IGNORECASE)
# A browser's print line at a page's head or foot, a web page printed to PDF or saved as text: "Printed from
# https://www.example.org.uk/case-reviews/child-m/ on 14/02/2018" (the date perhaps wrapped onto the next line).
PRINTED_FROM = re.compile(
    r"^printed\s+from\s+(?:https?://|www\.)\S+(?P<dated>\s+on\s+\d{1,2}/\d{1,2}/\d{2,4}\b.*)?$", re.I
)
PRINT_DATE = re.compile(r"^on\s+\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s*\d{1,2}:\d\d)?$", re.I)
# How far from the top or bottom edge (share of page height) furniture sits.
_EDGE = 0.09


def normalise(text: str) -> str:
    """Ligatures, quotes and odd whitespace to plain text; one space between words."""
    for ligature, plain in _LIGATURES.items():
        if ligature in text:
            text = text.replace(ligature, plain)
    for curly, straight in _QUOTES.items():
        if curly in text:
            text = text.replace(curly, straight)
    for code, plain in _CID_LIGATURES.items():
        if code in text:
            text = text.replace(code, plain)
    # An unmapped glyph opening a line is nearly always a symbol-font bullet.
    text = _LEADING_CID.sub("\u2022 ", text)
    text = _CID.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _MANY_SPACES.sub(" ", text).strip()


def normalise_pages(pages: list[PageLayout]) -> list[PageLayout]:
    """Each line's characters normalised, the conversion's damage read back (`ingest.damaged_text`)."""
    raw = iter(bracket_table_agencies([line.text for page in pages for line in page.lines]))
    raw_texts = [[next(raw) for _ in page.lines] for page in pages]
    # A text copy's letter-spaced line wrapped inside a word, read as one line.
    raw_texts = [texts if page.positional else join_spaced_breaks(texts) for page, texts in zip(pages, raw_texts)]
    damage = Damage.of([text for page in raw_texts for text in page])
    texts = [[normalise(before_collapse(text, damage)) for text in page] for page in raw_texts]
    mended = iter(mend_document([text for page in texts for text in page], [len(page) for page in texts]))
    out = []
    for page in pages:
        lines = []
        for line in page.lines:
            text = next(mended)
            if line.lead:
                line = replace(line, lead=normalise(before_collapse(line.lead, damage)))
            for k, part in enumerate(text.split("\n")):
                # A line the table reading split in two (a flattened row's last cell) gives two lines.
                if part:
                    lines.append(
                        replace(line, text=part, gap_before=line.gap_before and k == 0) if part != line.text else line
                    )
        out.append(replace(page, lines=tuple(lines)))
    return notes_out_of_body(rejoin_pasted_headers(out))


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _line_keys(page: PageLayout) -> list[tuple[str, ...]]:
    """Each line's furniture keys: its own, and for a cell of a text table's row its whole row's too. A
    cell of a row among other rows is furniture only when its whole row repeats: a table's last row at a
    page's foot ("SSCP | Sefton Safeguarding Children Partnership") only shares a cell with the title or
    the next page's, where a running header or footer set as a row ("November 2020, 10:42 | Page title",
    "Final v1.0 | 30.09.23 | Page 2 of 3") repeats cell by cell, or whole."""
    keys: list[tuple[str, ...]] = [(_furniture_key(line.text),) for line in page.lines]
    if page.positional:
        return keys
    rows: dict[int, list[int]] = {}
    for i, line in enumerate(page.lines):
        if line.row:
            rows.setdefault(line.row, []).append(i)
    for at in rows.values():
        whole = _furniture_key(" | ".join(page.lines[i].text for i in at))
        before = page.lines[at[0] - 1].row if at[0] > 0 else 0
        after = page.lines[at[-1] + 1].row if at[-1] + 1 < len(page.lines) else 0
        for i in at:
            # (a row of a table, another row beside it: its whole row alone)
            keys[i] = (whole,) if before or after else (keys[i][0], whole)
    return keys


def _edge_lines(page: PageLayout) -> list[int]:
    """Indexes of the lines where headers and footers can sit."""
    if not page.lines:
        return []
    if page.positional and page.height:
        top_zone = page.height * _EDGE
        bottom_zone = page.height * (1 - _EDGE)
        return [i for i, line in enumerate(page.lines) if line.bottom <= top_zone or line.top >= bottom_zone]
    count = len(page.lines)
    # Three lines at each end: a footer's parts printed "Child K | 21st Oct 2016 | Page 2 of 3" come
    # out of a text page as three lines.
    return sorted({0, 1, 2, count - 3, count - 2, count - 1} & set(range(count)))


def _sentence_end(text: str) -> bool:
    return text[:1].islower() and text.endswith((".", "?", "!")) and len(text.split()) >= 4


def _item_opening(key: str) -> bool:
    """Whether a line's furniture key opens a numbered item with a sentence ("#. the partnership should evaluate
    whether learning from ...")."""
    return bool(re.match(r"^\(?#[.)]\s+[a-z'’]+(?:\s+\S+){5,}$", key))


def _numbered_item_line(page: PageLayout, i: int) -> bool:
    """Whether line `i` is part of a numbered item's sentence: the line opening it, or (in a text page) a line
    of its paragraph after it. A lesson listed twice (an executive summary restating the recommendations) may
    end two pages alike, but a running header or footer never opens a numbered sentence."""
    for j in range(i, -1, -1):
        if _item_opening(_furniture_key(page.lines[j].text)):
            return True
        if page.positional or page.lines[j].gap_before or page.lines[j].row:
            return False
    return False


def remove_furniture(pages: list[PageLayout]) -> list[PageLayout]:
    """Drop running headers/footers, page numbers and markings."""
    edges = {page.number: _edge_lines(page) for page in pages}
    page_keys = {page.number: _line_keys(page) for page in pages}
    seen: Counter = Counter()
    in_body: Counter = Counter()
    for page in pages:
        edge = set(edges[page.number])
        keys = page_keys[page.number]
        seen.update({key for i in edge for key in keys[i]})
        in_body.update(key for i, line_keys in enumerate(keys) if i not in edge for key in line_keys)
    threshold = max(2, int(0.4 * len(pages) + 0.5))
    # A line found mid-page more often than at the edges is body text that happens
    # to repeat; a running header may also appear once in the body (on the cover).
    # The end of a sentence carried over from the line above ("curiosity using the learning from
    # this review.") may close two pages by chance; a running header or footer never reads so.
    repeated = {
        key for key, count in seen.items() if count >= threshold and count > in_body[key] and not _sentence_end(key)
    }
    if len(pages) < 2:
        repeated = set()
    out = []
    for page in pages:
        drop = set()
        sizes = sorted(line.size for line in page.lines)
        largest = sizes[-1] if sizes and sizes[-1] > sizes[len(sizes) // 2] + 0.5 else 0.0  # display type
        keys = page_keys[page.number]
        for i in edges[page.number]:
            text = page.lines[i].text
            line = page.lines[i]
            if page is pages[0] and (line.style_level or (largest > 0 and line.size >= largest)):
                continue  # the cover's title, though a running header repeats its words on every page
            # (a text page's third line from an edge is furniture only when it repeats: a table's last
            # number cell sits there too)
            outer = page.positional or i in (0, 1, len(page.lines) - 2, len(page.lines) - 1)
            # (a text table's number cell opening a page, "3 | text | agency", is the row's, not the page's)
            numbered = PAGE_NUMBER.match(text) and not _row_number(page, i)
            if (
                any(key in repeated for key in keys[i])
                and not _numbered_heading(line)
                and not _numbered_item_line(page, i)
            ) or (outer and (numbered or PAGE_OF.search(text) or MARKING.match(text) or PRINTED_FROM.match(text))):
                drop.add(i)
            printed = PRINTED_FROM.match(text)
            if (
                printed
                and not printed.group("dated")
                and i + 1 < len(page.lines)
                and PRINT_DATE.match(page.lines[i + 1].text)
            ):
                drop.add(i + 1)  # the print line's date wrapped onto the line after it
        drop -= _table_rows_cut(page, drop)
        lines = tuple(line for i, line in enumerate(page.lines) if i not in drop)
        out.append(replace(page, lines=lines))
    return out


def _table_rows_cut(page: PageLayout, drop: set[int]) -> set[int]:
    """The lines of a text table's rows that the furniture would cut in two: a row among other rows (a
    table's header printed again over a page break) whose cells run past the page's edge lines is kept
    whole, never left as a stray cell ("Summary" of "No. | Type | Summary") cut from the row's others."""
    if page.positional:
        return set()
    rows: dict[int, list[int]] = {}
    for i, line in enumerate(page.lines):
        if line.row:
            rows.setdefault(line.row, []).append(i)
    kept: set[int] = set()
    for at in rows.values():
        after = page.lines[at[-1] + 1].row if at[-1] + 1 < len(page.lines) else 0
        if after and drop & set(at) and not set(at) <= drop:
            kept |= set(at)
    return kept


def _row_number(page: PageLayout, i: int) -> bool:
    """Whether line `i` of a text page is the first cell of a table row whose other cells follow it (the first
    printed: a row whose first cell is empty, an agency printed once over a group, starts at its number)."""
    line = page.lines[i]
    return (
        not page.positional
        and bool(line.row)
        and (line.cell == 0 or i == 0 or page.lines[i - 1].row != line.row)
        and i + 1 < len(page.lines)
        and page.lines[i + 1].row == line.row
    )


def _numbered_heading(line) -> bool:
    """A heading the format marks itself ("Conclusion 2" underlined in a text file, an HTML h3) with a
    number in it: one of a numbered series that may fall at page edges, never a running header, which
    repeats a title; its number may even match the page's by chance."""
    return line.style_level > 0 and any(c.isdigit() for c in line.text) and not PAGE_OF.search(line.text)


def removed_lines(printed: list[PageLayout], kept: list[PageLayout]) -> list[str]:
    """The lines `remove_furniture` took off each page, in order: a running header that repeats the
    cover's title word for word is furniture on the pages it heads, though the cover keeps the title."""
    out: list[str] = []
    for before, after in zip(printed, kept):
        left = Counter(line.text for line in after.lines)
        for line in before.lines:
            if left[line.text]:
                left[line.text] -= 1
            else:
                out.append(line.text)
    return out
