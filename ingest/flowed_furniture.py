"""Ingest stage: a running header flowed into the text, read out of it.

Runs where pages are normalised (`ingest.clean.normalise_pages`), once per document. A text copy of a PDF
sometimes pastes each page's number and running header into the middle of the paragraph that breaks across
the page ("... and no one 4 SILP review: Theo | Final report | March 2020 asked them ..."), the header now and
then wrapped onto the next line. Page furniture is never part of a lesson (as a header on its own line is
removed by `ingest.clean.remove_furniture`): the header is found as the longest piece of text with its fields
set apart by " | " that lines share (the longest inside two lines or more), and taken out with the page number before it.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

_FIELD_BAR = " | "
_SHORTEST = 15


def _header(lines: list[str]) -> str:
    """The running header several lines share, or ""."""
    barred = [line for line in lines if line.count(_FIELD_BAR) >= 1 and len(line) < 2000]
    if len(barred) < 3 or len(barred) > 200:
        return ""
    shared: Counter[str] = Counter()
    for i, a in enumerate(barred):
        for b in barred[i + 1 : i + 6]:
            m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
            piece = a[m.a : m.a + m.size]
            if m.a + m.size < len(a) and a[m.a + m.size].isalnum() and piece[-1:].isalnum():
                piece = piece.rsplit(" ", 1)[0]  # a word the two lines happen to begin alike
            if m.a > 0 and a[m.a - 1].isalnum() and piece[:1].isalnum():
                piece = piece.split(" ", 1)[-1]
            piece = piece.strip(" |")
            if len(piece) >= _SHORTEST and _FIELD_BAR in piece:
                shared[piece] += 1
    if not shared:
        return ""
    inside = {piece: sum(piece in line and line.strip() != piece for line in lines) for piece in shared}
    found = [piece for piece in shared if inside[piece] >= 2]
    return max(found, key=len) if found else ""


def remove_flowed_header(lines: list[str]) -> list[str]:
    """The lines with a running header pasted inside them taken out, with its page number."""
    header = _header(lines)
    if not header:
        return lines
    whole = re.compile(r"(?:\s*\b\d{1,3})?\s*" + re.escape(header) + r"\s*")
    out: list[str] = []
    carry = ""  # the part of the header wrapped onto the next line
    for line in lines:
        if carry and line.startswith(carry):
            line = line[len(carry) :].lstrip()
        carry = ""
        if header in line and line.strip() != header:
            if line.lstrip().startswith(header) and out:
                out[-1] = re.sub(r"(?<=\w) \d{1,3}$", "", out[-1])  # its page number closing the line before
            line = whole.sub(" ", line).strip()
        else:
            # The header's start at the line's end, its rest on the next line.
            for cut in range(len(header) - 1, _SHORTEST - 1, -1):
                head = header[:cut].rstrip()
                if _FIELD_BAR.strip() in head and line.rstrip().endswith(head):
                    start = len(line.rstrip()) - len(head)
                    line = re.sub(r"\s*\b\d{1,3}\s*$", "", line[:start]).rstrip()
                    carry = header[cut:].strip()
                    break
        out.append(line)
    return out
