"""Ingest stage: from cleaned lines to paragraphs, list items, table rows and headings.

Lines join into a paragraph while they share a font and sit close together;
a paragraph carries on across a page break when the sentence does. Table
rows gather their cells, and bold runs are kept as a block's emphasis. What
in a line opens a new block or makes a heading (the bullet, label and heading
patterns, hyphenated words joined) is in ingest/block_cues.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.block_cues import (
    _SENTENCE_END,
    BULLET,
    NUMBERED_ITEM,
    _heading_level,
    _heading_sizes,
    _looks_like_heading,
    _starts_block,
    join_lines,
)
from ingest.layout import Block, PageLayout, TextLine
from ingest.scan_section_numbers import (
    continues_sections,
    opens_with_number,
    run_in_heading,
    section_number,
    titles_its_paragraphs,
)


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
    last_title = 0  # the number of the last such title under that heading
    section_level = 1  # the level of the last top-level numbered heading
    for index, b in enumerate(raw):
        kind = b["kind"]
        level = b["level"]
        titled = False  # a scan's numbered line titling the paragraphs numbered under it
        if kind == "heading" and level:
            declared = level
        run_in = run_in_heading(b["text"], section) if kind == "item" and b.get("ocr") else None
        if run_in:
            # a scan's "4. Recommendations 4.1 Schools: ...": the heading apart, then its first paragraph
            blocks.append(
                Block(
                    kind="heading",
                    text=run_in[0],
                    page_start=b["page_start"],
                    page_end=b["page_start"],
                    level=section_level,
                    size=b["size"],
                    bold=b["bold"],
                )
            )
            section, above, last_title = section_number(run_in[0]), section_level, 0
            b = {**b, "text": run_in[1]}
            if b["page_end"] > b["page_start"] and " ".join(b["first"].text.split()) == run_in[0]:
                b["page_start"] += 1  # the heading closed its page, the paragraph opens the next
            kind = "para"
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
            and titles_its_paragraphs(b["text"], raw[index + 1]["text"], last_title)
        ):
            kind, titled = "heading", True  # a scan's "2. Hospital discharge" over its "2.1 ...", "2.2 ..."
            last_title = section_number(b["text"])
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
            above, last_title = level, 0
            if section_number(b["text"]):
                section_level = level
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
                side_title=b.get("side_title", ""),
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
            "page_end": page + 1 if any(l.overleaf for l in lines) else page,  # a text row's rest overleaf
            "level": 0,
            "size": first.size,
            "bold": all(l.bold for l in lines),
            "lines": len(lines),
            "first": first,
            "side_title": _side_title(cells, lines),
        }
    )


def _side_title(cells: dict[int, list[str]], lines) -> str:
    """The bold title opening the last of a row's two cells over plain text, when the first cell has none."""
    if len(cells) != 2:
        return ""
    last = max(cells)
    firsts = [line for line in lines if line.cell == last][:1]
    others = [line for line in lines if line.cell != last]
    if not firsts or any(line.lead or line.bold for line in others):
        return ""
    return firsts[0].lead
