"""Ingest stage (Word documents): the structure Word keeps outside a paragraph's text.

A Word paragraph's heading level may come from its style's name ("Heading 2"),
or from an outline level set on the paragraph or on any style it is based on
(a house style "Finding title" at outline level 2). Its number may be Word's
automatic numbering, which never appears in the paragraph's text: the label
is rendered from the numbering definition's level text ("Finding %1:",
"%1.%2", "(%1)") and counters kept in document order. python-docx reads the
package; it exposes neither outline levels nor rendered numbers, so they are
read here from the XML it parses.
"""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _val(element, name: str) -> str | None:
    if element is None:
        return None
    child = element.find(W + name)
    return None if child is None else child.get(W + "val")


def _styles(paragraph):
    """The paragraph's style and the styles it is based on, nearest first."""
    style = paragraph.style
    seen = set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        yield style
        style = style.base_style


def outline_level(paragraph) -> int:
    """Heading level 1-4 from an outline level on the paragraph or its styles; 0 for body text."""
    for p_pr in [paragraph._p.pPr] + [s.element.pPr for s in _styles(paragraph)]:
        value = _val(p_pr, "outlineLvl")
        if value is not None and value.isdigit():
            level = int(value)
            return 0 if level >= 9 else min(level + 1, 4)  # 9 is "body text"
    return 0


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, level) of the paragraph's automatic numbering, from the paragraph or its styles."""
    num_id = level = None
    for p_pr in [paragraph._p.pPr] + [s.element.pPr for s in _styles(paragraph)]:
        num_pr = p_pr.find(W + "numPr") if p_pr is not None else None
        if num_pr is None:
            continue
        num_id = num_id if num_id is not None else _val(num_pr, "numId")
        ilvl = _val(num_pr, "ilvl")
        level = level if level is not None else (int(ilvl) if ilvl and ilvl.isdigit() else None)
        if num_id is not None and level is not None:
            break
    if num_id is None or num_id == "0":
        return None
    return num_id, level or 0


def format_number(value: int, fmt: str) -> str:
    """A counter's value as a list prints it, in a Word number format ("lowerLetter": 2 -> "b")."""
    if fmt in ("lowerLetter", "upperLetter"):
        text = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            text = chr(97 + rest) + text
        return text.upper() if fmt == "upperLetter" else text
    if fmt in ("lowerRoman", "upperRoman"):
        text = ""
        for number, letters in _ROMAN:
            while value >= number:
                text += letters
                value -= number
        return text.upper() if fmt == "upperRoman" else text
    return str(value)


def _digits(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _level(lvl) -> tuple[int, tuple[str, str, int]]:
    """A numbering level's index and its (number format, level text, start)."""
    start = _digits(_val(lvl, "start"))
    level = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", 1 if start is None else start)
    return _digits(lvl.get(W + "ilvl")) or 0, level


class Numbering:
    """Renders Word's automatic numbers for the paragraphs of one document, in document order."""

    def __init__(self, document) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(W + "abstractNum"):
            levels = {}
            for lvl in node.findall(W + "lvl"):
                ilvl, level = _level(lvl)
                levels[ilvl] = level
            abstract[node.get(W + "abstractNumId")] = levels
        for num in root.findall(W + "num"):
            levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
            # A list that restarts, or starts at another number, overrides its definition's levels:
            # a level of its own (w:lvl) or only where the count starts (w:startOverride).
            for override in num.findall(W + "lvlOverride"):
                ilvl = _digits(override.get(W + "ilvl")) or 0
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)[1]
                start = _digits(_val(override, "startOverride"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = (*levels[ilvl][:2], start)
            self._levels[num.get(W + "numId")] = levels

    def label(self, paragraph) -> str:
        """The number Word prints before the paragraph ("Finding 3:", "2.1", "(b)"), or ""."""
        found = _num_pr(paragraph)
        if found is None or found[0] not in self._levels:
            return ""
        num_id, level = found
        levels = self._levels[num_id]
        if level not in levels:
            return ""
        fmt, text, start = levels[level]
        if fmt in ("bullet", "none") or not text:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # a new item restarts the levels below it

        def number(match: re.Match) -> str:
            at = int(match.group(1)) - 1
            if at not in levels:
                return ""
            value = counters.get(at, levels[at][2])
            return format_number(value, levels[at][0])

        return re.sub(r"%(\d)", number, text).strip()
