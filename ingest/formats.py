"""Ingest stage: plain text, HTML and Word (.docx) documents as pages of lines.

These formats carry no coordinates, so lines get `positional=False` pages and
what structure the format itself states: blank lines between paragraphs
(text), h1-h4, list items and table cells (HTML), heading and list styles
and tables (DOCX). Form feeds split a text file into pages; HTML and DOCX
are not paginated (where a Word page ends depends on the printer), so each
is one page.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from ingest.docx_structure import Numbering, format_number, outline_level
from ingest.failure import IngestFailure
from ingest.layout import PageLayout, TextLine
from ingest.limits import Limits
from ingest.text_page_rows import carry_rows
from ingest.text_repair import repair_html, repair_text

TABLE_ROW = re.compile(r"\S \| +(?:\| +)*\S")  # "No. | Recommendation | Lead agency", "R1.1 |  | text" (a cell empty)
# " | text | agency": a row whose first cell is empty (a cell printed once, on the row above, for both)
EMPTY_FIRST_CELL = re.compile(r"^ {1,2}\| +\S")
SETEXT_UNDERLINE = re.compile(r"^(?:={3,}|-{3,}|_{3,}|\*{3,}|~{3,})$")


def _wrapped_row(lines: list[str], index: int) -> bool:
    """A table row whose first cell wrapped before its first " | ": the indented lines under it
    (up to a blank line) carry the cell separators."""
    if not lines[index].strip() or (lines[index][:1].isspace() and not EMPTY_FIRST_CELL.match(lines[index])):
        return False
    following = []
    for line in lines[index + 1 :]:
        if not line.strip() or not line[:1].isspace():
            break
        following.append(line)
    return any(TABLE_ROW.search(line) for line in following)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a BOM), else Windows-1252, else Latin-1.

    Kept by hand rather than charset-normalizer: on British review text it
    measurably guesses wrong. Measured with charset-normalizer 3.5 on
    Windows-1252 samples: "cost \u00a340" was read as cp1250 ("cost \u014140"),
    "Na\u00efve" as "Na\u010fve", and a 100 KB page as cp1250 too. A review written
    in Word on Windows is cp1252 when it is not UTF-8; trying the two in
    that order is both exact and instant.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


ATX_HEADING = re.compile(r"^(#{1,6})\s+(\S.*?)\s*#*$")


QUOTED = re.compile(r"^>+ ?", re.MULTILINE)
MAILING_HEADING = re.compile(r"^\*\*\s+(?=\S)((?:(?!\*\*).)+)$")


def _unquoted(text: str) -> str:
    """A forwarded e-mail's quoted message ("> " opening every line of the original) as its own text:
    the marks are taken off where the quoted lines are a good part of the file."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(1 for line in lines if line.startswith(">"))
    if quoted < 5 or quoted < 0.3 * len(lines):
        return text
    return QUOTED.sub("", text)


