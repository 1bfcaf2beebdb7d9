"""Ingest stage: Word (.docx) documents as pages of lines.

A Word package is checked for a "zip bomb" before python-docx parses it; its
paragraphs (and text boxes) and tables are then read with their heading and
list styles, automatic numbers and bold runs. Where a Word page ends depends
on the printer, so the document is one page.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ingest.docx_structure import Numbering, outline_level
from ingest.failure import IngestFailure
from ingest.formats import _emphasis, _lead
from ingest.layout import PageLayout, TextLine
from ingest.limits import Limits

_CHUNK = 1 << 20


def check_docx_package(path: Path, limits: Limits) -> None:
    """Refuse a Word package that would blow up when parsed (a "zip bomb").

    Each part's declared size is checked first, then the XML parts are
    decompressed in chunks, never whole, counting bytes and start tags
    (`<` not followed by `/`, `?` or `!`), and reading stops at the first
    limit passed: a package is refused in about the time it takes to read
    the limit's worth of bytes, before python-docx builds any tree.

    Hand-written because no library does it: python-docx and zipfile read
    whatever a package holds, and defusedxml guards against entity
    expansion, not against a part of 1.5 GiB or 8 million real elements.
    """
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            declared = sum(info.file_size for info in infos)
            if declared > limits.docx_max_unzipped_bytes:
                raise IngestFailure(
                    "limits",
                    f"the Word package declares {declared} bytes decompressed, more than "
                    f"the limit of {limits.docx_max_unzipped_bytes} (docx_max_unzipped_bytes)",
                )
            total = elements = 0
            for info in infos:
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                with package.open(info) as part:
                    previous = b""
                    while chunk := part.read(_CHUNK):
                        total += len(chunk)
                        if total > limits.docx_max_unzipped_bytes:  # the declared sizes lied
                            raise IngestFailure(
                                "limits",
                                f"the Word package decompresses to more than "
                                f"{limits.docx_max_unzipped_bytes} bytes (docx_max_unzipped_bytes)",
                            )
                        joined = previous[-1:] + chunk
                        elements += joined.count(b"<") - joined.count(b"</") - joined.count(b"<?") - joined.count(b"<!")
                        elements -= previous[-1:].count(b"<")  # counted with the previous chunk
                        if elements > limits.docx_max_elements:
                            raise IngestFailure(
                                "limits",
                                f"the Word package has more than {limits.docx_max_elements} "
                                "XML elements (docx_max_elements)",
                            )
                        previous = chunk
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError) as exc:
        raise IngestFailure("open", f"damaged Word document: {type(exc).__name__}: {exc}") from exc


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


TEXT_BOX = _W + "txbxContent"


PARAGRAPH = _W + "p"


FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


RUN = _W + "r"


# Runs a reader never sees: tracked deletions (the text as accepted), moved-away text, the paragraphs
# of a text box (read after their paragraph) and the fallback copy Word keeps for old readers.
_UNREAD = {_W + "del", _W + "moveFrom", TEXT_BOX, FALLBACK}


def _paragraph_runs(paragraph) -> list:
    """The paragraph's runs as Word shows them with its tracked changes accepted: runs inside an
    insertion (``w:ins``), a field's result (``w:fldSimple``: a SEQ number), a hyperlink or a smart
    tag are read in their place; deleted runs are not. python-docx's ``Paragraph.runs`` and ``.text``
    see only the runs directly under the paragraph (and hyperlinks)."""
    from docx.text.run import Run

    runs = []
    for element in paragraph._p.iter(RUN):
        ancestor = element.getparent()
        skipped = False
        while ancestor is not None and ancestor is not paragraph._p:
            if ancestor.tag in _UNREAD:
                skipped = True
                break
            ancestor = ancestor.getparent()
        if not skipped:
            runs.append(Run(element, paragraph))
    return runs


def _paragraph_text(paragraph) -> str:
    return "".join(run.text for run in _paragraph_runs(paragraph))


def read_docx(path: Path) -> list[PageLayout]:
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:
        raise IngestFailure("open", "python-docx is not installed; cannot read .docx") from exc
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise IngestFailure("open", f"not a readable Word document: {type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # zipfile.BadZipFile, lxml errors on a damaged package
        raise IngestFailure("open", f"damaged Word document: {type(exc).__name__}: {exc}") from exc
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    lines: list[TextLine] = []
    row_id = 0
    numbering = Numbering(document)
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            line = _docx_line(paragraph, numbering)
            if line is not None:
                lines.append(line)
            # A text box anchored in the paragraph (a call-out, a "Learning point" box): its paragraphs
            # follow the paragraph's own. The fallback copy Word keeps for old readers is read once.
            for box in element.iter(TEXT_BOX):
                if any(ancestor.tag == FALLBACK for ancestor in box.iterancestors()):
                    continue
                for inner in box.iterchildren(PARAGRAPH):
                    line = _docx_line(Paragraph(inner, document), numbering)
                    if line is not None:
                        lines.append(line)
        elif tag == "tbl":
            table = Table(element, document)
            if all(len(row._tr.tc_lst) == 1 for row in table.rows):
                # A table of one column is a box (a text box drawn as a table, a shaded call-out): its
                # paragraphs are read as paragraphs, label, title and text apart.
                for row in table.rows:
                    for paragraph in _Cell(row._tr.tc_lst[0], table).paragraphs:
                        line = _docx_line(paragraph, numbering)
                        if line is not None:
                            lines.append(line)
                continue
            for n, row in enumerate(table.rows):
                # A row under cells merged down from the row above (vMerge "continue": a recommendation
                # over the rows of its actions) is one logical row with it: its cells join the row above's.
                if n == 0 or not any(tc.vMerge == "continue" for tc in row._tr.tc_lst):
                    row_id += 1
                # The row's own cells, by grid column: a cell merged across columns is read once, and a
                # cell merged down is read in the row it starts.
                column = 0
                for tc in row._tr.tc_lst:
                    index, column = column, column + (tc.grid_span or 1)
                    if tc.vMerge == "continue":
                        continue
                    paragraphs = _Cell(tc, table).paragraphs
                    text = " ".join(t for p in paragraphs if (t := _paragraph_text(p).strip()))
                    if text:
                        # the cell's bold opening (a sidebar's title over its text) is its lead, as in HTML
                        parts = _cell_parts(paragraphs)
                        lead, emphasis = _lead(parts), _emphasis(parts)
                        lines.append(
                            TextLine(
                                text=text,
                                size=0.0,
                                gap_before=True,
                                row=row_id,
                                cell=index,
                                lead=lead,
                                emphasis=emphasis,
                            )
                        )
    return [PageLayout(1, tuple(lines), positional=False, styled=True, chrome=_docx_chrome(document))]


def _cell_parts(paragraphs) -> list[tuple[str, bool]]:
    """A table cell's runs with their weight, its paragraphs joined by a space as its text is."""
    parts: list[tuple[str, bool]] = []
    for paragraph in paragraphs:
        runs = [(r.text, bool(r.bold)) for r in _paragraph_runs(paragraph) if r.text.strip()]
        if runs and parts:
            parts.append((" ", parts[-1][1] and runs[0][1]))
        parts.extend(runs)
    return parts


