"""Ingest stage: footnotes whose markers a conversion set apart from the words, kept out of the body.

Runs where pages are normalised (`ingest.clean.normalise_pages`), on a text copy's lines (never a PDF's own
pages, whose notes are set apart by their small type). A conversion that drops superscripts leaves a note's
marker as a figure after a sentence's last word ("... agreed to its publication. 1", "... nationally. 2 The
Partnership ...") and the notes as numbered lines at the foot of the page ("1 The protocol allows ..."), which
would read as a numbered list. The notes are known only when everything agrees: the markers run 1, 2, 3 ...
in the order of the text, the notes carry the same numbers in the same order after the last marker, and
nothing but a page number follows them on their page. The markers are taken out of the text, and the notes
kept with the page's chrome, never a lesson's text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import PageLayout

# "... publication. 1" at a line's end, "... nationally. 2 The Partnership ..." inside it.
_MARKER = re.compile(r"(?<=[a-z]{2}[.;,]) (?P<n>[1-9])(?= [A-Z][A-Za-z]|$)")
_NOTE = re.compile(r"^(?P<n>[1-9]) (?=[A-Z][a-z])")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.IGNORECASE)


def set_apart_notes(lines: list[str], gaps: list[bool], page_ends: set[int]) -> tuple[list[str], set[int]]:
    """The lines with the markers taken out, and the indices of the notes' lines; the lines as they are and
    no notes when markers and notes do not agree. `page_ends` holds the index of each page's last line."""
    markers: list[tuple[int, int]] = []  # (number, line)
    for i, line in enumerate(lines):
        markers.extend((int(m["n"]), i) for m in _MARKER.finditer(line))
    if not markers or [n for n, _ in markers] != list(range(1, len(markers) + 1)):
        return lines, set()
    last_marker = markers[-1][1]
    notes: set[int] = set()
    numbers: list[int] = []
    i = last_marker + 1
    while i < len(lines):
        note = _NOTE.match(lines[i])
        if note and int(note["n"]) == len(numbers) + 1 and (gaps[i] or not numbers):
            numbers.append(int(note["n"]))
            notes.add(i)
        elif numbers and not gaps[i] and lines[i] and not _PAGE_NUMBER.match(lines[i].strip()):
            notes.add(i)  # a note's second line
        elif numbers:
            break
        if numbers and i in page_ends:
            break
        i += 1
    if numbers != [n for n, _ in markers]:
        return lines, set()
    # Nothing but a page number after the notes on their page.
    end = min((e for e in page_ends if e >= max(notes)), default=len(lines) - 1)
    if any(lines[j].strip() and not _PAGE_NUMBER.match(lines[j].strip()) for j in range(max(notes) + 1, end + 1)):
        return lines, set()
    out = [_MARKER.sub("", line) if k <= last_marker else line for k, line in enumerate(lines)]
    return out, notes


def notes_out_of_body(pages: list[PageLayout]) -> list[PageLayout]:
    """The pages of a text copy with set-apart footnote markers taken out of the text and the notes moved to
    their page's chrome; a PDF's pages as they are."""
    if not pages or any(page.positional for page in pages):
        return pages
    lines = [line.text for page in pages for line in page.lines]
    gaps = [line.gap_before for page in pages for line in page.lines]
    page_ends: set[int] = set()
    count = 0
    for page in pages:
        count += len(page.lines)
        if page.lines:
            page_ends.add(count - 1)
    unmarked, notes = set_apart_notes(lines, gaps, page_ends)
    if not notes:
        return pages
    texts = iter(enumerate(unmarked))
    out = []
    for page in pages:
        kept = []
        chrome = [page.chrome] if page.chrome else []
        for line in page.lines:
            i, text = next(texts)
            if i in notes:
                chrome.append(text)
            elif text:
                kept.append(replace(line, text=text) if text != line.text else line)
        out.append(replace(page, lines=tuple(kept), chrome="\n".join(chrome)))
    return out
