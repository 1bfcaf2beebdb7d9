"""Search stage: how the values a search returns are named for a reader.

The ThemeBook is the taxonomy as readers see it (labels, groups, their
order, and the agencies' names); the other facets' values (kinds, review
types, age bands) have fixed names here. The web pages, the API, the CLI and the briefings all
name things through this module, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

KIND_LABELS = {
    "finding": "Finding",
    "learning_point": "Learning point",
    "recommendation": "Recommendation",
    "good_practice": "Good practice",
}
REVIEW_TYPE_LABELS = {
    "SCR": "Serious case review",
    "LCSPR": "Local child safeguarding practice review",
    "national": "National review",
    "thematic": "Thematic review",
    "briefing": "Briefing",
    "other": "Other review",
}
AGE_BAND_LABELS = {"unborn": "Unborn", "under 1": "Under 1"}


@dataclass(frozen=True)
class ThemeInfo:
    id: str
    group: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class GroupInfo:
    id: str
    label: str
    themes: tuple[ThemeInfo, ...]


class ThemeBook:
    """The taxonomy as readers need it: labels, groups and their order."""

    def __init__(self, groups: tuple[GroupInfo, ...], agencies: dict[str, str] | None = None):
        self.groups = groups
        self._agencies = dict(agencies or {})
        self._themes = {t.id: t for grp in groups for t in grp.themes}
        self._groups = {grp.id: grp for grp in groups}

    @classmethod
    def load(cls, path: Path) -> ThemeBook:
        """Read the taxonomy; OSError or nlp.taxonomy.TaxonomyError when it cannot be."""
        from nlp.taxonomy import load_taxonomy  # the tagging stage owns the taxonomy

        taxonomy = load_taxonomy(path)
        return cls(_groups_of(taxonomy), agencies={a.id: a.label for a in taxonomy.agencies})

    @property
    def themes(self) -> list[ThemeInfo]:
        return list(self._themes.values())

    def theme(self, theme_id: str) -> ThemeInfo:
        known = self._themes.get(theme_id)
        if known is not None:
            return known
        group = theme_id.split(".", 1)[0] if "." in theme_id else ""
        return ThemeInfo(theme_id, group, _humanise(theme_id.split(".")[-1]))

    def theme_label(self, theme_id: str) -> str:
        return self.theme(theme_id).label

    def group_label(self, group_id: str) -> str:
        known = self._groups.get(group_id)
        return known.label if known is not None else _humanise(group_id)

    def knows_theme(self, theme_id: str) -> bool:
        return theme_id in self._themes

    def agency_label(self, agency_id: str) -> str:
        """ "Children's social care" for `childrens_social_care`: codes are for JSON only."""
        return self._agencies.get(agency_id) or _humanise(agency_id)

    def group_order(self) -> list[str]:
        return [grp.id for grp in self.groups]


def _humanise(identifier: str) -> str:
    text = identifier.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else identifier


def _groups_of(taxonomy) -> tuple[GroupInfo, ...]:
    """Turn a Taxonomy (groups and themes) into the book's groups, keeping file order."""
    by_group: dict[str, list[ThemeInfo]] = {}
    for theme in taxonomy.themes:
        info = ThemeInfo(
            theme.id, theme.group, theme.label or _humanise(theme.id.split(".")[-1]), theme.description or ""
        )
        by_group.setdefault(info.group, []).append(info)
    groups = [GroupInfo(g.id, g.label or _humanise(g.id), tuple(by_group.pop(g.id, ()))) for g in taxonomy.groups]
    groups += [GroupInfo(gid, _humanise(gid), tuple(themes)) for gid, themes in by_group.items()]
    return tuple(groups)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def review_type_label(review_type: str) -> str:
    return REVIEW_TYPE_LABELS.get(review_type, review_type)


def value_label(facet: str, value: str, themes: ThemeBook) -> str:
    """How one facet value is shown to a reader."""
    if facet == "theme":
        return themes.theme_label(value)
    if facet == "group":
        return themes.group_label(value)
    if facet == "kind":
        return kind_label(value)
    if facet == "review_type":
        return review_type_label(value)
    if facet == "age_band":
        return age_band_label(value)
    if facet == "agency":
        return themes.agency_label(value)
    return value


def age_band_label(value: str) -> str:
    return AGE_BAND_LABELS.get(value, f"{value} years" if value[:1].isdigit() else value)