def _docx_chrome(document) -> str:
    """The text of the document's page headers and footers (the partnership, a copyright line),
    one paragraph a line: never lessons, but read for metadata nothing else gives."""
    texts: list[str] = []
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if part.is_linked_to_previous:
                continue
            texts.extend(t for p in part.paragraphs if (t := _paragraph_text(p).strip()))
            for table in part.tables:
                for row in table.rows:
                    texts.extend(t for cell in row.cells for p in cell.paragraphs if (t := _paragraph_text(p).strip()))
    return "\n".join(dict.fromkeys(texts))


def _docx_line(paragraph, numbering: Numbering) -> TextLine | None:
    all_runs = _paragraph_runs(paragraph)
    text = "".join(r.text for r in all_runs).strip()
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    level = 0
    match = re.match(r"heading\s*(\d)", style, re.IGNORECASE)
    if match:
        level = min(int(match.group(1)), 4)
    elif style.lower() == "title":
        level = 1
    else:
        level = outline_level(paragraph)  # a house heading style, known by its outline level
    # Word's automatic number ("Finding %1:", "%1.%2") is no part of the text: print it as the page does.
    label = numbering.label(paragraph)
    if label and not text.lower().startswith(label.lower()):
        text = f"{label} {text}"
    properties = paragraph._p.pPr
    numbered = bool(label) or (properties is not None and properties.numPr is not None)
    is_item = not level and (numbered or "list" in style.lower())
    runs = [r for r in all_runs if r.text.strip()]
    bold = bool(runs) and all(r.bold for r in runs)
    lead = _lead([(r.text, bool(r.bold)) for r in runs])
    # A list item's depth ("List Bullet 2", or its numbering level) as an indent: a sub-bullet is set
    # further in than the bullet it belongs to.
    depth = re.search(r"(\d)\s*$", style) if is_item else None
    ilvl = properties.numPr.ilvl if properties is not None and properties.numPr is not None else None
    indent = 0.0
    if is_item:
        indent = 36.0 * (int(depth.group(1)) if depth else (int(ilvl.val) + 1 if ilvl is not None else 1))
    return TextLine(
        text=text,
        size=0.0,
        bold=bold,
        style_level=level,
        gap_before=True,
        list_item=is_item,
        lead=lead,
        emphasis=_emphasis([(r.text, bool(r.bold)) for r in runs]),
        x0=indent,
    )
