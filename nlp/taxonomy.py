"""Tagging stage: the theme taxonomy (taxonomy.yaml): its records and loading.

`load_taxonomy(path)` returns a frozen `Taxonomy` or raises `TaxonomyError`
listing every problem found, each with its line in the file; it never
returns a half-loaded taxonomy. The checks themselves are in
nlp/taxonomy_validation.py; the file format is described in the header
comment of taxonomy.yaml itself.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based line in the file; 0 when the file cannot be read
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class TaxonomyError(Exception):
    """The taxonomy file is unusable; `problems` lists every reason, by line."""

    def __init__(self, path: Path | str, problems: list[Problem]):
        self.path = str(path)
        self.problems = sorted(problems, key=lambda p: (p.line, p.message))
        super().__init__(
            f"{self.path}: {len(self.problems)} problem(s)\n"
            + "\n".join(f"  {self.path}:{p.line}: {p.message}" for p in self.problems)
        )


@dataclass(frozen=True)
class Group:
    id: str
    label: str


@dataclass(frozen=True)
class Abbreviation:
    """A case-sensitive short form and the phrases (of its theme) it stands for."""

    text: str
    expansions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContextRule:
    """Matches of `applies_to` count only if one of `requires` is in the same sentence.

    `applies_to` is resolved at load time to the explicit phrases and
    abbreviations of the theme the rule covers.
    """

    applies_to: tuple[str, ...]
    requires: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class Guidance:
    """One line a briefing prints for a theme: what it means for practice, or a
    question for reflection; `source` names the published guidance it comes
    from ("Working Together to Safeguard Children 2023, chapter 3"), if any."""

    text: str
    source: str = ""


@dataclass(frozen=True)
class Theme:
    id: str  # "group.theme"
    group: str
    label: str
    description: str
    phrases: tuple[str, ...]  # lower case; matched on words and on lemmas
    exact_phrases: tuple[str, ...]  # lower case; matched on the words only
    abbreviations: tuple[Abbreviation, ...]  # matched case-sensitively
    context: tuple[ContextRule, ...] = ()
    exclusions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # lesson kinds that carry this theme whatever the text says
    not_after: tuple[str, ...] = ()  # lower-case wordings (1-3 words): a match right after one is dropped
    # wordings of other themes (as written there) that signal this theme too,
    # matched as in their own theme: "postnatal depression" is a phrase of
    # parental mental health and also a sign of the vulnerability of babies
    also: tuple[str, ...] = ()
    # For briefings, not for tagging: what the theme means for practice and
    # questions for practitioners and leaders to reflect on.
    practice: tuple[Guidance, ...] = ()
    questions: tuple[Guidance, ...] = ()

    @property
    def wordings(self) -> tuple[str, ...]:
        """The theme's own wordings as written: phrases, exact phrases, abbreviations."""
        return (*self.phrases, *self.exact_phrases, *(a.text for a in self.abbreviations))


@dataclass(frozen=True)
class Agency:
    id: str
    label: str
    phrases: tuple[str, ...]
    abbreviations: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    file_version: str
    content_hash: str
    groups: tuple[Group, ...]
    themes: tuple[Theme, ...]
    agencies: tuple[Agency, ...]
    changes: tuple[str, ...] = ()
    _by_id: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def version(self) -> str:
        """The file's `version:` plus a short hash of its content, e.g. "1.0.0+3fa2c9d1"."""
        return f"{self.file_version}+{self.content_hash}"

    def theme(self, theme_id: str) -> Theme:
        return self._by_id[theme_id]

    def group_of(self, theme_id: str) -> str:
        return self._by_id[theme_id].group

    def synonym_sets(self) -> list[tuple[str, ...]]:
        """Equivalence classes of search terms, for query expansion.

        Each tuple holds one or more abbreviations followed by the phrases they
        stand for, e.g. ("NAI", "non-accidental injury", "non accidental
        injury", "nonaccidental injury") or ("DA", "domestic abuse"). Only
        declared abbreviation-to-phrase pairs are used (taxonomy.yaml maps each
        abbreviation to its expansions), never every phrase of a theme, so
        expanding a query by a set does not widen its meaning.

        Sets that share a member are merged (SUDIC and SUDC both expand to
        "sudden unexpected death in childhood", so they form one set).
        Abbreviations keep their case: in lesson text they are matched
        case-sensitively ("DA", not "da"); an engine that lower-cases its index
        should expand only when the query term is written in capitals.
        Phrases are lower case and may contain hyphens and apostrophes; engines
        should treat multi-word members as phrase queries. Order is stable:
        taxonomy order, abbreviations first within a set.
        """
        sets: list[list[str]] = []
        index: dict[str, int] = {}
        for theme in self.themes:
            for abbr in theme.abbreviations:
                if not abbr.expansions:
                    continue
                members = [abbr.text, *abbr.expansions]
                hits = sorted({index[m] for m in members if m in index})
                if hits:
                    target = hits[0]
                    for other in hits[1:]:  # merge later sets into the first
                        for m in sets[other]:
                            if m not in sets[target]:
                                sets[target].append(m)
                            index[m] = target
                        sets[other] = []
                else:
                    target = len(sets)
                    sets.append([])
                for m in members:
                    if m not in sets[target]:
                        sets[target].append(m)
                    index[m] = target
        result = []
        for members in sets:
            if not members:
                continue
            abbrs = [m for m in members if any(c.isupper() for c in m)]
            rest = [m for m in members if m not in abbrs]
            result.append(tuple(abbrs + rest))
        return result


# ---------------------------------------------------------------- loading


def load_taxonomy(path: Path | str) -> Taxonomy:
    """Read, validate and return the taxonomy; raise TaxonomyError with every problem.

    The file is read every time, but parsed once per content in a process:
    the tagger, the search lexicon and analysis, the theme labels and the
    briefings all load it, and a Taxonomy is frozen, so they share one."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TaxonomyError(path, [Problem(0, f"cannot read the file: {exc.strerror or exc}")]) from None
    return _parse_once(raw, str(path))


@functools.lru_cache(maxsize=4)
def _parse_once(raw: bytes, source: str) -> Taxonomy:
    return parse_taxonomy(raw, Path(source))


def parse_taxonomy(raw: bytes | str, source: Path | str = "<taxonomy>") -> Taxonomy:
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TaxonomyError(source, [Problem(0, f"not UTF-8 text: {exc}")]) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = getattr(exc, "problem", None) or str(exc)
        raise TaxonomyError(source, [Problem(line, f"not valid YAML: {reason}")]) from None
    from nlp.taxonomy_validation import TaxonomyBuilder  # it builds the records defined here

    builder = TaxonomyBuilder(hashlib.sha256(raw).hexdigest()[:8])
    taxonomy = builder.build(root)
    if builder.problems or taxonomy is None:
        raise TaxonomyError(source, builder.problems)
    return taxonomy
