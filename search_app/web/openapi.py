"""Web stage: the OpenAPI 3.1 description of the JSON API.

Written by hand from the same facet and sort definitions the API reads, so
a new facet appears here by itself. A test checks every API route is here.
"""

from __future__ import annotations

from typing import Any

from search_app.search.contract import FACETS, MAX_QUERY_CHARS, SORTS
from search_app.web.params import WEB_MAX_PER_PAGE, YEAR_MAX, YEAR_MIN


def _search_parameters() -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {
            "name": "q",
            "in": "query",
            "description": 'Search words (all must match), "quoted phrases", -exclusions and OR. '
            "Taxonomy synonyms and abbreviations are expanded.",
            "schema": {"type": "string", "maxLength": MAX_QUERY_CHARS},
        },
        {
            "name": "from",
            "in": "query",
            "description": "First year of publication to include.",
            "schema": {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
        },
        {
            "name": "to",
            "in": "query",
            "description": "Last year of publication to include.",
            "schema": {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
        },
        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": list(SORTS), "default": "relevance"}},
        {
            "name": "page",
            "in": "query",
            "description": "Page number; values below 1 mean 1.",
            "schema": {"type": "integer", "minimum": 1, "default": 1},
        },
        {
            "name": "per_page",
            "in": "query",
            "description": f"Results per page; larger values are reduced to {WEB_MAX_PER_PAGE}.",
            "schema": {"type": "integer", "minimum": 1, "maximum": WEB_MAX_PER_PAGE},
        },
        {
            "name": "facet",
            "in": "query",
            "description": "Count only these facets (default: all).",
            "style": "form",
            "explode": True,
            "schema": {"type": "array", "items": {"type": "string", "enum": [f.name for f in FACETS]}},
        },
    ]
    for facet in FACETS:
        params.append(
            {
                "name": facet.name,
                "in": "query",
                "style": "form",
                "explode": True,
                "description": f"Filter by {facet.label.lower()}; repeat for any of several "
                "values (OR). Different facets combine with AND.",
                "schema": {"type": "array", "items": {"type": "string"}},
            }
        )
    return params


def _json(schema_ref: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}},
    }


_ERRORS = {
    "400": _json("Error", "A parameter could not be understood."),
    "503": _json("Error", "The search index is not available."),
}
_NOT_FOUND = {"404": _json("Error", "No record has that id.")}


