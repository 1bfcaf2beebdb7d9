"""Benchmarks: the fixed search query list, and its translation for raw engines.

Broad queries are common words of reviews' writing (thousands of hits at
100,000 lessons); selective ones are taxonomy phrases, pairs and the
operators of the query language (quoted phrase, -exclusion, OR). The list
depends only on the taxonomy file, so every run and every engine gets the
same queries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BROAD = "broad"
SELECTIVE = "selective"
CLASSES = (BROAD, SELECTIVE)

# Each matches roughly 5-20% of the scaled-up lessons: thousands of hits at 100k.
BROAD_QUERIES = (
    "information",
    "concerns",
    "social care",
    "mother",
    "father",
    "police",
    "neglect",
    "hospital",
    "domestic abuse",
    "mental health",
    "referral",
    "professionals",
)
_TOKEN = re.compile(r'-?"[^"]+"|\S+')


@dataclass(frozen=True)
class Query:
    text: str  # in the app's query language
    kind: str  # BROAD or SELECTIVE


def query_list(theme_phrases: dict[str, tuple[str, ...]], quick: bool = False) -> list[Query]:
    """The fixed list: broad common words, then selective queries from the taxonomy."""
    broad = [Query(q, BROAD) for q in BROAD_QUERIES[: 5 if quick else None]]
    selective: list[Query] = []
    themes = sorted(theme_phrases)
    for i, theme in enumerate(themes):
        phrases = [p for p in theme_phrases[theme] if p.islower() and len(p) > 3]
        if not phrases:
            continue
        phrase = phrases[i % len(phrases)]
        if " " in phrase and i % 3 == 0:
            selective.append(Query(f'"{phrase}"', SELECTIVE))
        elif i % 7 == 3:
            other = theme_phrases[themes[(i + 5) % len(themes)]][0]
            selective.append(Query(f'"{phrase}" OR "{other}"', SELECTIVE))
        elif i % 7 == 5:
            selective.append(Query(f"{phrase} -school", SELECTIVE))
        else:
            selective.append(Query(phrase, SELECTIVE))
    return broad + selective[: 12 if quick else 60]


def _terms(text: str) -> list[tuple[str, bool, bool]]:
    """(words, excluded, is_or) for each token of a query in the app's language."""
    out = []
    for token in _TOKEN.findall(text):
        if token == "OR":
            out.append(("", False, True))
            continue
        excluded = token.startswith("-") and len(token) > 1
        words = token[1:] if excluded else token
        out.append((words.strip('"'), excluded, False))
    return out


def to_tantivy(text: str) -> str:
    """The same query in tantivy's query-parser syntax (all words required)."""
    parts = _terms(text)
    has_or = any(is_or for _, _, is_or in parts)
    out = []
    for words, excluded, is_or in parts:
        if is_or:
            out.append("OR")
        elif words:
            quoted = '"' + words.replace('"', "") + '"'
            out.append(("-" if excluded else ("" if has_or else "+")) + quoted)
    return " ".join(out)


def to_fts5(text: str) -> str:
    """The same query in SQLite FTS5 syntax."""
    parts = _terms(text)
    positive, negative, has_or = [], [], False
    for words, excluded, is_or in parts:
        if is_or:
            has_or = True
        elif words:
            quoted = '"' + words.replace('"', "") + '"'
            (negative if excluded else positive).append(quoted)
    query = (" OR " if has_or else " AND ").join(positive)
    for term in negative:
        query = f"({query}) NOT {term}"
    return query
