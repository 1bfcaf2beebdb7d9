"""Search stage: the search lexicon, what a query's words name.

Built once from taxonomy.yaml (the same file the tagger is built from), it
answers, for a word or a run of words as typed:
- `alternatives(text)`: the other ways of saying it (the `SynonymTable` of
  `search_app.search.synonyms`: abbreviations, spelling and compound variants);
- `tags(text)`: the tags the indexes hold that mean the same thing: theme
  ids (field `themes`) from a theme's phrases, exact phrases, abbreviations
  and label; agency ids (field `agencies`) from an agency's phrases and
  abbreviations; age bands (field `age_bands`) from age wordings ("under
  ones", "11 week old", "aged 14", via `nlp.ages`) and AGE_WORDS.
A lesson the tagger filed under a theme can then answer a word that names
the theme, and ranks above one that only mentions the word.

`suggestion_terms()` lists the taxonomy's terms for "Did you mean".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from search_app.search.analysis import analyze, is_case_sensitive_abbreviation
from search_app.search.contract import TaxonomyUnreadable
from search_app.search.synonyms import SynonymTable

THEMES_FIELD = "themes"
AGENCIES_FIELD = "agencies"
AGE_BANDS_FIELD = "age_bands"

# Words that name an age band although no number is given (nlp.ages finds
# the numbered and "under one" wordings).
AGE_WORDS: dict[str, tuple[str, ...]] = {
    "baby": ("under 1",),
    "infant": ("under 1",),
    "newborn": ("under 1",),
    "new-born": ("under 1",),
    "neonate": ("under 1",),
    "unborn": ("unborn",),
    "toddler": ("1-4",),
    "teenager": ("11-15", "16-17"),
    "teenage": ("11-15", "16-17"),
    "adolescent": ("11-15", "16-17"),
}


@dataclass(frozen=True)
class Tag:
    """A value of a keyword field of the index ("themes", "harm.neglect").

    `named` is true when the words name the tag itself (a theme's label or a
    part of it, an agency, an age), false when they are only one of the
    signs the tagger looks for ("MASH" for information sharing, "bruising"
    for non-accidental injury): a named tag can stand in for the words, a
    sign only raises the lessons that carry it."""

    field: str
    value: str
    named: bool = True


def label_parts(label: str) -> list[str]:
    """A theme label and the names it joins: "Child criminal exploitation and
    county lines" -> itself, "child criminal exploitation", "county lines".

    A part capitalised only because it opens the label ("Suicide", "Neglect")
    is given in lower case, so that it is not taken for an abbreviation that
    must be typed as written ("FGM" keeps its capitals)."""
    parts = [label]
    for piece in re.split(r",\s*|\s+and\s+", label):
        piece = piece.strip()
        if piece[1:] == piece[1:].lower():
            piece = piece.lower()
        if piece and piece not in parts:
            parts.append(piece)
    return parts


class SearchLexicon:
    """Synonyms and tags of the words a query may contain (see the module docstring)."""

    def __init__(
        self, synonyms: SynonymTable | None = None, tag_terms: Iterable[tuple[str, Tag]] = (), terms: Iterable[str] = ()
    ) -> None:
        self.synonyms = synonyms or SynonymTable()
        # Tags by the analysed words; abbreviations that are also English
        # words ("SEND") count only typed as written, so they are kept apart.
        self._tags: dict[tuple[str, ...], list[Tag]] = {}
        self._exact: dict[str, list[Tag]] = {}
        names: dict[tuple[str, str], set[tuple[str, ...]]] = {}  # the analysed wordings naming each tag
        self._terms = tuple(dict.fromkeys(terms))
        self.max_tokens = self.synonyms.max_tokens
        age_terms = [(w, Tag(AGE_BANDS_FIELD, b)) for w, bands in AGE_WORDS.items() for b in bands]
        for written, tag in list(tag_terms) + age_terms:
            key = analyze(written)
            if not key:
                continue
            if is_case_sensitive_abbreviation(written):
                tags = self._exact.setdefault(written, [])
            else:
                tags = self._tags.setdefault(key, [])
            if tag not in tags:
                tags.append(tag)
            if tag.named:
                names.setdefault((tag.field, tag.value), set()).add(key)
            self.max_tokens = max(self.max_tokens, len(key))
        # A sign whose words hold one of its tag's names names the tag:
        # "victims of domestic abuse" holds "domestic abuse".
        for key, tags in self._tags.items():
            tags[:] = _named_where_held(key, tags, names)
        for written, tags in self._exact.items():
            tags[:] = _named_where_held(analyze(written), tags, names)

    @classmethod
    def from_taxonomy(cls, taxonomy) -> SearchLexicon:
        tag_terms: list[tuple[str, Tag]] = []
        terms: list[str] = []
        for theme in taxonomy.themes:
            # `also`: wordings of another theme that signal this one too
            signs = [*theme.wordings, *theme.also]
            # A part of a label names the theme when it is a phrase of its
            # own or one of the theme's terms ("Neglect", "county lines",
            # "FGM"); single words cut from a list ("Local", "Abuse") do not.
            sign_keys = {analyze(w) for w in signs}
            names = [
                p
                for i, p in enumerate(label_parts(theme.label))
                if i == 0 or " " in p.strip() or analyze(p) in sign_keys
            ]
            tag_terms.extend((w, Tag(THEMES_FIELD, theme.id)) for w in names)
            tag_terms.extend((w, Tag(THEMES_FIELD, theme.id, named=False)) for w in signs)
            terms.extend([theme.label.lower(), *theme.phrases, *(a.text for a in theme.abbreviations)])
        for agency in taxonomy.agencies:
            tag_terms.extend((w, Tag(AGENCIES_FIELD, agency.id)) for w in (*label_parts(agency.label), *agency.phrases))
            tag_terms.extend((w, Tag(AGENCIES_FIELD, agency.id, named=False)) for w in agency.abbreviations)
            terms.extend(agency.phrases)
        return cls(SynonymTable.from_taxonomy(taxonomy), tag_terms, terms)

    def alternatives(self, text: str) -> tuple[str, ...]:
        return self.synonyms.alternatives(text)

    def _direct_tags(self, text: str) -> list[Tag]:
        found = list(self._tags.get(analyze(text), ())) + list(self._exact.get(text, ()))
        for band in _age_bands(text):
            if Tag(AGE_BANDS_FIELD, band) not in found:
                found.append(Tag(AGE_BANDS_FIELD, band))
        return found

    def tags(self, text: str) -> tuple[Tag, ...]:
        """Tags meaning `text` or one of its alternatives, in a stable order;
        a tag both named and signed counts as named."""
        found: dict[tuple[str, str], Tag] = {}
        for form in (text, *self.alternatives(text)):
            for tag in self._direct_tags(form):
                key = (tag.field, tag.value)
                if key not in found or (tag.named and not found[key].named):
                    found[key] = tag
        return tuple(found.values())

    def knows(self, text: str) -> bool:
        """Whether `text` (a run of typed words) means something as a whole."""
        if " " not in text.strip():
            return bool(self.alternatives(text) or self._direct_tags(text))
        return self.synonyms.has_group(text) or bool(self._direct_tags(text))

    def suggestion_terms(self) -> tuple[str, ...]:
        """The taxonomy's labels, phrases and abbreviations, for "Did you mean"."""
        return self._terms


