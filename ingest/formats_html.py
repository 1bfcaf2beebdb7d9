"""Ingest stage: HTML documents as pages of lines.

A web page is read as one page: h1-h6 and accordion titles as headings, list
items (with the numbers an ordered list draws) and table cells (with their
row and column spans); the site chrome around the review (menus, banners,
cookie notices) is set aside as the page's furniture.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from ingest.docx_structure import format_number
from ingest.formats import _emphasis, _lead, decode_text
from ingest.html_furniture import AsideWords, closed_aside, is_chrome, opens_panel
from ingest.layout import PageLayout, TextLine
from ingest.text_repair import repair_html


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
    SKIP = {"script", "style", "head", "nav", "noscript", "template", "header", "footer", "form", "button"}
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
        self._asides: list[AsideWords] = []  # the <aside> elements open around the text
        self._links = 0  # open links inside an aside
        # ids of the open containers (div, section, article, main), those opened so far, the last line's
        self._boxes, self._opened, self._line_box = [0], 0, -1

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
        if not self._skip and tag not in self.VOID and is_chrome(attrs):
            # Site chrome marked by its role or class (a cookie banner, breadcrumbs, a menu in a <div>).
            self._flush()
            self._chrome = [tag, 1]
            return
        if tag == "button" and opens_panel(attrs) and not self._skip:
            tag = "summary"  # an accordion's button: the title of the panel it opens
            self._toggles += 1
        elif tag in self.SKIP:
            self._skip += 1
            return
        if tag == "aside" and not self._skip:
            # kept or set aside when it closes, by what it held (html_furniture)
            self._flush()
            self._asides.append(AsideWords(start=len(self.lines), beside=self._line_box == self._boxes[-1]))
            return
        if tag in ("div", "section", "article", "main") and not self._skip:
            self._opened += 1
            self._boxes.append(self._opened)
        if tag == "a" and self._asides and not self._skip:
            self._links, self._asides[-1].links = self._links + 1, self._asides[-1].links + 1
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
        if tag == "aside" and self._asides and not self._skip:
            self._end_aside()
            return
        if tag in ("div", "section", "article", "main") and not self._skip and len(self._boxes) > 1:
            self._flush()
            self._boxes.pop()
        if tag == "a" and self._links and not self._skip:
            self._links -= 1
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
            if self._asides:
                self._asides[-1].held(data, self._links > 0)
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
        self._line_box = self._boxes[-1]
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

    def _end_aside(self) -> None:
        """Close an <aside>: its lines stay when they are the review's own, else they are furniture."""
        self._flush()
        aside = self._asides.pop()
        start, kept, furniture = closed_aside(aside, self.lines, self._row + 1, self._asides[-1:])
        self._row += any(line.row == self._row + 1 for line in kept)
        self.lines[start:] = kept
        self.chrome_text.extend(furniture)

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
        while self._asides:  # asides the page never closed
            self._end_aside()
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


def read_html(path: Path) -> list[PageLayout]:
    parser = _HtmlLines()
    parser.feed(repair_html(decode_text(path.read_bytes())))
    parser.close()
    chrome = "\n".join(dict.fromkeys(parser.chrome_text))
    return [PageLayout(1, tuple(parser.lines), positional=False, styled=True, chrome=chrome)]
