"""Search stage: query-time expansion data, the words and phrases that mean the same.

`SPELLING_VARIANTS` (British and American spellings), `DOMAIN_SYNONYMS` and
the compound and negation forms of words, joined by `SynonymTable` with the
taxonomy's synonym sets, keyed by the tokens `search_app.search.analysis`
makes, so it answers "what else means this?" for the query expansion in
`search_app.search.query`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from search_app.search.analysis import _english_words, analyze, is_case_sensitive_abbreviation

# British and American (and older) spellings met in case reviews; a query
# word matching one member (after stemming) also searches for the others.
SPELLING_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("behaviour", "behavior"),
    ("behavioural", "behavioral"),
    ("paediatric", "pediatric"),
    ("paediatrician", "pediatrician"),
    ("paediatrics", "pediatrics"),
    ("practise", "practice"),
    ("programme", "program"),
    ("organisation", "organization"),
    ("organisational", "organizational"),
    ("recognise", "recognize"),
    ("haemorrhage", "hemorrhage"),
    ("haematoma", "hematoma"),
    ("haemoglobin", "hemoglobin"),
    ("anaesthetic", "anesthetic"),
    ("anaemia", "anemia"),
    ("oesophagus", "esophagus"),
    ("oedema", "edema"),
    ("diarrhoea", "diarrhea"),
    ("foetus", "fetus"),
    ("foetal", "fetal"),
    ("gynaecology", "gynecology"),
    ("orthopaedic", "orthopedic"),
    ("leukaemia", "leukemia"),
    ("paedophile", "pedophile"),
    ("manoeuvre", "maneuver"),
    ("centre", "center"),
    ("colour", "color"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("judgement", "judgment"),
    ("favour", "favor"),
    ("neighbour", "neighbor"),
    ("neighbourhood", "neighborhood"),
    ("labour", "labor"),
    ("honour", "honor"),
    ("counselling", "counseling"),
    ("counsellor", "counselor"),
    ("travelling", "traveling"),
    ("ageing", "aging"),
    ("mould", "mold"),
    ("grey", "gray"),
    ("enrol", "enroll"),
    ("enrolment", "enrollment"),
    ("fulfil", "fulfill"),
    ("skilful", "skillful"),
    ("sceptical", "skeptical"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("enquiry", "inquiry"),
    ("learnt", "learned"),
    ("analyse", "analyze"),
    ("apologise", "apologize"),
    ("authorise", "authorize"),
    ("categorise", "categorize"),
    ("criminalise", "criminalize"),
    ("emphasise", "emphasize"),
    ("finalise", "finalize"),
    ("hospitalise", "hospitalize"),
    ("hospitalisation", "hospitalization"),
    ("minimise", "minimize"),
    ("normalise", "normalize"),
    ("prioritise", "prioritize"),
    ("realise", "realize"),
    ("specialise", "specialize"),
    ("summarise", "summarize"),
    ("utilise", "utilize"),
    ("radicalisation", "radicalization"),
    ("sexualised", "sexualized"),
    ("stabilise", "stabilize"),
    ("mum", "mom"),
)

# Words practitioners use interchangeably for the same child or idea, where
# neither the stemmer nor the taxonomy's abbreviations join them. Kept short
# on purpose: each pair must mean the same thing in every lesson.
DOMAIN_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("baby", "infant"),
    ("newborn", "new-born", "neonate"),
    ("under one", "under 1", "under ones", "under the age of one"),
    ("teenager", "adolescent"),
    ("teenage", "adolescent"),
)

# Prefixes written joined, hyphenated or spaced ("nonaccidental",
# "non-accidental", "non accidental"): a query word starting with one also
# searches for the other forms.
COMPOUND_PREFIXES: tuple[str, ...] = (
    "non",
    "pre",
    "post",
    "anti",
    "multi",
    "inter",
    "intra",
    "extra",
    "self",
    "step",
    "cross",
    "sub",
)
# Negation prefixes that make the same word: "non-mobile" ~ "immobile".
_NEGATION_PREFIXES = ("non", "im", "in", "un", "ir", "il")


class HasSynonymSets(Protocol):
    def synonym_sets(self) -> Sequence[tuple[str, ...]]: ...


class SynonymTable:
    """Equivalent words and phrases, keyed by their analysed tokens.

    Built from the taxonomy's synonym sets (each a tuple of equivalent
    terms, e.g. ("NAI", "non-accidental injury", "non accidental injury")),
    the word variants those sets imply (`aligned_variants`: "non-mobile" ~
    "immobile"), SPELLING_VARIANTS and DOMAIN_SYNONYMS; multi-word synonyms
    also get their spelling variants ("paediatric nurse" -> "pediatric
    nurse"), and hyphenated or prefixed words their compound forms
    ("non-accidental" ~ "nonaccidental").
    """

    def __init__(self, synonym_sets: Iterable[Sequence[str]] = ()) -> None:
        self._variant_words: dict[str, tuple[str, ...]] = {}
        for spellings in SPELLING_VARIANTS:
            for word in spellings:
                self._variant_words[word] = tuple(w for w in spellings if w != word)
        self._groups: list[tuple[str, ...]] = []
        self._by_key: dict[tuple[str, ...], list[int]] = {}
        self._exact_case: dict[tuple[str, ...], str] = {}
        self.max_tokens = 1
        synonym_sets = [tuple(g) for g in synonym_sets]
        derived = [pair for g in synonym_sets for pair in aligned_variants(g)]
        for group in list(SPELLING_VARIANTS) + list(DOMAIN_SYNONYMS) + derived + synonym_sets:
            self._add_group(group)

    @classmethod
    def from_taxonomy(cls, taxonomy: HasSynonymSets | None) -> SynonymTable:
        return cls(taxonomy.synonym_sets() if taxonomy is not None else ())

    def _add_group(self, group: Sequence[str]) -> None:
        members: list[str] = []
        for entry in group:
            entry = " ".join(str(entry).split())
            for form in (entry, *self._spelling_swaps(entry)):
                if form and form not in members and analyze(form):
                    members.append(form)
        if len(members) < 2:
            return
        index = len(self._groups)
        self._groups.append(tuple(members))
        for member in members:
            key = analyze(member)
            self._by_key.setdefault(key, []).append(index)
            self.max_tokens = max(self.max_tokens, len(key))
            if is_case_sensitive_abbreviation(member):
                self._exact_case[key] = member

    def _spelling_swaps(self, text: str) -> list[str]:
        words = text.split(" ")
        if len(words) < 2:
            return []  # single words are variant groups of their own
        swaps = []
        for choice in range(max((len(v) for v in self._variant_words.values()), default=0)):
            swapped = [
                self._variant_words[w.lower()][choice]
                if w.lower() in self._variant_words and choice < len(self._variant_words[w.lower()])
                else w
                for w in words
            ]
            if swapped != words:
                swaps.append(" ".join(swapped))
        return swaps

    def alternatives(self, text: str) -> tuple[str, ...]:
        """The other ways of saying `text` (words as typed), in table order."""
        key = analyze(text)
        if not key:
            return ()
        exact = self._exact_case.get(key)
        if exact is not None and text != exact:
            return ()
        # One alternative per distinct analysis: "non-accidental injury" and
        # "non accidental injury" search for the same tokens.
        out: list[str] = []
        seen = {key}
        forms = list(_compound_forms_of(text))
        candidates = [
            m for k in [key] + [analyze(f) for f in forms] for i in self._by_key.get(k, ()) for m in self._groups[i]
        ]
        for member in forms + candidates + self._spelling_swaps(text):
            member_key = analyze(member)
            if member_key not in seen:
                seen.add(member_key)
                out.append(member)
        return tuple(out)

    def has_group(self, text: str) -> bool:
        """Whether `text` as a whole is a member of a synonym or variant group
        (spelling swaps of its words alone do not count), or a prefix and a
        word ("non mobile") that may be written joined."""
        key = analyze(text)
        exact = self._exact_case.get(key)
        if exact is not None and text != exact:
            return False
        words = text.split()
        return key in self._by_key or (len(words) == 2 and words[0].lower() in COMPOUND_PREFIXES)

    def __len__(self) -> int:
        return len(self._groups)


def compound_forms(word: str) -> tuple[str, ...]:
    """Other ways of writing a hyphenated or prefixed word, as typed words.

    "non-accidental" -> ("nonaccidental",); "nonaccidental" ->
    ("non accidental",) when the rest is an English word; "pre-birth" ->
    ("prebirth",). Forms that analyse like the word itself are left out.
    """
    word = word.strip()
    forms: list[str] = []
    if "-" in word.strip("-") or "‐" in word:
        forms.append(word.replace("-", "").replace("‐", ""))
    lower = word.lower()
    if lower.isalpha():
        for prefix in COMPOUND_PREFIXES:
            rest = lower[len(prefix) :]
            if lower.startswith(prefix) and len(rest) >= 4 and rest in _english_words():
                forms.append(f"{prefix} {rest}")
                break
    key = analyze(word)
    out: list[str] = []
    for form in forms:
        if analyze(form) and analyze(form) != key and form not in out:
            out.append(form)
    return tuple(out)


def _compound_forms_of(text: str) -> tuple[str, ...]:
    words = text.split()
    if len(words) == 1:
        return compound_forms(words[0])
    if len(words) == 2 and words[0].lower() in COMPOUND_PREFIXES and words[1].isalpha():
        return (words[0] + words[1],)
    return ()


def _strip_negation(word: str) -> str:
    for prefix in _NEGATION_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            return word[len(prefix) :]
    return word


def _edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, or `limit` when it is at least that."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


def is_spelling_of_same_word(a: str, b: str) -> bool:
    """Whether two single words are written forms of one word: the same
    letters apart from hyphens and apostrophes, a small spelling difference
    ("adviser"/"advisor", "honour"/"honor") or another negation prefix
    ("non-mobile"/"immobile"). "abuse" and "violence" are not."""

    def letters(word: str) -> str:
        return "".join(c for c in word.lower() if c.isalnum())

    x, y = letters(a), letters(b)
    if not x or not y or x == y:
        return bool(x) and x == y
    if min(len(x), len(y)) >= 5 and _edit_distance(x, y) <= 2:
        return True
    bare_x, bare_y = _strip_negation(x), _strip_negation(y)
    return (bare_x != x or bare_y != y) and bare_x == bare_y


def aligned_variants(group: Sequence[str]) -> list[tuple[str, str]]:
    """Word variants implied by a synonym set's phrases.

    Two phrases of one set that differ in a single word, where the two words
    are spellings of the same word (`is_spelling_of_same_word`), make those
    words variants everywhere: "bruising in non-mobile babies" and "bruising
    in immobile babies" give ("non-mobile", "immobile"); "domestic abuse" and
    "domestic violence" give nothing.
    """
    pairs: list[tuple[str, str]] = []
    phrases = [p.split() for p in group if " " in p]
    for i, a in enumerate(phrases):
        for b in phrases[i + 1 :]:
            if len(a) != len(b):
                continue
            differ = [k for k in range(len(a)) if a[k].lower() != b[k].lower()]
            if len(differ) == 1:
                x, y = a[differ[0]], b[differ[0]]
                if analyze(x) != analyze(y) and is_spelling_of_same_word(x, y) and (x, y) not in pairs:
                    pairs.append((x, y))
    return pairs


def load_synonym_table(taxonomy_path: Path | str) -> SynonymTable:
    """The taxonomy's synonyms plus the spelling variants.

    Raises whatever loading the taxonomy raises (a missing file:
    FileNotFoundError); callers decide whether search can go on without it.
    """
    from nlp.taxonomy import load_taxonomy  # the tagging stage owns the taxonomy

    return SynonymTable.from_taxonomy(load_taxonomy(taxonomy_path))
