"""Search stage (Tantivy engine): the page of a search, ranked and drawn.

`rank_page` runs the query for the page (relevance or date order) with the
count of every match; lessons of equal score are put in id order, as the
Elasticsearch engine orders them. `draw_hits` reads the page's stored
documents and makes each hit's snippet (search_app.search.snippets, shared with
the Elasticsearch engine). Stored documents are read through the
generation's `Documents`: ordering ties and drawing the page read the same
ones, and the lessons that top many searches are decoded once.
"""

from __future__ import annotations

import tantivy

from search_app.search.contract import IndexedLesson, SearchHit, SearchRequest
from search_app.search.flow import order_ties
from search_app.search.kept import ClearedWhenFull
from search_app.search.snippets import snippet_html
from search_app.search.tantivy import schema as ts

TIE_WINDOW = 20  # hits fetched past the page to order equal scores by lesson id
LESSONS_KEPT = 4_096  # decoded lessons kept per index generation (about 10 MB)

Page = list[tuple[float, tantivy.DocAddress]]


class Documents:
    """The stored lessons of one index generation, each read and decoded
    once while it is kept (a generation's documents never change, and the
    same lessons top many searches); the most recent LESSONS_KEPT are kept."""

    def __init__(self) -> None:
        self._read: ClearedWhenFull[tuple[int, int], IndexedLesson] = ClearedWhenFull(LESSONS_KEPT)

    def lesson(self, searcher: tantivy.Searcher, address: tantivy.DocAddress) -> IndexedLesson:
        key = (address.segment_ord, address.doc)
        found = self._read.get(key)
        if found is None:
            found = self._read.keep(key, ts.from_document(searcher.doc(address)))
        return found


def rank_page(
    searcher: tantivy.Searcher, query: tantivy.Query, request: SearchRequest, sort: str, documents: Documents
) -> tuple[int, Page]:
    """(how many lessons `query` matches, the page's (score, address) pairs)."""
    if sort == "relevance":
        end = request.offset + request.per_page
        found = searcher.search(query, end + TIE_WINDOW, count=True)
        ranked = order_ties(
            [(float(score), address) for score, address in found.hits],
            request.offset,
            end,
            lambda address: documents.lesson(searcher, address).id,
        )
        return found.count, ranked[request.offset : end]  # type: ignore[attr-defined]  # tantivy's stub omits .count
    order = tantivy.Order.Desc if sort == "date" else tantivy.Order.Asc
    found = searcher.search(
        query, request.per_page, count=True, offset=request.offset, order_by_field="date_key", order=order
    )
    return found.count, [(0.0, address) for _, address in found.hits]  # type: ignore[attr-defined]  # as above


def draw_hits(
    searcher: tantivy.Searcher,
    schema: tantivy.Schema,
    page: Page,
    documents: Documents,
    highlight_tokens: tuple[str, ...] | None,
) -> tuple[SearchHit, ...]:
    """The page's hits with their snippets: whole sentences with the
    `highlight_tokens` marked, or the lesson's opening (None: no words to mark)."""
    hits = []
    for score, address in page:
        lesson = documents.lesson(searcher, address)
        if highlight_tokens is not None:
            snippet = snippet_html(lesson.text, highlight_tokens, lesson.title)
        else:
            snippet = ts.lead_html(lesson.text)
        hits.append(SearchHit(lesson, score, snippet))
    return tuple(hits)
