"""Tagging stage: the words' lemmas and the one PhraseMatcher pass over them.

LemmaNorms keeps each word's lookup lemma on its vocabulary entry (as its
NORM), so lemmas cost nothing per Doc; Matcher (the lessons_matcher
component) matches every taxonomy phrase, exclusion, agency and negation
trigger in one pass over those lemmas and keeps the matches by kind on the
Doc's LessonState (nlp/state.py). Context cues are matched by a second
PhraseMatcher, with the sentence-final punctuation, only for a Doc where a
context rule or a sentence number is asked for (`cues`, `sentence_ends`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import LOWER, NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from nlp.negation import NEGATION_POST, NEGATION_PRE, NEGATION_PSEUDO
from nlp.state import KeepText, state_of
from nlp.taxonomy import Taxonomy
from nlp.tokens import lemma_table

# Match keys: (kind, owner, detail). Kinds:
THEME = "theme"  # owner = theme id, detail = phrase or abbreviation as written in the taxonomy
EXCLUSION = "exclusion"  # owner = theme id
CUE = "cue"  # owner = (theme id, rule index)
AGENCY = "agency"  # owner = agency id
NEG_PRE, NEG_POST, NEG_PSEUDO = "neg_pre", "neg_post", "neg_pseudo"
SENTENCE_END = "sentence_end"  # owner "": a token that ends a sentence (SENTENCE_END_WORDS)

SENTENCE_END_WORDS = frozenset({".", "!", "?", "...", "…"})


class LemmaNorms:
    """Each word's lookup lemma, kept once per vocabulary entry as its NORM.

    The lemma comes from spacy-lookups-data's `lemma_lookup` (the data of
    spaCy's `lemmatizer` in lookup mode), keyed on the lower-cased word
    ("Children" -> "child"); a word not in the table has its lower-case form.
    Since it depends on the word alone, it is stored on the vocabulary
    entry (the Lexeme), which the tokenizer attaches to every token for
    free: no per-token or per-Doc work at all, where spaCy's lemmatizer
    costs ~2 µs per token. NORM is otherwise unused in this pipeline; the
    tokenizer's special cases ("don't" -> "do" + "n't") lose their own
    NORM values so that every token's NORM is its lemma.

    A Doc made by another pipeline's vocabulary has other NORMs: `__call__`
    (which the Matcher calls first) sets its tokens' NORM from the table,
    the slow path, for such Docs only.
    """

    def __init__(self, nlp: Language):
        table = lemma_table()

        def lemma_of(word: str) -> str:
            lower = word.lower()
            return table.get(lower, lower)

        self.lemma_of = lemma_of
        self.vocab = nlp.vocab
        self.vocab.lex_attr_getters[NORM] = lemma_of  # type: ignore[attr-defined]  # spaCy's stubs omit it
        for lexeme in self.vocab:
            lexeme.norm_ = lemma_of(lexeme.orth_)
        tokenizer: Any = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, KeepText) else nlp.tokenizer
        tokenizer.rules = {
            text: [{attr: value for attr, value in token.items() if attr not in (NORM, "NORM")} for token in tokens]
            for text, tokens in tokenizer.rules.items()
        }

    def __call__(self, doc: Doc) -> Doc:
        if doc.vocab is not self.vocab and len(doc):
            norms = [doc.vocab.strings.add(self.lemma_of(t.orth_)) for t in doc]
            doc.from_array([NORM], np.array(norms, dtype=np.uint64))  # type: ignore[arg-type]  # a 1-d array of one attribute
        return doc


class Matcher:
    """One PhraseMatcher pass over the lemmas (NORM); keeps the matches by kind.

    Every phrase is matched on lemmas, so "injuries" finds "injury". Some
    must match more strictly: exact phrases and negation triggers by their
    lower-case words, abbreviations case-sensitively. A lemma match implies
    nothing about the words, but the words imply the lemma (it is a
    function of the lower-case word), so such a phrase is matched on lemmas
    too and then kept only when its words are those of one of its phrases.
    One pass of one matcher costs a third of three passes of three.

    Context cues (a rule's `requires:` words: "family", "baby", "mother")
    are the exception: common words, about half of a lesson's matches, and
    each match costs the PhraseMatcher and this loop about half a
    microsecond, while only the Docs holding a hit a context rule covers
    read them. They have their own PhraseMatcher, run on demand, which also
    finds the sentence-final tokens (the sentence numbers, nlp/components.py's
    Sentences, are asked for by the same Docs and by negation triggers): a
    PhraseMatcher finds them for less than a loop over the Doc's words.
    """

    def __init__(self, nlp: Language, taxonomy: Taxonomy, norms: LemmaNorms):
        vocab = nlp.vocab
        self.norms = norms
        self.keys: dict[int, tuple] = {}  # match key -> (kind, owner, detail)
        # matcher key of a strict phrase -> (match key, LOWER or ORTH, the words allowed)
        self.strict: dict[int, tuple[int, int, set[tuple[int, ...]]]] = {}
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        self.on_demand = PhraseMatcher(vocab, attr="NORM")  # context cues and sentence ends
        make = nlp.make_doc
        self.make_doc = make  # the words of a wording, split as the text's are

        def key(*parts) -> str:
            name = "\x1f".join(str(p) for p in parts)
            self.keys[vocab.strings.add(name)] = parts
            return name

        free: set[int] = set()

        def add(phrases, parts, strict_attr=None, matcher=self.matcher):
            phrases = list(phrases)
            if not phrases:
                return
            name = key(*parts)
            docs = [make(p) for p in phrases]
            matcher_name = name  # a strict entry is matched under its own name, reported as `name`
            if strict_attr is None:
                free.add(vocab.strings[name])
            else:
                kid = vocab.strings[name]
                matcher_name = f"{name}\x1f{strict_attr}"
                allowed = self.strict.setdefault(vocab.strings.add(matcher_name), (kid, strict_attr, set()))[2]
                allowed.update(tuple(d.to_array(strict_attr).tolist()) for d in docs)
            matcher.add(matcher_name, docs)
            return name

        # every theme wording and how strictly it is matched (None: on lemmas)
        strictness: dict[str, int | None] = {}
        for theme in taxonomy.themes:
            strictness.update(dict.fromkeys(theme.phrases))
            strictness.update(dict.fromkeys(theme.exact_phrases, LOWER))
            strictness.update(dict.fromkeys((a.text for a in theme.abbreviations), ORTH))
        abbreviation_names: set[str] = set()
        for theme in taxonomy.themes:
            # a theme's own wordings, then those of other themes it also takes
            # (`also:`), each matched as in the theme that owns it
            for wording in (*theme.wordings, *theme.also):
                attr = strictness[wording]
                name = add([wording], (THEME, theme.id, wording), strict_attr=attr)
                if attr == ORTH:
                    abbreviation_names.add(name)
            add(theme.exclusions, (EXCLUSION, theme.id, ""))
            for i, rule in enumerate(theme.context):
                add(rule.requires, (CUE, theme.id, i), matcher=self.on_demand)
        for agency in taxonomy.agencies:
            add(agency.phrases, (AGENCY, agency.id, ""))
            add(agency.abbreviations, (AGENCY, agency.id, ""), strict_attr=ORTH)
        add(NEGATION_PRE, (NEG_PRE, "", ""), strict_attr=LOWER)
        add(NEGATION_POST, (NEG_POST, "", ""), strict_attr=LOWER)
        add(NEGATION_PSEUDO, (NEG_PSEUDO, "", ""), strict_attr=LOWER)
        # one-token Docs, whatever the tokenizer would make of the word alone;
        # matched on NORM, kept when the token's ORTH is one of these
        self.end_key = vocab.strings[key(SENTENCE_END, "", "")]
        self.end_words = frozenset(vocab.strings.add(w) for w in SENTENCE_END_WORDS)
        self.on_demand.add(vocab.strings[self.end_key], [Doc(vocab, words=[w]) for w in sorted(SENTENCE_END_WORDS)])
        self.abbreviation_keys = {vocab.strings[name] for name in abbreviation_names}
        self.kind_of = {kid: parts[0] for kid, parts in self.keys.items()}
        # matcher key -> (kind, None) or, for a strict entry, (kind, (match key, attr, the words allowed))
        self.route: dict[int, tuple[str, tuple[int, int, set[tuple[int, ...]]] | None]] = {
            kid: (kind, None) for kid, kind in self.kind_of.items()
        }
        for matcher_kid, check in self.strict.items():
            self.route[matcher_kid] = (self.kind_of[check[0]], check)
        # keys matched both freely and strictly: their matches may come twice
        mixed = {kid for kid, _, _ in self.strict.values()} & free
        self.mixed_kinds = {self.kind_of[kid] for kid in mixed}
        # theme phrase key -> the phrase's lower-case words: which of two
        # phrases matching the same words is the literal one (see Themes)
        self.phrase_words = {
            kid: tuple(make(parts[2]).to_array(LOWER).tolist()) for kid, parts in self.keys.items() if parts[0] == THEME
        }
        self.phrase_lemmas = {
            kid: tuple(make(parts[2]).to_array(NORM).tolist()) for kid, parts in self.keys.items() if parts[0] == THEME
        }

    def __call__(self, doc: Doc) -> Doc:
        doc = self.norms(doc)
        route = self.route
        matches: dict[str, list[tuple[int, int, int]]] = {}
        for kid, start, end in self.matcher(doc):
            kind, check = route[kid]
            if check is not None:
                kid, attr, allowed = check
                words = tuple(doc[i].lower if attr == LOWER else doc[i].orth for i in range(start, end))
                if words not in allowed:
                    continue
            if kind in matches:
                matches[kind].append((kid, start, end))
            else:
                matches[kind] = [(kid, start, end)]
        # The PhraseMatcher gives its matches by start token, then end token,
        # so each kind's list is already in text order.
        for kind in self.mixed_kinds & matches.keys():
            found = matches[kind]
            if len(set(found)) != len(found):
                found[:] = list(dict.fromkeys(found))  # first of each, in order
        state_of(doc).matches = matches
        return doc

    def cues(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The context cues' matches (match key, start, end) in a Doc, in text
        order; kept as its matches[CUE]."""
        return self._on_demand(doc)[CUE]

    def sentence_ends(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The tokens whose ORTH is one of SENTENCE_END_WORDS, as matches
        (match key, start, start + 1) in text order; kept as matches[SENTENCE_END]."""
        return self._on_demand(doc)[SENTENCE_END]

    def _on_demand(self, doc: Doc) -> dict[str, list[tuple[int, int, int]]]:
        matches = state_of(doc).matches
        if CUE not in matches:
            doc = self.norms(doc)
            end_key, end_words = self.end_key, self.end_words
            cues, ends = [], []
            for match in self.on_demand(doc):
                if match[0] != end_key:
                    cues.append(match)
                elif doc[match[1]].orth in end_words:
                    ends.append(match)
            matches[CUE] = cues
            matches[SENTENCE_END] = ends
        return matches
