"""Tagging stage: the spaCy components the tagger's pipeline is made of.

Order in the pipeline (see nlp/pipeline.py):
  lessons_sentences  sentence boundaries from the word ids
  lessons_lemmas     lookup lemmas of the lower-cased words (spacy-lookups-data)
  lessons_matcher    one pass of three PhraseMatchers (LOWER, LEMMA, ORTH)
  lessons_negation   negated and hypothetical scopes from the trigger matches
  lessons_themes     theme hits: exclusions, context rules, negation applied
  lessons_agencies   agencies named outside negated scopes
  lessons_ages       the child's age bands (nlp/ages.py)

Components keep their results on one LessonState per Doc, in
doc.user_data[STATE_KEY], so a Doc from `nlp.pipe` carries everything the
Tagger needs (`state_of(doc)`).
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

# Where a Doc keeps its LessonState: a plain key of Doc.user_data, not a
# `doc._` extension, whose every access builds a helper object.
STATE_KEY = "lessons_state"

# Match keys: (kind, owner, detail). Kinds:
THEME = "theme"  # owner = theme id, detail = phrase or abbreviation as written in the taxonomy
EXCLUSION = "exclusion"  # owner = theme id
CUE = "cue"  # owner = (theme id, rule index)
AGENCY = "agency"  # owner = agency id
NEG_PRE, NEG_POST, NEG_PSEUDO = "neg_pre", "neg_post", "neg_pseudo"

SENTENCE_END = frozenset({".", "!", "?", "...", "…"})

# Words skipped when looking for the word before a match (a theme's
# `not_after:`): "shared with the allocated social worker" is "with" + match.
SKIPPED_BEFORE = frozenset({
    "the", "a", "an", "their", "his", "her", "its", "our", "your", "local", "allocated",
    "family", "child", "child's", "relevant", "named", "any", "every",
})


@dataclass(frozen=True)
class Hit:
    """One piece of evidence for a theme: token span and character span."""

    start: int
    end: int
    start_char: int
    end_char: int
    phrase: str  # the taxonomy phrase or abbreviation that matched
    abbreviation: bool


class LessonState:
    """What the components found in one Doc."""

    __slots__ = ("text", "sent_ids", "raw", "negated", "themes", "agencies", "ages")

    def __init__(self, text: str):
        self.text = text  # the original string (Doc.text would rebuild it token by token)
        self.sent_ids: list[int] = []  # sentence number of each token
        self.raw: list[tuple[int, int, int]] = []  # (match key, start token, end token)
        self.negated: frozenset[int] = frozenset()  # tokens in negated scopes
        self.themes: dict[str, list[Hit]] = {}
        self.agencies: dict[str, list[tuple[int, int]]] = {}
        self.ages: list = []  # nlp.ages.AgeMention


def state_of(doc: Doc) -> LessonState:
    state = doc.user_data.get(STATE_KEY)
    if state is None:  # a Doc made without KeepText
        state = doc.user_data[STATE_KEY] = LessonState(doc.text)
    return state


class KeepText:
    """The tokenizer, plus the original text kept on the Doc's LessonState."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[STATE_KEY] = LessonState(text)
        return doc