def read_text(path: Path) -> list[PageLayout]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise IngestFailure("open", "binary content in a text file")
    text = _unquoted(repair_text(decode_text(data).replace("\r\n", "\n").replace("\r", "\n")))
    pages = []
    row_id = 0
    # a row broken off by a page break: its last cell's rest opening the next page goes back to it
    for number, chunk in enumerate(carry_rows(text.split("\f"), TABLE_ROW), start=1):
        lines: list[TextLine] = []
        blank = True
        row_parts: list[str] = []  # the lines of a "1 | text | agency" table row, wrapped
        empty_first = False  # that row opened " | text": its first cell empty
        raw_lines = chunk.split("\n") + [""]
        for index, raw in enumerate(raw_lines):
            if row_parts and raw.strip() and raw[:1].isspace():
                row_parts.append(raw.strip())  # an indented line carries on the row
                continue
            if (
                row_parts
                and raw.strip()
                and not TABLE_ROW.search(raw)
                and not row_parts[-1].rstrip().endswith((".", "!", "?", ":", ";", "|", "-"))
            ):
                # "2017/01 | Child K | ... | Practitioners wanted the" / "family to succeed ...": the last
                # cell's sentence wrapped onto unindented lines (an export one record a line)
                row_parts.append(raw.strip())
                continue
            if row_parts:
                row_id += 1
                joined = " ".join(row_parts)
                if empty_first and joined.startswith("| "):
                    joined = joined[2:]  # the row's first cell empty (EMPTY_FIRST_CELL)
                cells = [c.strip() for c in joined.split(" | ")]
                lines += [
                    TextLine(text=c, size=0.0, gap_before=True, row=row_id, cell=i) for i, c in enumerate(cells) if c
                ]
                row_parts = []
                blank = True
            if (TABLE_ROW.search(raw) or _wrapped_row(raw_lines, index)) and (
                not raw[:1].isspace() or EMPTY_FIRST_CELL.match(raw)
            ):
                row_parts = [raw.strip()]
                empty_first = raw[:1].isspace()
                continue
            if not raw.strip():
                blank = True
                continue
            underline = SETEXT_UNDERLINE.match(raw.strip())
            if underline and lines and not blank:
                # "Title\n=====" (level 1) or "Heading\n-----" (level 2)
                level = 1 if raw.strip()[0] == "=" else 2
                lines[-1] = replace(lines[-1], style_level=level)
                continue
            if underline:
                continue
            atx = ATX_HEADING.match(raw.strip())
            if atx:
                # "## Findings": a heading marked the way Markdown marks one, its level the number of #.
                lines.append(TextLine(text=atx.group(2), size=0.0, gap_before=True, style_level=len(atx.group(1))))
                blank = True
                continue
            marked = MAILING_HEADING.match(raw.strip())
            if marked:
                # "** Key learning": an e-mail bulletin's text version marks its headings with an unclosed "**".
                lines.append(TextLine(text=marked.group(1), size=0.0, gap_before=True, style_level=2))
                blank = True
                continue
            line, lead = _markdown_strong(raw.strip())
            lines.append(TextLine(text=line, size=0.0, gap_before=blank, lead=lead))
            blank = False
        pages.append(PageLayout(number, tuple(lines), positional=False))
    # A trailing form feed leaves an empty last page that was never printed.
    while len(pages) > 1 and not pages[-1].lines:
        pages.pop()
    return pages


