"""Ingest stage: a page's boxes of lines put in reading order.

A LineBox is a group of lines laid out together: a pdfminer text box
(ingest/pdf_text.py) or a line OCR read (ingest/ocr.py, ingest/ocr_rapid.py).
`order_boxes` reads a two-column page column by column, and boxes side by side
on one level as a table's row, cell by cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.layout import TextLine


@dataclass
class LineBox:
    """A group of lines laid out together (a pdfminer text box, an OCR line)."""

    x0: float
    x1: float
    top: float
    bottom: float
    lines: list[TextLine]


def order_boxes(boxes: list[LineBox], width: float, height: float) -> list[TextLine]:
    """Put a page's boxes in reading order and flatten them to lines."""
    if not boxes:
        return []
    if _is_two_columns(boxes, width, height):
        return _order_columns(boxes, width)
    return _order_rows(boxes)


def _line_count(boxes: list[LineBox]) -> int:
    return sum(len(b.lines) for b in boxes)


def _is_two_columns(boxes: list[LineBox], width: float, height: float) -> bool:
    # Running headers and footers sit outside the columns.
    boxes = [b for b in boxes if b.top > 0.09 * height and b.bottom < 0.91 * height]
    mid = width / 2
    slack = 0.03 * width
    left = [b for b in boxes if b.x1 <= mid + slack]
    right = [b for b in boxes if b.x0 >= mid - slack]
    if not left or not right:
        return False
    if _line_count(left) < 3 or _line_count(right) < 3:
        return False
    # Real columns hold wide paragraphs; a table's number or agency column is narrow.
    if max(b.x1 - b.x0 for b in left) < 0.28 * width or max(b.x1 - b.x0 for b in right) < 0.28 * width:
        return False
    # Table cells line up row by row; the paragraphs of two columns rarely do.
    aligned = sum(1 for l in left for r in right if abs(l.top - r.top) < 1.5)
    if aligned > max(2, 0.5 * min(len(left), len(right))):
        return False
    return any(l.top < r.bottom and r.top < l.bottom for l in left for r in right)


def _order_columns(boxes: list[LineBox], width: float) -> list[TextLine]:
    mid = width / 2
    slack = 0.03 * width
    spanning = sorted(
        (b for b in boxes if not (b.x1 <= mid + slack or b.x0 >= mid - slack)),
        key=lambda b: b.top,
    )
    rest = [b for b in boxes if b not in spanning]
    ordered: list[LineBox] = []
    upper = float("-inf")
    for cut in spanning + [None]:
        lower = cut.top if cut is not None else float("inf")
        band = [b for b in rest if upper <= b.top < lower]
        ordered += sorted((b for b in band if b.x1 <= mid + slack), key=lambda b: b.top)
        ordered += sorted((b for b in band if not b.x1 <= mid + slack), key=lambda b: b.top)
        if cut is not None:
            ordered.append(cut)
            upper = cut.top
    lines: list[TextLine] = []
    for box in ordered:
        lines.extend(box.lines)
    return lines


def _order_rows(boxes: list[LineBox]) -> list[TextLine]:
    """Top to bottom; boxes side by side form a table row, read left to right."""
    boxes = sorted(boxes, key=lambda b: (b.top, b.x0))
    rows: list[list[LineBox]] = []
    for box in boxes:
        if rows:
            row = rows[-1]
            top = min(b.top for b in row)
            bottom = max(b.bottom for b in row)
            overlap = min(bottom, box.bottom) - max(top, box.top)
            smaller = min(bottom - top, box.bottom - box.top) or 1.0
            beside = all(box.x0 >= b.x1 - 2 or box.x1 <= b.x0 + 2 for b in row)
            if beside and overlap >= 0.5 * smaller:
                row.append(box)
                continue
            # A cell merged down over several rows (a recommendation beside the rows of its actions):
            # a box under a row's cell but still inside the merged cell's height stays in that row.
            tall = [b for b in row if b.bottom - b.top > 2 * smaller]
            if (
                len(row) > 1
                and tall
                and box.bottom <= max(b.bottom for b in tall) + 2
                and all(box.x0 >= b.x1 - 2 or box.x1 <= b.x0 + 2 for b in tall)
            ):
                row.append(box)
                continue
        rows.append([box])
    lines: list[TextLine] = []
    row_id = 0
    grid: list[float] = []  # the left edges of the columns of the table being read (its fullest row)
    for row in rows:
        if len(row) == 1:
            lines.extend(row[0].lines)
            grid = []
            continue
        row_id += 1
        # Boxes stacked in one column of the row are one cell, read top to bottom.
        columns: list[list[LineBox]] = []
        for box in sorted(row, key=lambda b: (b.x0, b.top)):
            if columns and box.x0 < max(b.x1 for b in columns[-1]) - 2:
                columns[-1].append(box)
            else:
                columns.append([box])
        edges = [min(b.x0 for b in column) for column in columns]
        if len(edges) >= len(grid):
            grid = edges
            places = list(range(len(columns)))
        else:
            # A row with empty cells (under cells merged down from the row above): each cell keeps
            # the index of the table column it stands in, so "Action" stays the Action column.
            places = _places(edges, grid)
        for cell, column in zip(places, columns):
            # The next table column, when this row leaves it empty: a line reaching into it is two cells.
            following = grid[cell + 1] if cell + 1 < len(grid) and cell + 1 not in places else None
            for box in sorted(column, key=lambda b: b.top):
                for line in box.lines:
                    for part, index in _split_at(line, following, cell):
                        lines.append(_with_cell(part, row_id, index))
    return lines


def _split_at(line: TextLine, edge: float | None, cell: int) -> list[tuple[TextLine, int]]:
    """A line set across two table columns ("All partner agencies March 2022" over Lead and By
    when, the gap between them too narrow for the layout analysis) cut where the next column
    starts; a line of the box starting in the next column is that column's whole; any other line whole."""
    from dataclasses import replace

    if edge is None or line.x1 <= edge + 2:
        return [(line, cell)]
    if line.x0 >= edge - 2:
        # the box's next line set wholly in the next column ("Children's Social Care" under "Head of
        # Safeguarding,"): all of it that column's, none cut off at its first word
        return [(line, cell + 1)]
    cut = next(((offset, x0) for offset, x0 in line.words if offset and x0 >= edge - 2), None)
    if cut is None:
        return [(line, cell)]
    offset, x0 = cut
    left, right = line.text[:offset].rstrip(), line.text[offset:].strip()
    if not left or not right:
        return [(line, cell)]
    return [
        (replace(line, text=left, x1=x0, words=tuple(w for w in line.words if w[0] < offset)), cell),
        (replace(line, text=right, x0=x0, lead="", words=()), cell + 1),
    ]


def _places(edges: list[float], grid: list[float]) -> list[int]:
    """The grid column each left edge stands in, in order; plain 0..n-1 when they do not line up."""
    places: list[int] = []
    for edge in edges:
        nearest = min(range(len(grid)), key=lambda i: abs(grid[i] - edge))
        if abs(grid[nearest] - edge) > 6 or (places and nearest <= places[-1]):
            return list(range(len(edges)))
        places.append(nearest)
    return places


def _with_cell(line: TextLine, row: int, cell: int) -> TextLine:
    from dataclasses import replace

    return replace(line, row=row, cell=cell)
