"""Web stage: a lesson's text as HTML with the tagger's evidence marked.

Everything in the text is escaped; only the `<mark>` elements around the
evidence spans are added. Offsets that do not fit the text are ignored
rather than trusted.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from nlp.records import Tag


def evidence_spans(text: str, tags: Iterable[Tag]) -> list[tuple[int, int]]:
    """The evidence offsets of `tags` that fall inside `text`, merged where they overlap."""
    spans = sorted((e.start, e.end) for tag in tags for e in tag.evidence if 0 <= e.start < e.end <= len(text))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def mark_evidence(text: str, tags: Iterable[Tag]) -> Markup:
    """`text` escaped, with each evidence span wrapped in <mark>."""
    parts: list[str] = []
    position = 0
    for start, end in evidence_spans(text, tags):
        parts.append(str(escape(text[position:start])))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))