def _named_where_held(
    words: tuple[str, ...], tags: list[Tag], names: dict[tuple[str, str], set[tuple[str, ...]]]
) -> list[Tag]:
    """`tags` of a wording (its analysed `words`), each sign whose tag has a
    name that is a run of those words made a name."""
    out: list[Tag] = []
    for tag in tags:
        if not tag.named and any(_holds(words, name) for name in names.get((tag.field, tag.value), ())):
            tag = Tag(tag.field, tag.value)
        if tag not in out:
            out.append(tag)
    return out


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` is a run of consecutive `words`."""
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _age_bands(text: str) -> tuple[str, ...]:
    """The age band a whole wording names ("under ones", "11 week old"), if any."""
    if (
        not any(c.isdigit() for c in text)
        and "under" not in text.lower()
        and "old" not in text.lower()
        and "age" not in text.lower()
        and "born" not in text.lower()
    ):
        return ()
    from nlp.ages import find_ages  # the tagging stage owns age wordings

    key = analyze(text)
    bands = []
    for mention in find_ages(text):
        if analyze(mention.text) == key and mention.band not in bands:
            bands.append(mention.band)
    return tuple(bands)


@functools.lru_cache(maxsize=8)
def _load(path: str, stamp: tuple) -> SearchLexicon:
    from nlp.taxonomy import load_taxonomy  # the tagging stage owns the taxonomy

    return SearchLexicon.from_taxonomy(load_taxonomy(path))


def load_lexicon(taxonomy_path: Path | str | None) -> SearchLexicon:
    """The lexicon of the taxonomy file (spelling variants only when no file is
    named). A file that cannot be read is TaxonomyUnreadable: searching on without
    its synonyms and themes would quietly give worse answers."""
    if taxonomy_path is None:
        return SearchLexicon()
    from nlp.taxonomy import TaxonomyError

    try:
        st = Path(taxonomy_path).stat()
        return _load(str(taxonomy_path), (st.st_mtime_ns, st.st_size))
    except (OSError, TaxonomyError) as exc:
        raise TaxonomyUnreadable(f"the taxonomy {taxonomy_path} cannot be read: {exc}") from exc
