"""Briefing stage: thematic briefings made from any search, for a board.

    spec = BriefingSpec(filters={"theme": ("harm.nai_infant",)}, year_from=2019, year_to=2025)
    briefing = make_briefing(settings, spec)   # links under settings.public_url, if set
    pdf = render(briefing, "pdf")   # or "docx", "html", "md", "csv"

A briefing holds every lesson the search matches (paged through the
SearchBackend contract), its figures, its learning and recommendations in
groups of similar lessons, and its source reviews (from the Catalog).
"""

from search_app.briefing.builder import build_briefing, make_briefing, taxonomy_themes, taxonomy_version
from search_app.briefing.links import link_template_for
from search_app.briefing.records import (
    Briefing,
    BriefingSpec,
    BriefLesson,
    Cluster,
    CorpusInfo,
    Count,
    Figures,
    SourceReview,
    ThemeNotes,
    YearCount,
)
from search_app.briefing.rendering import CONTENT_TYPES, FORMATS, render
from search_app.briefing.selection import BriefingError

__all__ = [
    "Briefing",
    "BriefingError",
    "BriefingSpec",
    "BriefLesson",
    "CONTENT_TYPES",
    "Cluster",
    "CorpusInfo",
    "Count",
    "FORMATS",
    "Figures",
    "SourceReview",
    "ThemeNotes",
    "YearCount",
    "build_briefing",
    "link_template_for",
    "make_briefing",
    "render",
    "taxonomy_themes",
    "taxonomy_version",
]
