"""Ingest stage, metadata: a cover table whose first row holds the fields' labels and the next their values.

"Child | Lead reviewer | Date of publication | Status" over "Ruby | Graham Tully | 13 April 2023 | Final":
each column read as a "label: value" line, a value broken over lines in its narrow cell ("Graham" /
"Tully", "13 April" / "2023") read whole. Only a table printed before the document's first prose is a
cover's: a table of sources under a section ("Author | Year | Title") lists other people's work.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# A label cell: a few words, no figures, no sentence.
LABEL = re.compile(r"^[A-Za-z][A-Za-z'’ ()/-]{1,40}$")


def rows_before_prose(blocks: list[Block]) -> list[tuple[str, ...]]:
    """The cells of the table rows printed before the first sentence of prose."""
    rows = []
    for b in blocks:
        if b.kind == "row":
            rows.append(b.cells)
        elif b.kind in ("para", "item") and (len(b.text.split()) > 12 or b.text.rstrip().endswith(".")):
            break
    return rows


def column_fields(rows: list[tuple[str, ...]]) -> list[str]:
    """ "label: value" for each column of a label row followed by one value row of as many cells (a table
    of two rows: more rows of its width make it a table of records)."""
    out: list[str] = []
    for at, (labels, values) in enumerate(zip(rows, rows[1:])):
        if at + 2 < len(rows) and len(rows[at + 2]) == len(values):
            continue  # a table of several records ("Review | Published" over a row a review): no cover's fields
        if at and len(rows[at - 1]) == len(labels):
            continue
        heads = [" ".join(c.split()) for c in labels]
        cells = [" ".join(c.split()) for c in values]
        if len(heads) < 2 or len(heads) != len(cells) or not all(LABEL.match(h) for h in heads):
            continue
        if any(LABEL.match(c) and c.lower() == h.lower() for c, h in zip(cells, heads)):
            continue
        out.extend(f"{h}: {c}" for h, c in zip(heads, cells) if c)
    return out
