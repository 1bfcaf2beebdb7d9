"""Tagging stage: the records the tagger produces.

The tagger is pure: text in, a LessonAnalysis out. The catalog stores these
beside the ingest records; the indexes read them from the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE_RULE = "rule"
SOURCE_MODEL = "model"

AGE_BANDS = ("unborn", "under 1", "1-4", "5-10", "11-15", "16-17")


@dataclass(frozen=True)
class Evidence:
    """A phrase in the lesson text that made a rule fire; offsets are characters."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Tag:
    """One theme given to a lesson, with why."""

    theme: str  # "group.theme", a key of taxonomy.yaml
    group: str
    confidence: float
    source: str  # SOURCE_RULE or SOURCE_MODEL
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict:
        return {
            "id": self.theme,
            "group": self.group,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "evidence": [{"text": e.text, "start": e.start, "end": e.end} for e in self.evidence],
        }


@dataclass(frozen=True)
class LessonAnalysis:
    """Everything the tagger says of one text: themes, age bands, agencies."""

    tags: tuple[Tag, ...] = ()
    age_bands: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(t.theme for t in self.tags)
