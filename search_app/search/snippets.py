"""Search stage: the snippet of a found lesson, the same on both engines.

A snippet is made of whole sentences: the lesson whole when it is short,
otherwise the run of sentences (up to SNIPPET_CHARS) holding most of the
query's distinct words, with "…" only where the lesson goes on. The words
marked are those that matched as terms: a text word whose analysed tokens
are among the query's (its words, their alternatives and synonyms), never
a common word ("the", "of", "in") on its own; a common word between two
marked words ("voice of the child") joins them into one mark when the
query has it too. Everything is HTML-escaped; only `<mark>` is added.

Why not the engines' highlighters: Tantivy's and Elasticsearch's cut
fragments at a character budget (a few words, mid-sentence) and mark every
query token, stop words included, and they cut differently, so the two
engines' snippets disagreed.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from array import array
from collections.abc import Iterable

from search_app.search.analysis import analyze
from search_app.search.contract import SNIPPET_CHARS, lead_html
from search_app.search.kept import ClearedWhenFull

WHOLE_CHARS = 420  # a lesson this short is shown whole; otherwise up to SNIPPET_CHARS
STOP_WORDS = frozenset(
    "a an and are as at be by for from in into is it its of on or that the their this to was were with".split()
)

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
# A sentence ends at . ! ? (and a closing quote or bracket) before a space and
# a capital, digit or opening quote, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+(?=[A-Z0-9\"'‘“(])|\n+")


def snippet_html(text: str, tokens: Iterable[str], title: str = "") -> str:
    """`text` as a snippet with the words matching `tokens` (analysed) marked.
    A lesson's text that opens with its `title` (shown as its heading) is
    shown without it."""
    tokens = frozenset(tokens)
    key = (text, tokens, title)
    made = _SNIPPETS.get(key)
    if made is None:
        made = _SNIPPETS.keep(key, _made_snippet(text, tokens, title))
    return made


# The snippets made, by (text, query tokens, title): a query asked again
# shows the same lessons with the same words marked, and a snippet depends
# on nothing else. The key's text is the found lesson's own string (kept by
# the engine's decoded lessons), whose hash Python keeps with it.
_SNIPPETS: ClearedWhenFull[tuple[str, frozenset[str], str], str] = ClearedWhenFull(4_096)


def _made_snippet(text: str, tokens: frozenset[str], title: str) -> str:
    text = without_title(text.strip(), title)
    wanted = _content_tokens(tokens)
    if not text:
        return ""
    if not wanted:
        return lead_html(text)
    marks = _marked_spans(text, wanted, tokens)
    if not marks:
        return lead_html(text)
    if len(text) <= WHOLE_CHARS:
        return _render(text, 0, len(text), marks)
    start, end = _best_window(text, marks, wanted)
    return _render(text, start, end, marks)


def without_title(text: str, title: str) -> str:
    title = title.strip()
    if title and text.startswith(title) and text[len(title) :].strip():
        return text[len(title) :].lstrip(" .:–-\n")
    return text


@functools.lru_cache(maxsize=1)
def _stop_tokens() -> frozenset[str]:
    return frozenset(t for w in STOP_WORDS for t in analyze(w))


def _content_tokens(tokens: frozenset[str]) -> frozenset[str]:
    content = tokens - _stop_tokens()
    return content or tokens  # a query of common words alone still shows them


# The query tokens each word of a text matches, per set of wanted tokens:
# a page's snippets (and the next searches' for the same words) share the
# same few thousand words, each analysed and matched once.
_WORD_HITS: dict[frozenset[str], dict[str, frozenset[str]]] = {}
_WORD_HITS_SETS = 32
_WORD_HITS_WORDS = 5_000
_NO_HIT: frozenset[str] = frozenset()


def _word_hits(wanted: frozenset[str]) -> dict[str, frozenset[str]]:
    known = _WORD_HITS.get(wanted)
    if known is None or len(known) > _WORD_HITS_WORDS:
        if len(_WORD_HITS) >= _WORD_HITS_SETS:
            _WORD_HITS.clear()
        known = _WORD_HITS[wanted] = {}
    return known


# The words of texts shown more than once: the same lessons top many
# searches, and finding a text's words (a Unicode regular expression) costs
# about as much as all the rest of marking them. An entry (about 4 kB) is
# the text split into its gaps and words, and where the pieces end once a
# span of it was marked. A text is kept the second time it is shown: keeping
# every text shown once made a search of lessons never shown before slower
# (new memory for each) by more than keeping saved.
_TEXT_WORDS: ClearedWhenFull[str, list] = ClearedWhenFull(2_048)
_SHOWN_ONCE: set[int] = set()  # hashes of texts shown once
_SHOWN_ONCE_KEPT = 16_384
# `_WORD` captured: splitting gives the gaps and the words in turn, in C.
_WORD_SPLIT = re.compile(f"({_WORD.pattern})", re.UNICODE)


def _pieces_of(text: str) -> list:
    """[pieces, words, ends]: `text` split into gap, word, gap, ..., gap (so
    the gap before word k is pieces[2k]), its words (as `_WORD` finds them),
    and None until `_ends` gives where each piece ends."""
    known = _TEXT_WORDS.get(text)
    if known is None:
        pieces = _WORD_SPLIT.split(text)
        known = [pieces, pieces[1::2], None]
        seen = hash(text)
        if seen in _SHOWN_ONCE:
            _TEXT_WORDS.keep(text, known)
        else:
            if len(_SHOWN_ONCE) >= _SHOWN_ONCE_KEPT:
                _SHOWN_ONCE.clear()
            _SHOWN_ONCE.add(seen)
    return known


def _ends(known: list) -> array:
    """Where each piece of a `_pieces_of` entry ends: word i runs from
    ends[2i] to ends[2i + 1]."""
    if known[2] is None:
        known[2] = array("l", list(itertools.accumulate(map(len, known[0]))))
    return known[2]


def _marked_spans(text: str, wanted: frozenset[str], query: frozenset[str]) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, tokens) of each run of marked words; a common word between
    two marked words joins the run only when the query holds it too."""
    found = _word_hits(wanted)
    known = _pieces_of(text)
    pieces, words = known[0], known[1]
    for word in set(words).difference(found):
        found[word] = (frozenset(analyze(word)) & wanted) or _NO_HIT
    hits = list(map(found.__getitem__, words))
    spans: list[tuple[int, int, frozenset[str]]] = []
    count = len(words)
    last = -1  # the last word of the previous run
    for i in itertools.compress(range(count), hits):  # the marked words only
        if i <= last:
            continue
        j, tokens = i, set(hits[i])
        k = i + 1
        while k < count:
            if hits[k] and _only_space_or_dash(pieces[2 * k]):
                j, k = k, k + 1
                tokens |= hits[k - 1]
                continue
            # common words bridging to the next marked word: "voice of the child"
            m = k
            while m < count and words[m].lower() in STOP_WORDS and m - k < 3 and _only_space_or_dash(pieces[2 * m]):
                m += 1
            if (
                m > k
                and m < count
                and hits[m]
                and _only_space_or_dash(pieces[2 * m])
                and all(set(analyze(w)) <= query for w in words[k:m])
            ):
                j, k = m, m + 1
                tokens |= hits[m]
                continue
            break
        ends = _ends(known)
        spans.append((ends[2 * i], ends[2 * j + 1], frozenset(tokens)))
        last = j
    return spans