class _HtmlLines(HTMLParser):
    BLOCKS = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "br",
        "section",
        "article",
        "blockquote",
        "dd",
        "dt",
        "table",
        "ul",
        "ol",
        "title",
        "details",
        "summary",
    }
    # Site chrome around the review: menus, breadcrumbs, page headers and footers.
    SKIP = {"script", "style", "head", "nav", "noscript", "template", "header", "footer", "aside", "form", "button"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "area", "col", "embed"}
    QUIET = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[TextLine] = []
        self._buffer: list[str] = []
        self._level = 0
        self._item = False
        self._bold = 0
        self._lists = 0  # lists open around the text: a nested list's items are set further in
        self._items = 0  # list items open around the text
        self._skip = 0
        self._row = 0
        self._cell = -1
        self._in_row = False
        self._parts: list[tuple[str, bool]] = []
        self._spans: dict[int, int] = {}  # column -> rows a rowspan still covers below this row
        self._pending: dict[int, int] = {}  # rowspans started in the current row
        self._span_text: dict[int, str] = {}  # the text of the cell spanning rows in each column
        self._next = 0  # the next cell's column
        self._section_level = 1  # the level of the last h1-h6, under which an accordion title sits
        self._toggles = 0  # open accordion buttons
        self._chrome: list | None = None  # [tag, depth] of the chrome element being skipped
        self._quiet = 0  # open script, style and template elements: no words a reader sees
        self.chrome_text: list[str] = []  # the words of the site chrome skipped, and its images' alt text
        self._list_stack: list[_OrderedList | None] = []  # the lists open around the text (None: a <ul>)
        self._marked: list | None = None  # the entry of the <ol> item whose first line is still to come

    def handle_starttag(self, tag, attrs):
        if tag == "img" and not self._quiet:
            # every image's alt text is the page's furniture: a partner's logo may be all that names the place
            alt = (dict(attrs).get("alt") or "").strip()
            if alt:
                self.chrome_text.append(alt)
        if tag == "meta":
            # The site's own name in the page's head ("og:site_name", "application-name").
            names = dict(attrs)
            if (names.get("property") or names.get("name") or "").lower() in ("og:site_name", "application-name"):
                content = (names.get("content") or "").strip()
                if content:
                    self.chrome_text.append(content)
        if tag in self.QUIET:
            self._quiet += 1
        if self._chrome is not None:
            if tag == self._chrome[0]:
                self._chrome[1] += 1
            return
        if not self._skip and tag not in self.VOID and _is_chrome(attrs):
            # Site chrome marked by its role or class (a cookie banner, breadcrumbs, a menu in a <div>).
            self._flush()
            self._chrome = [tag, 1]
            return
        if tag == "button" and _opens_panel(attrs) and not self._skip:
            tag = "summary"  # an accordion's button: the title of the panel it opens
            self._toggles += 1
        elif tag in self.SKIP:
            self._skip += 1
            return
        if tag in self.BLOCKS:
            self._flush()
        if tag in ("h1", "h2", "h3", "h4"):
            self._level = int(tag[1])
            self._section_level = self._level
        elif tag in ("h5", "h6"):
            self._level = 4
            self._section_level = self._level
        elif tag in ("summary", "dt"):
            # An accordion panel's title (<details><summary>, or a button opening a panel) heads
            # the text the panel folds away, as a definition list's term heads its description: a
            # heading one level below the section it sits in.
            self._level = min(self._section_level + 1, 4)
        elif tag == "li":
            self._items += 1
            self._item = True
            ordered = self._list_stack[-1] if self._list_stack else None
            self._marked = ordered.item(attrs) if ordered is not None else None
        elif tag in ("ul", "ol"):
            self._lists += 1
            self._marked = None  # an item opening with a list of its own: the inner items carry the numbers
            self._list_stack.append(_OrderedList(attrs) if tag == "ol" else None)
        elif tag in ("b", "strong"):
            self._bold += 1
        elif tag == "tr":
            # A row under a cell spanning rows (rowspan: a recommendation over its actions) is one
            # logical row with the row that cell starts in. A short spanning cell (a theme printed
            # once beside its findings) groups rows instead: each row is its own, the theme repeated.
            grouped = bool(self._spans) and all(_group_label(self._span_text.get(c, "")) for c in self._spans)
            if not self._spans or grouped:
                self._row += 1
            if grouped:
                for column in sorted(self._spans):
                    self.lines.append(
                        TextLine(
                            text=self._span_text[column],
                            size=0.0,
                            bold=False,
                            style_level=0,
                            gap_before=True,
                            row=self._row,
                            cell=column,
                        )
                    )
            self._cell = -1
            self._next = 0
            self._in_row = True
        elif tag in ("td", "th"):
            names = dict(attrs)
            cell = self._next
            while cell in self._spans:  # columns still covered by a cell from a row above
                cell += 1
            self._cell = cell
            span = _int(names.get("colspan"))
            self._next = cell + span
            rows = _int(names.get("rowspan"))
            if rows > 1:
                self._pending.update({c: rows - 1 for c in range(cell, cell + span)})

    def handle_endtag(self, tag):
        if tag in self.QUIET:
            self._quiet = max(0, self._quiet - 1)
        if self._chrome is not None:
            if tag == self._chrome[0]:
                self._chrome[1] -= 1
                if self._chrome[1] == 0:
                    self._chrome = None
            return
        if tag == "button" and self._toggles and not self._skip:
            tag = "summary"
            self._toggles -= 1
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if tag in self.BLOCKS:
            self._flush()
        if (tag.startswith("h") and tag[1:].isdigit()) or tag in ("summary", "dt"):
            self._level = 0
        elif tag == "li":
            self._items = max(0, self._items - 1)
            self._item = self._items > 0  # the rest of an item a nested list interrupted
            self._marked = None
        elif tag in ("ul", "ol"):
            self._lists = max(0, self._lists - 1)
            self._marked = None
            self._end_list(tag)
        elif tag in ("b", "strong"):
            self._bold = max(0, self._bold - 1)
        elif tag in ("tr", "table"):
            self._in_row = False
            if tag == "tr":
                self._spans = {c: n - 1 for c, n in self._spans.items() if n > 1}
                self._span_text = {c: t for c, t in self._span_text.items() if c in self._spans or c in self._pending}
                self._spans.update(self._pending)
                self._pending = {}
            else:
                self._spans, self._pending, self._span_text = {}, {}, {}

    def handle_data(self, data):
        if not self._skip and self._chrome is None:
            self._buffer.append(data)
            self._parts.append((data, self._bold > 0))
        elif not self._quiet and data.strip():
            self.chrome_text.append(re.sub(r"\s+", " ", data).strip())

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        self._buffer = []
        parts, self._parts = self._parts, []
        if not text:
            return
        lead = _lead([(p, b) for p, b in parts if p.strip()])
        in_table = self._in_row and self._cell >= 0
        if self._marked is not None and not in_table:
            self._marked[0] = len(self.lines)  # the item's first line: the number is drawn before it
            self._marked = None
        if in_table and self._cell in self._pending:
            self._span_text[self._cell] = f"{self._span_text.get(self._cell, '')} {text}".strip()
        self.lines.append(
            TextLine(
                text=text,
                size=0.0,
                bold=self._bold > 0 or all(b for p, b in parts if p.strip()),
                style_level=self._level,
                gap_before=True,
                list_item=self._item and not self._level,
                lead=lead,
                emphasis=_emphasis(parts),
                x0=36.0 * self._lists if self._item and not self._level else 0.0,
                row=self._row if in_table else 0,
                cell=max(self._cell, 0) if in_table else 0,
            )
        )

    def _end_list(self, tag: str) -> None:
        """Close the innermost open list of the tag's kind, and any a page left open inside it."""
        for depth in range(len(self._list_stack) - 1, -1, -1):
            if (self._list_stack[depth] is not None) == (tag == "ol"):
                while len(self._list_stack) > depth:
                    self._close_list(self._list_stack.pop())
                return

    def _close_list(self, ordered: _OrderedList | None) -> None:
        """Give the first line of each item of a closed <ol> the number the browser draws before it."""
        if ordered is None:
            return
        for index, number in ordered.numbers():
            self.lines[index] = replace(self.lines[index], number=number)

    def close(self):
        super().close()
        self._flush()
        while self._list_stack:  # lists the page never closed
            self._close_list(self._list_stack.pop())


