"""Tagging stage: the spaCy components the tagger's pipeline is made of.

Order in the pipeline (see nlp/pipeline.py):
  lessons_sentences  sentence boundaries, vectorised (no per-token Python)
  lessons_lemmas     lookup lemmas of the lower-cased words (spacy-lookups-data)
  lessons_matcher    one pass of three PhraseMatchers (LOWER, LEMMA, ORTH)
  lessons_negation   negated and hypothetical scopes from the trigger matches
  lessons_themes     theme hits: exclusions, context rules, negation applied
  lessons_agencies   agencies named outside negated scopes
  lessons_ages       the child's age bands (nlp/ages.py)

Components keep their results on Doc extensions (doc._.lessons_*), so a
Doc from `nlp.pipe` carries everything the Tagger needs and nothing else
is recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from nlp.negation import NEGATION_POST, NEGATION_PRE, NEGATION_PSEUDO, negated_tokens
from nlp.taxonomy import Taxonomy
from nlp.tokens import lemma_table

for _name in ("lessons_raw", "lessons_sent_ids", "lessons_negated", "lessons_themes",
              "lessons_agencies", "lessons_ages"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Match keys: (kind, owner, detail). Kinds:
THEME = "theme"  # owner = theme id, detail = phrase or abbreviation as written in the taxonomy
EXCLUSION = "exclusion"  # owner = theme id
CUE = "cue"  # owner = (theme id, rule index)
AGENCY = "agency"  # owner = agency id
NEG_PRE, NEG_POST, NEG_PSEUDO = "neg_pre", "neg_post", "neg_pseudo"

SENTENCE_END = frozenset({".", "!", "?", "...", "…"})


@dataclass(frozen=True)
class Hit:
    """One piece of evidence for a theme: token span and character span."""

    start: int
    end: int
    start_char: int
    end_char: int
    phrase: str  # the taxonomy phrase or abbreviation that matched
    abbreviation: bool


class Sentences:
    """Sentence starts after . ! ? (and at the text start), computed with numpy.

    spaCy's Sentencizer walks the tokens in Python; this does the same job
    on arrays. A token after sentence-final punctuation starts a sentence
    unless it is itself punctuation (closing quotes and brackets stay with
    their sentence).
    """

    def __init__(self, vocab):
        self.end_ids = np.array([vocab.strings.add(p) for p in SENTENCE_END], dtype=np.uint64)
        self.closers = np.array([vocab.strings.add(p) for p in ('"', "'", ")", "]", "’", "”")], dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            doc._.lessons_sent_ids = np.zeros(0, dtype=np.int64)
            return doc
        orth = doc.to_array(ORTH)
        is_end = np.isin(orth, self.end_ids)
        # an end followed by closing quotes/brackets moves the boundary after them
        closer = np.isin(orth, self.closers)
        starts = np.zeros(n, dtype=bool)
        starts[0] = True
        after_end = np.zeros(n, dtype=bool)
        after_end[1:] = is_end[:-1]
        # propagate "after an end" across runs of closers and further end marks
        for _ in range(3):
            carry = np.zeros(n, dtype=bool)
            carry[1:] = after_end[:-1] & (closer[:-1] | is_end[:-1])
            after_end |= carry
        starts |= after_end & ~closer & ~is_end
        flags = np.where(starts, 1, -1).astype(np.int64).astype(np.uint64)  # -1 wraps, as spaCy expects
        doc.from_array([SENT_START], flags)
        doc._.lessons_sent_ids = np.cumsum(starts) - 1
        return doc


class Lemmas:
    """Lookup lemmas of the lower-cased words, set on the whole Doc at once.

    Same data as spaCy's `lemmatizer` in lookup mode (spacy-lookups-data's
    `lemma_lookup`), but keyed on the lower-cased form ("Children" ->
    "child") and applied to an array of word ids, which avoids the ~2 µs
    per token of the Python loop in spaCy's component. Words not in the
    table keep their lower-case form as lemma.
    """

    def __init__(self, vocab):
        strings = vocab.strings
        self.table = {strings.add(form): strings.add(lemma) for form, lemma in lemma_table().items()}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        lower = doc.to_array(LOWER).tolist()
        get = self.table.get
        lemmas = np.fromiter((get(x, x) for x in lower), dtype=np.uint64, count=len(lower))
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


class Matcher:
    """Runs the three phrase matchers once; keeps deduplicated raw matches.

    LOWER: every theme phrase, exact phrase, exclusion, context cue, agency
    phrase and negation trigger. LEMMA: the same minus exact phrases and
    negation triggers, so "injuries" finds "injury". ORTH: abbreviations,
    case-sensitive.
    """

    def __init__(self, nlp: Language, taxonomy: Taxonomy, lemmas: Lemmas):
        vocab = nlp.vocab
        self.keys: dict[int, tuple] = {}
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.orth = PhraseMatcher(vocab, attr="ORTH")
        make = nlp.make_doc

        def key(*parts) -> str:
            name = "\x1f".join(str(p) for p in parts)
            self.keys[vocab.strings.add(name)] = parts
            return name

        def add(phrases, parts, lemma=True):
            phrases = list(phrases)
            if not phrases:
                return
            kid = key(*parts)
            docs = [make(p) for p in phrases]
            self.lower.add(kid, docs)
            if lemma:
                self.lemma.add(kid, [lemmas(make(p)) for p in phrases])

        for theme in taxonomy.themes:
            for phrase in theme.phrases:
                add([phrase], (THEME, theme.id, phrase))
            for phrase in theme.exact_phrases:
                add([phrase], (THEME, theme.id, phrase), lemma=False)
            for abbr in theme.abbreviations:
                self.orth.add(key(THEME, theme.id, abbr.text), [make(abbr.text)])
            add(theme.exclusions, (EXCLUSION, theme.id, ""))
            for i, rule in enumerate(theme.context):
                add(rule.requires, (CUE, theme.id, i))
        for agency in taxonomy.agencies:
            add(agency.phrases, (AGENCY, agency.id, ""))
            if agency.abbreviations:
                self.orth.add(key(AGENCY, agency.id, ""), [make(a) for a in agency.abbreviations])
        add(NEGATION_PRE, (NEG_PRE, "", ""), lemma=False)
        add(NEGATION_POST, (NEG_POST, "", ""), lemma=False)
        add(NEGATION_PSEUDO, (NEG_PSEUDO, "", ""), lemma=False)
        self.abbreviation_keys = {
            kid for kid, parts in self.keys.items() if parts[0] == THEME and any(
                parts[2] == a.text for a in taxonomy.theme(parts[1]).abbreviations
            )
        }

    def __call__(self, doc: Doc) -> Doc:
        seen = set()
        raw = []
        for matcher in (self.lower, self.lemma, self.orth):
            for kid, start, end in matcher(doc):
                if (kid, start, end) not in seen:
                    seen.add((kid, start, end))
                    raw.append((kid, start, end))
        raw.sort(key=lambda m: (m[1], m[2]))
        doc._.lessons_raw = raw
        return doc


class Negation:
    """Marks the tokens inside negated or hypothetical scopes (nlp/negation.py)."""

    def __init__(self, matcher: Matcher):
        self.keys = matcher.keys

    def __call__(self, doc: Doc) -> Doc:
        triggers = {NEG_PRE: [], NEG_POST: [], NEG_PSEUDO: []}
        for kid, start, end in doc._.lessons_raw:
            kind = self.keys[kid][0]
            if kind in triggers:
                triggers[kind].append((start, end))
        doc._.lessons_negated = negated_tokens(
            doc, doc._.lessons_sent_ids, triggers[NEG_PRE], triggers[NEG_POST], triggers[NEG_PSEUDO]
        )
        return doc


class Themes:
    """Turns raw matches into theme hits.

    A hit is dropped when it starts inside a negated scope, when it overlaps
    one of its theme's exclusion phrases, or when a context rule covers its
    phrase and no cue of that rule is in the same sentence. Overlapping hits
    of one theme keep the longest.
    """

    def __init__(self, matcher: Matcher, taxonomy: Taxonomy):
        self.keys = matcher.keys
        self.abbreviation_keys = matcher.abbreviation_keys
        # theme id -> {phrase: [rule indexes]}
        self.rules: dict[str, dict[str, list[int]]] = {}
        for theme in taxonomy.themes:
            covered: dict[str, list[int]] = {}
            for i, rule in enumerate(theme.context):
                for phrase in rule.applies_to:
                    covered.setdefault(phrase, []).append(i)
            if covered:
                self.rules[theme.id] = covered

    def __call__(self, doc: Doc) -> Doc:
        negated = doc._.lessons_negated
        sent_ids = doc._.lessons_sent_ids
        candidates: dict[str, list[tuple[int, int, str, bool]]] = {}
        exclusions: dict[str, list[tuple[int, int]]] = {}
        cues: set[tuple[str, int, int]] = set()  # (theme, rule, sentence)
        for kid, start, end in doc._.lessons_raw:
            kind, owner, detail = self.keys[kid]
            if kind == THEME:
                if start not in negated:
                    candidates.setdefault(owner, []).append(
                        (start, end, detail, kid in self.abbreviation_keys)
                    )
            elif kind == EXCLUSION:
                exclusions.setdefault(owner, []).append((start, end))
            elif kind == CUE:
                cues.add((owner, detail, int(sent_ids[start])))
        hits: dict[str, list[Hit]] = {}
        for theme_id, found in candidates.items():
            blocked = exclusions.get(theme_id, ())
            covered = self.rules.get(theme_id, {})
            kept: list[Hit] = []
            for start, end, phrase, is_abbr in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
                if any(s < end and start < e for s, e in blocked):
                    continue
                sentence = int(sent_ids[start])
                if any((theme_id, i, sentence) not in cues for i in covered.get(phrase, ())):
                    continue
                if kept and start < kept[-1].end:  # overlaps a longer hit already kept
                    continue
                span = doc[start:end]
                kept.append(Hit(start, end, span.start_char, span.end_char, phrase, is_abbr))
            if kept:
                hits[theme_id] = kept
        doc._.lessons_themes = hits
        return doc


class Agencies:
    """The agencies named in the text, outside negated scopes, with evidence."""

    def __init__(self, matcher: Matcher):
        self.keys = matcher.keys

    def __call__(self, doc: Doc) -> Doc:
        negated = doc._.lessons_negated
        found: dict[str, list[tuple[int, int]]] = {}
        for kid, start, end in doc._.lessons_raw:
            kind, owner, _ = self.keys[kid]
            if kind == AGENCY and start not in negated:
                found.setdefault(owner, []).append((start, end))
        doc._.lessons_agencies = found
        return doc