def _only_space_or_dash(gap: str) -> bool:
    return len(gap) <= 3 and all(c in " -‐–\u00a0" for c in gap)


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _best_window(text: str, marks, wanted: frozenset[str]) -> tuple[int, int]:
    """The run of whole sentences up to SNIPPET_CHARS with most distinct
    matched tokens (then most marks, then earliest); a single sentence longer
    than that is cut at words around its first mark."""
    sentences = _sentences(text)
    best: tuple[tuple[int, int, int], int, int] | None = None
    for i, (s_start, _) in enumerate(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1][1] - s_start <= SNIPPET_CHARS:
            j += 1
        end = sentences[j][1]
        inside = [m for m in marks if m[0] >= s_start and m[1] <= end]
        if not inside:
            continue
        distinct = len(frozenset().union(*(m[2] for m in inside)))
        key = (distinct, len(inside), -i)
        if best is None or key > best[0]:
            best = (key, s_start, end)
    if best is None:
        first = marks[0]
        return _around(text, first[0], first[1])
    _, start, end = best
    if end - start > SNIPPET_CHARS * 1.6:  # one very long sentence
        inside = [m for m in marks if start <= m[0] < end]
        return _around(text, inside[0][0], inside[0][1], start, end)
    return start, end


def _around(text: str, mark_start: int, mark_end: int, low: int = 0, high: int | None = None) -> tuple[int, int]:
    high = len(text) if high is None else high
    start = max(low, mark_start - SNIPPET_CHARS // 3)
    end = min(high, max(mark_end, start + SNIPPET_CHARS))
    if start > low:
        space = text.find(" ", start, mark_start)
        start = space + 1 if space != -1 else start
    if end < high:
        space = text.rfind(" ", mark_end, end)
        end = space if space != -1 else end
    return start, end


def _render(text: str, start: int, end: int, marks) -> str:
    pieces, position = [], start
    for m_start, m_end, _ in marks:
        if m_start < start or m_end > end:
            continue
        pieces.append(html.escape(text[position:m_start]))
        pieces.append("<mark>" + html.escape(text[m_start:m_end]) + "</mark>")
        position = m_end
    pieces.append(html.escape(text[position:end]))
    body = " ".join("".join(pieces).split())
    # "…" only where a sentence was cut; whole sentences stand as they are.
    prefix = "…" if text[:start].strip() and not _sentence_boundary(text, start) else ""
    suffix = "…" if text[end:].strip() and not _sentence_boundary(text, end) else ""
    return prefix + body + suffix


def _sentence_boundary(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?\"'’”)]:;" or "\n" in text[len(before) : at + 1]