def _schemas() -> dict[str, Any]:
    string_list = {"type": "array", "items": {"type": "string"}}
    theme_ref = {"type": "object", "properties": {"id": {"type": "string"}, "label": {"type": "string"}}}
    lesson = {
        "type": "object",
        "required": ["id", "review_id", "review_title", "kind", "label", "text", "citation", "url"],
        "properties": {
            "id": {"type": "string"},
            "review_id": {"type": "string"},
            "ordinal": {"type": "integer"},
            "review_title": {"type": "string"},
            "review_type": {"type": "string"},
            "area": {"type": "string"},
            "region": {"type": "string"},
            "year": {"type": ["integer", "null"]},
            "published": {"type": "string"},
            "child": {"type": "string"},
            "kind": {"type": "string"},
            "label": {"type": "string"},
            "title": {"type": "string", "description": "the lesson's heading as printed; empty when it has none"},
            "heading": {
                "type": "string",
                "description": "what the pages call it: label and heading, or its first words",
            },
            "section": {"type": "string"},
            "page_start": {"type": "integer"},
            "page_end": {"type": "integer"},
            "agency_lead": {"type": "string"},
            "text": {"type": "string"},
            "themes": {"type": "array", "items": theme_ref},
            "theme_ids": {**string_list, "description": "The ids of `themes` (as `lessons search --json` gives them)."},
            "theme_groups": string_list,
            "age_bands": string_list,
            "agencies": string_list,
            "age_from_review": {
                "type": "boolean",
                "description": "The age band is the review's child's: the lesson names no age.",
            },
            "citation": {
                "type": "string",
                "description": "Review title, area, year, page N (section ‘S’ for a document without pages)",
            },
            "source_url": {
                "type": "string",
                "description": "where the lesson is in its source: the PDF at its page, or the page of a document's text at the lesson",
            },
            "url": {"type": "string", "format": "uri"},
            "document_url": {
                "type": "string",
                "format": "uri",
                "description": "The source document, opened at the lesson's page.",
            },
        },
    }
    facet_count = {
        "type": "object",
        "properties": {"value": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer"}},
    }
    facets = {"type": "object", "additionalProperties": {"type": "array", "items": facet_count}}
    return {
        "Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["status", "message"],
                    "properties": {"status": {"type": "integer"}, "message": {"type": "string"}},
                }
            },
        },
        "Lesson": lesson,
        "Hit": {
            "allOf": [
                {"$ref": "#/components/schemas/Lesson"},
                {
                    "type": "object",
                    "properties": {
                        "score": {"type": "number"},
                        "snippet_html": {
                            "type": "string",
                            "description": "The best fragment, HTML-escaped, with only <mark> elements added.",
                        },
                        "snippet": {"type": "string", "description": "The same as snippet_html (the CLI's name)."},
                        "matched_themes": {
                            **string_list,
                            "description": "The lesson's themes (ids) that the query names or is a sign of: it matched them by its tags.",
                        },
                    },
                },
            ]
        },
        "Facets": facets,
        "SearchResult": {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "understood_query": {"type": "string"},
                "notices": string_list,
                "filters": {"type": "object", "additionalProperties": string_list},
                "year_from": {"type": ["integer", "null"]},
                "year_to": {"type": ["integer", "null"]},
                "sort": {"type": "string"},
                "page": {"type": "integer"},
                "per_page": {"type": "integer"},
                "pages": {"type": "integer"},
                "total": {"type": "integer"},
                "results": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                "facets": {"$ref": "#/components/schemas/Facets"},
                "suggestions": {
                    **string_list,
                    "description": "Did you mean: corrected spellings and close taxonomy terms, when few lessons match.",
                },
                "related": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/Hit"},
                    "description": "Lessons related to the few that matched (same reviews, shared themes); "
                    "not counted in the total or the facets.",
                },
                "query_themes": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"id": {"type": "string"}, "label": {"type": "string"}}},
                    "description": "The themes the query names or is a sign of; a lesson carrying one matches that part of "
                    "the query by its tag.",
                },
            },
        },
        "FacetsResult": {
            "type": "object",
            "properties": {"total": {"type": "integer"}, "facets": {"$ref": "#/components/schemas/Facets"}},
        },
        "LessonDetail": {
            "allOf": [
                {"$ref": "#/components/schemas/Lesson"},
                {
                    "type": "object",
                    "properties": {
                        "tags": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "id": {"type": "string"},
                                    "label": {"type": "string"},
                                    "group": {"type": "string"},
                                    "confidence": {"type": "number"},
                                    "source": {"type": "string", "enum": ["rule", "model"]},
                                    "evidence": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "text": {"type": "string"},
                                                "start": {"type": "integer"},
                                                "end": {"type": "integer"},
                                            },
                                        },
                                    },
                                },
                            },
                        },
                        "similar": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "id": {"type": "string"},
                                    "label": {"type": "string"},
                                    "review_title": {"type": "string"},
                                    "citation": {"type": "string"},
                                    "url": {"type": "string"},
                                },
                            },
                        },
                    },
                },
            ]
        },
        "Review": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "title": {"type": "string"},
                "review_type": {"type": "string"},
                "area": {"type": "string"},
                "region": {"type": "string"},
                "published": {"type": "string"},
                "year": {"type": ["integer", "null"]},
                "child": {"type": "string"},
                "child_age": {"type": "string"},
                "author": {"type": "string"},
                "page_count": {"type": "integer"},
                "sections": {"type": "array", "items": {"type": "object"}},
                "document_url": {"type": "string", "format": "uri"},
                "lessons_total": {"type": "integer"},
                "page": {"type": "integer"},
                "per_page": {"type": "integer"},
                "pages": {"type": "integer"},
                "lessons": {"type": "array", "items": {"$ref": "#/components/schemas/Lesson"}},
            },
        },
        "Themes": {
            "type": "object",
            "properties": {
                "total_lessons": {"type": "integer"},
                "years": {"type": "array", "items": {"type": "integer"}},
                "groups": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "label": {"type": "string"},
                            "themes": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "id": {"type": "string"},
                                        "label": {"type": "string"},
                                        "description": {"type": "string"},
                                        "count": {"type": "integer"},
                                        "by_year": {"type": "object", "additionalProperties": {"type": "integer"}},
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
        "Health": {
            "type": "object",
            "required": ["status", "lessons", "index_version"],
            "properties": {
                "status": {"type": "string", "enum": ["ok", "unavailable"]},
                "lessons": {"type": "integer"},
                "index_version": {"type": ["string", "null"]},
            },
        },
    }


def openapi_document(server_url: str = "") -> dict[str, Any]:
    """The OpenAPI 3.1 document of the API served at `server_url`."""
    search_params = _search_parameters()

    def id_param(name: str) -> dict[str, Any]:
        return {
            "name": name,
            "in": "path",
            "required": True,
            "schema": {"type": "string"},
        }

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Safeguarding Lessons API",
            "version": "1",
            "description": "Search the lessons of published child safeguarding case reviews. "
            "Every search parameter means the same as on the search page.",
        },
        "servers": [{"url": server_url or "/"}],
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Search lessons, with facet counts",
                    "operationId": "search",
                    "parameters": search_params,
                    "responses": {"200": _json("SearchResult", "One page of results."), **_ERRORS},
                }
            },
            "/api/facets": {
                "get": {
                    "summary": "Facet counts of a search, without results",
                    "operationId": "facets",
                    "parameters": search_params,
                    "responses": {"200": _json("FacetsResult", "Facet counts."), **_ERRORS},
                }
            },
            "/api/lessons/{lesson_id}": {
                "get": {
                    "summary": "One lesson with its themes, evidence and similar lessons",
                    "operationId": "lesson",
                    "parameters": [id_param("lesson_id")],
                    "responses": {"200": _json("LessonDetail", "The lesson."), **_NOT_FOUND},
                }
            },
            "/api/reviews/{review_id}": {
                "get": {
                    "summary": "One review with one page of its lessons in order",
                    "operationId": "review",
                    "parameters": [
                        id_param("review_id"),
                        {
                            "name": "page",
                            "in": "query",
                            "description": "Page of lessons; clamped to 1..pages.",
                            "schema": {"type": "integer", "minimum": 1, "default": 1},
                        },
                        {
                            "name": "per_page",
                            "in": "query",
                            "description": f"Lessons per page; larger values are reduced to {WEB_MAX_PER_PAGE}.",
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": WEB_MAX_PER_PAGE,
                                "default": WEB_MAX_PER_PAGE,
                            },
                        },
                    ],
                    "responses": {"200": _json("Review", "The review."), **_NOT_FOUND},
                }
            },
            "/api/themes": {
                "get": {
                    "summary": "Every theme of the taxonomy with its lesson count and trend by year",
                    "operationId": "themes",
                    "responses": {"200": _json("Themes", "The themes."), "503": _ERRORS["503"]},
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Whether the search index can answer",
                    "operationId": "health",
                    "responses": {
                        "200": _json("Health", "Serving."),
                        "503": _json("Health", "The index cannot be used."),
                    },
                }
            },
        },
        "components": {"schemas": _schemas()},
    }