class Sentences:
    """Sentence starts after . ! ? (and at the text start), from the word ids.

    spaCy's Sentencizer does the same with a Token object per word; a loop
    over plain ints is several times cheaper (numpy is slower still on
    lesson-sized Docs). A token after sentence-final punctuation starts a
    sentence unless it is itself punctuation or a closing quote or bracket,
    which stay with their sentence.
    """

    def __init__(self, vocab):
        self.ends = frozenset(vocab.strings.add(p) for p in SENTENCE_END)
        closers = ('"', "'", ")", "]", "’", "”")
        self.stay = self.ends | frozenset(vocab.strings.add(p) for p in closers)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        orth = doc.to_array(ORTH).tolist()
        if not orth:
            return doc
        ends, stay = self.ends, self.stay
        starts = [-1] * len(orth)
        starts[0] = 1
        sent_ids = [0] * len(orth)
        sentence = 0
        after_end = False
        for i, word in enumerate(orth):
            if after_end and word not in stay:
                sentence += 1
                starts[i] = 1
                after_end = False
            if word in ends:
                after_end = True
            sent_ids[i] = sentence
        # -1 wrapped to uint64, as spaCy's from_array expects
        doc.from_array([SENT_START], np.array(starts, dtype=np.int64).astype(np.uint64))
        state.sent_ids = sent_ids
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
        pairs = sorted((strings.add(form), strings.add(lemma)) for form, lemma in lemma_table().items())
        # sorted word ids and their lemma ids: a lookup is one searchsorted per Doc
        self.forms = np.array([f for f, _ in pairs], dtype=np.uint64)
        self.lemmas = np.array([lemma for _, lemma in pairs], dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        lower = doc.to_array(LOWER)
        at = np.searchsorted(self.forms, lower)
        at[at == len(self.forms)] = 0
        known = self.forms[at] == lower
        doc.from_array([LEMMA], np.where(known, self.lemmas[at], lower))
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
        state_of(doc).raw = raw
        return doc


class Negation:
    """Marks the tokens inside negated or hypothetical scopes (nlp/negation.py)."""

    def __init__(self, matcher: Matcher):
        self.keys = matcher.keys

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        triggers = {NEG_PRE: [], NEG_POST: [], NEG_PSEUDO: []}
        for kid, start, end in state.raw:
            kind = self.keys[kid][0]
            if kind in triggers:
                triggers[kind].append((start, end))
        state.negated = negated_tokens(
            doc, state.sent_ids, triggers[NEG_PRE], triggers[NEG_POST], triggers[NEG_PSEUDO]
        )
        return doc


class Themes:
    """Turns raw matches into theme hits.

    A hit is dropped when it starts inside a negated scope, when it overlaps
    one of its theme's exclusion phrases, when a context rule covers its
    phrase and no cue of that rule is in the same sentence, or when the word
    before it (past articles and the like, SKIPPED_BEFORE) is one of its
    theme's `not_after:` words: "shared with the police" names the police as
    the recipient, not as the agency whose practice the lesson is about.
    Overlapping hits of one theme keep the longest.
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
        self.not_after = {t.id: frozenset(t.not_after) for t in taxonomy.themes if t.not_after}

    @staticmethod
    def _word_before(doc: Doc, start: int) -> str:
        i = start - 1
        while i >= 0 and doc[i].lower_ in SKIPPED_BEFORE:
            i -= 1
        return doc[i].lower_ if i >= 0 else ""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        negated = state.negated
        sent_ids = state.sent_ids
        candidates: dict[str, list[tuple[int, int, str, bool]]] = {}
        exclusions: dict[str, list[tuple[int, int]]] = {}
        cues: set[tuple[str, int, int]] = set()  # (theme, rule, sentence)
        for kid, start, end in state.raw:
            kind, owner, detail = self.keys[kid]
            if kind == THEME:
                if start not in negated:
                    candidates.setdefault(owner, []).append(
                        (start, end, detail, kid in self.abbreviation_keys)
                    )
            elif kind == EXCLUSION:
                exclusions.setdefault(owner, []).append((start, end))
            elif kind == CUE:
                cues.add((owner, detail, sent_ids[start]))
        hits: dict[str, list[Hit]] = {}
        for theme_id, found in candidates.items():
            blocked = exclusions.get(theme_id, ())
            covered = self.rules.get(theme_id, {})
            not_after = self.not_after.get(theme_id)
            kept: list[Hit] = []
            for start, end, phrase, is_abbr in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
                if any(s < end and start < e for s, e in blocked):
                    continue
                sentence = sent_ids[start]
                if any((theme_id, i, sentence) not in cues for i in covered.get(phrase, ())):
                    continue
                if kept and start < kept[-1].end:  # overlaps a longer hit already kept
                    continue
                if not_after and self._word_before(doc, start) in not_after:
                    continue
                span = doc[start:end]
                kept.append(Hit(start, end, span.start_char, span.end_char, phrase, is_abbr))
            if kept:
                hits[theme_id] = kept
        state.themes = hits
        return doc


class Agencies:
    """The agencies named in the text, outside negated scopes, with evidence."""

    def __init__(self, matcher: Matcher):
        self.keys = matcher.keys

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        found: dict[str, list[tuple[int, int]]] = {}
        for kid, start, end in state.raw:
            kind, owner, _ = self.keys[kid]
            if kind == AGENCY and start not in state.negated:
                found.setdefault(owner, []).append((start, end))
        state.agencies = found
        return doc