# An ordered list's number formats (<ol type>, CSS list-style-type) in Word's names (format_number).
_HTML_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_CSS_TYPES = {
    "decimal": "decimal",
    "lower-alpha": "lowerLetter",
    "lower-latin": "lowerLetter",
    "upper-alpha": "upperLetter",
    "upper-latin": "upperLetter",
    "lower-roman": "lowerRoman",
    "upper-roman": "upperRoman",
    "none": "none",
}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:([^;!]*)", re.I)


def _number_format(names: dict) -> str | None:
    """The number format an <ol> or <li> asks for: its inline style's list-style-type ("none" when
    the page draws no number), else its type attribute; None when it says nothing."""
    for style in _LIST_STYLE.finditer(names.get("style") or ""):
        for word in style.group(1).lower().split():
            if word in _CSS_TYPES:
                return _CSS_TYPES[word]
    return _HTML_TYPES.get((names.get("type") or "").strip())


def _integer(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


class _OrderedList:
    """The numbering of one <ol>: its items' numbers are known when it closes (a reversed list
    counts down from its number of items), as a browser draws them: start=, type= (1, a, A, i, I),
    reversed, an item's value= (the items after it count on from it) and type=."""

    def __init__(self, attrs) -> None:
        names = dict(attrs)
        self.format = _number_format(names) or "decimal"
        self.start = _integer(names.get("start"))
        self.reversed = "reversed" in names
        self.items: list[list] = []  # [index of the item's first line or None, value=, format]

    def item(self, attrs) -> list:
        names = dict(attrs)
        entry = [None, _integer(names.get("value")), _number_format(names) or self.format]
        self.items.append(entry)
        return entry

    def numbers(self):
        """(line index, number as drawn) for every item that has a line."""
        value = self.start if self.start is not None else (len(self.items) if self.reversed else 1)
        step = -1 if self.reversed else 1
        for index, explicit, fmt in self.items:
            if explicit is not None:
                value = explicit
            if index is not None and fmt != "none":
                # letters and numerals have no zero or negatives: a browser draws those in decimal
                yield index, format_number(value, fmt) if value > 0 else str(value)
            value += step


def _group_label(text: str) -> bool:
    """A cell's text that names a group of rows (a theme: a few words, no sentence), not an item."""
    return 0 < len(text.split()) <= 8 and not text.rstrip().endswith((".", ";", ":"))


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menubar", "alertdialog"}
_CHROME_CLASS = re.compile(
    r"cookie|consent|breadcrumb|skip-?link|navbar|site-?(?:header|footer|nav|menu|search)|main-?(?:nav|menu)|"
    r"share-?(?:links|buttons|this)|social-?(?:links|media|icons)|newsletter|back-?to-?top",
    re.I,
)


def _is_chrome(attrs) -> bool:
    names = dict(attrs)
    if (names.get("role") or "").lower() in _CHROME_ROLES:
        return True
    return bool(_CHROME_CLASS.search(f"{names.get('class') or ''} {names.get('id') or ''}"))


_PANEL_CLASS = re.compile(r"accordion|collaps|toggle|expand|disclosure", re.I)


def _opens_panel(attrs) -> bool:
    """Whether a <button> opens a folded panel (aria-controls/aria-expanded, or an accordion class)."""
    names = dict(attrs)
    return "aria-controls" in names or "aria-expanded" in names or bool(_PANEL_CLASS.search(names.get("class") or ""))


STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _markdown_strong(text: str) -> tuple[str, str]:
    """A plain-text line without Markdown's strong marks ("**Finding 1: Hidden men** The ..."), and
    the strong run it opens with, as a bold run opening a line is read in the other formats."""
    opening = STRONG.match(text)
    lead = opening.group(2).strip() if opening and text[opening.end() :].strip() else ""
    return STRONG.sub(r"\2", text), lead


def read_html(path: Path) -> list[PageLayout]:
    parser = _HtmlLines()
    parser.feed(repair_html(decode_text(path.read_bytes())))
    parser.close()
    chrome = "\n".join(dict.fromkeys(parser.chrome_text))
    return [PageLayout(1, tuple(parser.lines), positional=False, styled=True, chrome=chrome)]


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
                    texts = (_paragraph_text(p).strip() for p in _Cell(tc, table).paragraphs)
                    text = " ".join(t for t in texts if t)
                    if text:
                        lines.append(TextLine(text=text, size=0.0, gap_before=True, row=row_id, cell=index))
    return [PageLayout(1, tuple(lines), positional=False, styled=True, chrome=_docx_chrome(document))]


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


def _emphasis(parts: list[tuple[str, bool]]) -> tuple[tuple[str, bool, bool], ...]:
    """The bold runs among a line's pieces of text: (text, opens the line, closes the line)."""
    words = [(text, bold) for text, bold in parts if text.strip()]
    if not any(bold for _, bold in words):
        return ()
    runs: list[list] = []
    for index, (text, bold) in enumerate(words):
        if not bold:
            continue
        if runs and runs[-1][2] == index - 1:
            runs[-1][0] += text
            runs[-1][2] = index
        else:
            runs.append([text, index, index])
    out = []
    for text, first, last in runs:
        joined = re.sub(r"\s+", " ", text).strip()
        if sum(1 for c in joined if c.isalpha()) >= 2:
            out.append((joined, first == 0, last == len(words) - 1))
    return tuple(out)


def _lead(parts: list[tuple[str, bool]]) -> str:
    """The bold pieces opening a paragraph when plain text follows them ("<b>Key finding 1.</b> The ...")."""
    lead = []
    for text, bold in parts:
        if not bold:
            break
        lead.append(text)
    if not lead or len(lead) == len(parts):
        return ""
    return re.sub(r"\s+", " ", "".join(lead)).strip()
