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


# The tagger makes several Evidence and Tag records for every lesson. A frozen
# dataclass's __init__ sets each field through object.__setattr__, which
# costs about as much as the rest of turning a lesson's hits into records;
# these makers fill the same fields straight into the new record's __dict__
# (the records have no __slots__ and no __post_init__), in a third to a half
# of the time. What they make is equal to, and hashes and pickles as, what
# the class itself makes (tests/test_nlp_tagger.py checks).
_new = object.__new__


def make_evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence(text, start, end), made faster."""
    record = _new(Evidence)
    fields = record.__dict__
    fields["text"] = text
    fields["start"] = start
    fields["end"] = end
    return record


def make_tag(theme: str, group: str, confidence: float, source: str, evidence: tuple[Evidence, ...] = ()) -> Tag:
    """Tag(theme, group, confidence, source, evidence), made faster."""
    record = _new(Tag)
    fields = record.__dict__
    fields["theme"] = theme
    fields["group"] = group
    fields["confidence"] = confidence
    fields["source"] = source
    fields["evidence"] = evidence
    return record


def make_analysis(tags: tuple[Tag, ...], age_bands: tuple[str, ...], agencies: tuple[str, ...]) -> LessonAnalysis:
    """LessonAnalysis(tags, age_bands, agencies), made faster."""
    record = _new(LessonAnalysis)
    fields = record.__dict__
    fields["tags"] = tags
    fields["age_bands"] = age_bands
    fields["agencies"] = agencies
    return record
